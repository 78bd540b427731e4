import { forbidden, newId, NO_PROGRESS, todayInVietnam, type JobProgress } from '@kpi/platform';
import { readSheet, type SheetFormat } from '@kpi/platform/sheets';
import type { EntityManager } from '@mikro-orm/postgresql';
import { employeeHistories, type EmployeeHistory } from '../peers/personnel.js';
import { workItemsByCode, type WorkItemFacts } from '../peers/catalogue.js';
import { importScope } from '../rules/access.js';
import { MINUTES_PER_DAY } from '../rules/entries.js';
import { HISTORY_COLUMNS, HISTORY_REQUIRED, parseHistoryRow, placementOn, type HistoryRow } from '../rules/history.js';
import { HistoryStore, HISTORY_CLIENT, type HistoryEntryRow } from '../store/history.store.js';
import { PartitionStore } from '../store/partitions.store.js';
import { actorOf, audit, type DiaryContext } from './context.js';
import { AS_DIARY } from './facts.service.js';
import { day as dayOf, month, num, said } from '../messages.js';

/** Rows per sheet: a month of a large agency's diaries (an import per agency and month, or a job per year). */
export const MAX_HISTORY_ROWS = 20_000;
/** People or items per look-up in another subgraph. */
const LOOKUP_BATCH = 1000;

export interface HistoryImportInput {
  format: SheetFormat;
  content: string;
  dryRun: boolean;
  reason?: string | null;
}

export interface HistoryRowResult {
  /** The row as a person sees it in the sheet (the header is row 1). */
  row: number;
  employeeCode: string;
  workDate: string;
  action: 'CREATE' | 'UNCHANGED' | 'ERROR';
  errors: string[];
}

export interface HistoryReport {
  applied: boolean;
  dryRun: boolean;
  created: number;
  unchanged: number;
  invalid: number;
  rows: HistoryRowResult[];
}

/** Everything rows are judged against, fetched once for the sheet. */
export interface HistoryFacts {
  today: string;
  scope: { all: true } | { agencyIds: string[] };
  people: Map<string, EmployeeHistory>;
  items: Map<string, WorkItemFacts>;
  imported: Set<string>;
  months: Set<string>;
}

/**
 * Brings a province's past diaries in from its previous KPI software. Every row is judged on its
 * own and reported; the sheet is written only when every row passes and it is no dry run, all in
 * one transaction. Each entry is filed where its person worked that day (personnel's placements)
 * and priced by the catalogue version in force then, APPROVED (or RETURNED) as decided back then,
 * with source IMPORT — the mark scoring's explanations carry. Re-importing the same rows changes
 * nothing (each row's key is claimed once). Diary lockdown does not apply: the past is exactly
 * what is closed; a period scoring froze keeps its frozen scores.
 */
