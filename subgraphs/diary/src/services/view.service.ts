import { canReadWorkItemUsage as canReadUsage, daysIn, DomainError, forbidden, isCalendarDate, round } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { type DiaryEntryRow, earnedMinutesOf, type Employee, EntryFlag, EntryStatus, type Leave, workPointsOf } from '../entities/index.js';
import { canReadDiary } from '../rules/access.js';
import { eachDay, isWorkingDay, todayInVietnam, type Exceptions } from '../rules/calendar.js';
import type { DiaryContext } from './context.js';
import { exceptionsAround, policyOn } from './policy.service.js';
import { said } from '../messages.js';

const MAX_RANGE_DAYS = 366;

export function assertRange(from: string, to: string) {
  if (!isCalendarDate(from) || !isCalendarDate(to)) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.datesFormat(), { field: 'from' });
  if (to < from) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.toBeforeFrom(), { field: 'to' });
  if (daysIn(from, to) > MAX_RANGE_DAYS)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.rangeAtMost({ max: MAX_RANGE_DAYS }), { field: 'to' });
}

function assertReads(ctx: DiaryContext, employee: Employee) {
  if (!canReadDiary(ctx.identity, employee)) throw forbidden(said.personsDiary());
}

/**
 * A person's entries over a range. With `approvedBefore`, exactly those a score frozen at that
 * moment counted: approved, and approved (reviewedAt) no later than it — how a closed period's
 * score is explained after later reviews.
 */
export async function entriesOf(
  ctx: DiaryContext,
  employee: Employee,
  from: string,
  to: string,
  status?: EntryStatus | null,
  approvedBefore?: Date | null,
) {
  assertReads(ctx, employee);
  assertRange(from, to);
  if (approvedBefore && status && status !== EntryStatus.APPROVED)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.approvedBeforeStatus(), {
      field: 'status',
    });
  const entries = await ctx.loaders.entries.load(ctx.loaders.rangeKey(employee.id, from, to));
  if (approvedBefore)
    return entries.filter((e) => e.status === EntryStatus.APPROVED && e.reviewedAt !== null && e.reviewedAt <= approvedBefore);
  return status ? entries.filter((e) => e.status === status) : entries;
}

export interface DiaryDay {
  date: string;
  isWorkingDay: boolean;
  holiday: string | null;
  onLeave: boolean;
  entries: DiaryEntryRow[];
  actualMinutes: number;
  earnedStandardMinutes: number;
  workPoints: number;
  approvedWorkPoints: number;
  standardDayMinutes: number;
  warnings: EntryFlag[];
  missing: boolean;
}

const onLeave = (leaves: Leave[], day: string) => leaves.some((l) => l.fromDate <= day && day <= l.toDate);

function summarise(
  day: string,
  entries: DiaryEntryRow[],
  exceptions: Exceptions,
  holidays: Map<string, string>,
  leaves: Leave[],
  standardDay: number,
  today: string,
): DiaryDay {
  const working = isWorkingDay(day, exceptions);
  const leave = onLeave(leaves, day);
  const actual = entries.reduce((sum, e) => sum + e.actualMinutes, 0);
  const warnings = new Set<EntryFlag>();
  if (actual > standardDay) warnings.add(EntryFlag.OVER_STANDARD_DAY);
  for (const entry of entries) for (const flag of entry.flags) if (flag !== EntryFlag.OVER_STANDARD_DAY) warnings.add(flag);
  return {
    date: day,
    isWorkingDay: working,
    holiday: holidays.get(day) ?? null,
    onLeave: leave,
    entries,
    actualMinutes: actual,
    earnedStandardMinutes: round(entries.reduce((sum, e) => sum + earnedMinutesOf(e), 0)),
    workPoints: round(entries.reduce((sum, e) => sum + workPointsOf(e), 0)),
    approvedWorkPoints: round(entries.filter((e) => e.status === EntryStatus.APPROVED).reduce((sum, e) => sum + workPointsOf(e), 0)),
    standardDayMinutes: standardDay,
    warnings: [...warnings],
    missing: working && !leave && entries.length === 0 && day < today,
  };
}

