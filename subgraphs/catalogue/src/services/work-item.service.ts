import {
  codeOf,
  decodeCursor,
  DomainError,
  duplicateCode,
  forbidden,
  foldVietnamese,
  formatDay,
  pageSize,
  required,
  toPage,
  uniqueCode,
  writable,
  type PageArgs,
} from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { said } from '../messages.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Sector,
  VersionApproval,
  WorkItem,
  WorkItemGroup,
  WorkItemStatus,
  WorkItemVersion,
  type UnitOfMeasure,
} from '../entities/index.js';
import type { CreateWorkItemInput, ReviseWorkItemInput, RetireWorkItemInput, WorkItemFilter } from './inputs.js';
import { needsApproval } from '../rules/approval.js';
import { assertDate, dayBefore, todayInVietnam } from '../rules/dates.js';
import { assertItemValues } from '../rules/limits.js';
import { canManageItem } from '../rules/ownership.js';
import { assertStartsAfter, versionOn } from '../rules/versions.js';
import { audit, type CatalogueContext } from './context.js';
import { limitsOn } from './limits.service.js';
import { CatalogueStore } from '../store/catalogue.store.js';
import { assertReads } from './sector.service.js';

export async function workItemById(ctx: CatalogueContext, id: string) {
  assertReads(ctx);
  return ctx.loaders.item.load(id);
}

export async function workItemByCode(ctx: CatalogueContext, code: string) {
  assertReads(ctx);
  return ctx.loaders.itemByCode.load(code);
}

export async function listWorkItems(ctx: CatalogueContext, filter: WorkItemFilter = {}, page: PageArgs = {}) {
  assertReads(ctx);
  const size = pageSize(page.first);
  const after = page.after ? decodeCursor(page.after) : null;
  let sectorId = filter.sectorId;
  if (filter.sectorCode) {
    const sector = await ctx.loaders.sectorByCode.load(filter.sectorCode);
    if (!sector) return toPage<WorkItem>([], size, 0, (i) => [i.code, i.id], false);
    sectorId = sector.id;
  }
  const { rows, total } = await ctx.loaders.store.itemPage(
    {
      sectorId,
      group: filter.group,
      ownerAgencyId: filter.ownerAgencyId,
      status: filter.status,
      search: filter.search,
      on: filter.on ?? todayInVietnam(),
    },
    size,
    after ? String(after[0]) : null,
  );
  for (const row of rows) ctx.loaders.item.prime(row.id, row);
  return toPage(rows, size, total, (i) => [i.code, i.id], Boolean(after));
}

/** The version in force on a date; for today, the current one (or the first, if it starts later). */
export async function versionOfOn(ctx: CatalogueContext, item: WorkItem, date: string) {
  return versionOn(await ctx.loaders.versions.load(item.id), date);
}

/**
 * The version in force today, else the latest approved one; an item never approved (a group C
 * item waiting for its head, or refused) shows its latest proposal, so it still has a name.
 */
export async function currentVersion(ctx: CatalogueContext, item: WorkItem) {
  const versions = await ctx.loaders.versions.load(item.id);
  const approved = versionOn(versions, todayInVietnam()) ?? versions.at(-1);
  return approved ?? (await ctx.loaders.proposals.load(item.id)).at(-1)!;
}

/** The proposal waiting for the head of the owning agency, if any. */
export async function pendingVersionOf(ctx: CatalogueContext, item: WorkItem) {
  return (await ctx.loaders.proposals.load(item.id)).find((v) => v.approval === VersionApproval.PENDING) ?? null;
}

interface VersionFields {
  name: string;
  description?: string | null;
  unit: UnitOfMeasure;
  standardMinutes: number;
  coefficient: number;
  criteria?: string | null;
  evidence?: string | null;
  evidenceRequired?: boolean | null;
}

async function checkedVersion(ctx: CatalogueContext, fields: VersionFields, effectiveFrom: string) {
  assertDate('effectiveFrom', effectiveFrom);
  const name = required('name', fields.name, said.theName());
  assertItemValues(await limitsOn(ctx, effectiveFrom), fields);
  return {
    name,
    searchName: foldVietnamese(name),
    description: fields.description?.trim() ?? '',
    unit: fields.unit,
    standardMinutes: fields.standardMinutes,
    coefficient: fields.coefficient,
    criteria: fields.criteria?.trim() || null,
    evidence: fields.evidence?.trim() ?? '',
    evidenceRequired: fields.evidenceRequired ?? false,
  };
}

