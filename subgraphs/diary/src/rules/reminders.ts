import { addDays } from './calendar.js';
import { ReminderKind } from '../entities/enums.js';

/** How many days before a month's last day to declare its people with missing days get the last call (MONTH_CLOSING). */
export const CLOSING_NOTICE_DAYS = 3;

/** What the rules below need of a reminder. */
export interface ReminderFacts {
  kind: ReminderKind;
  days: readonly string[];
  month?: string | null;
  dueOn: string | null;
  assignment: { id: string; submittedOn?: string | null } | null;
}

/** What a notification is about and the day it concerns: with the person and the kind, the key that makes it once only. */
export interface NotificationKey {
  subject: string;
  concernsOn: string;
}

/**
 * "The same thing", per kind, so that a reminder repeated by tomorrow's run is not a new notification:
 *
 * - MISSING_DIARY: the diary, as of its newest missing day; a day newly missed is news, the same list is not.
 * - MONTH_CLOSING: the month, on its last day to declare: once a month.
 * - ASSIGNMENT_DUE_SOON, ASSIGNMENT_OVERDUE: the assignment at its deadline: an extended deadline is news.
 * - REVIEW_WAITING: the assignment as submitted on a day: submitted again after a return is news.
 */
export function notificationKey(reminder: ReminderFacts, today: string): NotificationKey {
  switch (reminder.kind) {
    case ReminderKind.MISSING_DIARY:
      return { subject: 'diary', concernsOn: [...reminder.days].sort().at(-1) ?? today };
    case ReminderKind.MONTH_CLOSING:
      return { subject: reminder.month ?? reminder.days[0]!.slice(0, 7), concernsOn: reminder.dueOn ?? today };
    case ReminderKind.REVIEW_WAITING:
      return { subject: reminder.assignment!.id, concernsOn: reminder.assignment!.submittedOn ?? today };
    default:
      return { subject: reminder.assignment!.id, concernsOn: reminder.dueOn ?? today };
  }
}

/** Whether a month whose last day to declare is `lastDay` gets its last call today. */
export const isClosingSoon = (lastDay: string, today: string, noticeDays = CLOSING_NOTICE_DAYS) =>
  today <= lastDay && lastDay <= addDays(today, noticeDays);
