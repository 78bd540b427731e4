import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { todayInVietnam } from '@kpi/platform';
import { asEntities } from '@kpi/platform/database';
import pg from 'pg';
import { DiaryEntry, EntryStatus } from '../src/entities/index.js';
import { DiaryStore, personDayKey, stampWithEntries } from '../src/store/diary.store.js';
import { diaryOfThisFile } from './database.js';

// A group of new entries is written as read (entry.service.ts): its days read unlocked, then one
// statement that locks them and inserts only if none changed since (DiaryStore.insertIfUnchanged).
// Whatever changes a day in between — a new entry, a correction, a deletion, the person's leave,
// the month's reopenings, a write that holds the day's lock when the statement arrives — makes it
// insert nothing. Against a real PostgreSQL.

const AGENCY = '01936a2e-0000-7000-8000-00000000a001';
const ITEM = '01936a2e-0000-7000-8000-00000000b001';
const person = (n: number) => `01936a2e-0000-7000-8000-${String(n).padStart(12, '0')}`;
const today = todayInVietnam();

const database = diaryOfThisFile();

const entryOf = (employeeId: string, actualMinutes: number) =>
  asEntities(DiaryEntry, [
    {
      employeeId,
      agencyId: AGENCY,
      workDate: today,
      workItemId: ITEM,
      workItemVersion: 1,
      standardMinutes: 30,
      coefficient: 1,
      quantity: 1,
      actualMinutes,
      flags: [],
      status: EntryStatus.SUBMITTED,
      recordedBy: 'test',
    },
  ])[0]!;

/** The person's day as a write reads it: its stamp. */
const stampOf = async (employeeId: string) =>
  (await new DiaryStore(database.diary.orm.em.fork()).writeContexts([{ employeeId, workDate: today }])).get(
    personDayKey(employeeId, today),
  )!.stamp;

const insertIfUnchanged = async (employeeId: string, stamp: string, minutes = 60) =>
  (
    await new DiaryStore(database.diary.orm.em.fork()).insertIfUnchanged(
      [{ employeeId, workDate: today, stamp }],
      [entryOf(employeeId, minutes)],
    )
  ).unchanged;

const minutesOf = async (employeeId: string) =>
  (
    await database.db.query<{ minutes: number[] }>(
      `select coalesce(array_agg(actual_minutes order by actual_minutes), '{}') as minutes from diary.diary_entry where employee_id = $1 and work_date = $2`,
      [employeeId, today],
    )
  ).rows[0]!.minutes;

const xminOf = async (table: string, id: string) =>
  (await database.db.query<{ xmin: string }>(`select xmin::text as xmin from ${table} where id = $1`, [id])).rows[0]!.xmin;

/** An entry written straight in SQL, as another writer of the day would. */
const writtenBeside = (employeeId: string, minutes: number, client: pg.Client = database.db) =>
  client.query(
    `insert into diary.diary_entry (id, employee_id, agency_id, work_date, work_item_id, work_item_version, standard_minutes, coefficient,
       quantity, actual_minutes, source, status, recorded_by)
     values (gen_random_uuid(), $1, $2, $3, $4, 1, 30, 1, 1, $5, 'MANUAL', 'SUBMITTED', 'beside')`,
    [employeeId, AGENCY, today, ITEM, minutes],
  );

