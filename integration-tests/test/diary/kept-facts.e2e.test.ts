import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorsOf } from '@kpi/platform/testkit';
import { graphql } from '../../src/graphql/index.js';
import type { RecordDiaryEntryInput } from '../../src/graphql/graphql.js';
import { startDemoWorld, type DemoWorld } from '../../src/world.js';

/**
 * The diary keeps people's and the catalogue's facts between writes (issue 14), under each owner's
 * revision: whatever changes them — a mutation of the owner, or SQL on its tables — is seen by the
 * very next write, with no waiting.
 */
// Friday 20 November 2026, 10:00 in Vietnam: November is open.
const NOW = '2026-11-20T10:00:00+07:00';
let world: DemoWorld;
let note = 0;

beforeAll(async () => {
  world = await startDemoWorld({ now: NOW, employees: 150 });
  await world.db.query(`delete from diary.diary_entry where employee_id = $1 and work_date >= '2026-11-01'`, [
    world.user('staff').employeeId,
  ]);
});
afterAll(() => world?.stop());

const RECORD = graphql(`
  mutation KeptFactsRecord($input: RecordDiaryEntryInput!) {
    recordDiaryEntry(input: $input) {
      entry {
        id
        standardMinutes
      }
      warnings {
        code
      }
    }
  }
`);
const SET_ITEMS = graphql(`
  mutation KeptFactsSetPositionWorkItems($positionId: ID!, $ids: [ID!]!) {
    setPositionWorkItems(positionId: $positionId, workItemIds: $ids, reason: "Rà soát bản mô tả công việc") {
      id
    }
  }
`);
const SET_STANDARD_DAY = graphql(`
  mutation KeptFactsUpdateJobPosition($id: ID!, $minutes: Int!) {
    updateJobPosition(id: $id, input: { standardMinutesPerDay: $minutes }) {
      standardMinutesPerDay
    }
  }
`);

const PAGE = graphql(`
  query KeptFactsStaffPage($from: LocalDate!, $to: LocalDate!) {
    me {
      diaryEntries(from: $from, to: $to) {
        workItem {
          id
          code
          name
          unit
        }
      }
    }
    myAssignments {
      workItem {
        id
        name
      }
    }
  }
`);
const ITEM = graphql(`
  query KeptFactsCatalogueItem($id: ID!) {
    workItem(id: $id) {
      id
      code
      name
      unit
    }
  }
`);

const staff = () => world.province.employees.find((e) => e.id === world.user('staff').employeeId)!;
const staffItems = () => world.demo.jobDescriptions.filter((j) => j.positionId === staff().positionId).map((j) => j.workItemId);
/** A write of the demo staff member's, each with a note of its own (never a duplicate). */
async function record(input: Omit<RecordDiaryEntryInput, 'note'>, signedIn?: Awaited<ReturnType<DemoWorld['graph']['as']>>) {
  const client = signedIn ?? (await world.graph.as(world.user('staff')));
  return client.request(RECORD, { input: { ...input, note: `kept facts ${(note += 1)}` } });
}

