import { isPerson, isService, OwnedFacts, OwnerRevision, todayInVietnam, type AskOptions } from '@kpi/platform';
import * as catalogue from '../peers/catalogue.js';
import * as personnel from '../peers/personnel.js';
import type { DiaryContext } from './context.js';

import type { EmployeeFacts } from '../peers/personnel.js';

export type { EmployeeFacts } from '../peers/personnel.js';
export type { ItemVersionFacts } from '../peers/catalogue.js';

/**
 * As whom the diary asks another subgraph: by default as the caller (the owner applies the
 * caller's permissions); `{ asService: true }` as the diary itself, for what the rules need but
 * the caller may not read — an integration client reads neither personnel nor the catalogue.
 */
export type AskAs = AskOptions;

/** Intake asks everything as the diary service. */
export const AS_DIARY: AskAs = { asService: true };

/**
 * Employees by id (as the caller: a person reads themselves, an admin their agency) or by staff
 * code (as the diary service itself: an integration client may not read personnel).
 */
export function employeesById(ctx: DiaryContext, ids: string[]) {
  return personnel.employees(ctx.peers, ids);
}

export function employeesByCode(ctx: DiaryContext, codes: string[]) {
  return personnel.employees(
    ctx.peers,
    codes.map((code) => ({ code })),
    AS_DIARY,
  );
}

export interface ItemFacts {
  id: string;
  code: string;
  status: string;
  retiredFrom: string | null;
  /** The version in force on each asked date, by date. */
  on: Map<string, catalogue.ItemVersionFacts | null>;
}

/**
 * Work items as they were on the given dates, from the catalogue, in one request however many
 * items and dates: the catalogue answers every approved version, and the one in force on a date
 * is the one whose period holds it (as the catalogue's own `asOf`).
 */
export async function itemsOn(ctx: DiaryContext, ids: string[], dates: string[], as: AskAs = {}): Promise<Map<string, ItemFacts>> {
  return factsOn(await catalogue.workItems(ctx.peers, [...new Set(ids)], as), dates);
}

/** Each item with the version in force on each date: the one whose period holds it. */
function factsOn(rows: readonly (catalogue.WorkItemFacts | null)[], dates: string[]): Map<string, ItemFacts> {
  const unique = [...new Set(dates)];
  const items = new Map<string, ItemFacts>();
  for (const row of rows) {
    if (!row) continue;
    const inForce = (date: string) =>
      row.versions.find((v) => v.effectiveFrom <= date && (v.effectiveTo === null || date <= v.effectiveTo)) ?? null;
    items.set(row.id, { ...row, on: new Map(unique.map((date) => [date, inForce(date)])) });
  }
  return items;
}

/** The work items each position may log today (its job description and, for leaders, group A). */
export async function performable(
  ctx: DiaryContext,
  positions: { id: string; isLeadership: boolean }[],
  as: AskAs = {},
): Promise<Map<string, Set<string>>> {
  const unique = [...new Map(positions.map((p) => [p.id, p])).values()];
  const rows = await catalogue.performableItems(ctx.peers, unique, as);
  return new Map(rows.flatMap((r) => (r ? [[r.id, new Set(r.workItems.map((i) => i.id))] as const] : [])));
}

/**
 * What the diary keeps of personnel's and the catalogue's facts between writes (a write used to
 * ask for them three times): used only under the owner's revision read after the write began
 * (platform/src/server/owned-facts.ts), so a change committed before a write is seen by it. Kept
 * per owner endpoint: a test process may serve several graphs.
 */
interface Kept {
  directory: OwnerRevision;
  people: OwnedFacts<EmployeeFacts>;
  catalogue: OwnerRevision;
  items: OwnedFacts<catalogue.WorkItemFacts>;
  performable: OwnedFacts<Set<string>>;
  labels: OwnedFacts<catalogue.ItemLabels>;
}
const kept = new Map<string, Kept>();

function keptFor(ctx: DiaryContext): Kept {
  const key = `${ctx.peers.endpoint('personnel')} ${ctx.peers.endpoint('catalogue')}`;
  let facts = kept.get(key);
  if (!facts) {
    facts = {
      directory: new OwnerRevision(),
      people: new OwnedFacts(),
      catalogue: new OwnerRevision(),
      items: new OwnedFacts(),
      performable: new OwnedFacts(),
      labels: new OwnedFacts(),
    };
    kept.set(key, facts);
  }
  return facts;
}