async function sectorFor(ctx: CatalogueContext, em: EntityManager, sectorId: string) {
  const sector = await em.findOne(Sector, { id: sectorId });
  if (!sector) throw new DomainError(ErrorCode.INVALID_REFERENCE, said.noSectorId({ id: sectorId }), { field: 'sectorId' });
  if (!sector.active) throw new DomainError(ErrorCode.INVALID_REFERENCE, said.sectorInactive({ code: sector.code }), { field: 'sectorId' });
  return sector;
}

/** Creates an item with its first version. Runs inside the caller's transaction. */
export async function createItemIn(ctx: CatalogueContext, em: EntityManager, input: CreateWorkItemInput) {
  const code = codeOf('code', input.code);
  const sector = await sectorFor(ctx, em, input.sectorId);
  if (input.group === WorkItemGroup.C && !input.ownerAgencyId)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.groupCNeedsOwner(), {
      field: 'ownerAgencyId',
    });
  if (input.group !== WorkItemGroup.C && input.ownerAgencyId)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.onlyGroupCOwned(), { field: 'ownerAgencyId' });
  const ownerAgencyId = input.group === WorkItemGroup.C ? input.ownerAgencyId! : null;
  if (!canManageItem(ctx.identity, { group: input.group, ownerAgencyId }, sector))
    throw forbidden(said.groupItemsOfSector({ group: input.group }));
  const fields = await checkedVersion(ctx, input, input.effectiveFrom);
  if (await em.findOne(WorkItem, { code })) throw duplicateCode(said.aWorkItem(), code);
  const item = em.create(WorkItem, { code, sectorId: sector.id, group: input.group, ownerAgencyId } as WorkItem);
  await uniqueCode(code, said.aWorkItem(), () => em.flush());
  // An agency's own item is a proposal until the head of the agency approves it.
  const approval = needsApproval(item) ? VersionApproval.PENDING : VersionApproval.APPROVED;
  const version = em.create(WorkItemVersion, {
    ...fields,
    workItemId: item.id,
    version: 1,
    effectiveFrom: input.effectiveFrom,
    recordedBy: ctx.identity.subject,
    reason: input.reason ?? null,
    approval,
  } as WorkItemVersion);
  audit(ctx, em, {
    subjectType: 'WorkItem',
    subjectId: item.id,
    action: 'created',
    reason: input.reason,
    details: { code, version: 1, approval, ...fields },
  });
  await em.flush();
  return { item, version };
}

export async function createWorkItem(ctx: CatalogueContext, input: CreateWorkItemInput) {
  return ctx.em.transactional(async (em: EntityManager) => (await createItemIn(ctx, em, input)).item);
}

async function managedItem(ctx: CatalogueContext, em: EntityManager, id: string) {
  const item = await em.findOne(WorkItem, { id });
  const sector = item ? await em.findOne(Sector, { id: item.sectorId }) : null;
  return writable(
    ctx.identity,
    item,
    (i) => Boolean(sector && canManageItem(ctx.identity, i, sector)),
    said.thisWorkItem(),
    said.byId({ id }),
  );
}

/**
 * A new version from a date: the previous one ends the day before, so entries dated before keep
 * what they earned. Unchanged fields carry over. Runs inside the caller's transaction.
 *
 * For an agency's own item (group C) the new version is a proposal: nothing in force changes
 * until the head approves it (then the previous version ends). A second revision before the
 * decision replaces the proposal — the earlier one is withdrawn, its fields carried over — so
 * the head always decides on what the admins last recorded.
 */
