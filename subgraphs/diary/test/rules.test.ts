import { describe, expect, it } from '@jest/globals';
import { actor, codeOf } from '@kpi/platform/testkit';
import { DayKind, EntryFlag } from '../src/entities/enums.js';
import { adminScope, canReadDiary, canReview, mayCallAsClient } from '../src/rules/access.js';
import { addWorkingDays, assertException, isWorkingDay, lastOfMonth, workingDays } from '../src/rules/calendar.js';
import { assertDayTotal, assertEntryValues, assertNotFuture, entryFlags, isDuplicate } from '../src/rules/entries.js';
import { assertPolicyStart, assertPolicyValues, closesAt, isClosed, isLateDeclaration } from '../src/rules/lockdown.js';
import { HOLIDAYS } from '../src/migrations/holidays.js';

const calendar = new Map(HOLIDAYS.map(([day, kind]) => [day, kind as DayKind]));
const POLICY = { closeDay: 25, graceDays: 0, lateAfterWorkingDays: 1 };
const code = codeOf;

describe('the working calendar', () => {
  it('Monday–Friday, less holidays, plus swapped Saturdays', () => {
    expect(isWorkingDay('2025-04-25', calendar)).toBe(true); // Friday
    expect(isWorkingDay('2025-04-26', calendar)).toBe(true); // Saturday worked to bridge 30/4–4/5
    expect(isWorkingDay('2025-04-27', calendar)).toBe(false); // Sunday
    expect(isWorkingDay('2025-04-30', calendar)).toBe(false); // Reunification Day
    expect(isWorkingDay('2025-05-02', calendar)).toBe(false); // the swapped Friday off
    expect(isWorkingDay('2026-02-17', calendar)).toBe(false); // Tết Bính Ngọ, first day
  });

  it('counts working days: April 2025 has 21 (22 weekdays − Hùng Kings’ day − 30/4 + Saturday 26/4)', () => {
    expect(workingDays('2025-04-01', '2025-04-30', calendar)).toHaveLength(21);
  });

  it('February 2026 has 15 working days: 20 weekdays less the 5 of Tết', () => {
    expect(workingDays('2026-02-01', lastOfMonth('2026-02-10'), calendar)).toHaveLength(15);
  });

  it('steps over weekends and holidays when adding working days', () => {
    expect(addWorkingDays('2025-04-29', 1, calendar)).toBe('2025-05-05'); // Tue → Mon after the long holiday
    expect(addWorkingDays('2025-04-25', 1, calendar)).toBe('2025-04-26'); // Fri → the swapped Saturday
    expect(addWorkingDays('2026-02-13', 1, calendar)).toBe('2026-02-23'); // before Tết → after it
  });
});

describe('calendar exceptions', () => {
  it('a holiday falls on a weekday, a swapped working day on a weekend: otherwise they change nothing', () => {
    expect(code(() => assertException('2026-11-11', DayKind.HOLIDAY))).toBeNull();
    expect(code(() => assertException('2026-11-14', DayKind.WORKING_SWAP))).toBeNull();
    expect(code(() => assertException('2026-11-15', DayKind.HOLIDAY))).toBe('BAD_USER_INPUT');
    expect(code(() => assertException('2026-11-13', DayKind.WORKING_SWAP))).toBe('BAD_USER_INPUT');
  });
});

