import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openSubgraphDatabase, type SubgraphDatabase } from '@kpi/platform/database';
import { createTestDatabase } from '@kpi/platform/testkit';
import { newId } from '@kpi/platform';
import pg from 'pg';
import { entities } from '../src/entities/index.js';
import { migrations } from '../src/migrations/index.js';
import { DiaryStore, type IntakeRow } from '../src/store/diary.store.js';
import { PartitionStore, addMonths } from '../src/store/partitions.store.js';
import { keepMonths, monthsToKeep } from '../src/upkeep.js';

// The diary's entries before and after they became partitioned by month: the migration keeps every
// row, intake stays idempotent per (client, external id), and a month without its table refuses a
// row loudly. Against a real PostgreSQL, on a database of this file's own.

const BEFORE = migrations.findIndex((m) => m.name === '20261204120000-entries-by-month');
const EMPLOYEE = '01936a2e-0000-7000-8000-00000000e001';
const AGENCY = '01936a2e-0000-7000-8000-00000000a001';
const ITEM = '01936a2e-0000-7000-8000-00000000b001';

/** A year of entries written under the old table: a few a day, some from E-Office. */
function oldRows() {
  const rows: unknown[][] = [];
  for (let day = Date.parse('2025-12-01'); day <= Date.parse('2026-11-30'); day += 86_400_000 * 3) {
    const date = new Date(day).toISOString().slice(0, 10);
    for (let i = 0; i < 3; i++) {
      const fromEOffice = i === 2;
      rows.push([
        newId(),
        EMPLOYEE,
        AGENCY,
        date,
        ITEM,
        1,
        30 + i,
        1.5,
        2,
        60 + i,
        fromEOffice ? 'EOFFICE' : 'MANUAL',
        fromEOffice ? `EO-${date}` : null,
        fromEOffice ? 'eoffice' : null,
        i === 0 ? 'APPROVED' : 'SUBMITTED',
        'test',
      ]);
    }
  }
  return rows;
}

const INSERT = `insert into diary.diary_entry (id, employee_id, agency_id, work_date, work_item_id, work_item_version, standard_minutes,
  coefficient, quantity, actual_minutes, source, external_id, client, status, recorded_by)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`;

const intakeRow = (externalId: string, workDate: string): IntakeRow => ({
  id: newId(),
  employeeId: EMPLOYEE,
  agencyId: AGENCY,
  divisionId: null,
  workDate,
  workItemId: ITEM,
  workItemVersion: 1,
  standardMinutes: 30,
  coefficient: 1,
  quantity: 1,
  actualMinutes: 30,
  note: 'CV-DEN',
  evidenceRef: null,
  evidenceRequired: false,
  source: 'EOFFICE',
  externalId,
  client: 'eoffice',
  flags: [],
  recordedBy: 'eoffice',
});

/** Every row, every column, in one digest: equal before and after means nothing was lost or changed. */
const DIGEST = `select count(*)::int as n, md5(string_agg(e::text, '|' order by e.id)) as digest from diary.diary_entry e`;

let database: { url: string; drop(): Promise<void> };
let diary: SubgraphDatabase;
let db: pg.Client;
let before: { n: number; digest: string };

beforeAll(async () => {
  database = await createTestDatabase();
  const old = await openSubgraphDatabase({ url: database.url, schema: 'diary', entities, migrations: migrations.slice(0, BEFORE) });
  await old.migrate();
  await old.close();
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
  for (const row of oldRows()) await db.query(INSERT, row);
  before = (await db.query(DIGEST)).rows[0];
  diary = await openSubgraphDatabase({ url: database.url, schema: 'diary', entities, migrations });
  await diary.migrate();
});

afterAll(async () => {
  await db?.end();
  await diary?.close();
  await database?.drop();
});

