import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openSubgraphDatabase, type SubgraphDatabase } from '../src/database/index.js';
import { OwnedFacts, OwnerRevision, readRevisionSql, revisionSql } from '../src/server/owned-facts.js';
import { createTestDatabase } from '../src/testkit/database.js';

/** A read the test answers by hand, to order what happens. */
function manualRead() {
  const reads: { resolve(revision: string): void; reject(error: Error): void }[] = [];
  const read = () => new Promise<string>((resolve, reject) => reads.push({ resolve, reject }));
  return { reads, read };
}
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('an owner’s revision, shared between requests', () => {
  it('a request arriving while a read is on its way waits for the next read, which all later arrivals share', async () => {
    const revision = new OwnerRevision();
    const { reads, read } = manualRead();
    const first = revision.current(read);
    const second = revision.current(read);
    const third = revision.current(read);
    expect(reads).toHaveLength(1); // the second read starts only once the first is answered
    reads[0]!.resolve('e:1');
    await expect(first).resolves.toBe('e:1');
    await settled();
    expect(reads).toHaveLength(2);
    reads[1]!.resolve('e:2');
    await expect(second).resolves.toBe('e:2');
    await expect(third).resolves.toBe('e:2');
    // Nothing on its way: the next request starts a read of its own at once.
    const fourth = revision.current(read);
    expect(reads).toHaveLength(3);
    reads[2]!.resolve('e:3');
    await expect(fourth).resolves.toBe('e:3');
  });

  it('a failed read fails its requests only; the waiting ones get the next read', async () => {
    const revision = new OwnerRevision();
    const { reads, read } = manualRead();
    const first = revision.current(read);
    const second = revision.current(read);
    reads[0]!.reject(new Error('personnel is down'));
    await expect(first).rejects.toThrow('personnel is down');
    await settled();
    reads[1]!.resolve('e:1');
    await expect(second).resolves.toBe('e:1');
  });
});

describe('facts kept under a revision', () => {
  it('are fetched once per revision, missing ones together, and dropped when the revision moves', async () => {
    const facts = new OwnedFacts<string>();
    const asked: string[][] = [];
    const fetch = async (keys: string[]) => {
      asked.push(keys);
      return keys.map((key) => (key === 'none' ? null : `${key}@${asked.length}`));
    };
    expect(await facts.get('e:1', ['a', 'b'], fetch)).toEqual(['a@1', 'b@1']);
    expect(await facts.get('e:1', ['b', 'c', 'none', 'c'], fetch)).toEqual(['b@1', 'c@2', null, 'c@2']);
    expect(await facts.get('e:1', ['a', 'none'], fetch)).toEqual(['a@1', null]);
    expect(await facts.get('e:2', ['a'], fetch)).toEqual(['a@3']);
    expect(asked).toEqual([['a', 'b'], ['c', 'none'], ['a']]);
  });

  it('weighed, are dropped whole once they weigh more than the limit', async () => {
    const facts = new OwnedFacts<string[]>(5, (value) => value.length);
    let fetches = 0;
    const fetch = async (keys: string[]) => {
      fetches++;
      return keys.map((key) => Array.from({ length: Number(key) }, () => key));
    };
    await facts.get('e:1', ['3'], fetch);
    await facts.get('e:1', ['2'], fetch);
    await facts.get('e:1', ['3', '2'], fetch);
    expect(fetches).toBe(2); // 5 kept: at the limit, not over
    await facts.get('e:1', ['1'], fetch);
    await facts.get('e:1', ['3'], fetch); // 6 kept: dropped before this one was looked up
    expect(fetches).toBe(4);
    await facts.get('e:1', ['3'], fetch);
    expect(fetches).toBe(4);
  });

  it('peeked, are the kept value whatever the revision: the same one get answers while the revision holds', async () => {
    const facts = new OwnedFacts<{ key: string }>();
    const fetch = async (keys: string[]) => keys.map((key) => ({ key }));
    expect(facts.peek('a')).toBeUndefined();
    const [kept] = await facts.get('e:1', ['a'], fetch);
    const peeked = await facts.peek('a');
    expect(peeked).toBe(kept);
    expect((await facts.get('e:1', ['a'], fetch))[0]).toBe(peeked);
    const [again] = await facts.get('e:2', ['a'], fetch);
    expect(again).toEqual(kept);
    expect(again).not.toBe(peeked);
  });

  it('a failed fetch is not kept', async () => {
    const facts = new OwnedFacts<string>();
    await expect(facts.get('e:1', ['a'], () => Promise.reject(new Error('timeout')))).rejects.toThrow('timeout');
    await settled();
    expect(await facts.get('e:1', ['a'], async (keys) => keys.map((k) => `${k}!`))).toEqual(['a!']);
  });
});

describe('the owner’s revision in its tables', () => {
  let database: { url: string; drop(): Promise<void> };
  let opened: SubgraphDatabase;
  const revision = async () => ((await opened.orm.em.fork().execute(readRevisionSql('owner'))) as { revision: string }[])[0]!.revision;

  beforeAll(async () => {
    database = await createTestDatabase();
    opened = await openSubgraphDatabase({ url: database.url, schema: 'owner', entities: [], migrations: [] });
    const em = opened.orm.em.fork();
    await em.execute('create table owner.fact (id int primary key, value text)');
    await em.execute('create table owner.other (id int primary key)');
    for (const sql of revisionSql('owner', ['fact'])) await em.execute(sql);
  });
  afterAll(async () => {
    await opened?.close();
    await database?.drop();
  });

  it('moves with every statement on a covered table, when it commits, and not with others', async () => {
    const em = opened.orm.em.fork();
    const start = await revision();
    expect(start).toMatch(/^[0-9a-f-]{36}:0$/);
    await em.execute('insert into owner.fact values (1, $$a$$), (2, $$b$$)');
    await em.execute('update owner.fact set value = $$c$$ where id = 1');
    await em.execute('delete from owner.fact where id = 2');
    await em.execute('insert into owner.other values (1)');
    expect(await revision()).toBe(start.replace(/:0$/, ':3'));
    // Uncommitted, the change and its revision are unseen alike.
    const writer = opened.orm.em.fork();
    await writer.transactional(async (tx) => {
      await tx.execute('update owner.fact set value = $$d$$');
      expect(await revision()).toBe(start.replace(/:0$/, ':3'));
    });
    expect(await revision()).toBe(start.replace(/:0$/, ':4'));
  });
});
