import { DomainError } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { AssignmentAction, AssignmentStatus, Timeliness } from '../entities/enums.js';
import { addDays, eachDay, isWorkingDay, type Exceptions } from './calendar.js';
import { assignmentActionLabel, assignmentStatusLabel } from '../labels.js';
import { named, said } from '../messages.js';

const S = AssignmentStatus;

/** Who takes each step: the lead reports, the assigner decides. */
export type Party = 'lead' | 'assigner';

type Step = Exclude<AssignmentAction, AssignmentAction.ASSIGN>;

/**
 * The lifecycle: assigned → accepted (in progress) → submitted → completed or returned (and
 * resubmitted); the assigner may cancel, reassign to another lead, or extend the deadline while
 * the work is open. Submitting straight from ASSIGNED accepts implicitly (small tasks).
 */
export const TRANSITIONS: Record<Step, { from: AssignmentStatus[]; to: AssignmentStatus | 'same'; by: Party }> = {
  ACCEPT: { from: [S.ASSIGNED], to: S.IN_PROGRESS, by: 'lead' },
  SUBMIT: { from: [S.ASSIGNED, S.IN_PROGRESS, S.RETURNED], to: S.SUBMITTED, by: 'lead' },
  COMPLETE: { from: [S.SUBMITTED], to: S.COMPLETED, by: 'assigner' },
  RETURN: { from: [S.SUBMITTED], to: S.RETURNED, by: 'assigner' },
  CANCEL: { from: [S.ASSIGNED, S.IN_PROGRESS, S.SUBMITTED, S.RETURNED], to: S.CANCELLED, by: 'assigner' },
  REASSIGN: { from: [S.ASSIGNED, S.IN_PROGRESS, S.RETURNED], to: S.ASSIGNED, by: 'assigner' },
  EXTEND: { from: [S.ASSIGNED, S.IN_PROGRESS, S.RETURNED], to: 'same', by: 'assigner' },
};

/** The status after `action`, or INVALID_TRANSITION saying what is possible instead. */
export function nextStatus(action: Step, status: AssignmentStatus): AssignmentStatus {
  const step = TRANSITIONS[action];
  if (!step.from.includes(status)) {
    const possible = (Object.keys(TRANSITIONS) as Step[]).filter((a) => TRANSITIONS[a].from.includes(status));
    const facts = { status: named(assignmentStatusLabel, status), action: named(assignmentActionLabel, action) };
    throw new DomainError(
      ErrorCode.INVALID_TRANSITION,
      possible.length
        ? said.invalidTransition({ ...facts, possible: possible.map((p) => named(assignmentActionLabel, p)).join(', ') })
        : said.invalidTransitionClosed(facts),
      { field: 'action', status, possible },
    );
  }
  return step.to === 'same' ? status : step.to;
}

/**
 * A deadline that falls on a weekend or holiday moves to the next working day (Civil Code 2015,
 * art. 148(5): a term whose last day is a day off ends at the end of the next working day).
 */
export function effectiveDeadline(deadline: string, exceptions: Exceptions): string {
  let day = deadline;
  while (!isWorkingDay(day, exceptions)) day = addDays(day, 1);
  return day;
}

export interface TimedAssignment {
  status: AssignmentStatus;
  deadline: string;
  submittedOn: string | null;
}

const finished = (status: AssignmentStatus) => status === S.SUBMITTED || status === S.COMPLETED;

/**
 * On time, late, overdue or pending, on `today` (Vietnam). Judged on the day of the last
 * submission (the lead's act), not on the assigner's review: a leader's slow review never makes
 * a subordinate late. Overdue the moment the effective deadline passes unfinished (a returned
 * piece of work is unfinished again).
 */
export function timelinessOf(a: TimedAssignment, today: string, exceptions: Exceptions): Timeliness {
  if (a.status === S.CANCELLED) return Timeliness.CANCELLED;
  const due = effectiveDeadline(a.deadline, exceptions);
  if (finished(a.status)) return a.submittedOn! > due ? Timeliness.LATE : Timeliness.ON_TIME;
  return today > due ? Timeliness.OVERDUE : Timeliness.PENDING;
}

/** Working days past the effective deadline: to the submission, or to today while unfinished. */
export function workingDaysLate(a: TimedAssignment, today: string, exceptions: Exceptions): number {
  if (a.status === S.CANCELLED) return 0;
  const due = effectiveDeadline(a.deadline, exceptions);
  const end = finished(a.status) ? a.submittedOn! : today;
  if (end <= due) return 0;
  return eachDay(addDays(due, 1), end).filter((day) => isWorkingDay(day, exceptions)).length;
}

/** Working days left until the effective deadline (0 on the day itself), null once finished or past. */
export function workingDaysLeft(a: TimedAssignment, today: string, exceptions: Exceptions): number | null {
  if (a.status === S.CANCELLED || finished(a.status)) return null;
  const due = effectiveDeadline(a.deadline, exceptions);
  if (today > due) return null;
  return eachDay(today, due).filter((day) => day !== today && isWorkingDay(day, exceptions)).length;
}

export interface Completion {
  majorErrors: number;
  excusedErrors: number;
  delays: number;
  excusedDelays: number;
  objectiveCause: string | null;
}

/** Counts are whole and non-negative; exemptions need a confirmed objective cause. */
export function assertCompletion(c: Completion) {
  for (const field of ['majorErrors', 'excusedErrors', 'delays', 'excusedDelays'] as const)
    if (!Number.isInteger(c[field]) || c[field] < 0 || c[field] > 20)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, said.countFrom0To20({ field }), { field });
  if (c.excusedErrors > c.majorErrors)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.moreErrorsExcused(), { field: 'excusedErrors' });
  if (c.excusedDelays > c.delays) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.moreDelaysExcused(), { field: 'excusedDelays' });
  if ((c.excusedErrors > 0 || c.excusedDelays > 0) && !c.objectiveCause?.trim())
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.objectiveCause(), { field: 'objectiveCause' });
}

/** A product submitted late carries at least one delay unless the assigner records more. */
export const defaultDelays = (timeliness: Timeliness) => (timeliness === Timeliness.LATE ? 1 : 0);

export interface TimelinessSummary {
  assigned: number;
  completed: number;
  onTime: number;
  late: number;
  overdue: number;
  pending: number;
  cancelled: number;
  /** (late + overdue) ÷ (on time + late + overdue): the share of due work not done on time. */
  overdueShare: number | null;
}

/**
 * The overdue share of a person or a unit (the Hue model: more than 20 % overdue ⇒ not
 * completed). Work not yet due and not yet submitted is left out; cancelled work counts nowhere.
 */
export function summarise(list: TimedAssignment[], today: string, exceptions: Exceptions): TimelinessSummary {
  const counts = { onTime: 0, late: 0, overdue: 0, pending: 0, cancelled: 0 };
  for (const a of list) {
    const t = timelinessOf(a, today, exceptions);
    if (t === Timeliness.ON_TIME) counts.onTime += 1;
    else if (t === Timeliness.LATE) counts.late += 1;
    else if (t === Timeliness.OVERDUE) counts.overdue += 1;
    else if (t === Timeliness.PENDING) counts.pending += 1;
    else counts.cancelled += 1;
  }
  const due = counts.onTime + counts.late + counts.overdue;
  return {
    assigned: list.length - counts.cancelled,
    completed: list.filter((a) => a.status === S.COMPLETED).length,
    ...counts,
    overdueShare: due === 0 ? null : Math.round(((counts.late + counts.overdue) / due) * 10_000) / 10_000,
  };
}