describe('what the diary keeps of other domains between writes', () => {
  it('a job description changed in the catalogue is seen by the next write', async () => {
    const [item, ...rest] = staffItems();
    const admin = await world.graph.as(world.user('agency-admin'));
    await record({ workDate: '2026-11-16', workItemId: item!, quantity: 1, actualMinutes: 10 });

    await admin.request(SET_ITEMS, { positionId: staff().positionId, ids: rest });
    const errors = await errorsOf(record({ workDate: '2026-11-16', workItemId: item!, quantity: 1, actualMinutes: 10 }));
    expect(errors.map((e) => e.extensions?.code)).toEqual(['NOT_PERFORMABLE']);

    await admin.request(SET_ITEMS, { positionId: staff().positionId, ids: [item!, ...rest] });
    await expect(record({ workDate: '2026-11-16', workItemId: item!, quantity: 1, actualMinutes: 11 })).resolves.toBeDefined();
  });

  it('an item’s terms changed in the catalogue’s tables are priced into the next write', async () => {
    const item = staffItems()[0]!;
    const before = await record({ workDate: '2026-11-17', workItemId: item, quantity: 1, actualMinutes: 10 });
    // Whatever path a change takes (here SQL on the owner's own table), its revision moves with it.
    await world.db.query('update catalogue.work_item_version set standard_minutes = standard_minutes + 7 where work_item_id = $1', [item]);
    try {
      const after = await record({ workDate: '2026-11-17', workItemId: item, quantity: 1, actualMinutes: 10 });
      expect(after.recordDiaryEntry.entry.standardMinutes).toBe(before.recordDiaryEntry.entry.standardMinutes + 7);
    } finally {
      await world.db.query('update catalogue.work_item_version set standard_minutes = standard_minutes - 7 where work_item_id = $1', [
        item,
      ]);
    }
  });

  it('a position’s standard day changed in personnel is seen by the next write', async () => {
    const item = staffItems()[1]!;
    const admin = await world.graph.as(world.user('agency-admin'));
    const first = await record({ workDate: '2026-11-18', workItemId: item, quantity: 1, actualMinutes: 30 });
    expect(first.recordDiaryEntry.warnings.map((w) => w.code)).not.toContain('OVER_STANDARD_DAY');

    const { rows } = await world.db.query('select standard_minutes_per_day as m from personnel.job_position where id = $1', [
      staff().positionId,
    ]);
    await admin.request(SET_STANDARD_DAY, { id: staff().positionId!, minutes: 60 });
    try {
      const second = await record({ workDate: '2026-11-18', workItemId: item, quantity: 1, actualMinutes: 45 });
      expect(second.recordDiaryEntry.warnings.map((w) => w.code)).toContain('OVER_STANDARD_DAY');
    } finally {
      await admin.request(SET_STANDARD_DAY, { id: staff().positionId!, minutes: rows[0].m });
    }
  });

  it('a person leaving service is refused by the next write', async () => {
    const item = staffItems()[0]!;
    const signedIn = await world.graph.as(world.user('staff'));
    await record({ workDate: '2026-11-19', workItemId: item, quantity: 1, actualMinutes: 12 }, signedIn);
    // Straight in personnel's table: the gateway keeps the access it read at sign-in, so only the diary's rule is under test.
    await world.db.query(`update personnel.employee set status = 'RETIRED' where id = $1`, [staff().id]);
    try {
      const errors = await errorsOf(record({ workDate: '2026-11-19', workItemId: item, quantity: 1, actualMinutes: 13 }, signedIn));
      expect(errors.map((e) => e.extensions?.code)).toEqual(['EMPLOYEE_INACTIVE']);
    } finally {
      await world.db.query(`update personnel.employee set status = 'ACTIVE' where id = $1`, [staff().id]);
    }
  });

  it('once kept, a write asks personnel and the catalogue nothing — the diary hears their revisions move on the database they share — and runs two statements, one for a day it kept', async () => {
    const item = staffItems()[0]!;
    const client = await world.graph.as(world.user('staff'));
    const write = (minutes: number, workDate = '2026-11-20') =>
      client.request(RECORD, {
        input: { workDate, workItemId: item, quantity: 1, actualMinutes: minutes, note: `counted ${minutes}` },
      });
    await write(4);
    for (const name of ['personnel', 'catalogue', 'diary']) world.graph.queries(name).reset();
    await write(5);
    // Not even their revisions: neither moved since the last write (platform/src/server/revision-watch.ts).
    expect(world.graph.queries('personnel').count).toBe(0);
    expect(world.graph.queries('catalogue').count).toBe(0);
    // And the diary one of its own, in no transaction: the row inserted under the person-day lock if the
    // day is still as the diary kept it from the last write (entry.service.ts, writtenAsRead; kept-days.ts).
    expect(world.graph.queries('diary').count).toBe(1);

    // A day the diary has not seen is read first: two statements.
    world.graph.queries('diary').reset();
    await write(6, '2026-11-12');
    expect(world.graph.queries('diary').count).toBe(2);
  });

  it('a staff page’s work items are the catalogue’s own words, answered by the diary without a call once kept, and renamed at once', async () => {
    const client = await world.graph.as(world.user('staff'));
    const page = () => client.request(PAGE, { from: '2026-11-01', to: '2026-11-30' });
    const first = await page();
    expect(first.me!.diaryEntries.length).toBeGreaterThan(0);
    // Each as the catalogue itself answers it.
    for (const item of first.me!.diaryEntries.map((e) => e.workItem).slice(0, 5))
      expect((await client.request(ITEM, { id: item.id })).workItem).toEqual(item);
    for (const { workItem } of first.myAssignments.slice(0, 3))
      expect((await client.request(ITEM, { id: workItem.id })).workItem).toMatchObject(workItem);

    world.graph.queries('catalogue').reset();
    expect(await page()).toEqual(first);
    expect(world.graph.queries('catalogue').count).toBe(0);

    // Renamed in the catalogue's own table: the next page says the new name.
    const renamed = first.me!.diaryEntries[0]!.workItem;
    await world.db.query(`update catalogue.work_item_version set name = name || ' (mới)' where work_item_id = $1`, [renamed.id]);
    try {
      const after = await page();
      expect(after.me!.diaryEntries.filter((e) => e.workItem.id === renamed.id).map((e) => e.workItem.name)).toContain(
        `${renamed.name} (mới)`,
      );
    } finally {
      await world.db.query(`update catalogue.work_item_version set name = left(name, length(name) - 6) where work_item_id = $1`, [
        renamed.id,
      ]);
    }
  });
});

