import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery, type Kysely } from 'kysely';

/**
 * Runs one statement with its parameters bound (`$1`, `$2` …), in the entity manager's transaction
 * when it has one, counted like every other statement.
 *
 * MikroORM's `execute()` writes each parameter into the statement's text, escaped: right for small
 * values, but a payload of megabytes (a province's month of scores as JSON, 55 MB) then costs
 * seconds of escaping in Node and of lexing in PostgreSQL — 9.1 s against 2.6 s bound, measured on
 * the demo province. Use this where a parameter can be large.
 *
 * `preparedAs` names it: the connection parses it once under that name and only binds it after
 * (executePrepared). The same name must always carry the same text.
 */
export async function executeBound<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  parameters: readonly unknown[],
  options: { preparedAs?: string } = {},
): Promise<T[]> {
  const connection = em.getConnection();
  const onQuery = em.config.get('onQuery') as ((sql: string, params: readonly unknown[]) => string) | undefined;
  const text = onQuery ? onQuery(sql, parameters) : sql;
  const executor = (em.getTransactionContext<Kysely<unknown>>() ?? connection.getClient()) as Kysely<unknown>;
  const query = CompiledQuery.raw(text, [...parameters]);
  // A name makes it a prepared statement of the connection (patches/kysely@0.29.6.patch).
  const result = await executor.executeQuery<T>(options.preparedAs ? Object.freeze({ ...query, name: options.preparedAs }) : query);
  return result.rows;
}

/**
 * A statement written with `?` placeholders (as for MikroORM's `execute()`) numbered for
 * executeBound: each `?` becomes `$1`, `$2` … in order. The text must hold no other question
 * mark (no jsonb `?` operator, none in a literal): their number must be the parameters', or this
 * throws before anything runs.
 */
export function numbered(sql: string, parameters: number): string {
  let n = 0;
  const text = sql.replace(/\?/g, () => `$${++n}`);
  if (n !== parameters) throw new Error(`the statement has ${n} placeholders for ${parameters} parameters`);
  return text;
}

/**
 * executeBound as a prepared statement of the connection it runs on, named by its text: parsed
 * once per connection, then only bound and run — for the statements a hot path sends again and
 * again on the ORM's own connections, inside transactions (a group of diary writes' lock and day
 * read: PostgreSQL's CPU for a lone write 0.89 ms unnamed, 0.47 ms prepared, pgbench in
 * docs/diary.md). Planned as PostgreSQL's own rule decides (plan_cache_mode = auto). Only for
 * statements of a fixed text: each distinct text stays prepared on every connection that ran it.
 */
export function executePrepared<T = Record<string, unknown>>(em: EntityManager, sql: string, parameters: readonly unknown[]): Promise<T[]> {
  return executeBound<T>(em, sql, parameters, { preparedAs: statementName(sql) });
}

/** A name per text: the same text is the same prepared statement on every connection. */
const names = new Map<string, string>();
export function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `kpi_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    if (names.size < 1_000) names.set(text, name);
  }
  return name;
}
