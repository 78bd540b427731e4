import { clockNow, forbidden } from '@kpi/platform';
import { Assignment, AssignmentStatus, ReminderKind, Timeliness, type Leave } from '../entities/index.js';
import { canReadDiary, canReadUnit, type DiaryOwner } from '../rules/access.js';
import { summarise, timelinessOf, workingDaysLeft } from '../rules/assignments.js';
import { addDays, eachDay, firstOfMonth, isWorkingDay, todayInVietnam } from '../rules/calendar.js';
import { closesAt, isClosed } from '../rules/lockdown.js';
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

const ddmm = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;

/**
 * What the people of a unit should be told today, as data for a front-end or a mailer: missing
 * diaries of the months still open (with the close date), assignments due within two working
 * days or overdue (to their lead), submitted work waiting for a decision (to its assigner).
 */
export async function reminders(ctx: DiaryContext, unit: Unit) {
  assertReadsUnit(ctx, unit);
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
  const out = [];
  for (const row of missing) {
    // The month closes at 00:00 Vietnam time (17:00 UTC the day before): that UTC date is the last day to declare.
    const closes = [...new Set(row.days.map(firstOfMonth))].map((m) => closesAt(m, policy).toISOString().slice(0, 10));
    out.push({
      kind: ReminderKind.MISSING_DIARY,
      employee: row.employee,
      days: row.days,
      assignment: null,
      dueOn: closes[0]!,
      message: `Đồng chí chưa ghi nhật ký công việc ${row.count} ngày làm việc (${row.days.map(ddmm).join(', ')}). Hạn chốt số liệu: hết ngày ${ddmm(closes[0]!)}.`,
    });
  }
  for (const a of list as Assignment[]) {
    const timeliness = timelinessOf(a, today, exceptions);
    if (timeliness === Timeliness.OVERDUE)
      out.push(
        assignmentReminder(
          ReminderKind.ASSIGNMENT_OVERDUE,
          a,
          a.leadId,
          `Nhiệm vụ "${a.title}" đã quá hạn (hạn ${ddmm(a.deadline)}). Đề nghị hoàn thành và báo cáo ngay.`,
        ),
      );
    else if (timeliness === Timeliness.PENDING && (workingDaysLeft(a, today, exceptions) ?? 99) <= 2)
      out.push(
        assignmentReminder(ReminderKind.ASSIGNMENT_DUE_SOON, a, a.leadId, `Nhiệm vụ "${a.title}" đến hạn ngày ${ddmm(a.deadline)}.`),
      );
    else if (a.status === AssignmentStatus.SUBMITTED)
      out.push(
        assignmentReminder(
          ReminderKind.REVIEW_WAITING,
          a,
          a.assignerId,
          `Nhiệm vụ "${a.title}" đã được báo cáo hoàn thành, chờ đồng chí đánh giá.`,
        ),
      );
  }
  return out;
}

function assignmentReminder(kind: ReminderKind, a: Assignment, who: string, message: string) {
  return { kind, employee: { id: who }, days: [], assignment: a, dueOn: a.deadline, message };
}
