import { DomainError, forbidden, formatDay, required, writable } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { said } from '../messages.js';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { VersionApproval, WorkItem, WorkItemStatus, WorkItemVersion } from '../entities/index.js';
import { headsAgency } from '../rules/approval.js';
import * as personnel from '../peers/personnel.js';
import { dayBefore } from '../rules/dates.js';
import { assertItemValues } from '../rules/limits.js';
import { assertStartsAfter } from '../rules/versions.js';
import { CatalogueStore } from '../store/catalogue.store.js';
import { audit, type CatalogueContext } from './context.js';
import { limitsOn } from './limits.service.js';
import { assertReads } from './sector.service.js';

/** A decided version or request, as its message says it (English: the status in lower case, as before). */
export function stateOf(status: string) {
  const states: Record<string, () => string> = {
    APPROVED: said.stateApproved,
    REJECTED: said.stateRejected,
    WITHDRAWN: said.stateWithdrawn,
  };
  return (states[status] ?? said.statePending)();
}

/**
 * Whether the caller heads the agency: asked of personnel (which owns posts and placements) with
 * the caller's own assertion — a person reads their own record — never taken from token roles.
 */
async function assertHeads(ctx: CatalogueContext, agencyId: string | null) {
  const who = ctx.identity;
  if (who.kind !== 'person' || !who.employeeId || !agencyId) throw forbidden(said.decisionsOnOwnList());
  if (!headsAgency(await personnel.person(ctx.peers, who.employeeId), agencyId))
    throw new DomainError(ErrorCode.FORBIDDEN, said.onlyHeadApproves());
}

/**
 * The head of the owning agency approves a waiting version of a group C item — it then comes into
 * force from its date, the previous version ending the day before — or rejects it, with a reason.
 * Who, when and why go to the audit trail in the same transaction. A decision is on the version
 * the head saw (by its id): if the admins amended it meanwhile, that one was withdrawn and the
 * decision is refused as ALREADY_DECIDED.
 */
export async function decideWorkItemVersion(ctx: CatalogueContext, versionId: string, approve: boolean, reason?: string | null) {
  const why = approve ? reason?.trim() || null : required('reason', reason, said.theRejectionReason());
  const seen = await ctx.em.findOne(WorkItemVersion, { id: versionId });
  const owner = seen ? ((await ctx.em.findOne(WorkItem, { id: seen.workItemId }))?.ownerAgencyId ?? null) : null;
  // A missing version: NOT_FOUND for province admins, FORBIDDEN for everyone else (as for any write).
  if (!seen) writable(ctx.identity, seen, () => false, said.thisWorkItemVersion(), said.byId({ id: versionId }));
  await assertHeads(ctx, owner);
  const item = await ctx.em.transactional(async (em: EntityManager) => {
    const version = (await em.findOne(WorkItemVersion, { id: versionId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }))!;
    if (version.approval !== VersionApproval.PENDING)
      throw new DomainError(
        ErrorCode.ALREADY_DECIDED,
        version.approval === VersionApproval.WITHDRAWN
          ? said.proposalReplaced()
          : said.versionAlready({ state: stateOf(version.approval) }),
        { field: 'id', approval: version.approval },
      );
    const item = (await em.findOne(WorkItem, { id: version.workItemId }))!;
    if (item.status === WorkItemStatus.RETIRED)
      throw new DomainError(ErrorCode.WORK_ITEM_RETIRED, said.wasRetired({ code: item.code, from: formatDay(item.retiredFrom ?? '') }), {
        field: 'id',
      });
    if (approve) {
      // The limits may have changed since the proposal: what comes into force must fit those of its date.
      assertItemValues(await limitsOn(ctx, version.effectiveFrom), version);
      const latest = await new CatalogueStore(em).latestVersion(item.id);
      assertStartsAfter(latest, version.effectiveFrom);
      if (latest) {
        latest.effectiveTo = dayBefore(version.effectiveFrom);
        await em.flush(); // one open version at a time: close before opening
      }
    }
    version.approval = approve ? VersionApproval.APPROVED : VersionApproval.REJECTED;
    audit(ctx, em, {
      subjectType: 'WorkItem',
      subjectId: item.id,
      action: approve ? 'approved' : 'rejected',
      reason: why,
      details: { versionId: version.id, version: version.version, effectiveFrom: version.effectiveFrom },
    });
    await em.flush();
    return item;
  });
  ctx.loaders.versionsChanged(item.id);
  ctx.loaders.audit.clear(item.id);
  return item;
}

/** An agency's own items with a version waiting for its head, by code. */
export async function itemsAwaitingApproval(ctx: CatalogueContext, ownerAgencyId: string) {
  assertReads(ctx);
  const items = await ctx.loaders.store.itemsAwaitingApproval(ownerAgencyId);
  for (const item of items) ctx.loaders.item.prime(item.id, item);
  return items;
}
