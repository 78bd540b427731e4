import { DomainError, forbidden, isService, isUuid } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { effectiveDeadline, timelinessOf } from '../rules/assignments.js';
import { eachDay, isWorkingDay, todayInVietnam, workingDays, type Exceptions } from '../rules/calendar.js';
import {
  ScoringFactsStore,
  spanOf,
  type AssignmentFactsRow,
  type FactsRange,
  type ItemTotalsRow,
  type PackedItemGroups,
} from '../store/scoring-facts.store.js';
import type { DiaryContext } from './context.js';
import { allExceptions } from './policy.service.js';
import { assertRange } from './view.service.js';
import { num, said } from '../messages.js';

/** 7,000 people in two calls; more would make one response too large to hold comfortably. */
export const MAX_SCORING_RANGES = 5000;

/** The same checks as every diary range, naming the range at fault (`ranges.12.to`). */
function assertRanges(ranges: readonly FactsRange[]) {
  if (ranges.length === 0 || ranges.length > MAX_SCORING_RANGES)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.rangesCount({ max: num(MAX_SCORING_RANGES) }), { field: 'ranges' });
  ranges.forEach((range, i) => {
    if (!isUuid(range.employeeId))
      throw new DomainError(ErrorCode.BAD_USER_INPUT, said.rangeNotUuid({ index: i }), { field: `ranges.${i}.employeeId` });
    try {
      assertRange(range.from, range.to);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      throw new DomainError(ErrorCode.BAD_USER_INPUT, said.rangeProblem({ index: i, problem: error.message }), {
        field: `ranges.${i}.${String(error.extensions.field)}`,
      });
    }
  });
}

const toAssignmentFacts = (row: AssignmentFactsRow, today: string, exceptions: Exceptions) => ({
  id: row.id,
  deadline: row.deadline,
  effectiveDeadline: effectiveDeadline(row.deadline, exceptions),
  status: row.status,
  submittedOn: row.submittedOn,
  timeliness: timelinessOf(row, today, exceptions),
  expectedQuantity: row.expectedQuantity,
  quantityDone: row.quantityDone,
  quality: row.quality,
  majorErrors: row.majorErrors,
  excusedErrors: row.excusedErrors,
  delays: row.delays,
  excusedDelays: row.excusedDelays,
  // Only on imported ones: a province month carries hundreds of thousands of these.
  ...(row.imported ? { imported: true } : {}),
});

/** A range's item groups in one order whatever the plan: item, version, standard minutes, coefficient. */
const byTerms = (a: ItemGroup, b: ItemGroup) =>
  (a.workItemId < b.workItemId ? -1 : a.workItemId > b.workItemId ? 1 : 0) ||
  a.version - b.version ||
  a.standardMinutes - b.standardMinutes ||
  a.coefficient - b.coefficient;

type ItemGroup = Omit<ItemTotalsRow, 'n'>;

const COLUMNS = [
  'workItemId',
  'version',
  'standardMinutes',
  'coefficient',
  'entries',
  'quantity',
  'actualMinutes',
  'selfInitiatedQuantity',
] as const;

/** A range's groups as columns (itemGroups): a third of the size of the same groups as objects (items). */
const columnsOf = (groups: ItemGroup[]) => Object.fromEntries(COLUMNS.map((column) => [column, groups.map((group) => group[column])]));

const NO_GROUPS: PackedItemGroups = Object.fromEntries(COLUMNS.map((column) => [column, ''])) as unknown as PackedItemGroups;

/** The packed groups as objects, in the order of their terms. */
function groupsOf(packed: PackedItemGroups): ItemGroup[] {
  const values = (text: string) => (text === '' ? [] : text.split(','));
  const numbers = (text: string) => values(text).map(Number);
  const [version, standardMinutes, coefficient, entries, quantity, actualMinutes, selfInitiatedQuantity] = COLUMNS.slice(1).map((column) =>
    numbers(packed[column]),
  );
  return values(packed.workItemId)
    .map((workItemId, i) => ({
      workItemId,
      version: version![i]!,
      standardMinutes: standardMinutes![i]!,
      coefficient: coefficient![i]!,
      entries: entries![i]!,
      quantity: quantity![i]!,
      actualMinutes: actualMinutes![i]!,
      selfInitiatedQuantity: selfInitiatedQuantity![i]!,
    }))
    .sort(byTerms);
}

