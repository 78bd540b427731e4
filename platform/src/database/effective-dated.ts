import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Effective-dated tables (the province's catalogue limits, the diary policy, the scoring policy)
 * change by a new version that starts after the latest and ends it the day before. Two changes at
 * once could both end the same latest version: each reads the latest under a transaction-scoped
 * advisory lock on its table, so the next change waits and reads what the previous one left.
 * Call it inside the change's transaction.
 */
export async function latestVersionForChange<T extends { effectiveFrom: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  table: string,
): Promise<T | null> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [table]);
  const [latest = null] = await em.find(entity, {}, { orderBy: { effectiveFrom: 'desc' } as never, limit: 1 });
  return latest as T | null;
}
