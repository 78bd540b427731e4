import { hasRole, isService, readsProvince, Role, type Identity } from '@kpi/platform';

export interface LoadOwner {
  id: string;
  agencyId?: string | null;
  divisionId?: string | null;
  supervisorId?: string | null;
}

/**
 * Who reads a teacher's load: the teacher, their supervisor, the head of their subject group
 * (their unit), their school's admins, and province roles — those who read the person's diary.
 * The facts come from personnel through the gateway (`@requires`), never from the caller.
 */
export function canReadLoad(who: Identity, owner: LoadOwner): boolean {
  if (who.kind !== 'person') return false;
  if (readsProvince(who) || who.employeeId === owner.id) return true;
  if (owner.supervisorId && who.employeeId === owner.supervisorId) return true;
  if (owner.divisionId && hasRole(who, Role.UNIT_HEAD) && who.unitIds.includes(owner.divisionId)) return true;
  return Boolean(owner.agencyId && hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.includes(owner.agencyId));
}

/** A school's admins (and province admins) keep its classes, duties and periods; province roles read them. */
export const managesSchool = (who: Identity, schoolAgencyId: string) =>
  who.kind === 'person' &&
  (hasRole(who, Role.PROVINCE_ADMIN) || (hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.includes(schoolAgencyId)));

export const readsSchool = (who: Identity, schoolAgencyId: string) =>
  managesSchool(who, schoolAgencyId) || (who.kind === 'person' && readsProvince(who));

/**
 * Who delivers a school's taught periods: its admins, or an integration client the school's own
 * record names (education's data: the school chose its management system), never any client.
 */
export const deliversPeriods = (who: Identity, school: { agencyId: string; intakeClients: string[] }) =>
  managesSchool(who, school.agencyId) ||
  (who.kind === 'client' && hasRole(who, Role.INTEGRATION_CLIENT) && school.intakeClients.includes(who.subject));

/** The scoring-facts contract answers the graph's own services (scoring) only. */
export const readsWorkFacts = (who: Identity) => isService(who);

/** Integration clients deliver taught periods and do nothing else. */
export const CLIENT_OPERATIONS = new Set(['recordTaughtPeriods']);
export const mayCallAsClient = (who: Identity, rootField: string) => who.kind !== 'client' || CLIENT_OPERATIONS.has(rootField);
