import type { EntityManager } from '@mikro-orm/postgresql';
import { daysInMonth } from '@kpi/platform';
import { executeBound, executePlanned, numbered, PLANNED_BATCH } from '@kpi/platform/database';
import { AssignmentStatus, QualityRating } from '../entities/index.js';

/** One (person, date range) the scoring subgraph asks about; `n` numbers them from 1, in the caller's order. */
export interface FactsRange {
  employeeId: string;
  from: string;
  to: string;
}

export interface EntryTotalsRow {
  n: number;
  entries: number;
  approvedEntries: number;
  importedEntries: number;
  approvedActualMinutes: number;
  lateDeclarations: number;
  farAboveStandardEntries: number;
  daysOverStandard: number;
  /** The working days with at least one entry, not on leave: the days the person declared. */
  declaredDays: number;
}

export interface ItemTotalsRow {
  n: number;
  workItemId: string;
  version: number;
  standardMinutes: number;
  coefficient: number;
  entries: number;
  quantity: number;
  actualMinutes: number;
  selfInitiatedQuantity: number;
}

/** A range's item groups as packed columns: each one text, one value a group, joined by commas. */
export interface PackedItemGroups {
  workItemId: string;
  version: string;
  standardMinutes: string;
  coefficient: string;
  entries: string;
  quantity: string;
  actualMinutes: string;
  selfInitiatedQuantity: string;
}

export interface AssignmentFactsRow {
  n: number;
  /** Whether the person leads it; otherwise they co-operate. */
  led: boolean;
  id: string;
  deadline: string;
  status: AssignmentStatus;
  submittedOn: string | null;
  expectedQuantity: number;
  quantityDone: number | null;
  quality: QualityRating | null;
  majorErrors: number;
  excusedErrors: number;
  delays: number;
  excusedDelays: number;
  imported: boolean;
}

export interface LeaveRow {
  n: number;
  /** The leave clipped to the range. */
  from: string;
  to: string;
}

/**
 * The ranges as a table, numbered in the caller's order. They travel as three array literals, not
 * as thousands of parameters: the statement's text stays the same size whatever the batch. The
 * service has checked every id is a uuid and every date YYYY-MM-DD, so nothing needs quoting
 * inside the literals (and the literals themselves are bound parameters).
 */
const RANGES = `ranges as (
  select r.employee_id, r.from_date, r.to_date, r.n::int as n
    from unnest(?::uuid[], ?::date[], ?::date[]) with ordinality as r (employee_id, from_date, to_date, n)
)`;

const literal = (values: string[]) => `{${values.join(',')}}`;
const rangeParams = (ranges: readonly FactsRange[]) => [
  literal(ranges.map((r) => r.employeeId)),
  literal(ranges.map((r) => r.from)),
  literal(ranges.map((r) => r.to)),
];

/**
 * The days every range falls within, as constants the planner sees: entries are partitioned by
 * month, and a join condition alone (`between r.from_date and r.to_date`) prunes no partition at
 * planning, so a month's facts would read every month there is. With these, they read that month.
 */
const SPAN = `e.work_date between ?::date and ?::date`;
/** The first and last day of all the ranges together. */
export const spanOf = (ranges: readonly FactsRange[]): [string, string] => [
  ranges.reduce((min, r) => (r.from < min ? r.from : min), ranges[0]?.from ?? '9999-12-31'),
  ranges.reduce((max, r) => (r.to > max ? r.to : max), ranges[0]?.to ?? '0001-01-01'),
];
const spanParams = spanOf;