/** Forgets every kept fact (tests that change the owners' tables behind their back). */
export function forgetKeptFacts() {
  kept.clear();
}

/** The catalogue's revision for this request: read once, begun after the request was. */
export function catalogueRevisionOf(ctx: DiaryContext): Promise<string> {
  return (ctx.loaders.revisions.catalogue ??= keptFor(ctx).catalogue.current(
    (announce) => catalogue.catalogueRevision(ctx.peers, announce),
    ctx.peers.watched('catalogue'),
  ));
}

function directoryRevisionOf(ctx: DiaryContext): Promise<string> {
  return (ctx.loaders.revisions.directory ??= keptFor(ctx).directory.current(
    (announce) => personnel.directoryRevision(ctx.peers, announce),
    ctx.peers.watched('personnel'),
  ));
}

/**
 * The writer's own facts (placement, position, status), kept under personnel's revision. Asked as
 * the diary: a person reads themselves, so the answer is the one they would get; someone else's
 * facts are asked as the caller (`employeesById`), whose permissions decide.
 */
export async function ownFacts(ctx: DiaryContext, id: string): Promise<EmployeeFacts | null> {
  const facts = keptFor(ctx);
  const [employee] = await facts.people.get(await directoryRevisionOf(ctx), [id], (missing) =>
    personnel.employees(ctx.peers, missing, AS_DIARY),
  );
  return employee ?? null;
}

/**
 * `itemsOn` from what is kept under the catalogue's revision. The catalogue answers every reader
 * alike (any person, the diary itself), so what is kept serves every writer.
 */
export async function keptItemsOn(ctx: DiaryContext, ids: string[], dates: string[]): Promise<Map<string, ItemFacts>> {
  const unique = [...new Set(ids)];
  const rows = await keptFor(ctx).items.get(await catalogueRevisionOf(ctx), unique, (missing) =>
    catalogue.workItems(ctx.peers, missing, AS_DIARY),
  );
  return factsOn(rows, dates);
}

/**
 * `performable` from what is kept under the catalogue's revision and today's date: an item retired
 * from a date leaves the job descriptions that day, with no change to the catalogue's tables.
 */
export async function keptPerformable(ctx: DiaryContext, positions: { id: string; isLeadership: boolean }[]) {
  const unique = [...new Map(positions.map((p) => [p.id, p])).values()];
  const today = todayInVietnam();
  const keys = unique.map((p) => `${p.id} ${p.isLeadership} ${today}`);
  const byKey = new Map(unique.map((p, i) => [keys[i]!, p]));
  const rows = await keptFor(ctx).performable.get(await catalogueRevisionOf(ctx), keys, async (missing) => {
    const answered = await catalogue.performableItems(
      ctx.peers,
      missing.map((key) => byKey.get(key)!),
      AS_DIARY,
    );
    return answered.map((row) => (row ? new Set(row.workItems.map((i) => i.id)) : null));
  });
  return new Map(unique.flatMap((p, i) => (rows[i] ? [[p.id, rows[i]] as const] : [])));
}

/**
 * What entries and assignments show of their work items (the fields the diary @provides: code,
 * name, unit), kept under the catalogue's revision and today's date — the catalogue's name and
 * unit are today's version's, which a version starting tomorrow changes with no change to its
 * tables — and asked as the diary. Only for callers whom the catalogue answers alike, any person
 * or a service (its canReadCatalogue); anyone else (an integration client, a province reader) is
 * asked for as themselves, uncached, so the catalogue's own verdict stands.
 */
export async function itemLabels(ctx: DiaryContext, ids: readonly string[]): Promise<(catalogue.ItemLabels | null)[]> {
  if (!isPerson(ctx.identity) && !isService(ctx.identity)) return catalogue.itemLabels(ctx.peers, ids);
  const today = todayInVietnam();
  const keys = ids.map((id) => `${id} ${today}`);
  return keptFor(ctx).labels.get(await catalogueRevisionOf(ctx), keys, (missing) =>
    catalogue.itemLabels(
      ctx.peers,
      missing.map((key) => key.slice(0, key.indexOf(' '))),
      AS_DIARY,
    ),
  );
}
