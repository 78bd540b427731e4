import { hasRole, isService, readsProvince, Role, type Identity } from '@kpi/platform';
import { isWithin } from './tree.js';

/**
 * Who may see and change what in personnel. Pure functions of the caller's identity and the
 * record, so each rule is tested with worked examples and applied the same way everywhere.
 *
 * - Province analysts and admins read everything; only province admins change anything anywhere.
 * - Agency admins manage their agency's subtree (its divisions, positions and employees).
 * - Staff read their own record and their agency's directory; unit heads also read the personal
 *   record (placement history) of their unit and of their direct reports.
 * - Integration clients read nothing here. The graph's own subgraphs (SERVICE) read the directory
 *   and the org chart and change nothing; only scoring reads the placement history.
 */
const isPerson = (who: Identity) => who.kind === 'person';

/**
 * The org chart (agencies, positions) is public inside the province's workforce; a system granted
 * the province analyst role (an analytics client) reads it too — names of agencies and posts, no
 * personal record.
 */
export const canReadOrgChart = (who: Identity) => isPerson(who) || isService(who) || readsProvince(who);

export const canReadEmployee = (who: Identity, employee: { id: string; agencyId: string }) =>
  isService(who) || (isPerson(who) && (readsProvince(who) || who.employeeId === employee.id || who.agencyIds.includes(employee.agencyId)));

/**
 * Services that must know who held which position when: scoring (a transfer splits a period) and
 * the diary (its history import files a past entry where its person worked that day). No other.
 */
const READS_HISTORY = new Set(['service:scoring', 'service:diary']);

export const canReadPersonalRecord = (
  who: Identity,
  employee: { id: string; agencyId: string; divisionId: string | null; supervisorId: string | null },
) =>
  (isService(who) && READS_HISTORY.has(who.subject)) ||
  (isPerson(who) &&
    (readsProvince(who) ||
      who.employeeId === employee.id ||
      who.employeeId === employee.supervisorId ||
      (hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.includes(employee.agencyId)) ||
      (hasRole(who, Role.UNIT_HEAD) && employee.divisionId !== null && who.unitIds.includes(employee.divisionId))));

/** Changes inside an agency's subtree: its divisions, positions and employees. */
export const canManageWithin = (who: Identity, agencyPath: string) =>
  isPerson(who) &&
  (hasRole(who, Role.PROVINCE_ADMIN) ||
    (hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.some((agencyId) => isWithin(agencyPath, agencyId))));

/** Top-level agencies (and the province) are created and re-parented by province admins only. */
export const canManageProvinceTree = (who: Identity) => isPerson(who) && hasRole(who, Role.PROVINCE_ADMIN);

/**
 * The agencies whose employees a caller may list, or `'all'`. Their own record is always added.
 * The graph's own services list everyone (scoring scores the whole province).
 */
export const directoryScope = (who: Identity): 'all' | string[] =>
  isService(who) ? 'all' : !isPerson(who) ? [] : readsProvince(who) ? 'all' : who.agencyIds;

/**
 * Who brings people's past placements in (a history import): province admins anyone's, an agency's
 * admins those of their agency's people (checked per person with canManageWithin). Null: no one's.
 */
export const placementImportScope = (who: Identity): 'province' | string[] | null =>
  !isPerson(who)
    ? null
    : hasRole(who, Role.PROVINCE_ADMIN)
      ? 'province'
      : hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.length > 0
        ? [...who.agencyIds].sort()
        : null;
