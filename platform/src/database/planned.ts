import type { EntityManager, PostgreSqlConnection } from '@mikro-orm/postgresql';
import pg from 'pg';
import { executePrepared, statementName } from './bound.js';

/**
 * Statements sent again and again with a small batch — the diary's facts for one person's live
 * score, a team page's — planned once per connection and executed by name ever after.
 *
 * Sent unnamed, such a statement is parsed and planned at every execution, and planning its joins
 * over a month-partitioned table costs PostgreSQL more than running it: a live score's four facts
 * statements took 3.0 ms to plan and 0.6 ms to run against 0.1 ms and 1.0 ms prepared with a
 * generic plan (measured on the 7,000-person demo province, each warm). PostgreSQL's own rule
 * (`plan_cache_mode = auto`) would keep planning them each time, because a generic plan over
 * every month's partition looks costly on paper; its partitions are pruned when it runs. So these
 * statements get a pool of their own whose sessions force generic plans. Only small batches may
 * use it: a generic plan is made without the batch's size, and a province's 7,000 people need
 * the plan made for them.
 *
 * Counted like every other statement (the ORM's onQuery); inside a transaction it runs on the
 * transaction's connection, which must see the transaction's writes, prepared there by the same
 * name (executePrepared). Each process and database has one such pool, closed with the ORM
 * (closePlanned).
 */
export async function executePlanned<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  parameters: readonly unknown[],
): Promise<T[]> {
  if (em.isInTransaction()) return executePrepared<T>(em, sql, parameters);
  const onQuery = em.config.get('onQuery') as ((sql: string, params: readonly unknown[]) => string) | undefined;
  const text = onQuery ? onQuery(sql, parameters) : sql;
  const result = await poolOf(em).query<T & pg.QueryResultRow>({ name: statementName(text), text, values: [...parameters] });
  return result.rows;
}

/**
 * The largest batch whose statements should run with a generic plan. Such a plan is made for a
 * batch of unknown size (PostgreSQL takes `unnest` or `any` of a parameter for its default row
 * count) and runs its month's partitions pruned; up to here the diary's facts ran as fast as with
 * the batch's own plan or faster (measured at 64 ranges: assignments 0.6 ms against 3.6 ms).
 */
export const PLANNED_BATCH = 64;

/** Closes the pool of the ORM whose configuration this is, if it made one. */
export async function closePlanned(config: object): Promise<void> {
  const pool = pools.get(config);
  pools.delete(config);
  await pool?.end();
}

/** The planned pool's connections' name in pg_stat_activity. */
export const PLANNED_APPLICATION = 'kpi planned statements';

/** At most this many connections per process and database: the statements are short and few. */
const PLANNED_CONNECTIONS = 4;
const pools = new WeakMap<object, pg.Pool>();

function poolOf(em: EntityManager): pg.Pool {
  let pool = pools.get(em.config);
  if (!pool) {
    // The ORM's own options, type parsers included: rows come back as its other statements' do.
    const connection = em.getConnection() as PostgreSqlConnection;
    pool = new pg.Pool(
      connection.mapOptions({
        min: 0,
        max: PLANNED_CONNECTIONS,
        options: '-c jit=off -c plan_cache_mode=force_generic_plan',
        // Told apart in pg_stat_activity from the ORM's own connections.
        application_name: PLANNED_APPLICATION,
        allowExitOnIdle: true,
      }),
    );
    // A dropped connection is discarded by the pool; its query in flight fails on its own.
    pool.on('error', () => {});
    pools.set(em.config, pool);
  }
  return pool;
}
