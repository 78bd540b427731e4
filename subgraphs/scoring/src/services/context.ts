import { actorLabel } from '@kpi/platform';
import type { SubgraphContext } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ScoringAudit } from '../entities/index.js';
import type { ScoringLoaders } from '../loaders.js';

export type ScoringContext = SubgraphContext<ScoringLoaders>;

export const actorOf = (ctx: ScoringContext) => actorLabel(ctx.identity);

export function audit(ctx: ScoringContext, em: EntityManager, action: string, periodCode: string | null, reason?: string | null) {
  em.create(ScoringAudit, { action, periodCode, actor: actorOf(ctx), reason: reason ?? null } as ScoringAudit);
}
