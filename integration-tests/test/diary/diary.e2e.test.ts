import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSubgraphSchemaOf, demoId, Role, type Identity } from '@kpi/platform';
import { actor, errorsOf, type TestGraph } from '@kpi/platform/testkit';
import { type DemoCatalogue, type DemoProvince, demoUsers } from '@kpi/demo';
import { graphql } from '../../src/graphql/index.js';
import type { RecordDiaryEntryInput } from '../../src/graphql/graphql.js';
import pg from 'pg';
import { MAX_EVENTS } from '@kpi/diary/model';
import { diary } from '@kpi/diary';
import { rootOperations } from './root-operations.js';
import { NOT_IN_CONTRACT, plainColleague, startDemoWorld, type DemoWorld } from '../../src/world.js';

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
  // The staff member's own recent days start clean, so the worked examples below are exact.
  await db.query(`delete from diary.diary_entry where employee_id = $1 and work_date >= '2026-11-01'`, [user('staff').employeeId]);
});
afterAll(() => world?.stop());

const itemId = (code: string) => demoId('work-item', code);
const codeOf = (id: string) => demo.items.find((i) => i.id === id)!.code;
/** Items the demo staff member may log (their position's job description). */
const staffItems = () => {
  const staff = province.employees.find((e) => e.id === user('staff').employeeId)!;
  return demo.jobDescriptions.filter((j) => j.positionId === staff.positionId).map((j) => codeOf(j.workItemId));
};
const versionOf = (code: string, date: string) =>
  demo.versions.filter((v) => v.workItemId === itemId(code) && v.effectiveFrom <= date).at(-1)!;

/** Everything a refused call could have written: rows of each diary table, and the latest updates. */
async function tableCounts() {
  const tables = [
    'diary_entry',
    'leave',
    'diary_audit',
    'work_item_mapping',
    'calendar_day',
    'diary_policy',
    'period_reopening',
    'assignment_event',
  ];
  const { rows } = await db.query(tables.map((t) => `select '${t}' as t, count(*)::int as n from diary.${t}`).join(' union all '));
  const { rows: updated } = await db.query(
    'select (select max(updated_at) from diary.diary_entry) as entries, (select max(updated_at) from diary.assignment) as assignments',
  );
  return { rows, updated: updated[0] };
}

async function entryCount() {
  const { rows } = await db.query('select count(*)::int as n, max(updated_at) as last from diary.diary_entry');
  return rows[0];
}
async function refused(request: () => Promise<unknown>, code: string) {
  const before = await entryCount();
  const errors = await errorsOf(request());
  expect(errors.map((e) => e.extensions?.code)).toEqual([code]);
  expect(await entryCount()).toEqual(before);
  return errors[0]!;
}

const RECORD = graphql(`
  mutation DiaryRecordDiaryEntry($input: RecordDiaryEntryInput!) {
    recordDiaryEntry(input: $input) {
      entry {
        id
        workDate
        status
        standardMinutes
        coefficient
        workItemVersion
        quantity
        actualMinutes
        workPoints
        flags
        workItem {
          id
        }
      }
      warnings {
        code
        message
      }
    }
  }
`);
const record = async (identity: Identity, input: RecordDiaryEntryInput) => (await graph.as(identity)).request(RECORD, { input });

