import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { openSubgraphDatabase, type SubgraphDatabase } from '../src/database/index.js';
import { OwnerRevision, readRevisionSql, revisionSql } from '../src/server/owned-facts.js';
import { readRevision, RevisionWatch, revisionNoticeSql } from '../src/server/revision-watch.js';
import { createTestDatabase } from '../src/testkit/database.js';

/**
 * A reader hears an owner's revision move on the database they share, and asks for it again only
 * then — without ever using a revision older than a change committed before its request began.
 */

interface Owner {
  database: { url: string; drop(): Promise<void> };
  opened: SubgraphDatabase;
  /** The reads the reader made, with the token each carried. */
  reads: (string | undefined)[];
  read(announce?: string): Promise<string>;
  change(): Promise<void>;
  revision(): Promise<string>;
}

/** An owner (schema `owner`) on a database of its own, with its revision and its notices. */
async function ownerOn(): Promise<Owner> {
  const database = await createTestDatabase();
  const opened = await openSubgraphDatabase({ url: database.url, schema: 'owner', entities: [], migrations: [] });
  const em = opened.orm.em.fork();
  await em.execute('create table owner.fact (id serial primary key, value text)');
  for (const sql of revisionSql('owner', ['fact'])) await em.execute(sql);
  await em.execute(revisionNoticeSql('owner'));
  const reads: (string | undefined)[] = [];
  return {
    database,
    opened,
    reads,
    read: (announce) => {
      reads.push(announce);
      return readRevision(opened.orm.em.fork(), 'owner', announce);
    },
    change: async () => void (await opened.orm.em.fork().execute(`insert into owner.fact (value) values ('x')`)),
    revision: async () => ((await opened.orm.em.fork().execute(readRevisionSql('owner'))) as { revision: string }[])[0]!.revision,
  };
}

let owner: Owner;
let elsewhere: Owner;
beforeAll(async () => {
  owner = await ownerOn();
  elsewhere = await ownerOn();
});
afterAll(async () => {
  for (const o of [owner, elsewhere]) {
    await o?.opened.close();
    await o?.database.drop();
  }
});

async function withWatch(url: string, test: (watch: RevisionWatch) => Promise<void>) {
  const watch = new RevisionWatch(url);
  try {
    await test(watch);
  } finally {
    await watch.close();
  }
}

describe('a reader on the owner’s database', () => {
  it('asks once (announcing a token), then not until the owner’s revision moves, and never misses a committed change', async () => {
    await withWatch(owner.database.url, async (watch) => {
      const revision = new OwnerRevision();
      const watched = { watch, owner: 'owner' };
      owner.reads.length = 0;
      const first = await revision.current(owner.read, watched);
      expect(first).toBe(await owner.revision());
      expect(owner.reads).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/)]);
      for (let i = 0; i < 5; i++) expect(await revision.current(owner.read, watched)).toBe(first);
      expect(owner.reads).toHaveLength(1);

      // Each change, committed before the next request begins, is seen by it: 30 in a row.
      for (let i = 0; i < 30; i++) {
        await owner.change();
        expect(await revision.current(owner.read, watched)).toBe(await owner.revision());
      }
      expect(owner.reads).toHaveLength(31);
      // Proven once: the later reads announce nothing.
      expect(owner.reads.slice(1).every((token) => token === undefined)).toBe(true);
      expect(await revision.current(owner.read, watched)).toBe(await owner.revision());
      expect(owner.reads).toHaveLength(31);
    });
  });

  it('a forged notice only makes it ask again, and gets the true revision', async () => {
    await withWatch(owner.database.url, async (watch) => {
      const revision = new OwnerRevision();
      const watched = { watch, owner: 'owner' };
      await revision.current(owner.read, watched);
      owner.reads.length = 0;
      const forger = new pg.Client({ connectionString: owner.database.url });
      await forger.connect();
      try {
        await forger.query(`notify kpi_revisions, 'owner'`);
        expect(await revision.current(owner.read, watched)).toBe(await owner.revision());
        expect(owner.reads).toHaveLength(1);
      } finally {
        await forger.end();
      }
    });
  });

  it('asks at every request while its connection is lost, and again once it listens anew', async () => {
    await withWatch(owner.database.url, async (watch) => {
      const revision = new OwnerRevision();
      const watched = { watch, owner: 'owner' };
      await revision.current(owner.read, watched);
      owner.reads.length = 0;
      const admin = new pg.Client({ connectionString: owner.database.url });
      await admin.connect();
      try {
        await admin.query(
          `select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'kpi revision watch' and datname = current_database()`,
        );
        // Changes made while nothing listens are seen: the reader asks.
        await owner.change();
        expect(await revision.current(owner.read, watched)).toBe(await owner.revision());
        await owner.change();
        expect(await revision.current(owner.read, watched)).toBe(await owner.revision());
        expect(owner.reads.length).toBeGreaterThanOrEqual(2);
        // After the pause between attempts it listens again, proves the owner anew, and stops asking.
        await new Promise((resolve) => setTimeout(resolve, 1_100));
        let answered = '';
        for (let i = 0; i < 3; i++) answered = await revision.current(owner.read, watched);
        expect(answered).toBe(await owner.revision());
        const before = owner.reads.length;
        expect(await revision.current(owner.read, watched)).toBe(answered);
        expect(owner.reads).toHaveLength(before);
      } finally {
        await admin.end();
      }
    });
  });
});