export async function importDiaryHistory(
  ctx: DiaryContext,
  input: HistoryImportInput,
  progress: JobProgress = NO_PROGRESS,
): Promise<HistoryReport> {
  const scope = importScope(ctx.identity);
  if (!scope) throw forbidden(said.importingDiaryHistory());
  const cells = await readSheet(input.format, input.content, {
    columns: HISTORY_COLUMNS,
    required: HISTORY_REQUIRED,
    maxRows: MAX_HISTORY_ROWS,
  });
  await progress.phase('checking', cells.length);
  const today = todayInVietnam();
  const parsed = cells.map((c) => parseHistoryRow(c, today));
  const facts = await historyFacts(
    ctx,
    scope,
    today,
    parsed.flatMap((p) => (p.row ? [p.row] : [])),
  );
  const firstOfKey = new Map<string, number>();
  parsed.forEach((p, index) => p.row && !firstOfKey.has(p.row.key) && firstOfKey.set(p.row.key, index));
  const judged = parsed.map(({ row, errors }, index) => judge(facts, firstOfKey, index, row, errors));
  await dayTotals(ctx, judged);
  await progress.advance(cells.length);
  const results = judged.map((j) => j.result);
  const report = (applied: boolean, created = results.filter((r) => r.action === 'CREATE').length) =>
    historyReport(results, input.dryRun, applied, created);
  const planned = judged.flatMap((j) => (j.result.action === 'CREATE' && j.entry ? [j.entry] : []));
  if (input.dryRun || results.some((r) => r.action === 'ERROR')) return report(false);
  await progress.phase('writing', planned.length);
  const written = await ctx.em.transactional(async (em: EntityManager) => {
    const count = await new HistoryStore(em).insertEntries(planned, actorOf(ctx), (n) => progress.advance(n));
    const agencies = [...new Set(planned.map((p) => p.agencyId))];
    const dates = planned.map((p) => p.workDate).sort();
    audit(ctx, em, 'history-import', null, input.reason, {
      agencyId: agencies.length === 1 ? agencies[0] : null,
      details: {
        rows: results.length,
        created: count,
        unchanged: results.length - count,
        from: dates[0] ?? null,
        to: dates.at(-1) ?? null,
      },
    });
    await em.flush();
    return count;
  });
  // A row a concurrent import wrote first was skipped: it is unchanged, not created twice.
  return report(true, written);
}

export async function historyFacts(
  ctx: DiaryContext,
  scope: HistoryFacts['scope'],
  today: string,
  rows: HistoryRow[],
): Promise<HistoryFacts> {
  const [{ people, items }, imported, months] = await Promise.all([
    peopleAndItems(
      ctx,
      rows.map((r) => r.employeeCode),
      rows.map((r) => r.workItemCode),
    ),
    ctx.loaders.store.receivedEvents(HISTORY_CLIENT, [...new Set(rows.map((r) => r.key))]),
    new PartitionStore(ctx.em).attached(),
  ]);
  return { today, scope, people, items, imported: new Set(imported.keys()), months: new Set(months.map((m) => m.month)) };
}

/**
 * The people a sheet names, with every placement they held, and its work items with every version,
 * by code. Asked as the diary itself: an agency admin may not read every placement or catalogue
 * version the rules need.
 */
export async function peopleAndItems(ctx: DiaryContext, codes: string[], itemCodes: string[]) {
  const [people, items] = await Promise.all([
    batched([...new Set(codes)], (chunk) => employeeHistories(ctx.peers, chunk, AS_DIARY)),
    batched([...new Set(itemCodes)], (chunk) => workItemsByCode(ctx.peers, chunk, AS_DIARY)),
  ]);
  return {
    people: new Map(people.flatMap((p) => (p ? [[p.code, p] as const] : []))),
    items: new Map(items.flatMap((i) => (i ? [[i.code, i] as const] : []))),
  };
}

/** The catalogue version of an item in force on a day. */
export const versionOn = (item: WorkItemFacts, day: string) =>
  item.versions.find((v) => v.effectiveFrom <= day && (v.effectiveTo === null || day <= v.effectiveTo)) ?? null;

/** The report of a judged sheet: counts by outcome. */
export function historyReport(rows: HistoryRowResult[], dryRun: boolean, applied: boolean, created: number): HistoryReport {
  const invalid = rows.filter((r) => r.action === 'ERROR').length;
  return { applied, dryRun, created, unchanged: rows.length - created - invalid, invalid, rows };
}

export async function batched<T>(keys: string[], ask: (chunk: string[]) => Promise<(T | null)[]>): Promise<(T | null)[]> {
  const out: (T | null)[] = [];
  for (let i = 0; i < keys.length; i += LOOKUP_BATCH) out.push(...(await ask(keys.slice(i, i + LOOKUP_BATCH))));
  return out;
}

interface Judged {
  result: HistoryRowResult;
  entry?: HistoryEntryRow;
}