describe('recording the day', () => {
  it('snapshots the item as it was on the work date, and sums the day against the standard 480 minutes', async () => {
    const code = staffItems()[0]!;
    const version = versionOf(code, '2026-11-19');
    const { recordDiaryEntry } = await record(user('staff'), {
      workDate: '2026-11-19',
      workItemId: itemId(code),
      quantity: 2,
      actualMinutes: Math.round(version.standardMinutes * 2),
      evidenceRef: 'VB-1001',
    });
    expect(recordDiaryEntry.entry).toMatchObject({
      workDate: '2026-11-19',
      status: 'SUBMITTED',
      standardMinutes: version.standardMinutes,
      coefficient: version.coefficient,
      workItemVersion: version.version,
      workPoints: Math.round(2 * version.standardMinutes * version.coefficient * 100) / 100,
    });
    expect(recordDiaryEntry.warnings).toEqual([]);
    const client = await graph.as(user('staff'));
    const { me } = await client.request(
      graphql(`
        query DiaryMe {
          me {
            diaryDay(date: "2026-11-19") {
              isWorkingDay
              actualMinutes
              earnedStandardMinutes
              standardDayMinutes
              entries {
                id
              }
              warnings
              missing
            }
          }
        }
      `),
    );
    expect(me!.diaryDay).toMatchObject({
      isWorkingDay: true,
      actualMinutes: Math.round(version.standardMinutes * 2),
      standardDayMinutes: 480,
      warnings: [],
      missing: false,
    });
  });

  it('warns when the day passes the standard working day and when a claim is far above standard time — and still saves', async () => {
    const code = staffItems()[1]!;
    const standard = versionOf(code, '2026-11-18').standardMinutes;
    await record(user('staff'), { workDate: '2026-11-18', workItemId: itemId(code), quantity: 1, actualMinutes: 400, note: 'sáng' });
    const { recordDiaryEntry } = await record(user('staff'), {
      workDate: '2026-11-18',
      workItemId: itemId(code),
      quantity: 1,
      actualMinutes: 120,
      note: 'chiều',
    });
    const codes = recordDiaryEntry.warnings.map((w) => w.code);
    expect(codes).toContain('OVER_STANDARD_DAY'); // 400 + 120 = 520 > 480
    if (120 > 2 * standard) expect(codes).toContain('FAR_ABOVE_STANDARD');
    expect(recordDiaryEntry.warnings.find((w) => w.code === 'OVER_STANDARD_DAY')!.message).toMatch(/520 minutes.*480/);
    const client = await graph.as(user('staff'));
    const { me } = await client.request(
      graphql(`
        query DiaryMe2 {
          me {
            diaryDay(date: "2026-11-18") {
              actualMinutes
              warnings
            }
          }
        }
      `),
    );
    expect(me!.diaryDay.actualMinutes).toBe(520);
    expect(me!.diaryDay.warnings).toContain('OVER_STANDARD_DAY');
  });

  it('flags Monday’s work recorded on Friday as a late declaration', async () => {
    const { recordDiaryEntry } = await record(user('staff'), {
      workDate: '2026-11-16',
      workItemId: itemId(staffItems()[2]!),
      quantity: 1,
      actualMinutes: 30,
    });
    expect(recordDiaryEntry.entry.flags).toContain('LATE_DECLARATION');
  });

  it('refuses bad input with coded errors, writing nothing', async () => {
    const code = staffItems()[0]!;
    const staff = user('staff');
    const base = { workDate: '2026-11-17', workItemId: itemId(code), quantity: 1, actualMinutes: 30 };
    await refused(() => record(staff, { ...base, workDate: '2026-11-21' }), 'FUTURE_DATE');
    await refused(() => record(staff, { ...base, quantity: 0 }), 'BAD_USER_INPUT');
    await refused(() => record(staff, { ...base, actualMinutes: -5 }), 'BAD_USER_INPUT');
    await refused(() => record(staff, { ...base, workItemId: '0190a3b2-0000-7000-8000-00000000dead' }), 'INVALID_REFERENCE');
    const notMine = demo.items.find((i) => i.itemGroup === 'D' && !staffItems().includes(i.code) && i.code.startsWith('HLT'))!;
    await refused(() => record(staff, { ...base, workItemId: notMine.id }), 'NOT_PERFORMABLE');
    await refused(() => record(staff, { ...base, workDate: '2026-09-15' }), 'PERIOD_CLOSED');
    await record(staff, { ...base, actualMinutes: 1000, note: 'cả ngày' });
    await refused(() => record(staff, { ...base, actualMinutes: 500 }), 'DAY_OVER_24_HOURS');
    await refused(() => record(staff, { ...base, actualMinutes: 1000, note: 'cả ngày' }), 'DUPLICATE_ENTRY');
  });

  it('staff write only their own diary; an agency admin corrects a closed month only with a reason, audited', async () => {
    const colleague = province.employees.find(
      (e) => e.agencyId === user('staff').agencyIds[0] && e.id !== user('staff').employeeId && e.role === 'staff',
    )!;
    const code = staffItems()[0]!;
    await refused(
      () =>
        record(user('staff'), {
          employeeId: colleague.id,
          workDate: '2026-11-17',
          workItemId: itemId(code),
          quantity: 1,
          actualMinutes: 30,
        }),
      'FORBIDDEN',
    );
    const admin = user('agency-admin');
    const input = {
      employeeId: user('staff').employeeId,
      workDate: '2026-09-15',
      workItemId: itemId(code),
      quantity: 1,
      actualMinutes: 45,
      override: true,
    };
    await refused(() => record(admin, input), 'BAD_USER_INPUT');
    const { recordDiaryEntry } = await record(admin, { ...input, reason: 'Bổ sung theo xác nhận của trưởng phòng' });
    expect(recordDiaryEntry.entry.flags).toContain('AFTER_CLOSE');
    const { rows } = await db.query('select action, reason from diary.diary_audit where entry_id = $1', [recordDiaryEntry.entry.id]);
    expect(rows).toEqual([{ action: 'override-create', reason: 'Bổ sung theo xác nhận của trưởng phòng' }]);
  });
});

/** A colleague of the demo staff member who holds a position, with one of its items, their day emptied. */
async function emptyDayOfColleague(day: string) {
  const staff = province.employees.find((e) => e.id === user('staff').employeeId)!;
  const writer = plainColleague({ province, users }, staff, (e) => e.positionId !== null);
  await db.query('delete from diary.diary_entry where employee_id = $1 and work_date = $2', [writer.id, day]);
  return { writer, item: demo.jobDescriptions.find((j) => j.positionId === writer.positionId)!.workItemId };
}

