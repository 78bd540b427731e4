import { Role } from './roles.js';

/**
 * Who is calling, as the gateway established it. `agencyIds` scope agency roles (agency admin,
 * staff directory); `unitIds` scope a unit head. An integration client has no employee id.
 */
export interface Identity {
  subject: string;
  kind: 'person' | 'client' | 'service';
  employeeId: string | null;
  name: string | null;
  roles: Role[];
  agencyIds: string[];
  unitIds: string[];
}

export const hasRole = (identity: Identity, ...roles: Role[]) => roles.some((role) => identity.roles.includes(role));

/** Province roles read everything; a question about existence cannot leak to them. */
export const readsProvince = (identity: Identity) => hasRole(identity, Role.PROVINCE_ADMIN, Role.PROVINCE_ANALYST);

/** One of the graph's own subgraphs, asking another for facts it owns. */
export const isService = (identity: Identity) => identity.kind === 'service' && identity.roles.includes(Role.SERVICE);

/** Who did it, as an audit trail records it: the subject, and the name when the token carries one. */
export const actorLabel = (identity: Identity) => (identity.name ? `${identity.subject} (${identity.name})` : identity.subject);

export const isPerson = (identity: Identity) => identity.kind === 'person' && identity.employeeId !== null;

/**
 * Who may read how much a work item is used (its diary facts: entries, people, minutes against the
 * standard), given the agencies that keep the item (`WorkItem.keeperAgencyIds`, decided by the
 * catalogue). Two subgraphs open those facts — the diary through `WorkItem.usage`, the catalogue
 * through `catalogueHygiene` — and one rule decides for both, so the same facts are never open
 * through one door and closed through the other. It lives here, in the floor both stand on, because
 * no subgraph imports another.
 *
 * The graph's own services (the catalogue asks the diary for hygiene, as itself), province roles
 * (every item, as they read all of hygiene), and an item's keepers: an agency or catalogue admin of
 * one of its keeper agencies. Nobody else — not staff, not another agency's admins (an agency's own
 * list is its business), not an integration client.
 */
export function canReadWorkItemUsage(who: Identity, keepers: readonly string[] | null | undefined): boolean {
  if (isService(who) || readsProvince(who)) return true;
  if (who.kind !== 'person' || !hasRole(who, Role.AGENCY_ADMIN, Role.CATALOGUE_ADMIN)) return false;
  return (keepers ?? []).some((agencyId) => who.agencyIds.includes(agencyId));
}

/** A person whose work is read, with the facts the rule needs (from personnel, through the gateway). */
export interface WorkOwner {
  id: string;
  agencyId?: string | null;
  divisionId?: string | null;
  supervisorId?: string | null;
}

/**
 * Who reads a person's work — their diary, their teaching load, whatever a subgraph records of
 * what they did: the person, their supervisor, the head of their unit, their agency's admins, and
 * province roles. Integration clients never do. One rule for every subgraph that keeps such
 * records, so a person's work is not open through one door and closed through another.
 */
export function canReadPersonsWork(who: Identity, owner: WorkOwner): boolean {
  if (who.kind !== 'person') return false;
  if (readsProvince(who) || who.employeeId === owner.id) return true;
  if (owner.supervisorId && who.employeeId === owner.supervisorId) return true;
  if (owner.divisionId && hasRole(who, Role.UNIT_HEAD) && who.unitIds.includes(owner.divisionId)) return true;
  return Boolean(owner.agencyId && hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.includes(owner.agencyId));
}