/** A month's last day and the next month's first, by its first day: made once, a batch is mostly one month. */
const monthBounds = new Map<string, { next: string; last: string }>();
function boundsOf(month: string) {
  let bounds = monthBounds.get(month);
  if (!bounds) {
    const [year, number] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
    const next =
      number === 12 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${month.slice(0, 5)}${String(number + 1).padStart(2, '0')}-01`;
    bounds = { next, last: `${month.slice(0, 8)}${daysInMonth(year, number)}` };
    if (monthBounds.size < 10_000) monthBounds.set(month, bounds);
  }
  return bounds;
}

/**
 * Each range (numbered from 1) cut into the whole months it covers and the stretches of months it
 * covers only in part: a month's first days to a transfer, a transfer to the month's end.
 */
export function monthsAndParts(ranges: readonly FactsRange[]) {
  const months: { employeeId: string; month: string; n: number; alone: boolean }[] = [];
  const parts: (FactsRange & { n: number })[] = [];
  ranges.forEach((range, i) => {
    const n = i + 1;
    let month = `${range.from.slice(0, 7)}-01`;
    while (month <= range.to) {
      const { next, last } = boundsOf(month);
      const from = range.from > month ? range.from : month;
      const to = range.to < last ? range.to : last;
      // Alone: the range is this month and nothing else, so its groups are the answer as they are kept.
      if (from === month && to === last)
        months.push({ employeeId: range.employeeId, month, n, alone: range.from === from && range.to === to });
      else parts.push({ employeeId: range.employeeId, from, to, n });
      month = next;
    }
  });
  return { months, parts };
}

/**
 * The ranges that are one whole month each (their groups are kept as they are) and the others
 * (numbered from 1 in the order asked), as itemGroups and workPoints read them.
 */
function wholeMonthsApart(ranges: readonly FactsRange[]) {
  const whole = monthsAndParts(ranges).months.filter((m) => m.alone);
  const isWhole = new Set(whole.map((m) => m.n));
  const others = ranges.map((range, i) => ({ range, n: i + 1 })).filter(({ n }) => !isWhole.has(n));
  return { whole, others };
}

/** The parameters of the whole months' half of itemGroups and workPoints. */
const wholeParams = (whole: ReturnType<typeof wholeMonthsApart>['whole']) => [
  literal(whole.map((m) => m.employeeId)),
  literal(whole.map((m) => m.month)),
  literal(whole.map((m) => String(m.n))),
];

/**
 * The halves of a statement that have ranges to read, as one statement (`union all`) and its
 * parameters; with none, a statement that answers no row. A half without ranges is left out, not
 * sent empty: the other ranges' half reads the entries' partitions, and planning it — ~4.7 ms of
 * PostgreSQL for a live score of one person's month, which has none of those ranges — cost more
 * than answering the rest.
 */
function unionOf(...halves: (readonly [sql: string, parameters: unknown[]] | false)[]): [string, unknown[]] {
  const present = halves.filter((half) => half !== false);
  if (!present.length) return ['select null::int as n where false', []];
  return [present.map(([sql]) => sql).join('\n       union all\n'), present.flatMap(([, parameters]) => parameters)];
}

/**
 * The statement of itemTotals and its parameters (see there); itemGroups packs its rows.
 */
function itemTotalsQuery(ranges: readonly FactsRange[]): [string, unknown[]] {
  const { months, parts } = monthsAndParts(ranges);
  return [
    `with months as (
       select m.employee_id, m.month, m.n::int as n, m.alone
         from unnest(?::uuid[], ?::date[], ?::int[], ?::boolean[]) as m (employee_id, month, n, alone)
     ),
     parts as (
       select p.employee_id, p.from_date, p.to_date, p.n::int as n,
              -- From the month's first day, and not a day of the month after it with an entry (a
              -- month so far: no entry is ever dated after today): the month's kept groups are its.
              p.from_date = date_trunc('month', p.from_date)::date
                and not exists (select 1 from diary.entry_day_facts d
                                 where d.employee_id = p.employee_id and d.work_date > p.to_date
                                   and d.work_date < (date_trunc('month', p.from_date) + interval '1 month')::date) as so_far
         from unnest(?::uuid[], ?::date[], ?::date[], ?::int[]) as p (employee_id, from_date, to_date, n)
     ),
     pieces as (
       select m.n, f.work_item_id, f.work_item_version, f.standard_minutes, f.coefficient,
              f.entries, f.quantity, f.actual_minutes, f.self_initiated_quantity
         from months m
         join diary.entry_month_item_facts f on f.employee_id = m.employee_id and f.month = m.month
        where not m.alone and f.month between ?::date and ?::date
       union all
       select p.n, f.work_item_id, f.work_item_version, f.standard_minutes, f.coefficient,
              f.entries, f.quantity, f.actual_minutes, f.self_initiated_quantity
         from parts p
         join diary.entry_month_item_facts f on f.employee_id = p.employee_id and f.month = p.from_date
        where p.so_far and f.month between ?::date and ?::date
       union all
       select p.n, e.work_item_id, e.work_item_version, e.standard_minutes, e.coefficient,
              1, e.quantity, e.actual_minutes, case when e.assignment_id is null then e.quantity else 0 end
         from parts p
         join diary.diary_entry e on e.employee_id = p.employee_id and e.work_date between p.from_date and p.to_date
        where not p.so_far and e.status = 'APPROVED' and ${SPAN}
     )
     select m.n, f.work_item_id, f.work_item_version,
            f.standard_minutes::float8 as standard_minutes, f.coefficient::float8 as coefficient,
            f.entries, f.quantity::float8 as quantity, f.actual_minutes::int as actual_minutes,
            f.self_initiated_quantity::float8 as self_initiated_quantity
       from months m
       join diary.entry_month_item_facts f on f.employee_id = m.employee_id and f.month = m.month
      where m.alone and f.month between ?::date and ?::date
     union all
     select n, work_item_id, work_item_version,
            standard_minutes::float8 as standard_minutes, coefficient::float8 as coefficient,
            sum(entries)::int as entries,
            sum(quantity)::float8 as quantity,
            sum(actual_minutes)::int as actual_minutes,
            sum(self_initiated_quantity)::float8 as self_initiated_quantity
       from pieces
      group by n, work_item_id, work_item_version, standard_minutes, coefficient`,
    [
      literal(months.map((m) => m.employeeId)),
      literal(months.map((m) => m.month)),
      literal(months.map((m) => String(m.n))),
      literal(months.map((m) => String(m.alone))),
      literal(parts.map((p) => p.employeeId)),
      literal(parts.map((p) => p.from)),
      literal(parts.map((p) => p.to)),
      literal(parts.map((p) => String(p.n))),
      ...spanParams(months.filter((m) => !m.alone).map((m) => ({ employeeId: m.employeeId, from: m.month, to: m.month }))),
      ...spanParams(parts.map((p) => ({ employeeId: p.employeeId, from: `${p.from.slice(0, 7)}-01`, to: `${p.from.slice(0, 7)}-01` }))),
      ...spanParams(parts),
      ...spanParams(months.filter((m) => m.alone).map((m) => ({ employeeId: m.employeeId, from: m.month, to: m.month }))),
    ],
  ];
}

const DAY = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/**
 * What scoring needs of the diary for many people at once, aggregated in the database. Every
 * method is one statement whatever the number of ranges: a province's month (7,000 people,
 * ~1.5 M entries) is a handful of statements, not thousands.
 */
export class ScoringFactsStore {
  private readonly planned: boolean;
  /** The planned statements asked in the current tick, not yet sent (together). */
  private asked:
    { sql: string; parameters: readonly unknown[]; resolve: (rows: unknown[]) => void; reject: (error: unknown) => void }[] | undefined;

  /**
   * `batch`: how many ranges the statements will be asked about. A small batch (a live score, a
   * team page of a few dozen) runs its statements planned once per connection (executePlanned):
   * planning them cost PostgreSQL more than running them. A large one, or one of unknown size, has
   * each statement planned for its ranges.
   */
  constructor(
    private readonly em: EntityManager,
    batch = Infinity,
  ) {
    this.planned = batch <= PLANNED_BATCH;
  }

  /**
   * One statement, its `?` parameters bound rather than escaped into its text by the ORM: the
   * ranges' arrays are tens of kilobytes a team page, hundreds a province month, and escaping them
   * character by character was ~2 % of a live team page's CPU, before PostgreSQL lexed them again.
   */
  private run<T>(sql: string, parameters: readonly unknown[]): Promise<T[]> {
    if (!this.planned) return executeBound<T>(this.em, numbered(sql, parameters.length), parameters);
    return new Promise<unknown[]>((resolve, reject) => {
      if (!this.asked) {
        this.asked = [];
        queueMicrotask(() => void this.together());
      }
      this.asked.push({ sql, parameters, resolve, reject });
    }) as Promise<T[]>;
  }

  /**
   * The planned statements asked in one tick, sent as one: each one's rows as a JSON array, in the
   * order it makes them. A live score's facts were four statements on four connections — four round
   * trips each way, four backends woken — for a few rows each; they are one. Every column of these
   * statements is cast to what its reader takes (int, float8, text, boolean), so JSON carries each
   * as the statement alone would have answered it.
   */
  private async together() {
    const asked = this.asked!;
    this.asked = undefined;
    const sql =
      asked.length === 1
        ? asked[0]!.sql
        : `select ${asked.map((one, i) => `(select coalesce(json_agg(q), '[]') from (${one.sql}) as q) as "${i}"`).join(',\n       ')}`;
    const parameters = asked.flatMap((one) => one.parameters);
    try {
      const rows = await executePlanned<Record<string, unknown[]>>(this.em, numbered(sql, parameters.length), parameters);
      if (asked.length === 1) asked[0]!.resolve(rows);
      else asked.forEach((one, i) => one.resolve(rows[0]![String(i)]!));
    } catch (error) {
      for (const one of asked) one.reject(error);
    }
  }

  /**
   * Counts and sums over each range's entries, from the facts the diary keeps per person and day
   * as its entries change (migration 20261209140000): a month is ~143,000 days, not ~870,000
   * entries. The days declared are counted here too — days with an entry that are working days
   * (not among `nonWorkingDays`, which the calendar's rules name for the batch's whole span) and
   * on no leave — so that no day travels: they were ~143,000 date texts a province month, made,
   * sent and parsed to be counted. The leave comes as each range's days (a few thousand a province
   * month). Each range's days are read and summed on their own, from the facts' primary key: hashing
   * the whole span's days to join them with the ranges took two to three times as long for a
   * province month (150–230 ms against 65–85 ms a batch of 3,600) and grew with every month kept.
   */
  async entryTotals(ranges: readonly FactsRange[], nonWorkingDays: readonly string[]): Promise<EntryTotalsRow[]> {
    const rows = await this.run<Record<string, unknown>>(
      `with ${RANGES},
       leave_days as (
         select r.n, array_agg(d::date) as days
           from ranges r
           join diary.leave l on l.employee_id = r.employee_id and l.from_date <= r.to_date and l.to_date >= r.from_date
          cross join generate_series(greatest(l.from_date, r.from_date), least(l.to_date, r.to_date), interval '1 day') as d
          group by r.n
       )
       select r.n, t.*
         from ranges r
         left join leave_days on_leave on on_leave.n = r.n
        cross join lateral (
          select sum(f.entries)::int as entries,
                 sum(f.approved_entries)::int as approved_entries,
                 sum(f.approved_actual_minutes)::int as approved_actual_minutes,
                 sum(f.imported_entries)::int as imported_entries,
                 sum(f.late_declarations)::int as late_declarations,
                 sum(f.far_above_standard_entries)::int as far_above_standard_entries,
                 count(*) filter (where f.over_standard_entries > 0)::int as days_over_standard,
                 count(*) filter (where f.work_date <> all(?::date[])
                                    and (on_leave.days is null or f.work_date <> all(on_leave.days)))::int as declared_days
            from diary.entry_day_facts f
           where f.employee_id = r.employee_id and f.work_date between r.from_date and r.to_date
             and ${SPAN.replace('e.work_date', 'f.work_date')}
        ) as t
        where t.entries is not null`,
      [...rangeParams(ranges), literal([...nonWorkingDays]), ...spanParams(ranges)],
    );
    return rows.map((r) => ({
      n: r.n as number,
      entries: r.entries as number,
      approvedEntries: r.approved_entries as number,
      approvedActualMinutes: r.approved_actual_minutes as number,
      importedEntries: r.imported_entries as number,
      lateDeclarations: r.late_declarations as number,
      farAboveStandardEntries: r.far_above_standard_entries as number,
      daysOverStandard: r.days_over_standard as number,
      declaredDays: r.declared_days as number,
    }));
  }

  /**
   * Approved entries by the terms they earned on: item, version, standard minutes and coefficient
   * as copied into each entry on its work date (a mid-period catalogue change makes two groups).
   * The whole months of a range come from the groups the diary keeps per person and month as its
   * entries change (~212,000 for the demo province's month, against ~750,000 approved entries);
   * the days of a month a range covers only in part (a transfer, a range of days) from the
   * entries themselves — but for a month so far (from its first day to a day after which the
   * month has no entry: a live score's month, no entry being dated after today), whose kept
   * groups are the answer too. Sums stay numeric until the end, so the two add up exactly as the entries
   * would. A range that is one whole month (a province's month, nearly everyone) takes its groups
   * as they are kept, with no grouping again: sorting 212,000 groups spilled to disk. In no order
   * (itemGroups sorts them, once, to pack them).
   */
  async itemTotals(ranges: readonly FactsRange[]): Promise<ItemTotalsRow[]> {
    const rows = await this.run<Record<string, unknown>>(...itemTotalsQuery(ranges));
    return rows.map((r) => ({
      n: r.n as number,
      workItemId: r.work_item_id as string,
      version: r.work_item_version as number,
      standardMinutes: r.standard_minutes as number,
      coefficient: r.coefficient as number,
      entries: r.entries as number,
      quantity: r.quantity as number,
      actualMinutes: r.actual_minutes as number,
      selfInitiatedQuantity: r.self_initiated_quantity as number,
    }));
  }

  /**
   * The groups of itemTotals packed by range, in the order of their terms (item, version, standard
   * minutes, coefficient): each column one text of the values joined by commas, so a province's
   * month is ~7,000 rows of eight texts to read rather than ~212,000 rows of ten values. A range
   * without approved entries has no row.
   *
   * A range that is one whole month (a province's month: nearly everyone) reads the groups kept
   * for it already packed (`entry_month_item_packs`, migration 20261219100000: kept as the entries
   * change, the same texts): one row a range. Packing them on every read cost a province month
   * ~370 ms of PostgreSQL, reading them ~65. The other ranges are grouped and sorted as itemTotals
   * makes them, their sums written as their float8 makes them. Every column's values line up
   * whatever the plan (the aggregates of a group see its rows in one order); the readers sort by
   * terms all the same, so nothing rests on the plan keeping the order.
   */
  async itemGroups(ranges: readonly FactsRange[]): Promise<Map<number, PackedItemGroups>> {
    const { whole, others } = wholeMonthsApart(ranges);
    const [totals, params] = itemTotalsQuery(others.map((o) => o.range));
    const packed = (column: string) => `string_agg(groups.${column}::float8::text, ',')`;
    const rows = await this.run<PackedItemGroups & { n: number }>(
      ...unionOf(
        whole.length > 0 && [
          `select w.n::int as n, p.work_item_id as "workItemId", p.work_item_version as version, p.standard_minutes as "standardMinutes",
                  p.coefficient, p.entries, p.quantity, p.actual_minutes as "actualMinutes", p.self_initiated_quantity as "selfInitiatedQuantity"
             from unnest(?::uuid[], ?::date[], ?::int[]) as w (employee_id, month, n)
             join diary.entry_month_item_packs p on p.employee_id = w.employee_id and p.month = w.month`,
          wholeParams(whole),
        ],
        others.length > 0 && [
          // One sort feeds every aggregate (eight ordered aggregates would sort eight times).
          `select (?::int[])[groups.n] as n, string_agg(groups.work_item_id::text, ',') as "workItemId",
                  string_agg(groups.work_item_version::text, ',') as version, ${packed('standard_minutes')} as "standardMinutes",
                  ${packed('coefficient')} as coefficient, string_agg(groups.entries::text, ',') as entries, ${packed('quantity')} as quantity,
                  string_agg(groups.actual_minutes::int::text, ',') as "actualMinutes", ${packed('self_initiated_quantity')} as "selfInitiatedQuantity"
             from (select * from (${totals}) as totals
                   order by n, work_item_id::text collate "C", work_item_version, standard_minutes, coefficient) as groups
            group by groups.n`,
          [literal(others.map((o) => String(o.n))), ...params],
        ],
      ),
    );
    return new Map(rows.map(({ n, ...packed }) => [n, packed]));
  }

  /**
   * Each range's work points: Σ quantity × standard minutes × coefficient of its approved groups
   * (itemTotals), multiplied and added in double precision in the order of their terms — item,
   * version, standard minutes, coefficient — exactly as scoring's rules add them from the groups
   * (rules/item-groups.ts workPointsOf: the same values, the same operations in the same order,
   * so the same number to the last bit). A live score needs nothing else of the groups: a team
   * page's ~50,000 groups stay here. A range without approved entries has no row.
   *
   * As itemGroups does, a range that is one whole month sums the groups kept for it, a few dozen
   * rows each sorted on their own (a uuid sorts as its text does); the others are grouped as
   * itemTotals makes them. Sorting a team page's ~50,000 groups at once spilled to disk and took
   * three times as long (1,669 people's month: 136–191 ms against 38–61 ms, the same sums).
   */
  async workPoints(ranges: readonly FactsRange[]): Promise<Map<number, number>> {
    const { whole, others } = wholeMonthsApart(ranges);
    const [totals, params] = itemTotalsQuery(others.map((o) => o.range));
    const rows = await this.run<{ n: number; work_points: number }>(
      ...unionOf(
        whole.length > 0 && [
          `select w.n, p.work_points
             from unnest(?::uuid[], ?::date[], ?::int[]) as w (employee_id, month, n)
            cross join lateral (
              select sum(f.quantity::float8 * f.standard_minutes::float8 * f.coefficient::float8
                         order by f.work_item_id, f.work_item_version, f.standard_minutes, f.coefficient) as work_points
                from diary.entry_month_item_facts f
               where f.employee_id = w.employee_id and f.month = w.month
            ) as p
            where p.work_points is not null`,
          wholeParams(whole),
        ],
        others.length > 0 && [
          `select (?::int[])[totals.n] as n,
                  sum(quantity * standard_minutes * coefficient
                      order by work_item_id::text collate "C", work_item_version, standard_minutes, coefficient) as work_points
             from (${totals}) as totals
            group by totals.n`,
          [literal(others.map((o) => String(o.n))), ...params],
        ],
      ),
    );
    return new Map(rows.map((row) => [row.n, row.work_points]));
  }

  /**
   * Assignments each person leads or co-operates on whose deadline (the one in force) falls in
   * the range. Two halves of one statement, so that each uses its index: the lead's b-tree, the
   * co-operators' GIN.
   */
  async assignments(ranges: readonly FactsRange[]): Promise<AssignmentFactsRow[]> {
    const columns = `a.id, ${DAY('a.deadline')} as deadline, a.status, ${DAY('a.submitted_on')} as submitted_on,
              a.expected_quantity::float8 as expected_quantity, a.quantity_done::float8 as quantity_done, a.quality,
              a.major_errors::int as major_errors, a.excused_errors::int as excused_errors,
              a.delays::int as delays, a.excused_delays::int as excused_delays, a.import_key is not null as imported`;
    const rows = await this.run<Record<string, unknown>>(
      `with ${RANGES}
       select * from (
         select r.n, true as led, a.deadline as due, ${columns}
           from ranges r
           join diary.assignment a on a.lead_id = r.employee_id and a.deadline between r.from_date and r.to_date
         union all
         select r.n, false as led, a.deadline as due, ${columns}
           from ranges r
           join diary.assignment a on a.co_operator_ids @> array[r.employee_id] and a.deadline between r.from_date and r.to_date
       ) facts
       order by n, due, id`,
      rangeParams(ranges),
    );
    return rows.map((r) => ({
      n: r.n as number,
      led: r.led as boolean,
      id: r.id as string,
      deadline: r.deadline as string,
      status: r.status as AssignmentStatus,
      submittedOn: (r.submitted_on as string | null) ?? null,
      expectedQuantity: r.expected_quantity as number,
      quantityDone: (r.quantity_done as number | null) ?? null,
      quality: (r.quality as QualityRating | null) ?? null,
      majorErrors: r.major_errors as number,
      excusedErrors: r.excused_errors as number,
      delays: r.delays as number,
      excusedDelays: r.excused_delays as number,
      imported: r.imported as boolean,
    }));
  }

  /** Approved leave overlapping each range, clipped to it. */
  async leaves(ranges: readonly FactsRange[]): Promise<LeaveRow[]> {
    const rows = await this.run<{ n: number; from_date: string; to_date: string }>(
      `with ${RANGES}
       select r.n, ${DAY('greatest(l.from_date, r.from_date)')} as from_date, ${DAY('least(l.to_date, r.to_date)')} as to_date
         from ranges r
         join diary.leave l on l.employee_id = r.employee_id and l.from_date <= r.to_date and l.to_date >= r.from_date`,
      rangeParams(ranges),
    );
    return rows.map((r) => ({ n: r.n, from: r.from_date, to: r.to_date }));
  }
}