/** Until a transaction of this database waits for an advisory lock (at most `ms`). */
async function lockWaitedFor(client: pg.Client, ms: number) {
  const until = Date.now() + ms;
  const waiting = async () =>
    (
      await client.query(`select 1 from pg_locks l join pg_database d on d.oid = l.database
          where l.locktype = 'advisory' and not l.granted and d.datname = current_database() limit 1`)
    ).rowCount! > 0;
  while (!(await waiting()) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('writes at the same time', () => {
  it('are written in groups, and each day keeps its rules however many arrive together: 24 hours at most, no twin', async () => {
    const staff = province.employees.find((e) => e.id === user('staff').employeeId)!;
    const first = plainColleague({ province, users }, staff);
    const second = plainColleague({ province, users }, staff, (e) => e.id !== first.id);
    const day = '2026-11-10';
    await db.query('delete from diary.diary_entry where employee_id = any($1) and work_date = $2', [[first.id, second.id], day]);
    const itemOf = (e: { positionId: string | null }) => demo.jobDescriptions.find((j) => j.positionId === e.positionId)!.workItemId;
    const outcome = async (write: Promise<unknown>) => (await errorsOf(write))[0]?.extensions?.code ?? 'written';
    // The first person's day is held (the lock every write to it takes: lockPersonDay's key), so
    // the groups that reach it wait and the writes arriving meanwhile queue for the next group —
    // on a machine so loaded that the writes come one by one, as they do on a fast one.
    const dayKey = `${first.id}/${day}`;
    await db.query('select pg_advisory_lock(hashtext($1))', [dayKey]);
    let hours: Promise<string>[] = [];
    let twins: Promise<string>[] = [];
    try {
      // Thirty hours asked of one day in thirty writes of an hour, and one entry sent four times
      // for another person's day — every write at once.
      hours = Array.from({ length: 30 }, (_, n) =>
        outcome(
          record(actor.staff(first), { workDate: day, workItemId: itemOf(first), quantity: 1, actualMinutes: 60, note: `giờ ${n + 1}` }),
        ),
      );
      twins = Array.from({ length: 4 }, () =>
        outcome(record(actor.staff(second), { workDate: day, workItemId: itemOf(second), quantity: 1, actualMinutes: 90, note: 'họp' })),
      );
      await lockWaitedFor(db, 20_000);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    } finally {
      await db.query('select pg_advisory_unlock(hashtext($1))', [dayKey]);
    }
    const [hourOutcomes, twinOutcomes] = await Promise.all([Promise.all(hours), Promise.all(twins)]);
    const tally = (outcomes: string[]) => outcomes.reduce<Record<string, number>>((t, o) => ({ ...t, [o]: (t[o] ?? 0) + 1 }), {});
    expect(tally(hourOutcomes)).toEqual({ written: 24, DAY_OVER_24_HOURS: 6 });
    expect(tally(twinOutcomes)).toEqual({ written: 1, DUPLICATE_ENTRY: 3 });
    const { rows } = await db.query<{ employee_id: string; entries: number; minutes: number; transactions: number }>(
      `select employee_id, count(*)::int as entries, sum(actual_minutes)::int as minutes, count(distinct xmin::text)::int as transactions
         from diary.diary_entry where employee_id = any($1) and work_date = $2 group by employee_id`,
      [[first.id, second.id], day],
    );
    const byPerson = new Map(rows.map((row) => [row.employee_id, row]));
    expect(byPerson.get(first.id)).toMatchObject({ entries: 24, minutes: 1440 });
    expect(byPerson.get(second.id)).toMatchObject({ entries: 1, minutes: 90 });
    // Rows written by one transaction share its id: fewer transactions than rows, so writes were grouped.
    expect(byPerson.get(first.id)!.transactions).toBeLessThan(24);
    // And the day facts scoring reads agree with the rows.
    const { rows: facts } = await db.query(
      'select entries, approved_entries from diary.entry_day_facts where employee_id = $1 and work_date = $2',
      [first.id, day],
    );
    expect(facts).toEqual([{ entries: 24, approved_entries: 0 }]);
  });

  it('a correction and a new entry at once: the day holds 24 hours whichever is written first', async () => {
    const day = '2026-11-06';
    const { writer, item } = await emptyDayOfColleague(day);
    const client = await graph.as(actor.staff(writer));
    const { recordDiaryEntry } = await client.request(RECORD, {
      input: { workDate: day, workItemId: item, quantity: 1, actualMinutes: 600 },
    });
    const UPDATE = graphql(`
      mutation DiaryCorrectEntry($id: ID!, $input: UpdateDiaryEntryInput!) {
        updateDiaryEntry(id: $id, input: $input) {
          entry {
            actualMinutes
          }
        }
      }
    `);
    // 1,000 + 600 and 600 + 1,000 both pass the day's 1,440 minutes: exactly one of the two may be written.
    const outcomes = await Promise.all([
      errorsOf(client.request(UPDATE, { id: recordDiaryEntry.entry.id, input: { actualMinutes: 1000 } })),
      errorsOf(client.request(RECORD, { input: { workDate: day, workItemId: item, quantity: 1, actualMinutes: 600, note: 'chiều' } })),
    ]);
    expect(outcomes.map((errors) => errors[0]?.extensions?.code ?? 'written').sort()).toEqual(['DAY_OVER_24_HOURS', 'written']);
    const { rows } = await db.query(
      'select sum(actual_minutes)::int as minutes from diary.diary_entry where employee_id = $1 and work_date = $2',
      [writer.id, day],
    );
    expect(rows).toEqual([{ minutes: outcomes[0]!.length ? 600 + 600 : 1000 }]);
  });

  it('stores each row as its answer says, every column', async () => {
    const day = '2026-11-09';
    const { writer, item } = await emptyDayOfColleague(day);
    const answers = await Promise.all(
      [700, 20].map((actualMinutes, n) =>
        record(actor.staff(writer), {
          workDate: day,
          workItemId: item,
          quantity: 1.5 + n,
          actualMinutes,
          note: `dòng ${n}`,
          evidenceRef: n ? 'VB-9' : null,
        }),
      ),
    );
    for (const { recordDiaryEntry } of answers) {
      const { id, workPoints, workItem, ...answered } = recordDiaryEntry.entry;
      expect(workPoints).toBeGreaterThan(0);
      const { rows } = await db.query(
        `select to_char(work_date, 'YYYY-MM-DD') as "workDate", status, standard_minutes::float8 as "standardMinutes",
                coefficient::float8 as coefficient, work_item_version as "workItemVersion", quantity::float8 as quantity,
                actual_minutes as "actualMinutes", flags, work_item_id as "workItemId",
                employee_id, agency_id, division_id, note, evidence_ref, source, recorded_by, reviewed_at, created_at <= now() as created
           from diary.diary_entry where id = $1`,
        [id],
      );
      expect(rows).toEqual([
        {
          ...answered,
          workItemId: workItem.id,
          employee_id: writer.id,
          agency_id: writer.agencyId,
          division_id: writer.divisionId ?? null,
          note: expect.stringMatching(/^dòng /),
          evidence_ref: answered.quantity === 2.5 ? 'VB-9' : null,
          source: 'MANUAL',
          recorded_by: writer.id,
          reviewed_at: null,
          created: true,
        },
      ]);
    }
  });
});

describe('reading diaries', () => {
  it('the self view: a period’s totals, capacity and missing days, leave excepted', async () => {
    const hr = await graph.as(user('agency-admin'));
    await hr.request(
      graphql(`
        mutation DiaryRecordLeave($input: RecordLeaveInput!) {
          recordLeave(input: $input) {
            id
          }
        }
      `),
      {
        input: { employeeId: user('staff').employeeId!, fromDate: '2026-11-12', toDate: '2026-11-13', kind: 'ANNUAL' },
      },
    );
    const client = await graph.as(user('staff'));
    const { me } = await client.request(
      graphql(`
        query DiaryMe3 {
          me {
            diaryPeriod(from: "2026-11-09", to: "2026-11-20") {
              workingDays
              daysOnLeave
              missingDays
              availableStandardMinutes
              actualMinutes
              daysOverStandard
            }
          }
        }
      `),
    );
    // 9–20 Nov: 10 working days, 2 on leave; entries on 16, 17, 18, 19; today (20th) is not yet missing.
    expect(me!.diaryPeriod).toMatchObject({ workingDays: 10, daysOnLeave: 2, availableStandardMinutes: 8 * 480, daysOverStandard: 2 });
    expect(me!.diaryPeriod.missingDays).toEqual(['2026-11-09', '2026-11-10', '2026-11-11']);
  });

  it('reads at most 366 days at a time: a leap year whole, one day more refused', async () => {
    const client = await graph.as(user('staff'));
    const ENTRIES = graphql(`
      query DiaryYearOfEntries($from: LocalDate!, $to: LocalDate!) {
        me {
          diaryEntries(from: $from, to: $to) {
            id
          }
        }
      }
    `);
    const { me } = await client.request(ENTRIES, { from: '2028-01-01', to: '2028-12-31' });
    expect(me!.diaryEntries).toEqual([]);
    const errors = await errorsOf(client.request(ENTRIES, { from: '2027-12-31', to: '2028-12-31' }));
    expect(errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'to']]);
  });

  it('a colleague may not read it; the unit head and the agency admin may', async () => {
    const staff = province.employees.find((e) => e.id === user('staff').employeeId)!;
    const peer = plainColleague({ province, users }, staff);
    const Q = graphql(`
      query DiaryEmployee($id: ID!) {
        employee(id: $id) {
          diaryEntries(from: "2026-11-01", to: "2026-11-20") {
            id
          }
        }
      }
    `);
    const [error] = await errorsOf((await graph.as(actor.staff(peer))).request(Q, { id: staff.id }));
    expect(error!.extensions!.code).toBe('FORBIDDEN');
    for (const reader of [user('unit-head'), user('agency-admin'), user('province-analyst')]) {
      const { employee } = await (await graph.as(reader)).request(Q, { id: staff.id });
      expect(employee!.diaryEntries.length).toBeGreaterThan(3);
    }
    const [clientError] = await errorsOf(
      (await graph.as(user('eoffice'))).request(
        graphql(`
          query DiaryWorkingCalendar {
            workingCalendar(from: "2026-11-01", to: "2026-11-30") {
              day
            }
          }
        `),
      ),
    );
    expect(clientError!.extensions!.code).toBe(NOT_IN_CONTRACT);
  });

  it('the catalogue’s hygiene reads usage facts the diary contributes, in one query', async () => {
    const code = staffItems()[0]!;
    const client = await graph.as(user('province-analyst'));
    const { workItemByCode } = await client.request(
      graphql(`
        query DiaryWorkItemByCode($code: String!) {
          workItemByCode(code: $code) {
            code
            standardMinutes
            usage(from: "2026-10-21", to: "2026-11-20") {
              entries
              employees
              actualToStandard
            }
          }
        }
      `),
      { code },
    );
    const { rows } = await db.query(
      `select count(*)::int as n from diary.diary_entry where work_item_id = $1 and work_date between '2026-10-21' and '2026-11-20'`,
      [itemId(code)],
    );
    expect(workItemByCode!.usage.entries).toBe(rows[0].n);
    expect(workItemByCode!.usage.entries).toBeGreaterThan(0);
  });
});

