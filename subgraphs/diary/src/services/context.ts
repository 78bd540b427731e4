import { actorLabel } from '@kpi/platform';
import type { SubgraphContext } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DiaryAudit } from '../entities/index.js';
import type { DiaryLoaders } from '../loaders.js';

export type DiaryContext = SubgraphContext<DiaryLoaders>;

export const actorOf = (ctx: DiaryContext) => actorLabel(ctx.identity);

/** Whom an audited act concerns: an agency admin reads the rows of their agency. */
export interface AuditScope {
  agencyId?: string | null;
  employeeId?: string | null;
  details?: Record<string, unknown> | null;
}

export function audit(
  ctx: DiaryContext,
  em: EntityManager,
  action: string,
  entryId: string | null,
  reason?: string | null,
  scope: AuditScope = {},
) {
  em.create(DiaryAudit, {
    action,
    entryId,
    actor: actorOf(ctx),
    reason: reason?.trim() || null,
    agencyId: scope.agencyId ?? null,
    employeeId: scope.employeeId ?? null,
    details: scope.details ?? null,
  } as DiaryAudit);
}
