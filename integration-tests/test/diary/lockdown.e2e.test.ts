import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Identity } from '@kpi/platform';
import { actor, errorsOf, type TestGraph } from '@kpi/platform/testkit';
import { type DemoCatalogue, type DemoProvince, demoUsers } from '@kpi/demo';
import { graphql } from '../../src/graphql/index.js';
import pg from 'pg';
import { plainColleague, startDemoWorld, type DemoWorld } from '../../src/world.js';

// Friday 20 November 2026, 10:00 in Vietnam: November and October are open, September is closed.
const NOW = '2026-11-20T10:00:00+07:00';
let graph: TestGraph;
let province: DemoProvince;
let demo: DemoCatalogue;
let users: ReturnType<typeof demoUsers>;
let db: pg.Client;
const user = (label: string) => users.find((u) => u.label === label)!.identity;

let world: DemoWorld;
beforeAll(async () => {
  world = await startDemoWorld({ now: NOW });
  ({ graph, province, demo, users, db } = world);
  // The staff member's November starts empty, with no leave: the calendar examples below are exact.
  await db.query(`delete from diary.diary_entry where employee_id = $1 and work_date >= '2026-11-01'`, [user('staff').employeeId]);
  await db.query(`delete from diary.leave where employee_id = $1 and to_date >= '2026-11-01'`, [user('staff').employeeId]);
});
// Tests that move the clock put it back, whatever happens.
afterEach(() => {
  process.env.KPI_NOW = NOW;
});
afterAll(() => world?.stop());

const staffOf = (employeeId: string) => province.employees.find((e) => e.id === employeeId)!;
/** Items a person may log (their position's job description). */
const itemsOf = (employeeId: string) =>
  demo.jobDescriptions.filter((j) => j.positionId === staffOf(employeeId).positionId).map((j) => j.workItemId);
/** A staff member of another agency than the demo staff's, with work items to log. */
const outsider = () =>
  province.employees.find(
    (e) =>
      e.agencyId !== user('staff').agencyIds[0] &&
      e.role === 'staff' &&
      e.status === 'ACTIVE' &&
      demo.jobDescriptions.some((j) => j.positionId === e.positionId),
  )!;
const adminElsewhere = () => {
  const other = province.employees.find((e) => e.agencyId !== user('staff').agencyIds[0] && e.role === 'staff')!;
  return actor.agencyAdmin(other);
};

async function counts() {
  const { rows } = await db.query(
    `select (select count(*)::int from diary.diary_entry) as entries, (select count(*)::int from diary.diary_audit) as audit,
            (select count(*)::int from diary.diary_policy) as policies, (select count(*)::int from diary.calendar_day) as calendar,
            (select count(*)::int from diary.leave) as leaves, (select count(*)::int from diary.period_reopening) as reopenings`,
  );
  return rows[0];
}
async function refused(request: () => Promise<unknown>, code: string) {
  const before = await counts();
  const errors = await errorsOf(request());
  expect(errors.map((e) => e.extensions?.code)).toEqual([code]);
  expect(await counts()).toEqual(before);
  return errors[0]!;
}

const RECORD = graphql(`
  mutation LockdownRecordDiaryEntry($input: RecordDiaryEntryInput!) {
    recordDiaryEntry(input: $input) {
      entry {
        id
        flags
      }
    }
  }
`);
const as = (identity: Identity) => graph.as(identity);
/** A typed entry of `who` on a day, with an item of their job description. */
const write = async (who: Identity, workDate: string, extra: Record<string, unknown> = {}) =>
  (await as(who)).request(RECORD, {
    input: {
      workDate,
      workItemId: itemsOf(who.employeeId!)[0],
      quantity: 1,
      actualMinutes: 30,
      note: `${workDate} ${Math.random()}`,
      ...extra,
    },
  });