describe('the diary policy’s versions', () => {
  const values = { closeDay: 25, graceDays: 0, lateAfterWorkingDays: 1, standardDayMinutes: 480, farAboveFactor: 2 };
  it('keeps each setting in its range (whole numbers where they count days or minutes)', () => {
    expect(code(() => assertPolicyValues(values))).toBeNull();
    expect(code(() => assertPolicyValues({ ...values, closeDay: 0 }))).toBe('OUT_OF_RANGE');
    expect(code(() => assertPolicyValues({ ...values, closeDay: 29 }))).toBe('OUT_OF_RANGE');
    expect(code(() => assertPolicyValues({ ...values, graceDays: 1.5 }))).toBe('OUT_OF_RANGE');
    expect(code(() => assertPolicyValues({ ...values, standardDayMinutes: 721 }))).toBe('OUT_OF_RANGE');
    expect(code(() => assertPolicyValues({ ...values, farAboveFactor: 1.5 }))).toBeNull();
    expect(code(() => assertPolicyValues({ ...values, farAboveFactor: 0.9 }))).toBe('OUT_OF_RANGE');
  });

  it('starts on the first of a month, from the current month on, after the latest version', () => {
    expect(code(() => assertPolicyStart('2026-11-01', '2026-11-20', '2025-01-01'))).toBeNull();
    expect(code(() => assertPolicyStart('2026-12-01', '2026-11-20', null))).toBeNull();
    expect(code(() => assertPolicyStart('2026-12-02', '2026-11-20', '2025-01-01'))).toBe('BAD_USER_INPUT');
    expect(code(() => assertPolicyStart('2026-13-01', '2026-11-20', '2025-01-01'))).toBe('BAD_USER_INPUT');
    expect(code(() => assertPolicyStart('2026-10-01', '2026-11-20', '2025-01-01'))).toBe('BAD_USER_INPUT');
    expect(code(() => assertPolicyStart('2026-12-01', '2026-11-20', '2026-12-01'))).toBe('OVERLAPPING_VERSION');
  });
});

describe('lockdown and late declarations', () => {
  it('a month closes at 00:00 (UTC+7) on the 25th of the next month, plus grace', () => {
    expect(closesAt('2026-10-03', POLICY).toISOString()).toBe('2026-11-24T17:00:00.000Z');
    expect(closesAt('2026-12-31', { ...POLICY, graceDays: 3 }).toISOString()).toBe('2027-01-27T17:00:00.000Z');
  });

  it('is closed after that moment, unless reopened for all or for the agency', () => {
    const before = new Date('2026-11-24T23:59:00+07:00');
    const after = new Date('2026-11-25T00:00:00+07:00');
    expect(isClosed('2026-10-15', 'a', before, POLICY, [])).toBe(false);
    expect(isClosed('2026-10-15', 'a', after, POLICY, [])).toBe(true);
    const reopened = [{ month: '2026-10-01', agencyId: 'a', until: new Date('2026-11-30T00:00:00+07:00') }];
    expect(isClosed('2026-10-15', 'a', after, POLICY, reopened)).toBe(false);
    expect(isClosed('2026-10-15', 'b', after, POLICY, reopened)).toBe(true);
    expect(isClosed('2026-10-15', 'a', new Date('2026-12-01T00:00:00+07:00'), POLICY, reopened)).toBe(true);
  });

  it('Monday’s work is on time until Tuesday ends; Friday’s until Monday ends', () => {
    expect(isLateDeclaration('2026-11-16', '2026-11-17', POLICY, calendar)).toBe(false);
    expect(isLateDeclaration('2026-11-16', '2026-11-18', POLICY, calendar)).toBe(true);
    expect(isLateDeclaration('2026-11-20', '2026-11-23', POLICY, calendar)).toBe(false);
    expect(isLateDeclaration('2026-11-20', '2026-11-24', POLICY, calendar)).toBe(true);
  });
});

