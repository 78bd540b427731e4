import { addDays, addWorkingDays, firstOfMonth, type Exceptions } from './calendar.js';

export interface LockPolicy {
  closeDay: number;
  graceDays: number;
  lateAfterWorkingDays: number;
}

/**
 * A month closes at 00:00 Vietnam time (UTC+7) on `closeDay` of the following month, plus
 * `graceDays`. Khanh Hoa: the month is due before the 25th, so with no grace the diary of
 * October locks at the start of 25 November.
 */
export function closesAt(workDate: string, policy: LockPolicy): Date {
  const nextMonth = firstOfMonth(addDays(firstOfMonth(workDate), 32));
  const closeDate = addDays(`${nextMonth.slice(0, 8)}${String(policy.closeDay).padStart(2, '0')}`, policy.graceDays);
  return new Date(`${closeDate}T00:00:00+07:00`);
}

export interface Reopening {
  month: string;
  agencyId: string | null;
  until: Date;
}

/** Whether a work date's month is closed at `now` for an agency, reopenings considered. */
export function isClosed(workDate: string, agencyId: string, now: Date, policy: LockPolicy, reopenings: readonly Reopening[]): boolean {
  if (now < closesAt(workDate, policy)) return false;
  const month = firstOfMonth(workDate);
  return !reopenings.some((r) => r.month === month && (r.agencyId === null || r.agencyId === agencyId) && now < r.until);
}

/**
 * Declared late (kê khai sót, declared afterwards): written after the `lateAfterWorkingDays`-th
 * working day following the work date. Default 1: Monday's work is on time until Tuesday ends.
 */
export function isLateDeclaration(workDate: string, recordedOn: string, policy: LockPolicy, exceptions: Exceptions): boolean {
  return recordedOn > addWorkingDays(workDate, policy.lateAfterWorkingDays, exceptions);
}
