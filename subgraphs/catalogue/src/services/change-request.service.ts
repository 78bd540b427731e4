import { DomainError, forbidden, hasRole, readsProvince, required, Role, writable } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { said } from '../messages.js';
import { stateOf } from './approval.service.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ChangeKind, ChangeRequest, ChangeStatus, Sector, WorkItem, WorkItemGroup } from '../entities/index.js';
import type { CreateWorkItemInput, DecideChangeRequestInput, RequestCatalogueChangeInput, ReviseWorkItemInput } from './inputs.js';
import { canManageAgencyCatalogue, canManageItem, canManageSector } from '../rules/ownership.js';
import { audit, type CatalogueContext } from './context.js';
import { createItemIn, retireItemIn, reviseItemIn } from './work-item.service.js';

/**
 * Change requests: an agency (a commune, say) proposes to add, change or retire an item it does
 * not own; the owner — the sector's department, or the province for group B — approves (which
 * applies the change in the same transaction) or rejects; the requester may withdraw. Each step
 * is audited.
 */
export async function requestChange(ctx: CatalogueContext, input: RequestCatalogueChangeInput) {
  if (!canManageAgencyCatalogue(ctx.identity, input.requestingAgencyId)) throw forbidden(said.requestsForAgency());
  const reason = required('reason', input.reason, said.theReason());
  return ctx.em.transactional(async (em: EntityManager) => {
    let sectorId: string;
    if (input.kind === ChangeKind.ADD) {
      if (input.workItemId)
        throw new DomainError(ErrorCode.BAD_USER_INPUT, said.addWithoutItem(), {
          field: 'workItemId',
        });
      if (!input.sectorId) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.addNamesSector(), { field: 'sectorId' });
      const group = (input.proposal?.group as WorkItemGroup | undefined) ?? WorkItemGroup.D;
      if (group !== WorkItemGroup.B && group !== WorkItemGroup.D)
        throw new DomainError(ErrorCode.BAD_USER_INPUT, said.addToBOrD(), {
          field: 'proposal.group',
        });
      const sector = await em.findOne(Sector, { id: input.sectorId });
      if (!sector) throw new DomainError(ErrorCode.INVALID_REFERENCE, said.noSectorId({ id: input.sectorId }), { field: 'sectorId' });
      sectorId = sector.id;
    } else {
      if (!input.workItemId)
        throw new DomainError(ErrorCode.BAD_USER_INPUT, said.requestNamesItem({ kind: input.kind }), { field: 'workItemId' });
      const item = await em.findOne(WorkItem, { id: input.workItemId });
      if (!item) throw new DomainError(ErrorCode.INVALID_REFERENCE, said.noWorkItemId({ id: input.workItemId }), { field: 'workItemId' });
      sectorId = item.sectorId;
    }
    const request = em.create(ChangeRequest, {
      kind: input.kind,
      requestingAgencyId: input.requestingAgencyId,
      workItemId: input.workItemId ?? null,
      sectorId,
      proposal: input.proposal ?? {},
      reason,
      requestedBy: ctx.identity.subject,
    } as ChangeRequest);
    audit(ctx, em, {
      subjectType: 'ChangeRequest',
      subjectId: request.id,
      action: 'requested',
      reason,
      details: { kind: input.kind, proposal: input.proposal ?? {} },
    });
    await em.flush();
    return request;
  });
}

/** Who decides: the owner of the item, or of the list an ADD would extend. */
async function canDecide(ctx: CatalogueContext, em: EntityManager, request: ChangeRequest) {
  const sector = (await em.findOne(Sector, { id: request.sectorId }))!;
  if (request.kind === ChangeKind.ADD) {
    const group = (request.proposal.group as WorkItemGroup | undefined) ?? WorkItemGroup.D;
    return canManageItem(ctx.identity, { group, ownerAgencyId: null }, sector);
  }
  const item = (await em.findOne(WorkItem, { id: request.workItemId! }))!;
  return canManageItem(ctx.identity, item, sector);
}

