import { afterAll, beforeAll } from '@jest/globals';
import { openSubgraphDatabase, type SubgraphDatabase } from '@kpi/platform/database';
import { createTestDatabase } from '@kpi/platform/testkit';
import pg from 'pg';
import { entities } from '../src/entities/index.js';
import { migrations } from '../src/migrations/index.js';

export interface MigratedDiary {
  url: string;
  diary: SubgraphDatabase;
  /** A plain client on the same database, for what a test writes and reads as SQL. */
  db: pg.Client;
  /** Closes both and drops the database. */
  drop(): Promise<void>;
}

/** A database of the test file's own with every diary migration applied, and a plain client on it. */
export async function migratedDiary(): Promise<MigratedDiary> {
  const database = await createTestDatabase();
  const diary = await openSubgraphDatabase({ url: database.url, schema: 'diary', entities, migrations });
  await diary.migrate();
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  return {
    url: database.url,
    diary,
    db,
    async drop() {
      await db.end().catch(() => {});
      await diary.close();
      await database.drop();
    },
  };
}

/**
 * migratedDiary for the whole test file: made before its tests, dropped after them. Read its
 * members inside the tests (they exist once the file's tests start).
 */
export function diaryOfThisFile(): Omit<MigratedDiary, 'drop'> {
  let database: MigratedDiary | undefined;
  beforeAll(async () => {
    database = await migratedDiary();
  });
  afterAll(() => database?.drop());
  const made = () => {
    if (!database) throw new Error('the diary database is made before the tests of the file');
    return database;
  };
  return {
    get url() {
      return made().url;
    },
    get diary() {
      return made().diary;
    },
    get db() {
      return made().db;
    },
  };
}
