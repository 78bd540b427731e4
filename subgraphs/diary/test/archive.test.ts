import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SubgraphDatabase } from '@kpi/platform/database';
import { newId, todayInVietnam, workspaceRoot } from '@kpi/platform';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { DiaryStore } from '../src/store/diary.store.js';
import { addMonths, PartitionStore } from '../src/store/partitions.store.js';
import { keepMonths } from '../src/upkeep.js';
import { migratedDiary, type MigratedDiary } from './database.js';

// `pnpm diary:archive` as an operator runs it (a real process on a real database): old months
// leave the diary whole, stay readable in the archive schema, are not recreated by the service's
// upkeep, and come back with --restore.

const EMPLOYEE = '01936a2e-0000-7000-8000-00000000e001';
const AGENCY = '01936a2e-0000-7000-8000-00000000a001';
const ITEM = '01936a2e-0000-7000-8000-00000000b001';
const DAYS = ['2025-01-10', '2025-01-20', '2025-02-10', '2025-02-11', '2025-02-12', '2025-03-03'];

let database: MigratedDiary;
let diary: SubgraphDatabase;
let db: pg.Client;

function archive(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'subgraphs/diary/src/archive/cli.ts', ...args], {
    cwd: workspaceRoot(),
    encoding: 'utf8',
    env: { ...process.env, DIARY_DATABASE_URL: database.url, LOG_LEVEL: 'silent' },
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

const count = async (sql: string) => (await db.query(sql)).rows[0].n as number;

beforeAll(async () => {
  database = await migratedDiary();
  ({ diary, db } = database);
  for (const [i, day] of DAYS.entries())
    await db.query(
      `insert into diary.diary_entry (id, employee_id, agency_id, work_date, work_item_id, work_item_version, standard_minutes, coefficient,
         quantity, actual_minutes, source, external_id, client, recorded_by)
       values ($1, $2, $3, $4, $5, 1, 30, 1, 1, 30, 'EOFFICE', $6, 'eoffice', 'test')`,
      [newId(), EMPLOYEE, AGENCY, day, ITEM, `EO-${i}`],
    );
  await db.query('analyze diary.diary_entry');
});

afterAll(() => database?.drop());

describe('pnpm diary:archive', () => {
  it('refuses to archive a month still being written or declared', () => {
    const thisMonth = todayInVietnam().slice(0, 7);
    const run = archive('--before', thisMonth);
    expect(run.status).toBe(1);
    expect(run.out).toMatch(/would archive a month still in use/);
  });

  it('--dry-run names the months and moves nothing', async () => {
    const run = archive('--before', '2025-03', '--dry-run');
    expect(run.status).toBe(0);
    expect(run.out).toMatch(/would archive 2 month\(s\), about 5 entries: 2025-01, 2025-02/);
    expect(await count(`select count(*)::int as n from diary.diary_entry`)).toBe(6);
  });

  it('detaches the months before the bound into diary_archive: the diary no longer reads them, the archive does', async () => {
    const run = archive('--before', '2025-03');
    expect(run.status).toBe(0);
    expect(run.out).toMatch(/diary 2025-01: detached, now diary_archive.diary_entry_2025_01/);
    expect(run.out).toMatch(/archived 2 month\(s\)/);
    expect(await count(`select count(*)::int as n from diary.diary_entry`)).toBe(1);
    expect(await count(`select count(*)::int as n from diary_archive.diary_entry_2025_02`)).toBe(3);
    // Scoring's prepared facts leave with their entries.
    expect(await count(`select count(*)::int as n from diary.entry_day_facts where work_date < '2025-03-01'`)).toBe(0);
    expect(await count(`select count(*)::int as n from diary.entry_day_facts`)).toBe(1);
    const partitions = new PartitionStore(diary.orm.em.fork());
    expect((await partitions.archived()).map((p) => p.month)).toEqual(['2025-01', '2025-02']);
    expect((await partitions.attached())[0]!.month).toBe('2025-03');
    // An archived event is still received: E-Office resending it makes no second entry.
    const received = await new DiaryStore(diary.orm.em.fork()).receivedEvents('eoffice', ['EO-0', 'EO-4']);
    expect([...received.keys()].sort()).toEqual(['EO-0', 'EO-4']);
  });

  it('the service’s upkeep does not recreate an archived month, and a row for it is refused loudly', async () => {
    const today = todayInVietnam();
    expect(await keepMonths(diary.orm.em.fork(), today, 3)).toBeUndefined();
    expect((await new PartitionStore(diary.orm.em.fork()).attached()).map((p) => p.month)).not.toContain('2025-02');
    expect((await new PartitionStore(diary.orm.em.fork()).attached()).at(-1)!.month).toBe(addMonths(today.slice(0, 7), 3));
    await expect(
      db.query(
        `insert into diary.diary_entry (id, employee_id, agency_id, work_date, work_item_id, work_item_version, standard_minutes, coefficient,
           quantity, actual_minutes, recorded_by) values ($1, $2, $3, '2025-02-20', $4, 1, 30, 1, 1, 30, 'test')`,
        [newId(), EMPLOYEE, AGENCY, ITEM],
      ),
    ).rejects.toThrow(/no partition of relation "diary_entry" found for row/);
  });

  it('--restore attaches a month back: its entries are the diary’s again, with the table’s indexes as they are now', async () => {
    // An index the month carried when it was archived that the table has dropped since.
    await db.query(`create index diary_entry_2025_02_dropped_idx on diary_archive.diary_entry_2025_02 (work_date)`);
    const run = archive('--restore', '2025-02');
    expect(run.status).toBe(0);
    expect(run.out).toMatch(/diary 2025-02: restored from diary_archive/);
    expect(await count(`select count(*)::int as n from diary.diary_entry where work_date between '2025-02-01' and '2025-02-28'`)).toBe(3);
    expect(await count(`select count(*)::int as n from diary.entry_day_facts where work_date between '2025-02-01' and '2025-02-28'`)).toBe(
      3,
    );
    expect((await new PartitionStore(diary.orm.em.fork()).archived()).map((p) => p.month)).toEqual(['2025-01']);
    const indexesOf = async (table: string) =>
      (
        await db.query<{ columns: string }>(
          `select array_to_string(array(select pg_get_indexdef(x.indexrelid, k, true)
                    from generate_series(1, x.indnkeyatts) k), ',') || coalesce(' where ' || pg_get_expr(x.indpred, x.indrelid), '') as columns
             from pg_index x where x.indrelid = $1::regclass`,
          [table],
        )
      ).rows
        .map((r) => r.columns)
        .sort();
    expect(await indexesOf('diary.diary_entry_2025_02')).toEqual(await indexesOf('diary.diary_entry'));
    const again = archive('--restore', '2025-02');
    expect(again.status).toBe(1);
    expect(again.out).toMatch(/2025-02 is not in the diary_archive schema/);
  });
});
