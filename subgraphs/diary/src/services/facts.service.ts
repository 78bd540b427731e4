import type { AskOptions } from '@kpi/platform';
import * as catalogue from '../peers/catalogue.js';
import * as personnel from '../peers/personnel.js';
import type { DiaryContext } from './context.js';

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
  const unique = [...new Set(dates)];
  const rows = await catalogue.workItems(ctx.peers, [...new Set(ids)], as);
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