describe('new entries written as read', () => {
  it('are inserted when their days are as read, the empty day and a day with entries alike', async () => {
    const who = person(1);
    expect(await stampOf(who)).toBe('||');
    expect(await insertIfUnchanged(who, '||', 60)).toBe(true);
    const stamp = await stampOf(who);
    expect(stamp).toMatch(/^[0-9a-f-]{36}\/\d+\|\|$/);
    expect(await insertIfUnchanged(who, stamp, 90)).toBe(true);
    expect(await minutesOf(who)).toEqual([60, 90]);
  });

  it('insert nothing when the day got an entry, a correction or lost one since it was read', async () => {
    const who = person(2);
    await writtenBeside(who, 30);
    let stamp = await stampOf(who);
    await writtenBeside(who, 45);
    expect(await insertIfUnchanged(who, stamp)).toBe(false);
    expect(await minutesOf(who)).toEqual([30, 45]);

    stamp = await stampOf(who);
    await database.db.query(`update diary.diary_entry set actual_minutes = 50 where employee_id = $1 and actual_minutes = 45`, [who]);
    expect(await insertIfUnchanged(who, stamp)).toBe(false);
    expect(await minutesOf(who)).toEqual([30, 50]);

    stamp = await stampOf(who);
    await database.db.query(`delete from diary.diary_entry where employee_id = $1 and actual_minutes = 50`, [who]);
    expect(await insertIfUnchanged(who, stamp)).toBe(false);
    expect(await minutesOf(who)).toEqual([30]);

    // Read again, it is written.
    expect(await insertIfUnchanged(who, await stampOf(who))).toBe(true);
    expect(await minutesOf(who)).toEqual([30, 60]);
  });

  it('insert nothing when the person’s leave or the month’s reopenings changed since the day was read', async () => {
    const who = person(4);
    let stamp = await stampOf(who);
    const leave = await database.db.query<{ id: string }>(
      `insert into diary.leave (id, employee_id, from_date, to_date, kind, recorded_by) values (gen_random_uuid(), $1, $2, $2, 'ANNUAL', 'test') returning id`,
      [who, today],
    );
    expect(await insertIfUnchanged(who, stamp)).toBe(false);
    stamp = await stampOf(who);
    expect(stamp).toBe(`|${leave.rows[0]!.id}/${await xminOf('diary.leave', leave.rows[0]!.id)}|`);
    // Moved off the day: the day changed again.
    await database.db.query(`update diary.leave set from_date = from_date + 1, to_date = to_date + 1 where id = $1`, [leave.rows[0]!.id]);
    expect(await insertIfUnchanged(who, stamp)).toBe(false);
    expect(await stampOf(who)).toBe('||');

    stamp = await stampOf(who);
    const reopening = await database.db.query<{ id: string }>(
      `insert into diary.period_reopening (id, month, until, reopened_by, reason)
       values (gen_random_uuid(), date_trunc('month', $1::date)::date, now() + interval '1 day', 'test', 'test') returning id`,
      [today],
    );
    try {
      expect(await insertIfUnchanged(who, stamp)).toBe(false);
      expect(await minutesOf(who)).toEqual([]);
      expect(await insertIfUnchanged(who, await stampOf(who))).toBe(true);
    } finally {
      await database.db.query(`delete from diary.period_reopening where id = $1`, [reopening.rows[0]!.id]);
    }
  });

  it('answer the transaction that inserted them: the day’s new stamp is the old one with the new rows', async () => {
    const who = person(5);
    await writtenBeside(who, 30);
    const before = await stampOf(who);
    const entries = [entryOf(who, 40), entryOf(who, 50)];
    const verdict = await new DiaryStore(database.diary.orm.em.fork()).insertIfUnchanged(
      [{ employeeId: who, workDate: today, stamp: before }],
      entries,
    );
    expect(verdict.unchanged).toBe(true);
    expect(verdict.transaction).toMatch(/^\d+$/);
    const after = stampWithEntries(
      before,
      entries.map((e) => e.id),
      verdict.transaction!,
    );
    expect(after).toBe(await stampOf(who));
    expect(after.split('|')[0]!.split(',')).toHaveLength(3);
    // Refused, it names no transaction.
    expect(
      await new DiaryStore(database.diary.orm.em.fork()).insertIfUnchanged(
        [{ employeeId: who, workDate: today, stamp: before }],
        [entryOf(who, 1)],
      ),
    ).toEqual({ unchanged: false, transaction: null });
  });

  it('wait for a write that holds the day and see what it committed, though it committed after the statement began', async () => {
    const who = person(3);
    const stamp = await stampOf(who);
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    try {
      // A locked write of the same day (entry.service.ts, writtenLocked): its lock taken, its row not yet committed.
      await other.query('begin');
      await other.query('select pg_advisory_xact_lock(hashtext($1))', [personDayKey(who, today)]);
      await writtenBeside(who, 120, other);
      const verdict = insertIfUnchanged(who, stamp);
      // The statement is waiting for the day's lock.
      let waiting = 0;
      for (let tries = 0; tries < 100 && !waiting; tries += 1) {
        waiting = (
          await database.db.query<{ n: number }>(
            `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and wait_event = 'advisory' and datname = current_database()`,
          )
        ).rows[0]!.n;
        if (!waiting) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(waiting).toBe(1);
      await other.query('commit');
      expect(await verdict).toBe(false);
      expect(await minutesOf(who)).toEqual([120]);
    } finally {
      await other.end();
    }
  });
});
