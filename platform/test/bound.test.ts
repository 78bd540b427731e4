import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { executeBound, numbered, openSubgraphDatabase, type SubgraphDatabase } from '../src/database/index.js';
import { createTestDatabase } from '../src/testkit/database.js';

let database: { url: string; drop(): Promise<void> };
let opened: SubgraphDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  opened = await openSubgraphDatabase({ url: database.url, schema: 'bound', entities: [], migrations: [] });
  await opened.orm.em.fork().execute('create table bound.note (body jsonb not null)');
});

afterAll(async () => {
  await opened?.close();
  await database?.drop();
});

describe('a statement with bound parameters', () => {
  it('takes a large payload as it is, quotes, backslashes and question marks included, and is counted', async () => {
    const em = opened.orm.em.fork();
    const body = Array.from({ length: 20_000 }, (_, i) => ({ i, text: `it's a "quote" \\ $1 ? '' ${i}` }));
    opened.queries.reset();
    await executeBound(em, 'insert into bound.note (body) select value from jsonb_array_elements($1::jsonb)', [JSON.stringify(body)]);
    expect(opened.queries.count).toBe(1);
    const rows = await executeBound<{ body: { i: number; text: string } }>(em, 'select body from bound.note where (body->>$1)::int = $2', [
      'i',
      19_999,
    ]);
    expect(rows).toEqual([{ body: body[19_999] }]);
  });

  it('numbers `?` placeholders in order, and refuses a statement whose count differs from the parameters’', async () => {
    expect(numbered('select ?::int + ?::int as s where ? = ?', 4)).toBe('select $1::int + $2::int as s where $3 = $4');
    const rows = await executeBound<{ s: number }>(opened.orm.em.fork(), numbered('select ?::int + ?::int as s', 2), [40, 2]);
    expect(rows).toEqual([{ s: 42 }]);
    expect(() => numbered('select ?::int', 2)).toThrow('1 placeholders for 2 parameters');
    expect(() => numbered(`select '{"a":1}'::jsonb ? 'a'`, 0)).toThrow('1 placeholders for 0 parameters');
  });

  it("runs inside the entity manager's transaction: a rollback takes its rows back", async () => {
    const em = opened.orm.em.fork();
    const before = await executeBound<{ n: number }>(em, 'select count(*)::int as n from bound.note', []);
    await expect(
      em.transactional(async (tx) => {
        await executeBound(tx, 'insert into bound.note (body) values ($1::jsonb)', ['{"inside": true}']);
        const seen = await executeBound<{ n: number }>(tx, 'select count(*)::int as n from bound.note', []);
        expect(seen[0]!.n).toBe(before[0]!.n + 1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const after = await executeBound<{ n: number }>(em, 'select count(*)::int as n from bound.note', []);
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});

describe("a subgraph's connections", () => {
  it('never compile a statement with JIT, however costly its plan is estimated', async () => {
    const em = opened.orm.em.fork();
    // Several connections of the pool at once: each is opened with the setting.
    const settings = await Promise.all(
      Array.from({ length: 3 }, () => executeBound<{ jit: string }>(em.fork(), `select current_setting('jit') as jit, pg_sleep(0.05)`, [])),
    );
    expect(settings.map((rows) => rows[0]!.jit)).toEqual(['off', 'off', 'off']);
  });
});
