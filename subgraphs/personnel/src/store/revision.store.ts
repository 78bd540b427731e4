import { readRevisionSql } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';

/** The personnel's revision (see its migration 20261209000000-revision): one row, one statement. */
export async function readRevision(em: EntityManager): Promise<string> {
  const [row] = await em.execute<{ revision: string }[]>(readRevisionSql('personnel'));
  return row!.revision;
}
