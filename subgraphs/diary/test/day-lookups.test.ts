import 'reflect-metadata';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createServiceMetrics, todayInVietnam } from '@kpi/platform';
import type { SubgraphDatabase } from '@kpi/platform/database';
import { diaryMetrics } from '../src/metrics.js';
import { DiaryStore, personDayKey } from '../src/store/diary.store.js';
import { addMonths } from '../src/store/partitions.store.js';
import { diaryOfThisFile } from './database.js';

// A person's day is read from that person's rows whatever the planner's statistics say of the day
// (every write looks it up), and the operators' figures of today count the day's entries without
// reading them. Against a real PostgreSQL, on a database of this file's own.

const person = (n: number) => `01936a2e-0000-7000-8000-${String(n).padStart(12, '0')}`;
const AGENCY = '01936a2e-0000-7000-8000-00000000a001';
const ITEM = '01936a2e-0000-7000-8000-00000000b001';
const PEOPLE = 400;
/** Four units, a person's the remainder of their number by 4. */
const DIVISION = '01936a2e-0000-7000-8000-00000000d00';

/** Two entries for each of `people` on `day`, as one statement (the facts' triggers run as for any write). */
const ENTRIES = `insert into diary.diary_entry (id, employee_id, agency_id, division_id, work_date, work_item_id, work_item_version,
    standard_minutes, coefficient, quantity, actual_minutes, source, status, recorded_by)
  select gen_random_uuid(), ('01936a2e-0000-7000-8000-' || lpad(p::text, 12, '0'))::uuid, $1, ('${DIVISION}' || (p % 4))::uuid,
         $2::date, $3, 1, 30, 1, 1, 30 + k, 'MANUAL', 'SUBMITTED', 'test'
    from generate_series(1, $4::int) as p, generate_series(1, 2) as k`;

const database = diaryOfThisFile();

interface PlanNode {
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

/**
 * Runs `work` with the diary's connection explaining (with ANALYZE) every statement on the
 * entries before sending it as it is: the entries' rows its scans read, kept or filtered away.
 */
async function entryRowsRead(work: (em: ReturnType<SubgraphDatabase['orm']['em']['fork']>) => Promise<unknown>) {
  const connection = database.diary.orm.em.getConnection();
  let read = 0;
  let statements = 0;
  const walk = (node: PlanNode) => {
    if (node['Relation Name']?.startsWith('diary_entry'))
      read +=
        ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) *
        (node['Actual Loops'] ?? 1);
    for (const child of node.Plans ?? []) walk(child);
  };
  const explained = async (query: string, explain: (text: string) => Promise<unknown>) => {
    if (!/diary_entry/.test(query) || !/^\s*(select|with)\b/i.test(query)) return;
    statements += 1;
    const [plan] = (await explain(`explain (analyze, format json) ${query}`)) as { 'QUERY PLAN': { Plan: PlanNode }[] }[];
    walk(plan!['QUERY PLAN'][0]!.Plan);
  };
  // Every statement, with its parameters bound (executeBound) or written in (the ORM's execute), goes to its Kysely client.
  const client = connection.getClient();
  const executeQuery = client.executeQuery.bind(client);
  client.executeQuery = (async (query: Parameters<typeof executeQuery>[0]) => {
    if ('sql' in query)
      await explained(query.sql, async (text) => (await executeQuery({ ...query, sql: text, name: undefined } as typeof query)).rows);
    return executeQuery(query);
  }) as typeof client.executeQuery;
  try {
    await work(database.diary.orm.em.fork());
  } finally {
    client.executeQuery = executeQuery;
  }
  expect(statements).toBeGreaterThan(0);
  return read;
}