export async function decideChangeRequest(ctx: CatalogueContext, input: DecideChangeRequestInput) {
  return ctx.em.transactional(async (em: EntityManager) => {
    const found = await em.findOne(ChangeRequest, { id: input.id });
    let allowed = false;
    if (found) allowed = await canDecide(ctx, em, found);
    const request = writable(ctx.identity, found, () => allowed, said.thisChangeRequest(), said.byId({ id: input.id }));
    if (request.status !== ChangeStatus.PENDING)
      throw new DomainError(ErrorCode.ALREADY_DECIDED, said.requestAlready({ state: stateOf(request.status) }), {
        field: 'id',
        status: request.status,
      });
    if (input.approve) {
      if (!input.effectiveFrom)
        throw new DomainError(ErrorCode.BAD_USER_INPUT, said.approvingNeedsDate(), {
          field: 'effectiveFrom',
        });
      // The proposal was checked against the item's fields when the request was made.
      const proposal = request.proposal as Record<string, unknown>;
      if (request.kind === ChangeKind.ADD) {
        const { item } = await createItemIn(ctx, em, {
          ...(proposal as unknown as CreateWorkItemInput),
          group: (proposal.group as WorkItemGroup) ?? WorkItemGroup.D,
          sectorId: request.sectorId,
          effectiveFrom: input.effectiveFrom,
          reason: `Change request ${request.id}: ${request.reason}`,
        });
        request.workItemId = item.id;
      } else if (request.kind === ChangeKind.CHANGE) {
        await reviseItemIn(ctx, em, request.workItemId!, {
          ...(proposal as unknown as ReviseWorkItemInput),
          effectiveFrom: input.effectiveFrom,
          reason: `Change request ${request.id}: ${request.reason}`,
        });
      } else {
        await retireItemIn(ctx, em, request.workItemId!, {
          effectiveFrom: input.effectiveFrom,
          reason: `Change request ${request.id}: ${request.reason}`,
        });
      }
    }
    request.status = input.approve ? ChangeStatus.APPROVED : ChangeStatus.REJECTED;
    request.decidedBy = ctx.identity.subject;
    request.decidedAt = new Date();
    request.decisionNote = input.note?.trim() || null;
    audit(ctx, em, {
      subjectType: 'ChangeRequest',
      subjectId: request.id,
      action: request.status.toLowerCase(),
      reason: input.note,
      details: { effectiveFrom: input.effectiveFrom ?? null },
    });
    await em.flush();
    return request;
  });
}

export async function withdrawChangeRequest(ctx: CatalogueContext, id: string) {
  return ctx.em.transactional(async (em: EntityManager) => {
    const request = writable(
      ctx.identity,
      await em.findOne(ChangeRequest, { id }),
      (r) => r.requestedBy === ctx.identity.subject || canManageAgencyCatalogue(ctx.identity, r.requestingAgencyId),
      said.thisChangeRequest(),
      said.byId({ id }),
    );
    if (request.status !== ChangeStatus.PENDING)
      throw new DomainError(ErrorCode.ALREADY_DECIDED, said.requestAlready({ state: stateOf(request.status) }), {
        field: 'id',
        status: request.status,
      });
    request.status = ChangeStatus.WITHDRAWN;
    audit(ctx, em, { subjectType: 'ChangeRequest', subjectId: request.id, action: 'withdrawn' });
    await em.flush();
    return request;
  });
}

/**
 * The requests a caller deals with: those of their agencies and those they may decide (their
 * departments' sectors); province roles see all.
 */
export async function listChangeRequests(ctx: CatalogueContext, status?: ChangeStatus | null) {
  const who = ctx.identity;
  if (who.kind !== 'person') throw forbidden(said.changeRequests());
  if (readsProvince(who)) return ctx.loaders.store.changeRequests({ status: status ?? undefined });
  if (!hasRole(who, Role.AGENCY_ADMIN, Role.CATALOGUE_ADMIN)) throw forbidden(said.changeRequests());
  const owned = (await ctx.loaders.sectorsOwnedBy.loadMany(who.agencyIds))
    .flat()
    .filter((s): s is Sector => s instanceof Sector && canManageSector(who, s));
  return ctx.loaders.store.changeRequests({
    status: status ?? undefined,
    sectorIds: owned.map((s) => s.id),
    requestingAgencyIds: who.agencyIds,
  });
}