describe('the days the diary keeps between writes', () => {
  const RECORD_LEAVE = graphql(`
    mutation KeptDaysRecordLeave($input: RecordLeaveInput!) {
      recordLeave(input: $input) {
        id
      }
    }
  `);
  const REOPEN = graphql(`
    mutation KeptDaysReopenDiaryPeriod($input: ReopenPeriodInput!) {
      reopenDiaryPeriod(input: $input) {
        month
      }
    }
  `);
  const codes = async (writing: ReturnType<typeof record>) => (await errorsOf(writing)).map((e) => e.extensions?.code);
  const warned = async (writing: ReturnType<typeof record>) => (await writing).recordDiaryEntry.warnings.map((w) => w.code);
  const minutesOn = async (workDate: string) =>
    (
      await world.db.query<{ minutes: number[] }>(
        `select coalesce(array_agg(actual_minutes order by actual_minutes), '{}') as minutes from diary.diary_entry
          where employee_id = $1 and work_date = $2`,
        [staff().id, workDate],
      )
    ).rows[0]!.minutes;

  it('judge a write by the day as it is now: an entry written beside, a leave recorded, the month reopened since', async () => {
    const item = staffItems()[0]!;
    const day = '2026-11-11';
    expect(await warned(record({ workDate: day, workItemId: item, quantity: 1, actualMinutes: 10 }))).not.toContain('NON_WORKING_DAY');

    // Another writer of the day (another process of the diary), straight in SQL: the day is nearly full.
    const beside = await world.db.query<{ id: string }>(
      `insert into diary.diary_entry (id, employee_id, agency_id, work_date, work_item_id, work_item_version, standard_minutes,
         coefficient, quantity, actual_minutes, source, status, recorded_by)
       values (gen_random_uuid(), $1, $2, $3, $4, 1, 30, 1, 1, 1420, 'MANUAL', 'SUBMITTED', 'beside') returning id`,
      [staff().id, staff().agencyId, day, item],
    );
    expect(await codes(record({ workDate: day, workItemId: item, quantity: 1, actualMinutes: 20 }))).toEqual(['DAY_OVER_24_HOURS']);
    await world.db.query(`delete from diary.diary_entry where id = $1`, [beside.rows[0]!.id]);
    // Gone again: the same write goes in.
    expect(await warned(record({ workDate: day, workItemId: item, quantity: 1, actualMinutes: 20 }))).not.toContain('NON_WORKING_DAY');

    // A leave recorded for the day: the next write of it is flagged as off a working day.
    const admin = await world.graph.as(world.user('agency-admin'));
    await admin.request(RECORD_LEAVE, { input: { employeeId: staff().id, fromDate: day, toDate: day, kind: 'ANNUAL' } });
    expect(await warned(record({ workDate: day, workItemId: item, quantity: 1, actualMinutes: 5 }))).toContain('NON_WORKING_DAY');
    expect(await minutesOn(day)).toEqual([5, 10, 20]);

    // A closed month's day, refused (and so seen), then reopened: the next write of it goes in.
    const closed = '2026-09-16';
    expect(await codes(record({ workDate: closed, workItemId: item, quantity: 1, actualMinutes: 15 }))).toEqual(['PERIOD_CLOSED']);
    await (
      await world.graph.as(world.user('province-admin'))
    ).request(REOPEN, { input: { month: closed, agencyId: staff().agencyId, until: '2026-11-20T04:00:00.000Z', reason: 'Bổ sung hồ sơ' } });
    expect(await warned(record({ workDate: closed, workItemId: item, quantity: 1, actualMinutes: 15 }))).not.toContain('AFTER_CLOSE');
    expect(await minutesOn(closed)).toContain(15);
  });
});