const byRange = <T extends { n: number }>(rows: T[]) => Map.groupBy(rows, (row) => row.n);

/** The days of the batch's whole span that are not working days, by the calendar's rules (weekends, holidays, swaps). */
function nonWorkingDaysOf(ranges: readonly FactsRange[], exceptions: Exceptions) {
  return eachDay(...spanOf(ranges)).filter((day) => !isWorkingDay(day, exceptions));
}

/**
 * The diary's facts for scoring many (person, range) pairs at once, for the graph's own subgraphs
 * only: aggregates, never entries, so the scoring subgraph neither reads the diary's tables nor
 * makes a call per person. One statement per kind of fact (entry totals, per-item totals,
 * assignments, leave) plus the calendar, whatever the number of ranges; the working calendar is
 * applied here, with the same rules as the person's own view.
 */
export async function scoringFacts(ctx: DiaryContext, ranges: readonly FactsRange[], selected?: ReadonlySet<string>) {
  if (!isService(ctx.identity)) throw forbidden(said.scoringFacts());
  assertRanges(ranges);
  const store = new ScoringFactsStore(ctx.em, ranges.length);
  // The calendar first (kept), so that every statement is asked in one tick: a small batch's go to
  // PostgreSQL as one (ScoringFactsStore), and the entry totals needed the calendar anyway.
  const exceptions = await allExceptions(ctx);
  // The groups and the work points each cost a statement, run only when asked for: a live score
  // asks the work points alone, a stored one the groups.
  const asked = (...fields: string[]) => !selected || fields.some((field) => selected.has(field));
  const [totals, items, points, assignments, leaves] = await Promise.all([
    store.entryTotals(ranges, nonWorkingDaysOf(ranges, exceptions)),
    asked('items', 'itemGroups', 'packedItemGroups', 'indexedItemGroups', 'workItemIds')
      ? store.itemGroups(ranges)
      : new Map<number, PackedItemGroups>(),
    asked('workPoints') ? store.workPoints(ranges) : new Map<number, number>(),
    store.assignments(ranges),
    store.leaves(ranges),
  ]);
  const totalsOf = new Map(totals.map((row) => [row.n, row]));
  const assignmentsOf = byRange(assignments);
  const leavesOf = byRange(leaves);
  // A batch is mostly the same month for everybody: the working days of each distinct range once.
  const calendar = new Map<string, string[]>();
  const workingDaysOf = (from: string, to: string) => {
    const key = `${from}|${to}`;
    if (!calendar.has(key)) calendar.set(key, workingDays(from, to, exceptions));
    return calendar.get(key)!;
  };
  const today = todayInVietnam();

  return ranges.map((range, i) => {
    const n = i + 1;
    const working = workingDaysOf(range.from, range.to);
    const leave = leavesOf.get(n) ?? [];
    const total = totalsOf.get(n);
    const led = (assignmentsOf.get(n) ?? []).filter((a) => a.led);
    const coOperated = (assignmentsOf.get(n) ?? []).filter((a) => !a.led);
    const packed = items.get(n) ?? NO_GROUPS;
    return {
      employeeId: range.employeeId,
      from: range.from,
      to: range.to,
      workingDays: working.length,
      leaveDays: leave.length ? working.filter((day) => leave.some((l) => l.from <= day && day <= l.to)).length : 0,
      declaredDays: total?.declaredDays ?? 0,
      lateDeclarations: total?.lateDeclarations ?? 0,
      daysOverStandard: total?.daysOverStandard ?? 0,
      farAboveStandardEntries: total?.farAboveStandardEntries ?? 0,
      entries: total?.entries ?? 0,
      approvedEntries: total?.approvedEntries ?? 0,
      approvedActualMinutes: total?.approvedActualMinutes ?? 0,
      importedEntries: total?.importedEntries ?? 0,
      // Each form of the groups made only when asked: a province's batch asks them packed, as read.
      get items() {
        return groupsOf(packed);
      },
      get itemGroups() {
        return columnsOf(groupsOf(packed));
      },
      packedItemGroups: packed,
      workPoints: points.get(n) ?? 0,
      led: led.map((a) => toAssignmentFacts(a, today, exceptions)),
      coOperated: coOperated.map((a) => toAssignmentFacts(a, today, exceptions)),
    };
  });
}

