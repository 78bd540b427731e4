import { MikroORM, type Options } from '@mikro-orm/postgresql';
import type { Constructor } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import type { Migration } from '@mikro-orm/migrations';
import { ensureDatabase, ensureSchema } from './url.js';
import { closePlanned } from './planned.js';

/** Counts the SQL statements an ORM sends; tests hold these constant as result sizes grow. */
/**
 * Marks a statement the service runs on its own clock (a job sweep), not for any request: the
 * statement counts of the N+1 tests are a request's, and such a statement may land in any of them.
 */
export const BACKGROUND = '/* background */';

export class QueryCounter {
  count = 0;
  readonly statements: string[] = [];
  keepStatements = false;

  record(sql: string) {
    if (sql.startsWith(BACKGROUND)) return;
    this.count += 1;
    if (this.keepStatements) this.statements.push(sql);
  }

  reset() {
    this.count = 0;
    this.statements.length = 0;
  }
}

export interface SubgraphDatabaseOptions {
  url: string;
  /** The PostgreSQL schema this subgraph owns; nobody else reads or writes it. */
  schema: string;
  entities: Options['entities'];
  migrations: { name: string; class: Constructor<Migration> }[];
  debug?: boolean;
  poolSize?: number;
}

export interface SubgraphDatabase {
  orm: MikroORM;
  queries: QueryCounter;
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Opens a subgraph's database: creates the database and schema if needed, applies the subgraph's
 * committed migrations on `migrate()`, and counts every statement.
 */
export async function openSubgraphDatabase(options: SubgraphDatabaseOptions): Promise<SubgraphDatabase> {
  await ensureDatabase(options.url);
  await ensureSchema(options.url, options.schema);
  const queries = new QueryCounter();
  const orm = await MikroORM.init({
    clientUrl: options.url,
    schema: options.schema,
    entities: options.entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: options.poolSize ?? 10 },
    // No JIT compilation: PostgreSQL compiles a statement with LLVM once its estimated cost passes
    // 100,000, and a batch's statements pass it as batches grow (a province month's item groups:
    // 466 ms with the compilation, 234 ms without, measured). Our statements are many and short;
    // none ran faster compiled. A server without LLVM ignores it.
    driverOptions: { options: '-c jit=off' },
    // Requests always work on their own fork; a stray global use is a bug we want to hear about.
    allowGlobalContext: false,
    debug: options.debug ?? false,
    onQuery: (sql: string) => {
      queries.record(sql);
      return sql;
    },
    migrations: {
      tableName: 'schema_migrations',
      schema: options.schema,
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      snapshotOnMigrate: false,
      silent: true,
    },
  });
  return {
    orm,
    queries,
    async migrate() {
      const applied = await orm.migrator.up();
      return applied.map((migration) => migration.name);
    },
    async close() {
      await closePlanned(orm.config);
      await orm.close(true);
    },
  };
}