describe('the migration to month partitions', () => {
  it('keeps every row, column for column', async () => {
    const after = (await db.query(DIGEST)).rows[0];
    expect(before.n).toBe(366);
    expect(after).toEqual(before);
  });

  it('makes one partition per month, from the diary’s first policy to three months ahead of today, with no default', async () => {
    const { rows } = await db.query<{ name: string; bound: string }>(
      `select c.relname as name, pg_get_expr(c.relpartbound, c.oid) as bound from pg_inherits i join pg_class c on c.oid = i.inhrelid
        where i.inhparent = 'diary.diary_entry'::regclass order by 1`,
    );
    const months = rows.map((r) => r.name);
    expect(months[0]).toBe('diary_entry_2025_01');
    const thisMonth = new Date().toISOString().slice(0, 7);
    expect(months).toContain(`diary_entry_${addMonths(thisMonth, 3).replace('-', '_')}`);
    // Contiguous: no month missing between the first and the last.
    months.forEach(
      (name, i) => i > 0 && expect(addMonths(months[i - 1]!.slice(12).replace('_', '-'), 1)).toBe(name.slice(12).replace('_', '-')),
    );
    expect(rows.find((r) => r.name === 'diary_entry_2026_02')!.bound).toBe("FOR VALUES FROM ('2026-02-01') TO ('2026-03-01')");
    expect(rows.some((r) => r.bound === 'DEFAULT')).toBe(false);
    // Each month holds exactly its own rows.
    const { rows: counts } = await db.query(
      `select count(*)::int as n from diary.diary_entry_2026_02 where work_date not between '2026-02-01' and '2026-02-28'`,
    );
    expect(counts[0].n).toBe(0);
  });

  it('keys entries by (id, work_date, employee_id) and gives every partition the indexes the queries use', async () => {
    const { rows } = await db.query(
      `select pg_get_constraintdef(oid) as def from pg_constraint where conrelid = 'diary.diary_entry'::regclass and contype = 'p'`,
    );
    expect(rows[0].def).toBe('PRIMARY KEY (id, work_date, employee_id)');
    const { rows: indexes } = await db.query<{ indexname: string }>(
      `select indexname from pg_indexes where schemaname = 'diary' and tablename = 'diary_entry_2026_05' order by 1`,
    );
    expect(indexes).toHaveLength(6);
  });

  it('carries the received intake keys over: a repeat of an old event is still a repeat', async () => {
    const { rows } = await db.query(`select count(*)::int as n from diary.intake_key`);
    expect(rows[0].n).toBe(122);
    const received = await new DiaryStore(diary.orm.em.fork()).receivedEvents('eoffice', ['EO-2025-12-01', 'EO-unknown']);
    expect([...received.keys()]).toEqual(['EO-2025-12-01']);
  });
});

describe('intake stays idempotent per client and external id, whatever the work date', () => {
  it('writes an event once: the repeat, even dated another month, writes nothing', async () => {
    const store = new DiaryStore(diary.orm.em.fork());
    const id = await store.insertIntakeOnce(intakeRow('EO-once', '2026-11-10'));
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await store.insertIntakeOnce(intakeRow('EO-once', '2026-11-10'))).toBeNull();
    expect(await store.insertIntakeOnce(intakeRow('EO-once', '2026-10-02'))).toBeNull();
    const { rows } = await db.query(`select id from diary.diary_entry where external_id = 'EO-once'`);
    expect(rows.map((r) => r.id)).toEqual([id]);
    // Another client's event of the same id is another event.
    expect(await store.insertIntakeOnce({ ...intakeRow('EO-once', '2026-11-10'), client: 'hcc' })).not.toBeNull();
  });

  it('refuses a second entry with a received key written any other way, as the unique index did', async () => {
    const row = [newId(), EMPLOYEE, AGENCY, '2026-09-15', ITEM, 1, 30, 1, 1, 30, 'EOFFICE', 'EO-once', 'eoffice', 'SUBMITTED', 'test'];
    await expect(db.query(INSERT, row)).rejects.toMatchObject({ code: '23505', constraint: 'intake_key_pkey' });
  });

  it('frees the key with its entry, and follows an entry that moves to another month', async () => {
    await db.query(INSERT, [
      newId(),
      EMPLOYEE,
      AGENCY,
      '2026-09-15',
      ITEM,
      1,
      30,
      1,
      1,
      30,
      'EOFFICE',
      'EO-moving',
      'eoffice',
      'SUBMITTED',
      'test',
    ]);
    await db.query(`update diary.diary_entry set work_date = '2026-10-15' where external_id = 'EO-moving'`);
    const { rows } = await db.query(
      `select k.entry_id = e.id as same, e.work_date::text as day from diary.intake_key k join diary.diary_entry e on e.external_id = k.external_id
        where k.external_id = 'EO-moving'`,
    );
    expect(rows).toEqual([{ same: true, day: '2026-10-15' }]);
    await db.query(`delete from diary.diary_entry where external_id = 'EO-moving'`);
    expect((await db.query(`select count(*)::int as n from diary.intake_key where external_id = 'EO-moving'`)).rows[0].n).toBe(0);
    const store = new DiaryStore(diary.orm.em.fork());
    expect(await store.insertIntakeOnce(intakeRow('EO-moving', '2026-10-16'))).not.toBeNull();
  });
});