describe('the diary policy', () => {
  const POLICIES = graphql(`
    query LockdownDiaryPolicies {
      diaryPolicies {
        effectiveFrom
        effectiveTo
        closeDay
        graceDays
        lateAfterWorkingDays
        standardDayMinutes
        farAboveFactor
      }
      diaryPolicy(on: "2026-12-15") {
        closeDay
      }
    }
  `);
  const SET = graphql(`
    mutation LockdownSetDiaryPolicy($input: SetDiaryPolicyInput!) {
      setDiaryPolicy(input: $input) {
        effectiveFrom
        effectiveTo
        closeDay
      }
    }
  `);
  const input = {
    effectiveFrom: '2026-12-01',
    closeDay: 10,
    graceDays: 0,
    lateAfterWorkingDays: 1,
    standardDayMinutes: 480,
    farAboveFactor: 2,
    reason: 'Chốt số liệu sớm hơn từ tháng 12',
  };

  it('is readable by every person: the shipped Khanh Hoa rules', async () => {
    const { diaryPolicies, diaryPolicy } = await (await as(user('staff'))).request(POLICIES);
    expect(diaryPolicies).toEqual([
      {
        effectiveFrom: '2025-01-01',
        effectiveTo: null,
        closeDay: 25,
        graceDays: 0,
        lateAfterWorkingDays: 1,
        standardDayMinutes: 480,
        farAboveFactor: 2,
      },
    ]);
    expect(diaryPolicy.closeDay).toBe(25);
  });

  it('is set by province admins only, validated with coded errors, nothing written on a refusal', async () => {
    for (const label of ['staff', 'agency-admin', 'province-analyst'])
      await refused(async () => (await as(user(label))).request(SET, { input }), 'FORBIDDEN');
    const admin = await as(user('province-admin'));
    const cases: [Record<string, unknown>, string, string][] = [
      [{ closeDay: 29 }, 'OUT_OF_RANGE', 'closeDay'],
      [{ graceDays: -1 }, 'OUT_OF_RANGE', 'graceDays'],
      [{ standardDayMinutes: 30 }, 'OUT_OF_RANGE', 'standardDayMinutes'],
      [{ farAboveFactor: 0.5 }, 'OUT_OF_RANGE', 'farAboveFactor'],
      [{ effectiveFrom: '2026-12-15' }, 'BAD_USER_INPUT', 'effectiveFrom'], // not the first of a month
      [{ effectiveFrom: '2026-10-01' }, 'BAD_USER_INPUT', 'effectiveFrom'], // a past month keeps its rules
      [{ reason: '  ' }, 'BAD_USER_INPUT', 'reason'],
    ];
    for (const [change, code, field] of cases) {
      const error = await refused(() => admin.request(SET, { input: { ...input, ...change } }), code);
      expect([change, error.extensions!.field]).toEqual([change, field]);
    }
  });

  it('a new version ends the previous one the day before; a change of close day moves when a month locks', async () => {
    const staff = user('staff');
    // Before the change, December is open until 25 January.
    process.env.KPI_NOW = '2027-01-12T10:00:00+07:00';
    await write(staff, '2026-12-14');
    process.env.KPI_NOW = NOW;

    const admin = await as(user('province-admin'));
    const { setDiaryPolicy } = await admin.request(SET, { input });
    expect(setDiaryPolicy).toEqual({ effectiveFrom: '2026-12-01', effectiveTo: null, closeDay: 10 });
    await refused(() => admin.request(SET, { input: { ...input, closeDay: 12 } }), 'OVERLAPPING_VERSION');
    const { diaryPolicies, diaryPolicy } = await (await as(staff)).request(POLICIES);
    expect(diaryPolicies.map((p) => [p.effectiveFrom, p.effectiveTo, p.closeDay])).toEqual([
      ['2025-01-01', '2026-11-30', 25],
      ['2026-12-01', null, 10],
    ]);
    expect(diaryPolicy.closeDay).toBe(10);
    const { rows } = await db.query(`select reason, details from diary.diary_audit where action = 'policy:2026-12-01'`);
    expect(rows).toEqual([{ reason: input.reason, details: expect.objectContaining({ closeDay: 10, previousFrom: '2025-01-01' }) }]);

    // December now locks at the start of 10 January; November keeps the 25th.
    process.env.KPI_NOW = '2027-01-09T23:30:00+07:00';
    await write(staff, '2026-12-15');
    process.env.KPI_NOW = '2027-01-10T00:30:00+07:00';
    await refused(() => write(staff, '2026-12-16'), 'PERIOD_CLOSED');
    process.env.KPI_NOW = '2026-12-24T23:30:00+07:00';
    await write(staff, '2026-11-16');
    process.env.KPI_NOW = '2026-12-25T00:30:00+07:00';
    await refused(() => write(staff, '2026-11-17'), 'PERIOD_CLOSED');
  });
});