describe('review', () => {
  it('unit heads see their unit’s submitted entries, flagged first, and approve them in bulk', async () => {
    const head = await graph.as(user('unit-head'));
    const { reviewQueue } = await head.request(
      graphql(`
        query DiaryReviewQueue {
          reviewQueue(first: 200) {
            id
            flags
            status
            employee {
              id
            }
          }
        }
      `),
    );
    expect(reviewQueue.length).toBeGreaterThan(0);
    const flagCounts = reviewQueue.map((e) => e.flags.length);
    expect(flagCounts).toEqual([...flagCounts].sort((a: number, b: number) => b - a));
    const ids = reviewQueue.slice(0, 5).map((e) => e.id);
    const { reviewDiaryEntries } = await head.request(
      graphql(`
        mutation DiaryReviewDiaryEntries($ids: [ID!]!) {
          reviewDiaryEntries(ids: $ids, decision: APPROVE) {
            status
          }
        }
      `),
      { ids },
    );
    expect(reviewDiaryEntries.map((e) => e.status)).toEqual(Array(5).fill('APPROVED'));
    await refused(
      () =>
        head.request(
          graphql(`
            mutation DiaryReviewDiaryEntries2($ids: [ID!]!) {
              reviewDiaryEntries(ids: $ids, decision: APPROVE) {
                status
              }
            }
          `),
          { ids },
        ),
      'ALREADY_DECIDED',
    );
    await refused(
      () =>
        head.request(
          graphql(`
            mutation DiaryReviewDiaryEntries3($ids: [ID!]!) {
              reviewDiaryEntries(ids: $ids, decision: RETURN) {
                status
              }
            }
          `),
          { ids: [reviewQueue[6].id] },
        ),
      'BAD_USER_INPUT',
    );
  });

  it('a head cannot review another unit, and staff have no queue', async () => {
    const { rows } = await db.query(`select id from diary.diary_entry where status = 'SUBMITTED' and division_id <> $1 limit 1`, [
      user('unit-head').unitIds[0],
    ]);
    const head = await graph.as(user('unit-head'));
    await refused(
      () =>
        head.request(
          graphql(`
            mutation DiaryReviewDiaryEntries4($ids: [ID!]!) {
              reviewDiaryEntries(ids: $ids, decision: APPROVE) {
                status
              }
            }
          `),
          { ids: [rows[0].id] },
        ),
      'FORBIDDEN',
    );
    const [error] = await errorsOf(
      (await graph.as(user('staff'))).request(
        graphql(`
          query DiaryReviewQueue2 {
            reviewQueue {
              id
            }
          }
        `),
      ),
    );
    expect(error!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('E-Office intake', () => {
  const SEND = graphql(`
    mutation DiaryRecordWorkEvents($events: [WorkEventInput!]!) {
      recordWorkEvents(events: $events) {
        externalId
        status
        entryId
        reason
        code
        flags
      }
    }
  `);
  const someone = () =>
    province.employees.find(
      (e) =>
        e.agencyId === demoId('agency', 'STC') &&
        e.role === 'staff' &&
        demo.jobDescriptions.some((j) => j.positionId === e.positionId && j.workItemId === itemId('B-001')),
    )!;

  it('maps document types to items, creates entries, and says why it rejects', async () => {
    const client = await graph.as(user('eoffice'));
    const employee = someone();
    const { recordWorkEvents } = await client.request(SEND, {
      events: [
        {
          externalId: 'EO-9001',
          employeeCode: employee.code,
          documentType: 'VBDEN',
          date: '2026-11-19',
          quantity: 3,
          evidence: '1234/STC-VP',
        },
        { externalId: 'EO-9002', employeeCode: 'NOBODY-1', documentType: 'VBDEN', date: '2026-11-19', quantity: 1 },
        { externalId: 'EO-9003', employeeCode: employee.code, documentType: 'FAX', date: '2026-11-19', quantity: 1 },
        { externalId: 'EO-9004', employeeCode: employee.code, documentType: 'VBDEN', date: '2026-09-19', quantity: 1 },
      ],
    });
    expect(recordWorkEvents.map((r) => r.status)).toEqual(['CREATED', 'REJECTED', 'REJECTED', 'REJECTED']);
    expect(recordWorkEvents[1].reason).toMatch(/no employee/);
    expect(recordWorkEvents[2].reason).toMatch(/not mapped/);
    expect(recordWorkEvents[3].reason).toMatch(/closed/);
    const { rows } = await db.query('select source, client, quantity::float8 as quantity from diary.diary_entry where id = $1', [
      recordWorkEvents[0].entryId,
    ]);
    expect(rows[0]).toEqual({ source: 'EOFFICE', client: 'client:eoffice', quantity: 3 });
  });

  it('is idempotent: a retried batch and concurrent deliveries create one entry per event', async () => {
    const client = await graph.as(user('eoffice'));
    const event = { externalId: 'EO-9100', employeeCode: someone().code, documentType: 'VBDEN', date: '2026-11-20', quantity: 1 };
    const first = await client.request(SEND, { events: [event, event] });
    expect(first.recordWorkEvents.map((r) => r.status)).toEqual(['CREATED', 'DUPLICATE']);
    const retry = await client.request(SEND, { events: [event] });
    expect(retry.recordWorkEvents[0].status).toBe('DUPLICATE');
    const concurrent = { ...event, externalId: 'EO-9101' };
    const results = await Promise.all(Array.from({ length: 6 }, () => client.request(SEND, { events: [concurrent] })));
    expect(results.map((r) => r.recordWorkEvents[0].status).sort()).toEqual([
      'CREATED',
      'DUPLICATE',
      'DUPLICATE',
      'DUPLICATE',
      'DUPLICATE',
      'DUPLICATE',
    ]);
    const { rows } = await db.query(`select count(*)::int as n from diary.diary_entry where external_id in ('EO-9100', 'EO-9101')`);
    expect(rows[0].n).toBe(2);
  });

  it('applies the day rules of typed entries: the 24-hour day, the over-standard-day warning, the same document twice', async () => {
    const client = await graph.as(user('eoffice'));
    const employee = someone();
    const day = '2026-11-17';
    await db.query(`delete from diary.diary_entry where employee_id = $1 and work_date = $2`, [employee.id, day]);
    const event = (externalId: string, actualMinutes: number, evidence: string) => ({
      externalId,
      employeeCode: employee.code,
      documentType: 'VBDEN',
      date: day,
      quantity: 1,
      actualMinutes,
      evidence,
    });
    // 500 + 300 = 800 minutes: above any standard day (at most 720), under 24 hours.
    const { recordWorkEvents: first } = await client.request(SEND, {
      events: [event('EO-9201', 500, '2001/STC-VP'), event('EO-9202', 300, '2002/STC-VP')],
    });
    expect(first.map((r) => r.status)).toEqual(['CREATED', 'CREATED']);
    expect(first[1].flags).toContain('OVER_STANDARD_DAY');
    expect(first[1].flags).not.toContain('LATE_DECLARATION');
    const { rows } = await db.query('select flags from diary.diary_entry where id = $1', [first[1].entryId]);
    expect(rows[0].flags).toContain('OVER_STANDARD_DAY');
    const { recordWorkEvents: second } = await client.request(SEND, {
      events: [
        event('EO-9203', 700, '2003/STC-VP'), // 800 + 700 > 1,440
        event('EO-9204', 30, '2001/STC-VP'), // the first document again, under another id
        event('EO-9201', 500, '2001/STC-VP'), // a retry
        event('EO-9205', 600, '2005/STC-VP'), // 800 + 600 = 1,400: still fits
      ],
    });
    expect(second.map((r) => [r.status, r.code])).toEqual([
      ['REJECTED', 'DAY_OVER_24_HOURS'],
      ['DUPLICATE', 'DUPLICATE_ENTRY'],
      ['DUPLICATE', null],
      ['CREATED', null],
    ]);
    expect(second[0].reason).toMatch(/800 minutes.*24 hours/);
    expect(second[1].entryId).toBe(first[0].entryId);
    expect(second[2]).toMatchObject({ reason: 'already received', entryId: first[0].entryId });
    // A person typing the document E-Office already delivered is told it is recorded.
    const { rows: total } = await db.query(
      `select count(*)::int as n, sum(actual_minutes)::int as minutes from diary.diary_entry where employee_id = $1 and work_date = $2`,
      [employee.id, day],
    );
    expect(total[0]).toEqual({ n: 3, minutes: 1400 });
  });

  it('an agency’s own mapping wins over the province default; admins read the mappings', async () => {
    const hr = await graph.as(user('agency-admin'));
    const snv = user('agency-admin').agencyIds[0]!;
    const stc = demoId('agency', 'STC');
    const own = staffItems().find((code) => code !== 'B-001')!;
    const SET = graphql(`
      mutation DiarySetWorkItemMapping($input: SetWorkItemMappingInput!) {
        setWorkItemMapping(input: $input) {
          agencyId
          documentType
          workItem {
            id
          }
        }
      }
    `);
    const { setWorkItemMapping } = await hr.request(SET, {
      input: { client: 'client:eoffice', agencyId: snv, documentType: 'VBDEN', workItemId: itemId(own) },
    });
    expect(setWorkItemMapping).toMatchObject({ agencyId: snv, documentType: 'VBDEN', workItem: { id: itemId(own) } });
    // Not another agency's mappings, nor the province's defaults.
    await refused(
      () => hr.request(SET, { input: { client: 'client:eoffice', agencyId: stc, documentType: 'VBDEN', workItemId: itemId(own) } }),
      'FORBIDDEN',
    );
    await refused(
      () => hr.request(SET, { input: { client: 'client:eoffice', documentType: 'VBDEN', workItemId: itemId(own) } }),
      'FORBIDDEN',
    );
    await refused(
      () => hr.request(SET, { input: { client: 'client:eoffice', agencyId: snv, documentType: '  ', workItemId: itemId(own) } }),
      'BAD_USER_INPUT',
    );

    const client = await graph.as(user('eoffice'));
    const staffCode = province.employees.find((e) => e.id === user('staff').employeeId)!.code;
    const { recordWorkEvents } = await client.request(SEND, {
      events: [
        { externalId: 'EO-9301', employeeCode: staffCode, documentType: 'VBDEN', date: '2026-11-20', quantity: 1, evidence: '3001/SNV' },
        {
          externalId: 'EO-9302',
          employeeCode: someone().code,
          documentType: 'VBDEN',
          date: '2026-11-20',
          quantity: 1,
          evidence: '3002/STC',
        },
      ],
    });
    expect(recordWorkEvents.map((r) => r.status)).toEqual(['CREATED', 'CREATED']);
    const { rows } = await db.query(
      `select external_id, work_item_id from diary.diary_entry where external_id in ('EO-9301', 'EO-9302') order by external_id`,
    );
    expect(rows.map((r) => r.work_item_id)).toEqual([itemId(own), itemId('B-001')]);

    const LIST = graphql(`
      query DiaryWorkItemMappings {
        workItemMappings(client: "client:eoffice") {
          agencyId
          documentType
        }
      }
    `);
    const mine = (await hr.request(LIST)).workItemMappings;
    expect(mine).toEqual(
      expect.arrayContaining([
        { agencyId: null, documentType: 'VBDEN' },
        { agencyId: snv, documentType: 'VBDEN' },
      ]),
    );
    expect(mine.every((m) => m.agencyId === null || m.agencyId === snv)).toBe(true);
    const all = (await (await graph.as(user('province-analyst'))).request(LIST)).workItemMappings;
    expect(all.length).toBeGreaterThanOrEqual(mine.length);
    const [staffError] = await errorsOf((await graph.as(user('staff'))).request(LIST));
    expect(staffError!.extensions!.code).toBe('FORBIDDEN');
    const { rows: audit } = await db.query(
      `select agency_id, details from diary.diary_audit where action = 'mapping:client:eoffice/VBDEN'`,
    );
    expect(audit).toEqual([{ agency_id: snv, details: expect.objectContaining({ workItemId: itemId(own), before: null }) }]);
  });

  it('refuses a batch over the limit (or an empty one) with a coded error, writing nothing', async () => {
    const client = await graph.as(user('eoffice'));
    const events = Array.from({ length: MAX_EVENTS + 1 }, (_, i) => ({
      externalId: `EO-BIG-${i}`,
      employeeCode: someone().code,
      documentType: 'VBDEN',
      date: '2026-11-20',
      quantity: 1,
    }));
    const error = await refused(() => client.request(SEND, { events }), 'BAD_USER_INPUT');
    expect(error.extensions).toMatchObject({ field: 'events', max: MAX_EVENTS });
    await refused(() => client.request(SEND, { events: [] }), 'BAD_USER_INPUT');
  });

  it('judges each event on its own: malformed ones are rejected with a reason, the rest stored, a repeat converges', async () => {
    const client = await graph.as(user('eoffice'));
    const employee = someone();
    const day = '2026-11-16';
    await db.query(`delete from diary.diary_entry where employee_id = $1 and work_date = $2`, [employee.id, day]);
    const event = (externalId: string, extra: Record<string, unknown> = {}) => ({
      externalId,
      employeeCode: employee.code,
      documentType: 'VBDEN',
      date: day,
      quantity: 1,
      ...extra,
    });
    const batch = [
      event('EO-MIX-01', { date: '2026-02-30' }),
      event('EO-MIX-02', { evidence: '9302/STC-VP' }),
      event('EO-MIX-03', { date: 'garbage' }),
      event('EO-MIX-04', { evidence: 'x'.repeat(900_000) }),
      event('EO-MIX-05', { employeeCode: 'A\u0000B' }),
      event('EO-MIX-02', { evidence: '9302/STC-VP' }), // the same event twice in one batch
      event('EO-MIX-06', { date: '9999-12-31' }),
      event('EO-MIX-07', { evidence: '9307/STC-VP' }),
    ];
    const { recordWorkEvents: first } = await client.request(SEND, { events: batch });
    expect(first.map((r) => [r.externalId, r.status, r.code])).toEqual([
      ['EO-MIX-01', 'REJECTED', 'BAD_USER_INPUT'],
      ['EO-MIX-02', 'CREATED', null],
      ['EO-MIX-03', 'REJECTED', 'BAD_USER_INPUT'],
      ['EO-MIX-04', 'REJECTED', 'BAD_USER_INPUT'],
      ['EO-MIX-05', 'REJECTED', 'BAD_USER_INPUT'],
      ['EO-MIX-02', 'DUPLICATE', null],
      ['EO-MIX-06', 'REJECTED', 'BAD_USER_INPUT'],
      ['EO-MIX-07', 'CREATED', null],
    ]);
    expect(first[0].reason).toBe('`events.0.date` must be a date written YYYY-MM-DD from 1950-01-01 to 2031-11-20; got "2026-02-30".');
    expect(first[2].reason).toMatch(/^`events\.2\.date` must be a date/);
    expect(first[3].reason).toBe('`events.3.evidence` is at most 2,000 characters; got 900,000.');
    expect(first[4].reason).toMatch(/^`events\.4\.employeeCode` must not contain a NUL character/);
    expect(first[6].reason).toMatch(/^`events\.6\.date` must be a date .* got "9999-12-31"\.$/);
    // A duplicate inside the batch names the entry it duplicates.
    expect(first[5]).toMatchObject({ reason: 'repeated in this batch', entryId: first[1].entryId });
    const stored = async () =>
      (
        await db.query<{ external_id: string }>(
          `select external_id from diary.diary_entry where employee_id = $1 and work_date = $2 order by external_id`,
          [employee.id, day],
        )
      ).rows.map((row) => row.external_id);
    expect(await stored()).toEqual(['EO-MIX-02', 'EO-MIX-07']);
    // The sender retries the whole batch: nothing new, the same verdicts, the stored ones named.
    const { recordWorkEvents: again } = await client.request(SEND, { events: batch });
    expect(again.map((r) => r.status)).toEqual([
      'REJECTED',
      'DUPLICATE',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'DUPLICATE',
      'REJECTED',
      'DUPLICATE',
    ]);
    expect(again[1].entryId).toBe(first[1].entryId);
    expect(again[5].entryId).toBe(first[1].entryId);
    expect(again[7].entryId).toBe(first[7].entryId);
    expect(await stored()).toEqual(['EO-MIX-02', 'EO-MIX-07']);
  });

  it('integration clients can do nothing else: every other diary query and mutation, and the catalogue, are not in their contract, and FORBIDDEN by the subgraphs themselves', async () => {
    const staff = province.employees.find((e) => e.id === user('staff').employeeId)!;
    const { rows: entries } = await db.query('select id from diary.diary_entry where employee_id = $1 limit 1', [staff.id]);
    const { rows: assignments } = await db.query('select id from diary.assignment limit 1');
    const { rows: leaves } = await db.query('select id from diary.leave limit 1');
    const operations = rootOperations({
      entryId: entries[0].id,
      employeeId: staff.id,
      agencyId: staff.agencyId,
      workItemId: itemId(staffItems()[0]!),
      assignmentId: assignments[0].id,
      leaveId: leaves[0].id,
    });
    // Every root field of the diary is tried: one added later without a line in rootOperations fails here.
    const { schema } = await buildSubgraphSchemaOf(diary);
    const rootFields = [schema.getQueryType()!, schema.getMutationType()!]
      .flatMap((type) => Object.keys(type.getFields()))
      .filter((name) => !name.startsWith('_'));
    expect([...Object.keys(operations), 'recordWorkEvents', 'intakeMappings'].sort()).toEqual(rootFields.sort());

    const client = await graph.as(user('eoffice'));
    // Asked directly, as the gateway would forward them: the diary's own guard refuses each one.
    const direct = await graph.directAs('diary', user('eoffice'));
    const before = await tableCounts();
    for (const [name, { query, variables }] of Object.entries(operations)) {
      const errors = await errorsOf(client.request(query, variables));
      expect([name, errors.map((e) => e.extensions?.code)]).toEqual([name, [NOT_IN_CONTRACT]]);
      const refused = await errorsOf(direct.request(query, variables));
      expect([name, refused.map((e) => e.extensions?.code)]).toEqual([name, ['FORBIDDEN']]);
    }
    const [catalogueError] = await errorsOf(
      client.request(
        graphql(`
          query DiaryWorkItemByCode2 {
            workItemByCode(code: "B-001") {
              code
            }
          }
        `),
      ),
    );
    expect(catalogueError!.extensions!.code).toBe(NOT_IN_CONTRACT);
    expect(await tableCounts()).toEqual(before);

    // Intake still works: it asks personnel and the catalogue as the diary itself.
    const { recordWorkEvents } = await client.request(SEND, {
      events: [{ externalId: 'EO-9401', employeeCode: someone().code, documentType: 'VBDEN', date: '2026-11-19', quantity: 1 }],
    });
    expect(recordWorkEvents[0].status).toBe('CREATED');

    const people = await graph.as(user('staff'));
    const [sendError] = await errorsOf(
      people.request(SEND, {
        events: [{ externalId: 'X', employeeCode: 'SNV-0001', documentType: 'VBDEN', date: '2026-11-19', quantity: 1 }],
      }),
    );
    expect(sendError!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('explaining a frozen score', () => {
  it('approvedBefore lists exactly the entries approved at or before a moment, and still approved', async () => {
    const staff = user('staff').employeeId!;
    const { rows } = await db.query(
      `select id from diary.diary_entry where employee_id = $1 and status = 'SUBMITTED' and work_date between '2026-11-01' and '2026-11-20' order by id limit 2`,
      [staff],
    );
    expect(rows).toHaveLength(2);
    const head = await graph.as(user('unit-head'));
    const APPROVE = graphql(`
      mutation DiaryReviewDiaryEntries5($ids: [ID!]!) {
        reviewDiaryEntries(ids: $ids, decision: APPROVE) {
          id
          reviewedAt
        }
      }
    `);
    const early = (await head.request(APPROVE, { ids: [rows[0].id] })).reviewDiaryEntries[0];
    await new Promise((resolve) => setTimeout(resolve, 20));
    const late = (await head.request(APPROVE, { ids: [rows[1].id] })).reviewDiaryEntries[0];
    expect(late.reviewedAt! > early.reviewedAt!).toBe(true);

    const Q = graphql(`
      query DiaryEmployee2($id: ID!, $cut: DateTimeISO!) {
        employee(id: $id) {
          diaryEntries(from: "2026-11-01", to: "2026-11-20", approvedBefore: $cut) {
            id
            status
          }
        }
      }
    `);
    const { employee } = await head.request(Q, { id: staff, cut: early.reviewedAt! });
    const ids = employee!.diaryEntries.map((e) => e.id);
    expect(ids).toContain(early.id);
    expect(ids).not.toContain(late.id);
    const { rows: expected } = await db.query(
      `select id from diary.diary_entry where employee_id = $1 and work_date between '2026-11-01' and '2026-11-20'
          and status = 'APPROVED' and reviewed_at <= $2`,
      [staff, early.reviewedAt],
    );
    expect(ids.sort()).toEqual(expected.map((r) => r.id).sort());
    expect(employee!.diaryEntries.every((e) => e.status === 'APPROVED')).toBe(true);

    const [error] = await errorsOf(
      head.request(
        graphql(`
          query DiaryEmployee3($id: ID!, $cut: DateTimeISO!) {
            employee(id: $id) {
              diaryEntries(from: "2026-11-01", to: "2026-11-20", status: RETURNED, approvedBefore: $cut) {
                id
              }
            }
          }
        `),
        { id: staff, cut: early.reviewedAt! },
      ),
    );
    expect(error!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });
});

describe('no N+1', () => {
  it('a directory page with everyone’s month of diaries costs the same SQL for 10 or 100 people', async () => {
    const client = await graph.as(user('province-analyst'));
    const PAGE = graphql(`
      query DiaryEmployees($first: Int!) {
        employees(first: $first) {
          nodes {
            code
            diaryPeriod(from: "2026-10-21", to: "2026-11-20") {
              workPoints
              missingDays
              days {
                actualMinutes
              }
            }
            leaves(from: "2026-10-21", to: "2026-11-20") {
              fromDate
            }
          }
        }
      }
    `);
    const queries = graph.queries('diary');
    const counts: number[] = [];
    for (const first of [10, 100]) {
      queries.reset();
      const { employees } = await client.request(PAGE, { first });
      expect(employees.nodes).toHaveLength(first);
      counts.push(queries.count);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});

it('keeps the demo actors honest', () => {
  expect(user('agency-admin').roles).toContain(Role.AGENCY_ADMIN);
});