/** A person's days from `from` to `to`: entries, totals against the standard day, warnings, gaps. */
export async function daysOf(
  ctx: DiaryContext,
  employee: Employee,
  from: string,
  to: string,
  standardDay?: number | null,
): Promise<DiaryDay[]> {
  assertReads(ctx, employee);
  assertRange(from, to);
  const [entries, leaves, exceptions, policy, calendar] = await Promise.all([
    ctx.loaders.entries.load(ctx.loaders.rangeKey(employee.id, from, to)),
    ctx.loaders.leaves.load(ctx.loaders.rangeKey(employee.id, from, to)),
    exceptionsAround(ctx, from, to),
    policyOn(ctx, to),
    ctx.loaders.calendarRows(from, to),
  ]);
  const holidays = new Map(calendar.filter((d) => d.kind === 'HOLIDAY').map((d) => [d.day, d.name]));
  const byDay = Map.groupBy(entries, (e) => e.workDate);
  const today = todayInVietnam();
  return eachDay(from, to).map((day) =>
    summarise(day, byDay.get(day) ?? [], exceptions, holidays, leaves, standardDay ?? policy.standardDayMinutes, today),
  );
}

export interface DiaryPeriod {
  from: string;
  to: string;
  days: DiaryDay[];
  workingDays: number;
  daysOnLeave: number;
  missingDays: string[];
  actualMinutes: number;
  earnedStandardMinutes: number;
  workPoints: number;
  approvedWorkPoints: number;
  availableStandardMinutes: number;
  daysOverStandard: number;
}

/** The real-time self view over a period: totals, capacity, what is missing. */
export async function periodOf(ctx: DiaryContext, employee: Employee, from: string, to: string): Promise<DiaryPeriod> {
  const days = await daysOf(ctx, employee, from, to);
  const working = days.filter((d) => d.isWorkingDay);
  const leaveDays = working.filter((d) => d.onLeave);
  const sum = (pick: (d: DiaryDay) => number) => round(days.reduce((total, d) => total + pick(d), 0));
  return {
    from,
    to,
    days,
    workingDays: working.length,
    daysOnLeave: leaveDays.length,
    missingDays: days.filter((d) => d.missing).map((d) => d.date),
    actualMinutes: sum((d) => d.actualMinutes),
    earnedStandardMinutes: sum((d) => d.earnedStandardMinutes),
    workPoints: sum((d) => d.workPoints),
    approvedWorkPoints: sum((d) => d.approvedWorkPoints),
    availableStandardMinutes: working.filter((d) => !d.onLeave).reduce((total, d) => total + d.standardDayMinutes, 0),
    daysOverStandard: days.filter((d) => d.warnings.includes(EntryFlag.OVER_STANDARD_DAY)).length,
  };
}

export async function missingDaysOf(ctx: DiaryContext, employee: Employee, from: string, to: string) {
  return (await daysOf(ctx, employee, from, to)).filter((d) => d.missing).map((d) => d.date);
}

/**
 * An item's usage in a period. The catalogue's rule decides who reads it (the same as for its
 * hygiene), from the item's keepers that the gateway brings from the catalogue (`@requires`); the
 * catalogue itself asks for many items at once, as the graph's service.
 */
export async function usageOf(ctx: DiaryContext, item: { id: string; keeperAgencyIds?: string[] }, from: string, to: string) {
  if (!canReadUsage(ctx.identity, item.keeperAgencyIds)) throw forbidden(said.itemUsage());
  const workItemId = item.id;
  assertRange(from, to);
  const [usage] = await ctx.loaders.usage.load(ctx.loaders.rangeKey(workItemId, from, to));
  const base = usage ?? { workItemId, entries: 0, employees: 0, quantity: 0, actualMinutes: 0, standardMinutes: 0 };
  return { ...base, from, to, actualToStandard: base.standardMinutes > 0 ? round(base.actualMinutes / base.standardMinutes) : null };
}

export const todayDefault = () => todayInVietnam();
