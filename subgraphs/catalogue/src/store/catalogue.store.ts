import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { plainRows } from '@kpi/platform/database';
import {
  AuditEntry,
  ChangeRequest,
  PositionWorkItem,
  ProvinceLimits,
  Sector,
  SectorKpiStandard,
  WorkItem,
  WorkItemGroup,
  WorkItemStatus,
  WorkItemVersion,
  VersionApproval,
  type ChangeStatus,
} from '../entities/index.js';
import { containsPattern } from '../rules/text.js';

export interface WorkItemFilter {
  sectorId?: string;
  group?: WorkItemGroup;
  ownerAgencyId?: string;
  status?: WorkItemStatus;
  /** Part of the code or of the name in force on `on`. */
  search?: string;
  /** The date whose versions the search looks at. */
  on: string;
}

/** Data access for the catalogue; every method is one statement. */
export class CatalogueStore {
  constructor(private readonly em: EntityManager) {}

  sectorsByIds(ids: readonly string[]) {
    return this.em.find(Sector, { id: { $in: [...ids] } });
  }

  sectorsByCodes(codes: readonly string[]) {
    return this.em.find(Sector, { code: { $in: [...codes] } });
  }

  sectorsOwnedBy(agencyIds: readonly string[]) {
    return this.em.find(Sector, { ownerAgencyId: { $in: [...agencyIds] } }, { orderBy: { code: 'asc' } });
  }

  /** Every sector, to show (the directory of sectors, scoring's standards): plain rows, no entities. */
  async allSectors(): Promise<Sector[]> {
    return (await plainRows(this.em, Sector, {}, { orderBy: { code: 'asc' } })) as Sector[];
  }

  itemsByIds(ids: readonly string[]) {
    return this.em.find(WorkItem, { id: { $in: [...ids] } });
  }

  /** Items to show (the per-request loaders): plain rows, no entities. */
  async itemRows(ids: readonly string[]): Promise<WorkItem[]> {
    return (await plainRows(this.em, WorkItem, { id: { $in: [...ids] } })) as WorkItem[];
  }

  /** A position's job description, as its lines. */
  jobDescription(positionId: string) {
    return this.em.find(PositionWorkItem, { positionId });
  }

  /** Deletes a position's job description (before it is written anew). */
  clearJobDescription(positionId: string) {
    return this.em.nativeDelete(PositionWorkItem, { positionId });
  }

  itemsByCodes(codes: readonly string[]) {
    return this.em.find(WorkItem, { code: { $in: [...codes] } });
  }

  itemsOfGroup(group: WorkItemGroup) {
    return this.em.find(WorkItem, { group }, { orderBy: { code: 'asc' } });
  }

  ownItemsOf(agencyIds: readonly string[]) {
    return this.em.find(WorkItem, { ownerAgencyId: { $in: [...agencyIds] } }, { orderBy: { code: 'asc' } });
  }

  /** The approved versions: the only ones in force, what entries earn and sheets and handbooks print. */
  versionsOf(itemIds: readonly string[]) {
    return this.em.find(
      WorkItemVersion,
      { workItemId: { $in: [...itemIds] }, approval: VersionApproval.APPROVED },
      { orderBy: { workItemId: 'asc', version: 'asc' } },
    );
  }

  /** Every version, whatever its approval, oldest first (proposals after the versions they follow). */
  /** Every version of some items, oldest first, to show (the per-request loaders): plain rows, no entities. */
  async allVersionsOf(itemIds: readonly string[]): Promise<WorkItemVersion[]> {
    return (await plainRows(
      this.em,
      WorkItemVersion,
      { workItemId: { $in: [...itemIds] } },
      { orderBy: { workItemId: 'asc', version: 'asc', recordedAt: 'asc' } },
    )) as WorkItemVersion[];
  }

  /** The latest version of an item among the given approvals (by default: the latest in force). */
  latestVersion(itemId: string, approvals: VersionApproval[] = [VersionApproval.APPROVED]) {
    return this.em.findOne(
      WorkItemVersion,
      { workItemId: itemId, approval: { $in: approvals } },
      { orderBy: { version: 'desc', recordedAt: 'desc' } },
    );
  }

