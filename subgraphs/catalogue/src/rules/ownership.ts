import { hasRole, Role, type Identity, isService, readsProvince } from '@kpi/platform';
import { WorkItemGroup } from '../entities/enums.js';

/**
 * Who owns what in the catalogue. Pure functions, the same everywhere.
 *
 * - Province admins own group B, the sectors and the province limits, and may act anywhere.
 * - A department's catalogue admins (role CATALOGUE_ADMIN, or its AGENCY_ADMIN) own its sectors'
 *   group A and D items and their KPI standards.
 * - An agency's admins (AGENCY_ADMIN or CATALOGUE_ADMIN of it) own its group C list and its
 *   positions' job descriptions, and may request changes to items they do not own.
 * - Every person signed in reads the catalogue, and so do the graph's own services and a system granted the
 *   province analyst role; a bare integration client does not (E-Office delivers events, nothing else).
 */
const isProvinceAdmin = (who: Identity) => who.kind === 'person' && hasRole(who, Role.PROVINCE_ADMIN);
const adminOf = (who: Identity, agencyId: string | null) =>
  who.kind === 'person' && agencyId !== null && hasRole(who, Role.AGENCY_ADMIN, Role.CATALOGUE_ADMIN) && who.agencyIds.includes(agencyId);

/**
 * People read the catalogue, and so do the graph's own services (scoring reads the sectors'
 * standards, the diary checks items and job descriptions — for E-Office's events too, as
 * itself). A bare integration client does not: E-Office delivers events and does nothing else.
 * A system granted the province analyst role (an analytics system) reads what an analyst reads.
 */
export const canReadCatalogue = (who: Identity) => who.kind === 'person' || isService(who) || readsProvince(who);

export const canManageProvinceCatalogue = (who: Identity) => isProvinceAdmin(who);

/** A sector's items (groups A and D) and standards: its owner department, or the province. */
export const canManageSector = (who: Identity, sector: { ownerAgencyId: string }) =>
  isProvinceAdmin(who) || adminOf(who, sector.ownerAgencyId);

export function canManageItem(
  who: Identity,
  item: { group: WorkItemGroup; ownerAgencyId: string | null },
  sector: { ownerAgencyId: string },
) {
  switch (item.group) {
    case WorkItemGroup.B:
      return isProvinceAdmin(who);
    case WorkItemGroup.C:
      return isProvinceAdmin(who) || adminOf(who, item.ownerAgencyId);
    default:
      return canManageSector(who, sector);
  }
}

export const canManageAgencyCatalogue = (who: Identity, agencyId: string) => isProvinceAdmin(who) || adminOf(who, agencyId);