/** One row judged against the sheet's facts: what it would write, or every reason it cannot. */
function judge(facts: HistoryFacts, firstOfKey: Map<string, number>, index: number, row: HistoryRow | undefined, errors: string[]): Judged {
  const result: HistoryRowResult = {
    row: index + 2,
    employeeCode: row?.employeeCode ?? '',
    workDate: row?.workDate ?? '',
    action: 'ERROR',
    errors,
  };
  if (!row) return { result };
  const first = firstOfKey.get(row.key)!;
  if (first !== index) {
    errors.push(said.rowSameEntry({ row: first + 2 }));
    return { result };
  }
  if (facts.imported.has(row.key)) return { result: { ...result, action: 'UNCHANGED' } };
  const person = facts.people.get(row.employeeCode);
  const placement = person ? placementOn(person.placements, row.workDate) : null;
  if (!person) errors.push(said.rowNoPerson({ column: 'employee_code', code: row.employeeCode }));
  else if (!placement) errors.push(said.rowNoPlacement({ column: 'work_date', code: row.employeeCode, date: dayOf(row.workDate) }));
  else if (!('all' in facts.scope) && !facts.scope.agencyIds.includes(placement.agencyId))
    errors.push(said.rowOtherAgency({ column: 'employee_code', code: row.employeeCode, date: dayOf(row.workDate) }));
  if (!facts.months.has(row.workDate.slice(0, 7))) errors.push(said.rowMonthNotKept({ month: month(row.workDate) }));
  const item = facts.items.get(row.workItemCode);
  const version = item ? versionOn(item, row.workDate) : null;
  if (!item) errors.push(said.rowNoItem({ code: row.workItemCode }));
  else if (!version) errors.push(said.rowItemNotOn({ code: row.workItemCode, date: dayOf(row.workDate) }));
  const minutes = row.actualMinutes ?? Math.max(1, Math.round(Number(version?.standardMinutes ?? 0) * row.quantity));
  if (version && minutes > MINUTES_PER_DAY)
    errors.push(said.rowMoreThanADay({ quantity: num(row.quantity), standard: num(Number(version.standardMinutes)) }));
  if (errors.length || !person || !placement || !item || !version) return { result };
  return {
    result: { ...result, action: 'CREATE' },
    entry: {
      id: newId(),
      key: row.key,
      employeeId: person.id,
      agencyId: placement.agencyId,
      divisionId: placement.divisionId ?? null,
      workDate: row.workDate,
      workItemId: item.id,
      workItemVersion: version.version,
      standardMinutes: Number(version.standardMinutes),
      coefficient: Number(version.coefficient),
      quantity: row.quantity,
      actualMinutes: minutes,
      note: row.note,
      evidenceRef: row.evidenceRef,
      evidenceRequired: version.evidenceRequired,
      status: row.status,
    },
  };
}

/** A day holds at most 24 hours: what is stored for it, and the sheet's rows for it in order. */
async function dayTotals(ctx: DiaryContext, judged: Judged[]) {
  const entries = judged.flatMap((j) => (j.entry ? [j.entry] : []));
  const stored = await new HistoryStore(ctx.em).dayMinutes([...new Map(entries.map((e) => [`${e.employeeId}|${e.workDate}`, e])).values()]);
  const sum = new Map<string, number>();
  for (const j of judged) {
    if (!j.entry) continue;
    const day = `${j.entry.employeeId}|${j.entry.workDate}`;
    const before = (stored.get(day) ?? 0) + (sum.get(day) ?? 0);
    sum.set(day, (sum.get(day) ?? 0) + j.entry.actualMinutes);
    if (before + j.entry.actualMinutes > MINUTES_PER_DAY) {
      j.result.action = 'ERROR';
      j.result.errors.push(
        said.rowDayFull({
          code: j.result.employeeCode,
          date: dayOf(j.entry.workDate),
          minutes: num(before),
          more: num(j.entry.actualMinutes),
        }),
      );
      delete j.entry;
    }
  }
}
