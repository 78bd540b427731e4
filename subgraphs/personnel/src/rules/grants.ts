import { dayBefore, DomainError, hasRole, isService, readsProvince, Role, type Identity } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { isWithin } from './tree.js';
import { roleLabel } from '../labels.js';
import { named, said } from '../messages.js';

/**
 * Who may do what is data. Every person in service is STAFF of the agency they are placed in; a
 * person in a leadership post is UNIT_HEAD of the unit they lead (their division, or their agency
 * when they sit at its top); the other roles are grants a province or agency admin makes.
 */

/** The roles given by a grant; STAFF and UNIT_HEAD follow from placement, the others are no person's. */
export const GRANTABLE: readonly Role[] = [Role.AGENCY_ADMIN, Role.CATALOGUE_ADMIN, Role.PROVINCE_ANALYST, Role.PROVINCE_ADMIN];
/** Roles over one agency: the grant names it. */
export const AGENCY_ROLES: readonly Role[] = [Role.AGENCY_ADMIN, Role.CATALOGUE_ADMIN];

export interface GrantFacts {
  role: Role;
  agencyId: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  revokedAt: Date | null;
}

/** A grant counts on `day` (at `now`) when its dates hold the day and it is not revoked. */
export const grantHolds = (grant: GrantFacts, day: string, now: Date) =>
  grant.effectiveFrom <= day &&
  (grant.effectiveTo === null || day <= grant.effectiveTo) &&
  (grant.revokedAt === null || grant.revokedAt > now);

/** The shape of a grant: a grantable role, an agency for agency roles and none for province roles, dates in order. */
export function assertGrantShape(input: { role: Role; agencyId?: string | null; effectiveFrom: string; effectiveTo?: string | null }) {
  if (!GRANTABLE.includes(input.role))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.notGrantable({ role: named(input.role, roleLabel) }), { field: 'role' });
  if (AGENCY_ROLES.includes(input.role) !== Boolean(input.agencyId))
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      AGENCY_ROLES.includes(input.role)
        ? said.agencyRoleNeedsAgency({ role: named(input.role, roleLabel) })
        : said.provinceRoleHasNoAgency({ role: named(input.role, roleLabel) }),
      { field: 'agencyId' },
    );
  if (input.effectiveTo && input.effectiveTo < input.effectiveFrom)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.grantEndsBeforeStart(), { field: 'effectiveTo' });
}

/**
 * Who may grant or revoke: a province admin any role; an agency admin the agency roles over an
 * agency inside their own. Nobody grants to themselves (a second person always decides).
 */
export function canGrant(who: Identity, grant: { role: Role; employeeId: string }, agencyPath: string | null): boolean {
  if (who.kind !== 'person' || who.employeeId === grant.employeeId) return false;
  if (hasRole(who, Role.PROVINCE_ADMIN)) return true;
  return (
    hasRole(who, Role.AGENCY_ADMIN) &&
    AGENCY_ROLES.includes(grant.role) &&
    agencyPath !== null &&
    who.agencyIds.some((agencyId) => isWithin(agencyPath, agencyId))
  );
}

/**
 * A transfer to another agency ends the person's agency roles (they administered the agency they
 * leave, not the one they join): a grant in force ends the day before the transfer takes effect, a
 * grant not yet begun is revoked. A new agency's admin grants them anew if it wants to.
 */
export function endOnTransfer(grant: GrantFacts, transferDay: string): { effectiveTo: string } | 'revoke' | null {
  if (!AGENCY_ROLES.includes(grant.role) || grant.revokedAt !== null) return null;
  if (grant.effectiveTo !== null && grant.effectiveTo < transferDay) return null;
  return grant.effectiveFrom < transferDay ? { effectiveTo: dayBefore(transferDay) } : 'revoke';
}

/** What a person may do on a day: their roles and the agencies and units they hold them over. */
export interface Access {
  roles: Role[];
  agencyIds: string[];
  unitIds: string[];
}

/**
 * A person's access from the records: placement (in service or not, where, in which post) and the
 * grants that hold. Someone out of service has none, whatever they were granted.
 */
export function accessOf(
  person: { inService: boolean; agencyId: string; divisionId: string | null; leads: boolean },
  grants: readonly GrantFacts[],
  day: string,
  now: Date,
): Access | null {
  if (!person.inService) return null;
  const roles = new Set<Role>([Role.STAFF]);
  const agencyIds = new Set([person.agencyId]);
  const unitIds: string[] = [];
  if (person.leads) {
    roles.add(Role.UNIT_HEAD);
    unitIds.push(person.divisionId ?? person.agencyId);
  }
  for (const grant of grants.filter((g) => grantHolds(g, day, now))) {
    roles.add(grant.role);
    if (grant.agencyId) agencyIds.add(grant.agencyId);
  }
  return { roles: [...roles], agencyIds: [...agencyIds], unitIds };
}

/** A person's access is read by themselves, province roles, their agency's admins and the graph's services. */
export const canReadAccess = (who: Identity, employee: { id: string; agencyId: string }) =>
  isService(who) ||
  readsProvince(who) ||
  (who.kind === 'person' &&
    (who.employeeId === employee.id || (hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.includes(employee.agencyId))));
