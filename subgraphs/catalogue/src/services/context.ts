import { actorLabel } from '@kpi/platform';
import type { SubgraphContext } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry } from '../entities/index.js';
import type { CatalogueLoaders } from '../loaders.js';

export type CatalogueContext = SubgraphContext<CatalogueLoaders>;

/** Every change records who, when and why, in the same transaction as the change. */
export function audit(
  ctx: CatalogueContext,
  em: EntityManager,
  entry: { subjectType: string; subjectId: string; action: string; reason?: string | null; details?: Record<string, unknown> },
) {
  em.create(AuditEntry, {
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    action: entry.action,
    actor: actorLabel(ctx.identity),
    reason: entry.reason ?? null,
    details: entry.details ?? {},
  } as AuditEntry);
}
