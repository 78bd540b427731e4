import { hasRole, readsProvince, Role, type Identity } from '@kpi/platform';

export interface ScoreOwner {
  employeeId: string;
  agencyId: string;
  divisionId: string | null;
  supervisorId?: string | null;
}

/**
 * Who reads a person's scores: the person, their supervisor, the head of their unit, their
 * agency's admins and province roles — including a system (an analytics client) granted the
 * province analyst role. Integration clients read nothing otherwise.
 */
export function canReadScore(who: Identity, owner: ScoreOwner): boolean {
  if (readsProvince(who) && who.kind !== 'service') return true;
  if (who.kind !== 'person') return false;
  if (who.employeeId === owner.employeeId) return true;
  if (owner.supervisorId && who.employeeId === owner.supervisorId) return true;
  if (owner.divisionId && hasRole(who, Role.UNIT_HEAD) && who.unitIds.includes(owner.divisionId)) return true;
  return hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.includes(owner.agencyId);
}

/** Aggregates of a unit: its head, its agency's admins, province roles. */
export function canReadUnitScores(who: Identity, unit: { id: string; parentId?: string | null }): boolean {
  if (readsProvince(who) && who.kind !== 'service') return true;
  if (who.kind !== 'person') return false;
  if (hasRole(who, Role.UNIT_HEAD) && who.unitIds.includes(unit.id)) return true;
  return hasRole(who, Role.AGENCY_ADMIN) && (who.agencyIds.includes(unit.id) || (!!unit.parentId && who.agencyIds.includes(unit.parentId)));
}

/** Policies, computations, closing and reopening periods: province admins. */
export const canManageScoring = (who: Identity) => who.kind === 'person' && hasRole(who, Role.PROVINCE_ADMIN);

/** Computing one agency's scores of a period: province admins, and that agency's admins (who prepare its assessment). */
export const canComputeAgency = (who: Identity, agencyId: string) =>
  canManageScoring(who) || (who.kind === 'person' && hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.includes(agencyId));

/** A person's creativity is rated by their supervisor or the head of their unit. */
export const canRateCreativity = (who: Identity, owner: ScoreOwner) =>
  who.kind === 'person' &&
  who.employeeId !== owner.employeeId &&
  (who.employeeId === owner.supervisorId || (!!owner.divisionId && hasRole(who, Role.UNIT_HEAD) && who.unitIds.includes(owner.divisionId)));