describe('a person’s day reads that person’s rows', () => {
  // A month ahead has its table already: its first four days are known to the statistics, the fifth
  // is written after them — as today is, every morning, until autovacuum analyses the month again.
  const month = addMonths(todayInVietnam().slice(0, 7), 2);
  const known = [1, 2, 3, 4].map((d) => `${month}-0${d}`);
  const written = `${month}-05`;

  beforeAll(async () => {
    for (const day of known) await database.db.query(ENTRIES, [AGENCY, day, ITEM, PEOPLE]);
    await database.db.query(`analyze diary.diary_entry`);
    await database.db.query(ENTRIES, [AGENCY, written, ITEM, PEOPLE]);
  });

  it('for a write (the day’s entries with its rules), an intake and a day’s view, on a day written since the last ANALYZE', async () => {
    const who = person(7);
    const lookups = [
      (em: never) => new DiaryStore(em).writeContexts([{ employeeId: who, workDate: written }]),
      (em: never) => new DiaryStore(em).dayEntries(who, written),
      (em: never) => new DiaryStore(em).entriesOfDay(who, written),
    ];
    // Their own two entries, not the day's 800.
    for (const lookup of lookups) expect(await entryRowsRead(lookup as never)).toBe(2);
    // A unit head's queue of that day: the unit's 200 waiting entries, not the province's.
    expect(await entryRowsRead((em) => new DiaryStore(em).reviewQueue([`${DIVISION}0`], written, written, 50))).toBe(200);
    // And they are the day's entries the write is checked against.
    const contexts = await new DiaryStore(database.diary.orm.em.fork()).writeContexts([{ employeeId: who, workDate: written }]);
    const context = contexts.get(personDayKey(who, written))!;
    expect(context.entries.map((e) => e.actualMinutes).sort()).toEqual([31, 32]);
  });
});

describe('the entries’ indexes', () => {
  it('none starts with the work date: a lookup by person, unit or item keeps to its own rows', async () => {
    const { rows } = await database.db.query<{ index: string }>(
      `select i.relname as index from pg_index x join pg_class i on i.oid = x.indexrelid join pg_attribute a on a.attrelid = x.indrelid and a.attnum = x.indkey[0]
        where x.indrelid = 'diary.diary_entry'::regclass and a.attname = 'work_date'`,
    );
    expect(rows).toEqual([]);
  });
});

describe('the operators’ figures of today', () => {
  const today = todayInVietnam();
  const gauge = async (metrics: ReturnType<typeof createServiceMetrics>, name: string) =>
    (await metrics.registry.getSingleMetric(name)!.get()).values[0]!.value;

  it('count today’s entries and the people who wrote them, whatever their status, and the waiting ones; forget a deleted one', async () => {
    const metrics = createServiceMetrics('diary');
    diaryMetrics(metrics, database.diary);
    const before = {
      entries: await gauge(metrics, 'kpi_diary_entries_today'),
      people: await gauge(metrics, 'kpi_diary_people_today'),
      waiting: await gauge(metrics, 'kpi_reviews_waiting'),
    };
    // Three people, two entries each; one of them approved.
    await database.db.query(ENTRIES, [AGENCY, today, ITEM, 3]);
    await database.db.query(
      `update diary.diary_entry set status = 'APPROVED' where work_date = $1 and employee_id = $2 and actual_minutes = 31`,
      [today, person(1)],
    );
    expect(await gauge(metrics, 'kpi_diary_entries_today')).toBe(before.entries + 6);
    expect(await gauge(metrics, 'kpi_diary_people_today')).toBe(before.people + 3);
    expect(await gauge(metrics, 'kpi_reviews_waiting')).toBe(before.waiting + 5);
    // The third person's entries gone: they count no more, as a person or as entries.
    await database.db.query(`delete from diary.diary_entry where work_date = $1 and employee_id = $2`, [today, person(3)]);
    expect(await gauge(metrics, 'kpi_diary_entries_today')).toBe(before.entries + 4);
    expect(await gauge(metrics, 'kpi_diary_people_today')).toBe(before.people + 2);
    expect(await gauge(metrics, 'kpi_reviews_waiting')).toBe(before.waiting + 3);
  });
});
