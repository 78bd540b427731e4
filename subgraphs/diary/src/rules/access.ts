import { canReadPersonsWork, hasRole, readsProvince, Role, type Identity, type WorkOwner } from '@kpi/platform';

/** A person whose diary is read (the platform's rule for a person's work: see canReadPersonsWork). */
export type DiaryOwner = WorkOwner;

/** Who reads a person's diary: the graph's one rule for reading a person's work. */
export const canReadDiary = canReadPersonsWork;

/** Unit heads review the entries of their units; province admins may too. */
export const canReview = (who: Identity, entry: { divisionId: string | null }) =>
  who.kind === 'person' &&
  (hasRole(who, Role.PROVINCE_ADMIN) ||
    (entry.divisionId !== null && hasRole(who, Role.UNIT_HEAD) && who.unitIds.includes(entry.divisionId)));

export interface LeaderFacts {
  id: string;
  agencyId: string;
  divisionId: string | null;
  position: { isLeadership: boolean } | null;
}

export interface Assignee {
  id: string;
  agencyId: string;
  divisionId: string | null;
  supervisorId: string | null;
}

/**
 * A leader assigns work to the people they lead: their direct reports, the people of the units
 * they head, or — holding a leadership position at the agency's level (a director or deputy, in
 * no division) — anyone in their own agency.
 */
export function canAssign(who: Identity, assigner: LeaderFacts, lead: Assignee): boolean {
  if (who.kind !== 'person' || who.employeeId !== assigner.id || lead.id === assigner.id) return false;
  if (lead.supervisorId === assigner.id) return true;
  if (lead.divisionId && hasRole(who, Role.UNIT_HEAD) && who.unitIds.includes(lead.divisionId)) return true;
  return Boolean(assigner.position?.isLeadership && assigner.divisionId === null && assigner.agencyId === lead.agencyId);
}

export interface AssignmentScope {
  assignerId: string;
  leadId: string;
  coOperatorIds: string[];
  agencyId: string;
  divisionId: string | null;
}

/** The assigner decides; the head of the lead's unit may stand in for an absent assigner. */
export const actsAsAssigner = (who: Identity, a: AssignmentScope) =>
  who.kind === 'person' &&
  (who.employeeId === a.assignerId || (a.divisionId !== null && hasRole(who, Role.UNIT_HEAD) && who.unitIds.includes(a.divisionId)));

/** The people on it, the assigner, the head of the unit, the agency's admins, province roles. */
export function canReadAssignment(who: Identity, a: AssignmentScope): boolean {
  if (who.kind !== 'person') return false;
  if (readsProvince(who) || actsAsAssigner(who, a)) return true;
  if (who.employeeId && (who.employeeId === a.leadId || a.coOperatorIds.includes(who.employeeId))) return true;
  return hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.includes(a.agencyId);
}

/**
 * What an integration client may call in the diary: delivering work events, nothing else. Kept
 * as a list of allowed root fields so that a field added later is closed to clients by default.
 */
export const CLIENT_OPERATIONS: ReadonlySet<string> = new Set(['recordWorkEvents', 'intakeMappings']);

export const mayCallAsClient = (who: Identity, rootField: string) => who.kind !== 'client' || CLIENT_OPERATIONS.has(rootField);

/** Province admins, and agency admins for their agency's people (leave, overrides). */
export const administers = (who: Identity, agencyId: string | null | undefined) =>
  who.kind === 'person' &&
  (hasRole(who, Role.PROVINCE_ADMIN) || Boolean(agencyId && hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.includes(agencyId)));

/**
 * The audit trail, the mappings and other diary administration are read by province roles (all
 * of it) and agency admins (their agencies' part); `null` means "not at all".
 */
export function adminScope(who: Identity): { all: true } | { agencyIds: string[] } | null {
  if (who.kind !== 'person') return null;
  if (readsProvince(who)) return { all: true };
  if (hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.length > 0) return { agencyIds: who.agencyIds };
  return null;
}

/** Unit-wide views (missing diaries, overdue shares): the unit's head, its agency's admins, province roles. */
export function canReadUnit(who: Identity, unit: { id: string; parentId?: string | null }): boolean {
  if (who.kind !== 'person') return false;
  if (readsProvince(who)) return true;
  if (hasRole(who, Role.UNIT_HEAD) && who.unitIds.includes(unit.id)) return true;
  return hasRole(who, Role.AGENCY_ADMIN) && (who.agencyIds.includes(unit.id) || (!!unit.parentId && who.agencyIds.includes(unit.parentId)));
}

/** Who brings past diaries in: province admins anyone's, an agency's admins its people's. */
export function importScope(who: Identity): { all: true } | { agencyIds: string[] } | null {
  if (who.kind !== 'person') return null;
  if (hasRole(who, Role.PROVINCE_ADMIN)) return { all: true };
  if (hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.length > 0) return { agencyIds: who.agencyIds };
  return null;
}

/**
 * Who sends today's reminders now rather than at the scheduled hour, and for what: province admins
 * the province or any agency; an agency's admins their agency (named, or their only one). Null: no.
 */
export function reminderRunScope(who: Identity, agencyId: string | null): string | null {
  if (who.kind !== 'person') return null;
  if (hasRole(who, Role.PROVINCE_ADMIN)) return agencyId ?? 'province';
  if (!hasRole(who, Role.AGENCY_ADMIN)) return null;
  const target = agencyId ?? (who.agencyIds.length === 1 ? who.agencyIds[0]! : null);
  return target && who.agencyIds.includes(target) ? target : null;
}
