import { clockNow, DomainError, forbidden, hasRole, readsProvince, required, Role, todayInVietnam, writable } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { Employee, EmploymentStatus, RoleGrant } from '../entities/index.js';
import { accessOf, assertGrantShape, canGrant, canReadAccess, endOnTransfer, grantHolds } from '../rules/grants.js';
import { GrantStore } from '../store/grant.store.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PersonnelContext } from './context.js';
import type { EmployeeAccess, GrantRoleInput, RoleGrantFilter } from './inputs.js';
import { moment, said } from '../messages.js';

const IN_SERVICE = [EmploymentStatus.ACTIVE, EmploymentStatus.ON_LEAVE];

/** The path of the agency a grant is over (null for province roles), for the admin's scope. */
async function pathOf(ctx: PersonnelContext, agencyId: string | null): Promise<string | null> {
  if (!agencyId) return null;
  const agency = await ctx.loaders.agency.load(agencyId);
  if (!agency) throw new DomainError(ErrorCode.INVALID_REFERENCE, said.noAgency({ id: agencyId }), { field: 'agencyId' });
  return agency.path;
}

/** A province or agency admin gives a person a role, from a date; the grant is its own record of who and why. */
export async function grantRole(ctx: PersonnelContext, input: GrantRoleInput) {
  const effectiveFrom = input.effectiveFrom ?? todayInVietnam();
  assertGrantShape({ ...input, effectiveFrom });
  const reason = required('reason', input.reason, said.theGrantReason());
  const employee = await ctx.loaders.employee.load(input.employeeId);
  const path = await pathOf(ctx, input.agencyId ?? null);
  if (!canGrant(ctx.identity, input, path)) throw forbidden(said.grantingThisRole());
  if (!employee) throw new DomainError(ErrorCode.INVALID_REFERENCE, said.noEmployee({ id: input.employeeId }), { field: 'employeeId' });
  if (!IN_SERVICE.includes(employee.status))
    throw new DomainError(ErrorCode.EMPLOYEE_INACTIVE, said.roleWouldNeverHold({ code: employee.code }), { field: 'employeeId' });
  const grant = ctx.em.create(RoleGrant, {
    employeeId: employee.id,
    role: input.role,
    agencyId: input.agencyId ?? null,
    effectiveFrom,
    effectiveTo: input.effectiveTo ?? null,
    grantedBy: ctx.identity.subject,
    reason,
  } as RoleGrant);
  await ctx.em.flush();
  ctx.loaders.grants.clear(employee.id);
  ctx.accessChanged.add(employee.id);
  return grant;
}

/**
 * Revoking ends a grant at once: the gateway that carried the revocation drops the person's
 * remembered access (ACCESS_CHANGED_HEADER); another gateway within its cache bound.
 */
export async function revokeRole(ctx: PersonnelContext, id: string, reason: string) {
  const why = required('reason', reason, said.theRevocationReason());
  const found = await ctx.em.findOne(RoleGrant, { id });
  const path = found ? await pathOf(ctx, found.agencyId) : null;
  const grant = writable(ctx.identity, found, (g) => canGrant(ctx.identity, g, path), said.aRoleGrant(), said.byId({ id }));
  if (grant.revokedAt)
    throw new DomainError(ErrorCode.ALREADY_DECIDED, said.grantAlreadyRevoked({ at: moment(grant.revokedAt) }), { field: 'id' });
  grant.revokedAt = clockNow();
  grant.revokedBy = ctx.identity.subject;
  grant.revokeReason = why;
  await ctx.em.flush();
  ctx.loaders.grants.clear(grant.employeeId);
  ctx.accessChanged.add(grant.employeeId);
  return grant;
}

/** Ends the agency roles of a person transferred to another agency on `day` (rules/grants.ts endOnTransfer), in `em`'s transaction. */
export async function endAgencyRolesOnTransfer(ctx: PersonnelContext, em: EntityManager, employeeId: string, day: string) {
  for (const grant of await new GrantStore(em).ofEmployees([employeeId])) {
    const end = endOnTransfer(grant, day);
    if (end === 'revoke') {
      grant.revokedAt = clockNow();
      grant.revokedBy = ctx.identity.subject;
      grant.revokeReason = `Chuyển công tác từ ${day}`;
    } else if (end) grant.effectiveTo = end.effectiveTo;
  }
  ctx.loaders.grants.clear(employeeId);
}

/** The grants a caller may see: province roles all of them, an agency admin those over their agencies. */
export async function roleGrants(ctx: PersonnelContext, filter: RoleGrantFilter = {}) {
  const who = ctx.identity;
  let agencyIds: string[] | undefined;
  if (!readsProvince(who)) {
    if (who.kind !== 'person' || !hasRole(who, Role.AGENCY_ADMIN)) throw forbidden(said.theRoleGrants());
    agencyIds = who.agencyIds;
  }
  const rows = await ctx.loaders.grantStore.list({ employeeId: filter.employeeId, agencyIds });
  const today = todayInVietnam();
  const now = clockNow();
  return rows.filter((g) => (!filter.agencyId || g.agencyId === filter.agencyId) && (filter.includeEnded || grantHolds(g, today, now)));
}

/** What a person may do today, from their placement and grants: for themselves, their admins and the graph's services. */
export async function accessToday(ctx: PersonnelContext, employee: Employee): Promise<EmployeeAccess | null> {
  if (!canReadAccess(ctx.identity, employee)) return null;
  const [position, grants] = await Promise.all([
    employee.positionId ? ctx.loaders.position.load(employee.positionId) : Promise.resolve(null),
    ctx.loaders.grants.load(employee.id),
  ]);
  const today = todayInVietnam();
  const access = accessOf(
    {
      inService: IN_SERVICE.includes(employee.status),
      agencyId: employee.agencyId,
      divisionId: employee.divisionId,
      leads: position?.isLeadership ?? false,
    },
    grants,
    today,
    clockNow(),
  );
  return access && { ...access, on: today };
}
