import type { SubgraphContext } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DiaryAudit } from '../entities/index.js';
import type { DiaryLoaders } from '../loaders.js';

export type DiaryContext = SubgraphContext<DiaryLoaders>;

export function audit(ctx: DiaryContext, em: EntityManager, action: string, entryId: string | null, reason?: string | null) {
  em.create(DiaryAudit, {
    action,
    entryId,
    actor: ctx.identity.name ? `${ctx.identity.subject} (${ctx.identity.name})` : ctx.identity.subject,
    reason: reason ?? null,
  } as DiaryAudit);
}
