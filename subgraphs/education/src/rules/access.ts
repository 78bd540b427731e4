import { canReadPersonsWork, hasRole, isService, readsProvince, Role, type Identity, type WorkOwner } from '@kpi/platform';

export type LoadOwner = WorkOwner;

/**
 * Who reads a teacher's load: those who read the person's work anywhere in the graph (the
 * platform's one rule), on the facts the gateway fetched from personnel (`@requires`).
 */
export const canReadLoad = canReadPersonsWork;

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
