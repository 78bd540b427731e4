import type { DiaryContext } from './context.js';

/** What the diary needs to know of a person, from personnel, through the graph. */
export interface EmployeeFacts {
  id: string;
  code: string;
  agencyId: string;
  divisionId: string | null;
  supervisorId: string | null;
  status: string;
  position: { id: string; isLeadership: boolean; standardMinutesPerDay: number } | null;
}

const EMPLOYEE = 'id code agencyId divisionId supervisorId status position { id isLeadership standardMinutesPerDay }';

/**
 * As whom the diary asks another subgraph: by default as the caller (the owner applies the
 * caller's permissions); `{ asService: true }` as the diary itself, for what the rules need but
 * the caller may not read — an integration client reads neither personnel nor the catalogue.
 */
export interface AskAs {
  asService?: boolean;
}

/** Intake asks everything as the diary service. */
export const AS_DIARY: AskAs = { asService: true };

/**
 * Employees by id (as the caller: a person reads themselves, an admin their agency) or by staff
 * code (as the diary service itself: an integration client may not read personnel).
 */
export function employeesById(ctx: DiaryContext, ids: string[]) {
  return ctx.peers.entities<EmployeeFacts>('personnel', 'Employee', ids, EMPLOYEE);
}

export function employeesByCode(ctx: DiaryContext, codes: string[]) {
  return ctx.peers.entities<EmployeeFacts>(
    'personnel',
    'Employee',
    codes.map((code) => ({ code })),
    EMPLOYEE,
    AS_DIARY,
  );
}

export interface ItemVersionFacts {
  version: number;
  standardMinutes: number;
  coefficient: number;
  evidenceRequired: boolean;
}

export interface ItemFacts {
  id: string;
  code: string;
  status: string;
  retiredFrom: string | null;
  /** The version in force on each asked date, by date. */
  on: Map<string, ItemVersionFacts | null>;
}

/**
 * Work items as they were on the given dates (each date an alias of `asOf`), from the catalogue,
 * in one request however many items and dates.
 */
export async function itemsOn(ctx: DiaryContext, ids: string[], dates: string[], as: AskAs = {}): Promise<Map<string, ItemFacts>> {
  const unique = [...new Set(dates)];
  const aliases = unique
    .map((date, i) => `d${i}: asOf(date: "${date}") { version standardMinutes coefficient evidenceRequired }`)
    .join(' ');
  const rows = await ctx.peers.entities<Record<string, unknown>>(
    'catalogue',
    'WorkItem',
    [...new Set(ids)],
    `id code status retiredFrom ${aliases}`,
    as,
  );
  const items = new Map<string, ItemFacts>();
  for (const row of rows) {
    if (!row) continue;
    items.set(row.id as string, {
      id: row.id as string,
      code: row.code as string,
      status: row.status as string,
      retiredFrom: (row.retiredFrom as string | null) ?? null,
      on: new Map(unique.map((date, i) => [date, (row[`d${i}`] as ItemVersionFacts | null) ?? null])),
    });
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
  const rows = await ctx.peers.entities<{ id: string; workItems: { id: string }[] }>(
    'catalogue',
    'JobPosition',
    unique,
    'id workItems { id }',
    as,
  );
  return new Map(rows.filter((r) => r).map((r) => [r!.id, new Set(r!.workItems.map((i) => i.id))]));
}