describe('months without a partition', () => {
  it('refuses a row for a month that has no table, loudly (no default partition swallows it)', async () => {
    const row = [newId(), EMPLOYEE, AGENCY, '2031-01-05', ITEM, 1, 30, 1, 1, 30, 'MANUAL', null, null, 'SUBMITTED', 'test'];
    await expect(db.query(INSERT, row)).rejects.toThrow(/no partition of relation "diary_entry" found for row/);
  });

  it('the months to keep: from the first policy, or after the newest archived month, to N months ahead', () => {
    const keep = { today: '2031-02-14', firstPolicy: '2025-01-01', ahead: 3 };
    expect(monthsToKeep({ ...keep, newestArchived: null })).toEqual({ from: '2025-01', to: '2031-05' });
    expect(monthsToKeep({ ...keep, newestArchived: '2026-12' })).toEqual({ from: '2027-01', to: '2031-05' });
  });

  it('the upkeep creates only the missing months, and a row of a new month then finds its table', async () => {
    const partitions = new PartitionStore(diary.orm.em.fork());
    expect(await partitions.ensureMonths('2031-01', '2031-05')).toBe(5);
    expect(await partitions.ensureMonths('2031-01', '2031-05')).toBe(0);
    await db.query(INSERT, [newId(), EMPLOYEE, AGENCY, '2031-01-05', ITEM, 1, 30, 1, 1, 30, 'MANUAL', null, null, 'SUBMITTED', 'test']);
    // The daily run, years on: the months in between are filled (contiguous), 2031-01 to 05 were there.
    const gap = (await partitions.attached()).filter((p) => p.month > '2027-03' && p.month < '2031-01').length;
    expect(await keepMonths(diary.orm.em.fork(), '2031-02-14', 3)).toMatch(new RegExp(`^created ${45 - gap} month partition`));
    expect(await keepMonths(diary.orm.em.fork(), '2031-02-20', 3)).toBeUndefined();
    expect(await keepMonths(diary.orm.em.fork(), '2031-05-02', 3)).toMatch(/^created 3 month partition\(s\).*2031-08 ready$/);
    const months = (await partitions.attached()).map((p) => p.month);
    expect(months.slice(-8)).toEqual(['2031-01', '2031-02', '2031-03', '2031-04', '2031-05', '2031-06', '2031-07', '2031-08']);
  });
});

