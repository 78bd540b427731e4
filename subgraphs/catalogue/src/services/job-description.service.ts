import { DomainError, forbidden } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { said } from '../messages.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PositionWorkItem, WorkItem, WorkItemGroup, WorkItemStatus } from '../entities/index.js';
import { todayInVietnam } from '../rules/dates.js';
import { canManageAgencyCatalogue } from '../rules/ownership.js';
import * as personnel from '../peers/personnel.js';
import { audit, type CatalogueContext } from './context.js';
import { assertReads } from './sector.service.js';
import { CatalogueStore } from '../store/catalogue.store.js';

/**
 * Items that may be logged today: approved (an agency's own item waits for its head) and not
 * retired. Approved versions come through the request's loader: one statement for any page.
 */
async function inForce(ctx: CatalogueContext, items: WorkItem[], date = todayInVietnam()) {
  const versions = await ctx.loaders.versions.loadMany(items.map((item) => item.id));
  return items.filter((item, i) => {
    const approved = versions[i];
    if (approved instanceof Error) throw approved;
    return approved.length > 0 && (item.status === WorkItemStatus.ACTIVE || (item.retiredFrom !== null && date < item.retiredFrom));
  });
}

/**
 * The work items a position performs: its job description, plus every group A item when the
 * position is a leadership one (`isLeadership` comes from personnel through @requires).
 */
export async function positionWorkItems(ctx: CatalogueContext, position: { id: string; isLeadership?: boolean | null }) {
  assertReads(ctx);
  const lines = await ctx.loaders.jobDescription.load(position.id);
  const described = (await ctx.loaders.item.loadMany(lines.map((line) => line.workItemId))).filter(
    (i): i is WorkItem => i !== null && !(i instanceof Error),
  );
  const leadership = position.isLeadership ? await ctx.loaders.groupA() : [];
  const seen = new Set<string>();
  const all = [...leadership, ...described].filter((item) => !seen.has(item.id) && seen.add(item.id));
  return (await inForce(ctx, all)).sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * Replaces a position's job description. The position's agency (owned by personnel) is asked
 * through the graph with the caller's identity; its admins — or a province admin — decide.
 */
export async function setPositionWorkItems(ctx: CatalogueContext, positionId: string, workItemIds: string[], reason?: string | null) {
  const position = await personnel.position(ctx.peers, positionId);
  if (!position) throw new DomainError(ErrorCode.INVALID_REFERENCE, said.noPosition({ id: positionId }), { field: 'positionId' });
  if (!canManageAgencyCatalogue(ctx.identity, position.agencyId)) throw forbidden(said.positionJobDescription());
  const unique = [...new Set(workItemIds)];
  await ctx.em.transactional(async (em: EntityManager) => {
    const store = new CatalogueStore(em);
    const items = await store.itemsByIds(unique);
    const missing = unique.filter((id) => !items.some((item) => item.id === id));
    if (missing.length)
      throw new DomainError(ErrorCode.INVALID_REFERENCE, said.noWorkItems({ ids: missing.join(', ') }), { field: 'workItemIds' });
    for (const item of items) {
      if (item.status === WorkItemStatus.RETIRED)
        throw new DomainError(ErrorCode.WORK_ITEM_RETIRED, said.retiredNotInDescription({ code: item.code }), {
          field: 'workItemIds',
        });
      if (item.group === WorkItemGroup.C && item.ownerAgencyId !== position.agencyId)
        throw new DomainError(ErrorCode.BAD_USER_INPUT, said.anotherAgencysItem({ code: item.code }), { field: 'workItemIds' });
      if (item.group === WorkItemGroup.A)
        throw new DomainError(ErrorCode.BAD_USER_INPUT, said.groupAAutomatic({ code: item.code }), {
          field: 'workItemIds',
        });
    }
    const before = await store.jobDescription(positionId);
    await store.clearJobDescription(positionId);
    em.clear(); // the deleted lines must not linger in the identity map under the same keys
    for (const item of items)
      em.create(PositionWorkItem, {
        positionId,
        workItemId: item.id,
        agencyId: position.agencyId,
        addedBy: ctx.identity.subject,
      } as PositionWorkItem);
    audit(ctx, em, {
      subjectType: 'JobDescription',
      subjectId: positionId,
      action: 'set',
      reason,
      details: { workItems: items.map((i) => i.code).sort(), before: before.length },
    });
    await em.flush();
  });
  // Read back after the commit, through the request's loaders.
  ctx.loaders.jobDescription.clear(positionId);
  return positionWorkItems(ctx, { id: positionId, isLeadership: position.isLeadership });
}