describe('the audit trail and reopenings', () => {
  const AUDIT = graphql(`
    query LockdownDiaryAudit($entryId: ID, $from: DateTimeISO, $to: DateTimeISO, $first: Int) {
      diaryAudit(entryId: $entryId, from: $from, to: $to, first: $first) {
        action
        entryId
        agencyId
        reason
        actor
        at
        employee {
          id
        }
      }
    }
  `);

  it('override create, update and delete each leave a row, read by the agency’s admins and province roles', async () => {
    const staff = user('staff');
    const hr = await as(user('agency-admin'));
    const { recordDiaryEntry } = await write(user('agency-admin'), '2026-09-15', {
      employeeId: staff.employeeId,
      workItemId: itemsOf(staff.employeeId!)[0],
      override: true,
      reason: 'Bổ sung theo xác nhận của trưởng phòng',
    });
    const id = recordDiaryEntry.entry.id;
    expect(recordDiaryEntry.entry.flags).toContain('AFTER_CLOSE');
    await hr.request(
      graphql(`
        mutation LockdownUpdateDiaryEntry($id: ID!) {
          updateDiaryEntry(id: $id, input: { quantity: 2, override: true, reason: "Sửa số lượng" }) {
            entry {
              quantity
            }
          }
        }
      `),
      { id },
    );
    await hr.request(
      graphql(`
        mutation LockdownDeleteDiaryEntry($id: ID!) {
          deleteDiaryEntry(id: $id, override: true, reason: "Ghi nhầm người")
        }
      `),
      { id },
    );
    const expected = [
      ['override-delete', 'Ghi nhầm người'],
      ['override-update', 'Sửa số lượng'],
      ['override-create', 'Bổ sung theo xác nhận của trưởng phòng'],
    ];
    for (const reader of [user('agency-admin'), user('province-analyst'), user('province-admin')]) {
      const { diaryAudit } = await (await as(reader)).request(AUDIT, { entryId: id });
      expect(diaryAudit.map((r) => [r.action, r.reason])).toEqual(expected);
      expect(diaryAudit.every((r) => r.entryId === id && r.agencyId === staff.agencyIds[0] && r.employee!.id === staff.employeeId)).toBe(
        true,
      );
      expect(diaryAudit[0].actor).toContain(user('agency-admin').subject);
    }
    const { diaryAudit: newest } = await hr.request(AUDIT, { entryId: id, first: 1 });
    expect(newest.map((r) => r.action)).toEqual(['override-delete']);
    const all = (await hr.request(AUDIT, { entryId: id })).diaryAudit;
    const { diaryAudit: window } = await hr.request(AUDIT, { entryId: id, from: all[1].at, to: all[1].at });
    expect(window.map((r) => r.action)).toEqual(['override-update']);

    // Another agency's admin sees none of it; people without an admin role are refused.
    const { diaryAudit: elsewhere } = await (await as(adminElsewhere())).request(AUDIT, { entryId: id });
    expect(elsewhere).toEqual([]);
    for (const label of ['staff', 'unit-head']) {
      const errors = await errorsOf((await as(user(label))).request(AUDIT, { entryId: id }));
      expect(errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    const errors = await errorsOf(hr.request(AUDIT, { first: 501 }));
    expect(errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('a closed month refuses writes until a province admin reopens it for one agency, until a moment', async () => {
    const staff = user('staff');
    const other = actor.staff(outsider());
    await refused(() => write(staff, '2026-09-16'), 'PERIOD_CLOSED');
    const REOPEN = graphql(`
      mutation LockdownReopenDiaryPeriod($input: ReopenPeriodInput!) {
        reopenDiaryPeriod(input: $input) {
          month
          agencyId
          until
        }
      }
    `);
    const reopen = {
      month: '2026-09-10',
      agencyId: staff.agencyIds[0],
      until: '2026-11-20T04:00:00.000Z',
      reason: 'Bổ sung hồ sơ tháng 9',
    };
    await refused(async () => (await as(user('agency-admin'))).request(REOPEN, { input: reopen }), 'FORBIDDEN');
    await refused(async () => (await as(user('province-admin'))).request(REOPEN, { input: { ...reopen, reason: ' ' } }), 'BAD_USER_INPUT');
    await refused(
      async () => (await as(user('province-admin'))).request(REOPEN, { input: { ...reopen, until: '2026-11-20T02:00:00.000Z' } }),
      'BAD_USER_INPUT',
    );
    const { reopenDiaryPeriod } = await (await as(user('province-admin'))).request(REOPEN, { input: reopen });
    expect(reopenDiaryPeriod).toEqual({ month: '2026-09-01', agencyId: staff.agencyIds[0], until: '2026-11-20T04:00:00.000Z' });

    // Reopened for the staff member's agency only.
    const { recordDiaryEntry } = await write(staff, '2026-09-16');
    expect(recordDiaryEntry.entry.flags).not.toContain('AFTER_CLOSE');
    await refused(() => write(other, '2026-09-16'), 'PERIOD_CLOSED');

    const REOPENINGS = graphql(`
      query LockdownDiaryPeriodReopenings {
        diaryPeriodReopenings(month: "2026-09-30") {
          month
          agencyId
          reopenedBy
          reason
        }
      }
    `);
    for (const reader of [user('province-analyst'), user('agency-admin')]) {
      const { diaryPeriodReopenings } = await (await as(reader)).request(REOPENINGS);
      expect(diaryPeriodReopenings).toEqual([
        { month: '2026-09-01', agencyId: staff.agencyIds[0], reopenedBy: user('province-admin').subject, reason: reopen.reason },
      ]);
    }
    expect((await (await as(adminElsewhere())).request(REOPENINGS)).diaryPeriodReopenings).toEqual([]);
    const errors = await errorsOf((await as(staff)).request(REOPENINGS));
    expect(errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const { diaryAudit } = await (await as(user('agency-admin'))).request(AUDIT, {});
    expect(diaryAudit.map((r) => r.action)).toContain('reopen:2026-09-01');

    // After `until`, it is closed again.
    process.env.KPI_NOW = '2026-11-20T11:30:00+07:00';
    await refused(() => write(staff, '2026-09-17'), 'PERIOD_CLOSED');
  });
});

describe('the working calendar, kept by province admins', () => {
  const DAYS = graphql(`
    query LockdownMe {
      me {
        missingDiaryDays(from: "2026-11-02", to: "2026-11-08")
        holiday: diaryDay(date: "2026-11-04") {
          isWorkingDay
          holiday
          missing
        }
        saturday: diaryDay(date: "2026-11-07") {
          isWorkingDay
          missing
        }
        diaryPeriod(from: "2026-11-02", to: "2026-11-08") {
          workingDays
          availableStandardMinutes
        }
      }
    }
  `);
  const SET = graphql(`
    mutation LockdownSetCalendarDay($day: LocalDate!, $kind: CalendarDayKind, $name: String) {
      setCalendarDay(day: $day, kind: $kind, name: $name) {
        day
        kind
        name
      }
    }
  `);

  it('a weekday made a holiday and a Saturday made a working day: the day views and missing days follow', async () => {
    const staff = await as(user('staff'));
    const before = (await staff.request(DAYS)).me;
    expect(before!.missingDiaryDays).toEqual(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06']);
    expect(before!.saturday).toEqual({ isWorkingDay: false, missing: false });

    const admin = await as(user('province-admin'));
    const { setCalendarDay } = await admin.request(SET, { day: '2026-11-04', kind: 'HOLIDAY', name: 'Nghỉ bù (thử)' });
    expect(setCalendarDay).toEqual({ day: '2026-11-04', kind: 'HOLIDAY', name: 'Nghỉ bù (thử)' });
    await admin.request(SET, { day: '2026-11-07', kind: 'WORKING_SWAP', name: 'Làm bù cho ngày 04/11' });

    const after = (await staff.request(DAYS)).me;
    expect(after!.missingDiaryDays).toEqual(['2026-11-02', '2026-11-03', '2026-11-05', '2026-11-06', '2026-11-07']);
    expect(after!.holiday).toEqual({ isWorkingDay: false, holiday: 'Nghỉ bù (thử)', missing: false });
    expect(after!.saturday).toEqual({ isWorkingDay: true, missing: true });
    expect(after!.diaryPeriod).toEqual({ workingDays: 5, availableStandardMinutes: 5 * 480 });
    const { workingCalendar } = await staff.request(
      graphql(`
        query LockdownWorkingCalendar {
          workingCalendar(from: "2026-11-01", to: "2026-11-30") {
            day
            kind
          }
        }
      `),
    );
    expect(workingCalendar).toEqual([
      { day: '2026-11-04', kind: 'HOLIDAY' },
      { day: '2026-11-07', kind: 'WORKING_SWAP' },
    ]);
    const { diaryAudit } = await admin.request(
      graphql(`
        query LockdownDiaryAudit2 {
          diaryAudit(first: 5) {
            action
          }
        }
      `),
    );
    expect(diaryAudit.map((r) => r.action)).toEqual(
      expect.arrayContaining(['calendar:2026-11-04:HOLIDAY', 'calendar:2026-11-07:WORKING_SWAP']),
    );

    // Back to the normal rule.
    await admin.request(SET, { day: '2026-11-04' });
    await admin.request(SET, { day: '2026-11-07' });
    expect((await staff.request(DAYS)).me!.missingDiaryDays).toEqual(before!.missingDiaryDays);
  });

  it('non-admins are refused; an exception that changes nothing is refused', async () => {
    for (const label of ['staff', 'agency-admin', 'province-analyst'])
      await refused(async () => (await as(user(label))).request(SET, { day: '2026-11-11', kind: 'HOLIDAY', name: 'x' }), 'FORBIDDEN');
    const admin = await as(user('province-admin'));
    await refused(() => admin.request(SET, { day: '2026-11-08', kind: 'HOLIDAY', name: 'Chủ nhật' }), 'BAD_USER_INPUT');
    await refused(() => admin.request(SET, { day: '2026-11-11', kind: 'WORKING_SWAP', name: 'Thứ Tư' }), 'BAD_USER_INPUT');
    await refused(() => admin.request(SET, { day: '2026-11-11', kind: 'HOLIDAY' }), 'BAD_USER_INPUT');
  });
});

describe('leave', () => {
  const LEAVES = graphql(`
    query LockdownEmployee($id: ID!) {
      employee(id: $id) {
        leaves(from: "2026-11-01", to: "2026-11-30") {
          id
          fromDate
          toDate
          kind
        }
        missingDiaryDays(from: "2026-11-09", to: "2026-11-11")
      }
    }
  `);
  const CANCEL = graphql(`
    mutation LockdownCancelLeave($id: ID!, $reason: String) {
      cancelLeave(id: $id, reason: $reason) {
        id
        fromDate
      }
    }
  `);

  it('agency admins record and cancel their people’s leave; the missing days follow; both audited', async () => {
    const staff = user('staff');
    const hr = await as(user('agency-admin'));
    const { recordLeave } = await hr.request(
      graphql(`
        mutation LockdownRecordLeave($input: RecordLeaveInput!) {
          recordLeave(input: $input) {
            id
          }
        }
      `),
      { input: { employeeId: staff.employeeId!, fromDate: '2026-11-09', toDate: '2026-11-10', kind: 'ANNUAL' } },
    );
    const self = await as(staff);
    const onLeave = (await self.request(LEAVES, { id: staff.employeeId! })).employee;
    expect(onLeave!.leaves).toEqual([{ id: recordLeave.id, fromDate: '2026-11-09', toDate: '2026-11-10', kind: 'ANNUAL' }]);
    expect(onLeave!.missingDiaryDays).toEqual(['2026-11-11']);

    for (const who of [staff, user('unit-head'), adminElsewhere()])
      await refused(async () => (await as(who)).request(CANCEL, { id: recordLeave.id }), 'FORBIDDEN');
    await refused(() => hr.request(CANCEL, { id: '0190f0f0-0000-7000-8000-00000000dead' }), 'FORBIDDEN');
    // Not an id at all: refused before anything is looked up.
    expect((await refused(() => hr.request(CANCEL, { id: 'not-a-leave' }), 'BAD_USER_INPUT')).extensions).toMatchObject({ field: 'id' });

    const { cancelLeave } = await hr.request(CANCEL, { id: recordLeave.id, reason: 'Không nghỉ nữa' });
    expect(cancelLeave).toEqual({ id: recordLeave.id, fromDate: '2026-11-09' });
    const back = (await self.request(LEAVES, { id: staff.employeeId! })).employee;
    expect(back!.leaves).toEqual([]);
    expect(back!.missingDiaryDays).toEqual(['2026-11-09', '2026-11-10', '2026-11-11']);
    await refused(() => hr.request(CANCEL, { id: recordLeave.id }), 'FORBIDDEN');

    const { diaryAudit } = await hr.request(
      graphql(`
        query LockdownDiaryAudit3 {
          diaryAudit(first: 10) {
            action
            reason
            details
            employee {
              id
            }
          }
        }
      `),
    );
    const cancelled = diaryAudit.find((r) => r.action === 'leave-cancelled');
    expect(cancelled).toMatchObject({
      reason: 'Không nghỉ nữa',
      employee: { id: staff.employeeId },
      details: expect.objectContaining({ leaveId: recordLeave.id, fromDate: '2026-11-09', toDate: '2026-11-10', kind: 'ANNUAL' }),
    });
    expect(diaryAudit.map((r) => r.action)).toContain('leave-recorded');
  });

  it('a person’s leave is read by those who read their diary, not by a colleague', async () => {
    const staff = staffOf(user('staff').employeeId!);
    const peer = plainColleague({ province, users }, staff);
    const errors = await errorsOf((await as(actor.staff(peer))).request(LEAVES, { id: staff.id }));
    expect(errors.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    const { employee } = await (await as(user('unit-head'))).request(LEAVES, { id: staff.id });
    expect(employee!.leaves).toEqual([]);
  });
});
