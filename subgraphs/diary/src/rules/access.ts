import { hasRole, readsProvince, Role, type Identity } from '@kpi/platform';

export interface DiaryOwner {
  id: string;
  agencyId?: string | null;
  divisionId?: string | null;
  supervisorId?: string | null;
}

/**
 * Who reads a person's diary: the person, their supervisor, the head of their unit, their
 * agency's admins, and province roles. Integration clients never read diaries.
 */
export function canReadDiary(who: Identity, owner: DiaryOwner): boolean {
  if (who.kind !== 'person') return false;
  if (readsProvince(who) || who.employeeId === owner.id) return true;
  if (owner.supervisorId && who.employeeId === owner.supervisorId) return true;
  if (owner.divisionId && hasRole(who, Role.UNIT_HEAD) && who.unitIds.includes(owner.divisionId)) return true;
  return Boolean(owner.agencyId && hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.includes(owner.agencyId));
}

/** Unit heads review the entries of their units; province admins may too. */
export const canReview = (who: Identity, entry: { divisionId: string | null }) =>
  who.kind === 'person' &&
  (hasRole(who, Role.PROVINCE_ADMIN) ||
    (entry.divisionId !== null && hasRole(who, Role.UNIT_HEAD) && who.unitIds.includes(entry.divisionId)));
