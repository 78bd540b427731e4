import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { executeBound, executePlanned, openSubgraphDatabase, PLANNED_APPLICATION, type SubgraphDatabase } from '../src/database/index.js';
import { createTestDatabase } from '../src/testkit/database.js';

let database: { url: string; drop(): Promise<void> };
let opened: SubgraphDatabase | undefined;
let admin: pg.Client;

/** A statement over a month-partitioned table, as the diary's facts are. */
const BY_MONTH = `select r.n, count(t.day)::int as days, coalesce(sum(t.amount), 0)::int as amount
  from unnest($1::int[]) with ordinality as r (id, n)
  left join planned.tally t on t.id = r.id and t.day between $2::date and $3::date
 group by r.n order by r.n`;

beforeAll(async () => {
  database = await createTestDatabase();
  opened = await openSubgraphDatabase({ url: database.url, schema: 'planned', entities: [], migrations: [] });
  const em = opened.orm.em.fork();
  await em.execute('create table planned.tally (id int not null, day date not null, amount int not null) partition by range (day)');
  for (const month of ['2026-10', '2026-11', '2026-12'])
    await em.execute(
      `create table planned.tally_${month.replace('-', '_')} partition of planned.tally for values from ('${month}-01') to ('${month}-01'::date + interval '1 month')`,
    );
  await em.execute(`insert into planned.tally select i % 7, '2026-10-01'::date + (i % 90), i from generate_series(1, 2000) i`);
  admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
});

afterAll(async () => {
  await admin?.end();
  await opened?.close();
  await database?.drop();
});

const plannedConnections = async () =>
  Number(
    (
      await admin.query<{ n: string }>(
        'select count(*) as n from pg_stat_activity where datname = current_database() and application_name = $1',
        [PLANNED_APPLICATION],
      )
    ).rows[0]!.n,
  );

describe('a statement planned once', () => {
  it('answers as the same statement sent unnamed, and is counted', async () => {
    const em = opened!.orm.em.fork();
    for (const [ids, from, to] of [
      ['{1,2,3}', '2026-11-01', '2026-11-30'],
      ['{6,0}', '2026-10-15', '2026-12-10'],
      ['{}', '2026-11-01', '2026-11-30'],
      ['{4,4,5}', '2026-12-01', '2026-12-31'],
    ] as const) {
      opened!.queries.reset();
      const planned = await executePlanned(em, BY_MONTH, [ids, from, to]);
      expect(opened!.queries.count).toBe(1);
      expect(planned).toEqual(await executeBound(em, BY_MONTH, [ids, from, to]));
    }
  });

  it('is planned once for every later execution, with a generic plan', async () => {
    const em = opened!.orm.em.fork();
    // One at a time: the pool hands back the connection just released, which prepared it.
    for (let i = 0; i < 6; i++) await executePlanned(em, BY_MONTH, [`{${i}}`, '2026-11-01', '2026-11-30']);
    const [prepared] = await executePlanned<{ generic: number; custom: number }>(
      em,
      'select generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements where statement = $1',
      [BY_MONTH],
    );
    expect(prepared).toBeDefined();
    expect(prepared!.custom).toBe(0);
    expect(prepared!.generic).toBeGreaterThanOrEqual(6);
  });

  it("inside a transaction runs on the transaction's connection, prepared there, and sees its writes", async () => {
    const em = opened!.orm.em.fork();
    const [before] = await executePlanned<{ amount: number }>(em, BY_MONTH, ['{3}', '2026-12-01', '2026-12-31']);
    await expect(
      em.transactional(async (tx) => {
        await executeBound(tx, `insert into planned.tally values (3, '2026-12-24', 1000)`, []);
        const [seen] = await executePlanned<{ amount: number }>(tx, BY_MONTH, ['{3}', '2026-12-01', '2026-12-31']);
        expect(seen!.amount).toBe(before!.amount + 1000);
        // Prepared on that connection by its name, and executed by it again.
        const [again] = await executePlanned<{ amount: number }>(tx, BY_MONTH, ['{3}', '2026-12-01', '2026-12-31']);
        expect(again).toEqual(seen);
        const prepared = await executeBound<{ name: string }>(tx, 'select name from pg_prepared_statements where statement = $1', [
          BY_MONTH,
        ]);
        expect(prepared.map((p) => p.name)).toEqual([expect.stringMatching(/^kpi_[0-9a-f]{24}$/)]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const [after] = await executePlanned<{ amount: number }>(em, BY_MONTH, ['{3}', '2026-12-01', '2026-12-31']);
    expect(after!.amount).toBe(before!.amount);
  });

  it('runs on connections of its own that plan generically, never JIT-compile, and close with the database', async () => {
    const em = opened!.orm.em.fork();
    const [settings] = await executePlanned<{ mode: string; jit: string }>(
      em,
      `select current_setting('plan_cache_mode') as mode, current_setting('jit') as jit`,
      [],
    );
    expect(settings).toEqual({ mode: 'force_generic_plan', jit: 'off' });
    // The ORM's own connections plan as PostgreSQL chooses.
    expect(await executeBound(em, `select current_setting('plan_cache_mode') as mode`, [])).toEqual([{ mode: 'auto' }]);
    expect(await plannedConnections()).toBeGreaterThan(0);
    await opened!.close();
    opened = undefined;
    // A backend leaves pg_stat_activity a moment after its client hangs up.
    for (let wait = 0; wait < 50 && (await plannedConnections()) > 0; wait++) await new Promise((r) => setTimeout(r, 20));
    expect(await plannedConnections()).toBe(0);
  });
});