describe('entries', () => {
  it('refuses non-positive quantity or minutes, more than 24 h, future dates', () => {
    expect(code(() => assertEntryValues({ quantity: 0, actualMinutes: 30 }))).toBe('BAD_USER_INPUT');
    expect(code(() => assertEntryValues({ quantity: 1, actualMinutes: 0 }))).toBe('BAD_USER_INPUT');
    expect(code(() => assertEntryValues({ quantity: 1, actualMinutes: 1441 }))).toBe('DAY_OVER_24_HOURS');
    expect(code(() => assertDayTotal(1400, 41))).toBe('DAY_OVER_24_HOURS');
    expect(code(() => assertDayTotal(1400, 40))).toBeNull();
    expect(code(() => assertNotFuture('2026-11-21', '2026-11-20'))).toBe('FUTURE_DATE');
    expect(code(() => assertEntryValues({ quantity: 100_001, actualMinutes: 30 }))).toBe('BAD_USER_INPUT');
  });

  it('warns, without blocking: over the 480-minute day, above 2 × standard, late, no evidence', () => {
    const base = {
      dayMinutes: 480,
      standardDayMinutes: 480,
      actualMinutes: 60,
      standardMinutes: 30,
      quantity: 1,
      farAboveFactor: 2,
      late: false,
      evidenceRequired: false,
      evidenceRef: null,
      workingDay: true,
      afterClose: false,
    };
    expect(entryFlags(base)).toEqual([]); // exactly 480 is not over; 60 = 2 × 30 is not above
    expect(entryFlags({ ...base, dayMinutes: 481 })).toEqual([EntryFlag.OVER_STANDARD_DAY]);
    expect(entryFlags({ ...base, actualMinutes: 61 })).toEqual([EntryFlag.FAR_ABOVE_STANDARD]);
    expect(entryFlags({ ...base, quantity: 2, actualMinutes: 120 })).toEqual([]); // 2 units × 30 × 2
    expect(entryFlags({ ...base, late: true, evidenceRequired: true, evidenceRef: ' ', workingDay: false })).toEqual([
      EntryFlag.LATE_DECLARATION,
      EntryFlag.NO_EVIDENCE,
      EntryFlag.NON_WORKING_DAY,
    ]);
  });

  it('a duplicate is the same item with the same evidence, or the same quantity, minutes and note without evidence', () => {
    const entry = { workItemId: 'i', quantity: 2, actualMinutes: 40, evidenceRef: '123/UBND', note: null, assignmentId: null };
    expect(isDuplicate(entry, { ...entry, quantity: 3, actualMinutes: 60, evidenceRef: '123/ubnd ' })).toBe(true);
    expect(isDuplicate(entry, { ...entry, evidenceRef: '124/UBND' })).toBe(false);
    const plain = { ...entry, evidenceRef: null };
    expect(isDuplicate(plain, { ...plain })).toBe(true);
    expect(isDuplicate(plain, { ...plain, note: 'buổi chiều' })).toBe(false);
    expect(isDuplicate(plain, { ...plain, workItemId: 'j' })).toBe(false);
  });
});

describe('who reads and reviews diaries', () => {
  const owner = { id: 'me', agencyId: 'a', divisionId: 'd1', supervisorId: 'boss' };
  it('the person, their supervisor, their unit head, their agency admin, the province', () => {
    expect(canReadDiary(actor.staff({ id: 'me', agencyId: 'a' }), owner)).toBe(true);
    expect(canReadDiary(actor.staff({ id: 'boss', agencyId: 'a' }), owner)).toBe(true);
    expect(canReadDiary(actor.staff({ id: 'peer', agencyId: 'a' }), owner)).toBe(false);
    expect(canReadDiary(actor.unitHead({ id: 'h', agencyId: 'a' }, 'd1'), owner)).toBe(true);
    expect(canReadDiary(actor.unitHead({ id: 'h', agencyId: 'a' }, 'd2'), owner)).toBe(false);
    expect(canReadDiary(actor.agencyAdmin({ id: 'hr', agencyId: 'a' }), owner)).toBe(true);
    expect(canReadDiary(actor.provinceAnalyst(), owner)).toBe(true);
    expect(canReadDiary(actor.integrationClient(), owner)).toBe(false);
  });

  it('integration clients deliver work events and call nothing else; the audit is for admins, scoped', () => {
    expect(mayCallAsClient(actor.integrationClient(), 'recordWorkEvents')).toBe(true);
    expect(mayCallAsClient(actor.integrationClient(), 'workingCalendar')).toBe(false);
    expect(mayCallAsClient(actor.staff({ id: 'me', agencyId: 'a' }), 'workingCalendar')).toBe(true);
    expect(adminScope(actor.provinceAnalyst())).toEqual({ all: true });
    expect(adminScope(actor.agencyAdmin({ id: 'hr', agencyId: 'a' }))).toEqual({ agencyIds: ['a'] });
    expect(adminScope(actor.unitHead({ id: 'h', agencyId: 'a' }, 'd1'))).toBeNull();
    expect(adminScope(actor.integrationClient())).toBeNull();
  });

  it('unit heads review only their unit', () => {
    expect(canReview(actor.unitHead({ id: 'h', agencyId: 'a' }, 'd1'), { divisionId: 'd1' })).toBe(true);
    expect(canReview(actor.unitHead({ id: 'h', agencyId: 'a' }, 'd1'), { divisionId: 'd2' })).toBe(false);
    expect(canReview(actor.agencyAdmin({ id: 'hr', agencyId: 'a' }), { divisionId: 'd1' })).toBe(false);
  });
});
