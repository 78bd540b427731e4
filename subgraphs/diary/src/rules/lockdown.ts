import { DomainError, formatDay } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { addDays, addWorkingDays, firstOfMonth, type Exceptions } from './calendar.js';
import { num, said } from '../messages.js';

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

export interface PolicyValues extends LockPolicy {
  standardDayMinutes: number;
  farAboveFactor: number;
}

/** Bounds of each setting (the table's checks, said first with a field and the range). */
export const POLICY_BOUNDS: Record<keyof PolicyValues, { min: number; max: number; integer: boolean }> = {
  closeDay: { min: 1, max: 28, integer: true },
  graceDays: { min: 0, max: 15, integer: true },
  lateAfterWorkingDays: { min: 0, max: 20, integer: true },
  standardDayMinutes: { min: 60, max: 720, integer: true },
  farAboveFactor: { min: 1, max: 99.99, integer: false },
};

export function assertPolicyValues(values: PolicyValues) {
  for (const [field, { min, max, integer }] of Object.entries(POLICY_BOUNDS)) {
    const value = values[field as keyof PolicyValues];
    if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value)))
      throw new DomainError(
        ErrorCode.OUT_OF_RANGE,
        (integer ? said.policyWholeRange : said.policyRange)({ field, min: num(min), max: num(max) }),
        {
          field,
          min,
          max,
        },
      );
  }
}

/**
 * A new version of the diary rules starts on the first day of a month (a month closes under one
 * set of rules), no earlier than the current month (a past month keeps the rules it was judged
 * by: a change can neither close an open month at once nor quietly reopen a closed one — that is
 * `reopenDiaryPeriod`'s, audited), and after the latest version starts (versions are a line).
 */
export function assertPolicyStart(effectiveFrom: string, today: string, latestFrom: string | null) {
  if (!/^\d{4}-\d{2}-01$/.test(effectiveFrom) || Number.isNaN(Date.parse(`${effectiveFrom}T00:00:00Z`)))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.policyFromFirstDay(), {
      field: 'effectiveFrom',
    });
  if (effectiveFrom < firstOfMonth(today))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.policyFromCurrentMonth({ month: formatDay(firstOfMonth(today)) }), {
      field: 'effectiveFrom',
    });
  if (latestFrom !== null && effectiveFrom <= latestFrom)
    throw new DomainError(
      ErrorCode.OVERLAPPING_VERSION,
      said.policyAfterLatest({ latest: formatDay(latestFrom), from: formatDay(effectiveFrom) }),
      { field: 'effectiveFrom', latestEffectiveFrom: latestFrom },
    );
}