/** The figures of a range that PackedScoringFacts carries as columns, in the order of ScoringFacts. */
const FIGURES = [
  'workingDays',
  'leaveDays',
  'declaredDays',
  'lateDeclarations',
  'daysOverStandard',
  'farAboveStandardEntries',
  'entries',
  'approvedEntries',
  'approvedActualMinutes',
  'importedEntries',
] as const;

/** The fields of an assignment's facts, in the order toAssignmentFacts makes them. */
const ASSIGNMENT_FIELDS = [
  'id',
  'deadline',
  'effectiveDeadline',
  'status',
  'submittedOn',
  'timeliness',
  'expectedQuantity',
  'quantityDone',
  'quality',
  'majorErrors',
  'excusedErrors',
  'delays',
  'excusedDelays',
] as const;

/**
 * The packed groups of a batch naming their items by index (PackedScoringFacts.indexedItemGroups)
 * and the items so named, each once (workItemIds): a province month's ~212,000 groups name ~200
 * items, and their ids were ~60 % of the groups' bytes — made into JSON here and read back by
 * scoring.
 */
function indexedItems(packed: readonly PackedItemGroups[]) {
  const index = new Map<string, number>();
  const workItemIds: string[] = [];
  const indexOf = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = workItemIds.length;
      index.set(id, i);
      workItemIds.push(id);
    }
    return i;
  };
  const groups = packed.map(({ workItemId, ...columns }) => ({
    workItem: workItemId === '' ? '' : workItemId.split(',').map(indexOf).join(','),
    ...columns,
  }));
  return { workItemIds, groups };
}

/**
 * scoringFacts as columns (PackedScoringFacts): the same facts, made by the same code, turned into
 * one list per figure. A team page of 500 asked ~1 MB of facts as objects, ~45 % of it the
 * assignments' field names. The work points, the groups and the assignments are made only when
 * asked (GraphQL reads the getters), as their statements are run only then.
 */
export async function packedScoringFacts(ctx: DiaryContext, ranges: readonly FactsRange[], selected?: ReadonlySet<string>) {
  const facts = await scoringFacts(ctx, ranges, selected);
  let indexed: ReturnType<typeof indexedItems> | undefined;
  const columns = Object.fromEntries(FIGURES.map((figure) => [figure, facts.map((f) => f[figure])])) as Record<
    (typeof FIGURES)[number],
    number[]
  >;
  return {
    ...columns,
    get workPoints() {
      return facts.map((f) => f.workPoints);
    },
    get packedItemGroups() {
      return facts.map((f) => f.packedItemGroups);
    },
    get workItemIds() {
      return (indexed ??= indexedItems(facts.map((f) => f.packedItemGroups))).workItemIds;
    },
    get indexedItemGroups() {
      return (indexed ??= indexedItems(facts.map((f) => f.packedItemGroups))).groups;
    },
    get assignments() {
      const packed: Record<string, unknown[]> = {
        range: [],
        led: [],
        ...Object.fromEntries(ASSIGNMENT_FIELDS.map((field) => [field, []])),
        imported: [],
      };
      const add = (range: number, led: boolean, a: ReturnType<typeof toAssignmentFacts>) => {
        packed.range!.push(range);
        packed.led!.push(led);
        for (const field of ASSIGNMENT_FIELDS) packed[field]!.push(a[field]);
        packed.imported!.push(a.imported === true);
      };
      facts.forEach((f, range) => {
        for (const a of f.led) add(range, true, a);
        for (const a of f.coOperated) add(range, false, a);
      });
      return packed;
    },
  };
}
