import { clockNow, forbidden } from '@kpi/platform';
import { Assignment, AssignmentStatus, ReminderKind, Timeliness, type Leave } from '../entities/index.js';
import { canReadDiary, canReadUnit, type DiaryOwner } from '../rules/access.js';
import { summarise, timelinessOf, workingDaysLeft } from '../rules/assignments.js';
import { addDays, eachDay, firstOfMonth, isWorkingDay, todayInVietnam } from '../rules/calendar.js';
import { closesAt, isClosed } from '../rules/lockdown.js';
import { reminderText } from '../rules/reminder-texts.js';
import { isClosingSoon } from '../rules/reminders.js';
import type { DiaryContext } from './context.js';
import { allExceptions, exceptionsAround, policyOn } from './policy.service.js';
import { assertRange } from './view.service.js';
import { said } from '../messages.js';

export interface Unit {
  id: string;
  parentId?: string | null;
  staffIds?: string[];
}

function assertReadsUnit(ctx: DiaryContext, unit: Unit) {
  if (!canReadUnit(ctx.identity, unit)) throw forbidden(said.unitDiaries());
}

/** How a unit's assignments due from `from` to `to` went: its overdue share. */
export async function unitAssignmentSummary(ctx: DiaryContext, unit: Unit, from: string, to: string) {
  assertReadsUnit(ctx, unit);
  assertRange(from, to);
  const [list, exceptions] = await Promise.all([
    ctx.loaders.unitAssignments.load(ctx.loaders.rangeKey(unit.id, from, to)),
    allExceptions(ctx),
  ]);
  return { from, to, ...summarise(list, todayInVietnam(), exceptions) };
}

/** A person's overdue share over what they led, due from `from` to `to`. */
export async function personAssignmentSummary(ctx: DiaryContext, person: DiaryOwner, from: string, to: string) {
  if (!canReadDiary(ctx.identity, person)) throw forbidden(said.personsAssignments());
  assertRange(from, to);
  const [list, exceptions] = await Promise.all([ctx.loaders.assignmentsOf.load(person.id), allExceptions(ctx)]);
  const led = list.filter((a) => a.leadId === person.id && a.deadline >= from && a.deadline <= to);
  return { from, to, ...summarise(led, todayInVietnam(), exceptions) };
}

const onLeave = (leaves: Leave[], day: string) => leaves.some((l) => l.fromDate <= day && day <= l.toDate);

/**
 * Working days without a diary and without leave, for each person of a unit, from `from` to
 * yesterday at the latest: one statement for the days with entries, one for leave.
 */
async function missingOf(ctx: DiaryContext, staffIds: string[], from: string, to: string) {
  const until = [to, addDays(todayInVietnam(), -1)].sort()[0]!;
  if (until < from || staffIds.length === 0) return [];
  const [filled, leaves, exceptions] = await Promise.all([
    Promise.all(staffIds.map((id) => ctx.loaders.daysWithEntries.load(ctx.loaders.rangeKey(id, from, until)))),
    Promise.all(staffIds.map((id) => ctx.loaders.leaves.load(ctx.loaders.rangeKey(id, from, until)))),
    exceptionsAround(ctx, from, until),
  ]);
  const working = eachDay(from, until).filter((day) => isWorkingDay(day, exceptions));
  return staffIds
    .map((id, i) => {
      const has = new Set(filled[i]![0]?.days ?? []);
      const days = working.filter((day) => !has.has(day) && !onLeave(leaves[i]!, day));
      return { employee: { id }, days, count: days.length };
    })
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count);
}

export async function missingDiaries(ctx: DiaryContext, unit: Unit, from: string, to: string) {
  assertReadsUnit(ctx, unit);
  assertRange(from, to);
  return missingOf(ctx, unit.staffIds ?? [], from, to);
}

/**
 * What the people of a unit should be told today, as data for a front-end or a mailer: missing
 * diaries of the months still open (with the close date), a last call a few days before a month
 * closes, assignments due within two working days or overdue (to their lead), submitted work
 * waiting for a decision (to its assigner).
 */
export async function reminders(ctx: DiaryContext, unit: Unit) {
  assertReadsUnit(ctx, unit);
  return remindersOf(ctx, unit);
}

/**
 * The one rule behind `Agency.reminders` and the daily reminder job (which asks for every agency
 * as the service, so the caller's reach is checked by `reminders`, not here).
 */
export async function remindersOf(ctx: DiaryContext, unit: Unit): Promise<UnitReminder[]> {
  const today = todayInVietnam();
  const now = clockNow();
  const previousMonth = firstOfMonth(addDays(firstOfMonth(today), -1));
  const policy = await policyOn(ctx, previousMonth);
  const from = isClosed(previousMonth, unit.id, now, policy, []) ? firstOfMonth(today) : previousMonth;
  const [missing, exceptions, list] = await Promise.all([
    missingOf(ctx, unit.staffIds ?? [], from, today),
    allExceptions(ctx),
    ctx.loaders.unitAssignments.load(ctx.loaders.rangeKey(unit.id, addDays(today, -366), addDays(today, 60))),
  ]);
  // The month closes at 00:00 Vietnam time (17:00 UTC the day before): that UTC date is the last day to declare.
  const lastDayOf = (month: string) => closesAt(month, policy).toISOString().slice(0, 10);
  const out: UnitReminder[] = [];
  for (const row of missing) {
    const months = [...new Set(row.days.map(firstOfMonth))];
    out.push(told(ReminderKind.MISSING_DIARY, row.employee.id, { days: row.days, dueOn: lastDayOf(months[0]!) }));
    for (const month of months.filter((m) => isClosingSoon(lastDayOf(m), today))) {
      const days = row.days.filter((day) => firstOfMonth(day) === month);
      out.push(told(ReminderKind.MONTH_CLOSING, row.employee.id, { days, dueOn: lastDayOf(month), month: month.slice(0, 7) }));
    }
  }
  for (const a of list as Assignment[]) {
    const timeliness = timelinessOf(a, today, exceptions);
    if (timeliness === Timeliness.OVERDUE) out.push(told(ReminderKind.ASSIGNMENT_OVERDUE, a.leadId, {}, a));
    else if (timeliness === Timeliness.PENDING && (workingDaysLeft(a, today, exceptions) ?? 99) <= 2)
      out.push(told(ReminderKind.ASSIGNMENT_DUE_SOON, a.leadId, {}, a));
    else if (a.status === AssignmentStatus.SUBMITTED) out.push(told(ReminderKind.REVIEW_WAITING, a.assignerId, {}, a));
  }
  return out;
}

export interface UnitReminder {
  kind: ReminderKind;
  employee: { id: string };
  days: string[];
  month: string | null;
  assignment: Assignment | null;
  dueOn: string | null;
  /** In Vietnamese, and in English (messageEn): the texts of rules/reminder-texts.ts. */
  message: string;
  messageEn: string;
}

function told(
  kind: ReminderKind,
  who: string,
  facts: { days?: string[]; dueOn?: string; month?: string },
  assignment: Assignment | null = null,
): UnitReminder {
  const dueOn = facts.dueOn ?? assignment?.deadline ?? null;
  const text = { days: facts.days ?? [], dueOn, month: facts.month, title: assignment?.title };
  return {
    kind,
    employee: { id: who },
    days: facts.days ?? [],
    month: facts.month ?? null,
    assignment,
    dueOn,
    message: reminderText(kind, 'vi', text),
    messageEn: reminderText(kind, 'en', text),
  };
}