  /** The proposal waiting for approval, locked: a decision and an amendment cannot cross. */
  pendingVersion(itemId: string) {
    return this.em.findOne(
      WorkItemVersion,
      { workItemId: itemId, approval: VersionApproval.PENDING },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  /** An agency's own items with a proposal waiting for its head, by code. */
  itemsAwaitingApproval(ownerAgencyId: string) {
    return this.em
      .createQueryBuilder(WorkItem, 'w')
      .where({ ownerAgencyId })
      .andWhere(`exists (select 1 from catalogue.work_item_version v where v.work_item_id = w.id and v.approval = 'PENDING')`)
      .orderBy({ code: 'asc' })
      .getResultList();
  }

  /** Items with an approved version in force on some day of a period, by code: what hygiene looks at. */
  itemsInForce(filter: { sectorId?: string; group?: WorkItemGroup; ownerAgencyId?: string }, from: string, to: string) {
    const qb = this.em.createQueryBuilder(WorkItem, 'w');
    qb.where(
      `exists (select 1 from catalogue.work_item_version v where v.work_item_id = w.id and v.approval = 'APPROVED'
         and v.effective_from <= ? and (v.effective_to is null or v.effective_to >= ?))`,
      [to, from],
    );
    if (filter.sectorId) qb.andWhere({ sectorId: filter.sectorId });
    if (filter.group) qb.andWhere({ group: filter.group });
    if (filter.ownerAgencyId) qb.andWhere({ ownerAgencyId: filter.ownerAgencyId });
    return qb.orderBy({ code: 'asc' }).getResultList();
  }

  jobDescriptionsOf(positionIds: readonly string[]) {
    return this.em.find(PositionWorkItem, { positionId: { $in: [...positionIds] } });
  }

  jobDescriptionsInAgency(agencyId: string) {
    return this.em.find(PositionWorkItem, { agencyId });
  }

  /** Keyset page ordered by code; the search looks at the names in force on `filter.on`. */
  async itemPage(filter: WorkItemFilter, size: number, afterCode: string | null) {
    const qb = this.em.createQueryBuilder(WorkItem, 'w');
    if (filter.sectorId) qb.andWhere({ sectorId: filter.sectorId });
    if (filter.group) qb.andWhere({ group: filter.group });
    if (filter.ownerAgencyId) qb.andWhere({ ownerAgencyId: filter.ownerAgencyId });
    if (filter.status) qb.andWhere({ status: filter.status });
    if (filter.search)
      qb.andWhere(
        `(lower(w.code) like ? or exists (select 1 from catalogue.work_item_version v where v.work_item_id = w.id
           and v.effective_from <= ? and (v.effective_to is null or v.effective_to >= ?) and v.search_name like ?))`,
        [containsPattern(filter.search), filter.on, filter.on, containsPattern(filter.search)],
      );
    const total = await qb.clone().getCount();
    if (afterCode !== null) qb.andWhere({ code: { $gt: afterCode } });
    const rows = await qb
      .orderBy({ code: 'asc' })
      .limit(size + 1)
      .getResultList();
    return { rows, total };
  }

  /** Items in force on a date in some sectors (or all), for exports and handbooks. */
  itemsForExport(filter: { sectorIds?: string[]; ownerAgencyId?: string; groups?: WorkItemGroup[] }) {
    const where: Record<string, unknown> = {};
    if (filter.sectorIds) where.sectorId = { $in: filter.sectorIds };
    if (filter.groups) where.group = { $in: filter.groups };
    if (filter.ownerAgencyId) where.ownerAgencyId = filter.ownerAgencyId;
    return this.em.find(WorkItem, where, { orderBy: { group: 'asc', code: 'asc' } });
  }

  /**
   * The sectors' standards, every version, to show (the per-request loaders): plain rows, no
   * entities. Scoring asks every sector's for each live score; hydrating them as entities was
   * most of the catalogue's time on that request.
   */
  async standardsOf(sectorIds: readonly string[]): Promise<SectorKpiStandard[]> {
    return (await plainRows(
      this.em,
      SectorKpiStandard,
      { sectorId: { $in: [...sectorIds] } },
      { orderBy: { positionCategory: 'asc', effectiveFrom: 'asc' } },
    )) as SectorKpiStandard[];
  }

  latestStandard(sectorId: string, positionCategory: string) {
    return this.em.findOne(
      SectorKpiStandard,
      { sectorId, positionCategory: positionCategory as never },
      { orderBy: { effectiveFrom: 'desc' } },
    );
  }

  allLimits() {
    return this.em.find(ProvinceLimits, {}, { orderBy: { effectiveFrom: 'asc' } });
  }

  changeRequests(filter: { status?: ChangeStatus; sectorIds?: string[]; requestingAgencyIds?: string[] }) {
    const where: Record<string, unknown> = {};
    if (filter.status) where.status = filter.status;
    const scopes: Record<string, unknown>[] = [];
    if (filter.sectorIds) scopes.push({ sectorId: { $in: filter.sectorIds } });
    if (filter.requestingAgencyIds) scopes.push({ requestingAgencyId: { $in: filter.requestingAgencyIds } });
    if (scopes.length) where.$or = scopes;
    return this.em.find(ChangeRequest, where, { orderBy: { createdAt: 'desc' }, limit: 500 });
  }

  auditOf(subjectIds: readonly string[]) {
    return this.em.find(AuditEntry, { subjectId: { $in: [...subjectIds] } }, { orderBy: { at: 'asc' } });
  }
}