describe('a month’s queries read only that month (EXPLAIN of the statements the stores send)', () => {
  /**
   * Runs `work` with the diary's connection explaining every statement on the entries before
   * sending it as it is (same text, same parameters): what the planner will read, partition by
   * partition, for the real statements with their real values.
   */
  async function partitionsRead(work: (em: ReturnType<SubgraphDatabase['orm']['em']['fork']>) => Promise<unknown>) {
    const connection = diary.orm.em.getConnection();
    const execute = connection.execute.bind(connection);
    const read = new Set<string>();
    let statements = 0;
    const walk = (node: Record<string, unknown>) => {
      if (typeof node['Relation Name'] === 'string') read.add(node['Relation Name']);
      for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
    };
    connection.execute = (async (query: string, params?: unknown[], method?: 'all' | 'get' | 'run', ctx?: unknown) => {
      if (
        typeof query === 'string' &&
        /diary_entry|entry_day_facts|entry_month_item_(facts|packs)/.test(query) &&
        /^\s*(select|with)/i.test(query)
      ) {
        statements += 1;
        const [plan] = (await execute(`explain (format json) ${query}`, params, 'all', ctx as never)) as {
          'QUERY PLAN': { Plan: Record<string, unknown> }[];
        }[];
        walk(plan!['QUERY PLAN'][0]!.Plan);
      }
      return execute(query, params, method, ctx as never);
    }) as typeof connection.execute;
    // Statements with bound parameters (executeBound) go to the client itself: explained the same way.
    const getClient = connection.getClient.bind(connection);
    connection.getClient = (() => {
      const client = getClient() as unknown as { executeQuery(query: { sql: string }): Promise<{ rows: unknown[] }> };
      return new Proxy(client, {
        get(target, property, receiver) {
          if (property !== 'executeQuery') return Reflect.get(target, property, receiver);
          return async (query: { sql: string }) => {
            if (/diary_entry|entry_day_facts|entry_month_item_(facts|packs)/.test(query.sql) && /^\s*(select|with)/i.test(query.sql)) {
              statements += 1;
              const { rows } = await target.executeQuery({ ...query, sql: `explain (format json) ${query.sql}` });
              walk((rows[0] as { 'QUERY PLAN': { Plan: Record<string, unknown> }[] })['QUERY PLAN'][0]!.Plan);
            }
            return target.executeQuery(query);
          };
        },
      });
    }) as typeof connection.getClient;
    // Statements planned once per connection (executePlanned) run on a pool of their own with
    // generic plans, which prune the months when they start: explained as they run there, with
    // ANALYZE, which shows only the partitions kept.
    const poolQuery = pg.Pool.prototype.query;
    pg.Pool.prototype.query = async function (
      this: pg.Pool,
      config: { name?: string; text: string; values?: unknown[] },
      ...rest: never[]
    ) {
      if (
        config?.name &&
        /diary_entry|entry_day_facts|entry_month_item_(facts|packs)/.test(config.text) &&
        /^\s*(select|with)/i.test(config.text)
      ) {
        statements += 1;
        const { rows } = await (poolQuery as (query: unknown) => Promise<pg.QueryResult>).call(this, {
          text: `explain (analyze, format json) ${config.text}`,
          values: config.values,
        });
        walk((rows[0] as { 'QUERY PLAN': { Plan: Record<string, unknown> }[] })['QUERY PLAN'][0]!.Plan);
      }
      return (poolQuery as (...args: unknown[]) => Promise<unknown>).call(this, config, ...rest);
    } as never;
    try {
      await work(diary.orm.em.fork());
    } finally {
      connection.execute = execute;
      connection.getClient = getClient;
      pg.Pool.prototype.query = poolQuery;
    }
    expect(statements).toBeGreaterThan(0);
    return [...read].sort();
  }

  const ranges = [
    { employeeId: EMPLOYEE, from: '2026-11-01', to: '2026-11-30' },
    { employeeId: AGENCY, from: '2026-11-01', to: '2026-11-30' },
  ];

  it('scoring facts of November read the facts the diary keeps, no month of entries', async () => {
    const { ScoringFactsStore } = await import('../src/store/scoring-facts.store.js');
    // (and the leave, to count the days declared)
    expect(await partitionsRead((em) => new ScoringFactsStore(em).entryTotals(ranges, []))).toEqual(['entry_day_facts', 'leave']);
    // (and the days kept, to tell a month so far: a part of a month from its first day with no entry after it)
    expect(await partitionsRead((em) => new ScoringFactsStore(em).itemTotals(ranges))).toEqual([
      'entry_day_facts',
      'entry_month_item_facts',
    ]);
    // Whole months only: their groups as kept (packed, for the groups themselves), and nothing of the
    // statement's half for other ranges (planning it over the entries' partitions cost more than the
    // rest of a live score's facts).
    expect(await partitionsRead((em) => new ScoringFactsStore(em).itemGroups(ranges))).toEqual(['entry_month_item_packs']);
    expect(await partitionsRead((em) => new ScoringFactsStore(em).workPoints(ranges))).toEqual(['entry_month_item_facts']);
  });

  it('a month view (a person’s entries, declared days), the review queue and item usage read their month only', async () => {
    const views = [
      (em: never) => new DiaryStore(em).entriesOf([EMPLOYEE], '2026-11-01', '2026-11-30'),
      (em: never) => new DiaryStore(em).daysWithEntries([EMPLOYEE], '2026-11-01', '2026-11-30'),
      (em: never) => new DiaryStore(em).reviewQueue([AGENCY], '2026-11-01', '2026-11-30', 50),
      (em: never) => new DiaryStore(em).usage([ITEM], '2026-11-01', '2026-11-30', true),
    ];
    for (const view of views) expect(await partitionsRead(view as never)).toEqual(['diary_entry_2026_11']);
  });

  it('a range over parts of two months reads the entries of those two for its item totals', async () => {
    const { ScoringFactsStore } = await import('../src/store/scoring-facts.store.js');
    const span = [{ employeeId: EMPLOYEE, from: '2026-10-15', to: '2026-11-14' }];
    expect(await partitionsRead((em) => new ScoringFactsStore(em).entryTotals(span, []))).toEqual(['entry_day_facts', 'leave']);
    for (const read of [
      (em: never) => new ScoringFactsStore(em).itemTotals(span),
      (em: never) => new ScoringFactsStore(em).itemGroups(span),
    ])
      expect(await partitionsRead(read as never)).toEqual([
        'diary_entry_2026_10',
        'diary_entry_2026_11',
        'entry_day_facts',
        'entry_month_item_facts',
      ]);
  });
});