export async function reviseItemIn(ctx: CatalogueContext, em: EntityManager, id: string, input: ReviseWorkItemInput, checked = true) {
  const item = checked ? await managedItem(ctx, em, id) : (await em.findOne(WorkItem, { id }))!;
  if (item.status === WorkItemStatus.RETIRED)
    throw new DomainError(ErrorCode.WORK_ITEM_RETIRED, said.retiredRevise({ code: item.code, from: formatDay(item.retiredFrom ?? '') }), {
      field: 'id',
    });
  const store = new CatalogueStore(em);
  const latest = await store.latestVersion(item.id);
  const proposal = needsApproval(item);
  const pending = proposal ? await store.pendingVersion(item.id) : null;
  // What unchanged fields carry over from: the proposal being amended, the version in force, or
  // (for an item whose only proposal was refused) that proposal.
  const base = pending ?? latest ?? (await store.latestVersion(item.id, [VersionApproval.REJECTED, VersionApproval.WITHDRAWN]))!;
  assertDate('effectiveFrom', input.effectiveFrom);
  assertStartsAfter(latest, input.effectiveFrom);
  const fields = await checkedVersion(
    ctx,
    {
      name: input.name ?? base.name,
      description: input.description ?? base.description,
      unit: input.unit ?? base.unit,
      standardMinutes: input.standardMinutes ?? base.standardMinutes,
      coefficient: input.coefficient ?? base.coefficient,
      criteria: input.criteria !== undefined ? input.criteria : base.criteria,
      evidence: input.evidence ?? base.evidence,
      evidenceRequired: input.evidenceRequired ?? base.evidenceRequired,
    },
    input.effectiveFrom,
  );
  // One proposal waits at a time, and one approved version is open: close before opening.
  if (pending) pending.approval = VersionApproval.WITHDRAWN;
  else if (latest && !proposal) latest.effectiveTo = dayBefore(input.effectiveFrom);
  await em.flush();
  const version = em.create(WorkItemVersion, {
    ...fields,
    workItemId: item.id,
    version: (latest?.version ?? 0) + 1,
    effectiveFrom: input.effectiveFrom,
    recordedBy: ctx.identity.subject,
    reason: input.reason ?? null,
    approval: proposal ? VersionApproval.PENDING : VersionApproval.APPROVED,
  } as WorkItemVersion);
  audit(ctx, em, {
    subjectType: 'WorkItem',
    subjectId: item.id,
    action: 'revised',
    reason: input.reason,
    details: { version: version.version, approval: version.approval, ...(pending ? { replaces: pending.id } : {}), ...fields },
  });
  await em.flush();
  ctx.loaders.versionsChanged(item.id);
  return item;
}

export async function reviseWorkItem(ctx: CatalogueContext, id: string, input: ReviseWorkItemInput) {
  return ctx.em.transactional((em: EntityManager) => reviseItemIn(ctx, em, id, input));
}

/**
 * Retiring ends the open version the day before; the item stays answerable for past dates. A
 * proposal still waiting is withdrawn: there is nothing left to approve.
 */
export async function retireItemIn(ctx: CatalogueContext, em: EntityManager, id: string, input: RetireWorkItemInput, checked = true) {
  const item = checked ? await managedItem(ctx, em, id) : (await em.findOne(WorkItem, { id }))!;
  assertDate('effectiveFrom', input.effectiveFrom);
  if (item.status === WorkItemStatus.RETIRED)
    throw new DomainError(ErrorCode.WORK_ITEM_RETIRED, said.alreadyRetired({ code: item.code, from: formatDay(item.retiredFrom ?? '') }), {
      field: 'id',
    });
  const store = new CatalogueStore(em);
  const latest = await store.latestVersion(item.id);
  const pending = needsApproval(item) ? await store.pendingVersion(item.id) : null;
  assertStartsAfter(latest, input.effectiveFrom, said.aRetirement());
  if (latest) latest.effectiveTo = dayBefore(input.effectiveFrom);
  if (pending) pending.approval = VersionApproval.WITHDRAWN;
  item.status = WorkItemStatus.RETIRED;
  item.retiredFrom = input.effectiveFrom;
  audit(ctx, em, {
    subjectType: 'WorkItem',
    subjectId: item.id,
    action: 'retired',
    reason: input.reason,
    details: { effectiveFrom: input.effectiveFrom, ...(pending ? { withdrawn: pending.id } : {}) },
  });
  await em.flush();
  ctx.loaders.versionsChanged(item.id);
  return item;
}

export async function retireWorkItem(ctx: CatalogueContext, id: string, input: RetireWorkItemInput) {
  return ctx.em.transactional((em: EntityManager) => retireItemIn(ctx, em, id, input));
}