describe('a reader on another database than the owner’s', () => {
  it('never hears the owner, so asks at every request — a forged announcement on its own database proves nothing', async () => {
    await withWatch(owner.database.url, async (watch) => {
      const revision = new OwnerRevision();
      // The owner named "owner" lives on `elsewhere`; the watch listens on the other database.
      const watched = { watch, owner: 'owner' };
      const forger = new pg.Client({ connectionString: owner.database.url });
      await forger.connect();
      try {
        elsewhere.reads.length = 0;
        for (let i = 0; i < 4; i++) {
          await forger.query(`notify kpi_revisions, 'owner 00000000-0000-4000-8000-000000000000'`);
          expect(await revision.current(elsewhere.read, watched)).toBe(await elsewhere.revision());
        }
        expect(elsewhere.reads).toHaveLength(4);
        expect(elsewhere.reads.every((token) => typeof token === 'string')).toBe(true);
      } finally {
        await forger.end();
      }
    });
  });
});

describe('round trips', () => {
  it('one on its way at a time: whoever asks meanwhile shares the next, sent after them, and hears what committed before', async () => {
    await withWatch(owner.database.url, async (watch) => {
      expect(await watch.sync()).toBe(true); // listening
      const before = watch.roundTrips;
      // Ten callers, each a tick after the other, all while the first round trip is on its way (no
      // reply can arrive between microtasks): one trip for the first, one shared by the rest.
      const calls = [watch.sync()];
      for (let i = 0; i < 10; i++) {
        await Promise.resolve();
        calls.push(watch.sync());
      }
      expect(await Promise.all(calls)).toEqual(Array(11).fill(true));
      expect(watch.roundTrips - before).toBe(2);
      // A change committed before a call is heard once that call's sync resolves.
      const revision = new OwnerRevision();
      const watched = { watch, owner: 'owner' };
      const first = await revision.current((announce) => readRevision(owner.opened.orm.em.fork(), 'owner', announce), watched);
      await owner.change();
      const [a, b] = await Promise.all([
        revision.current((announce) => readRevision(owner.opened.orm.em.fork(), 'owner', announce), watched),
        revision.current((announce) => readRevision(owner.opened.orm.em.fork(), 'owner', announce), watched),
      ]);
      expect(a).not.toBe(first);
      expect(b).toBe(a);
    });
  });
});

describe('a request’s round trip', () => {
  it('one answered since the request began serves its every read; one sent before it never does', async () => {
    await withWatch(owner.database.url, async (watch) => {
      expect(await watch.sync()).toBe(true); // listening
      const since = watch.sent; // a request begins
      expect(await watch.sync(since)).toBe(true); // its first read: a round trip
      const trips = watch.roundTrips;
      for (let read = 0; read < 3; read++) expect(await watch.sync(since)).toBe(true); // its next reads (other owners)
      expect(watch.roundTrips).toBe(trips);
      // A request that began after that round trip was sent needs one of its own.
      expect(await watch.sync(watch.sent)).toBe(true);
      expect(watch.roundTrips).toBe(trips + 1);
      // A change committed before a request began is heard by it, though a round trip was answered before.
      const revision = new OwnerRevision();
      const read = (announce?: string) => readRevision(owner.opened.orm.em.fork(), 'owner', announce);
      const first = await revision.current(read, { watch, owner: 'owner', since: watch.sent });
      await owner.change();
      expect(await revision.current(read, { watch, owner: 'owner', since: watch.sent })).not.toBe(first);
    });
  });
});

describe('the owner’s announcing read', () => {
  it('refuses a token that is not a lowercase UUID, as the caller’s mistake', async () => {
    await expect(readRevision(owner.opened.orm.em.fork(), 'owner', `x'); drop table owner.fact; --`)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'announce' },
    });
    expect(await readRevision(owner.opened.orm.em.fork(), 'owner', null)).toBe(await owner.revision());
  });
});
