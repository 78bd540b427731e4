import { decodeCursor, DomainError, forbidden, isService, pageSize, signedInEmployeeId, toPage, type PageArgs } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Agency,
  AgencyKind,
  Employee,
  EmploymentStatus,
  JobPosition,
  Placement,
  PlacementKind,
  SEPARATED_STATUSES,
} from '../entities/index.js';
import type {
  CreateEmployeeInput,
  DeactivateEmployeeInput,
  EmployeeFilter,
  EmployeeOrder,
  PlacementInput,
  UpdateEmployeeInput,
} from './inputs.js';
import { canManageWithin, canReadEmployee, canReadOrgChart, canReadPersonalRecord, directoryScope } from '../rules/access.js';
import { foldVietnamese, sortKey } from '../rules/names.js';
import { assertFollows, dayBefore, placementOn } from '../rules/placement.js';
import { EmployeeSortField, EmployeeStore, SortDirection } from '../store/employee.store.js';
import type { PersonnelContext } from './context.js';
import { endAgencyRolesOnTransfer } from './grant.service.js';
import { codeOf, duplicateCode, readable, required, uniqueCode, writable } from '@kpi/platform';
import { employmentStatusLabel } from '../labels.js';
import { named, plain, said } from '../messages.js';

const IN_SERVICE = [EmploymentStatus.ACTIVE, EmploymentStatus.ON_LEAVE];

export async function employeeById(ctx: PersonnelContext, id: string) {
  return readable(ctx.identity, await ctx.loaders.employee.load(id), (e) => canReadEmployee(ctx.identity, e), said.thisEmployee());
}

export async function employeeByCode(ctx: PersonnelContext, code: string) {
  return readable(ctx.identity, await ctx.loaders.employeeByCode.load(code), (e) => canReadEmployee(ctx.identity, e), said.thisEmployee());
}

export async function me(ctx: PersonnelContext) {
  return ctx.loaders.employee.load(signedInEmployeeId(ctx.identity));
}

export async function listEmployees(ctx: PersonnelContext, given: EmployeeFilter | null = {}, order?: EmployeeOrder, page: PageArgs = {}) {
  const filter = given ?? {};
  const scope = directoryScope(ctx.identity);
  if (scope !== 'all' && scope.length === 0 && !ctx.identity.employeeId) throw forbidden(said.theStaffDirectory());
  assertIdLists(filter);
  const size = pageSize(page.first);
  let withinPath: string | undefined;
  if (filter.agencyId) {
    const within = await ctx.loaders.agency.load(filter.agencyId);
    if (!within) return toPage<Employee>([], size, 0, (e) => [e.sortName, e.id], false);
    withinPath = within.path;
  }
  const after = page.after ? decodeCursor(page.after) : null;
  const sort = { field: order?.field ?? EmployeeSortField.NAME, direction: order?.direction ?? SortDirection.ASC };
  const { rows, total, cursorOf } = await new EmployeeStore(ctx.em).page(
    { ...filter, withinPath },
    { agencies: scope, selfId: ctx.identity.employeeId },
    sort,
    size,
    after ? [String(after[0]), after[1]] : null,
  );
  for (const row of rows) ctx.loaders.employee.prime(row.id, row);
  return toPage(rows, size, total, cursorOf, Boolean(after));
}

/**
 * For the graph's own services (scoring): every placement overlapping from..to, but separations,
 * of the employees the filter names (everyone when none), in one statement and one answer — the
 * people a period scores, without paging through the directory.
 */
export async function placementsIn(ctx: PersonnelContext, from: string, to: string, given: EmployeeFilter | null = {}) {
  if (!isService(ctx.identity)) throw forbidden(said.everyonesPlacements());
  if (from > to) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.rangeBackwards(), { field: 'to' });
  const filter = given ?? {};
  assertIdLists(filter);
  let withinPath: string | undefined;
  if (filter.agencyId) {
    const within = await ctx.loaders.agency.load(filter.agencyId);
    if (!within) return [];
    withinPath = within.path;
  }
  return new EmployeeStore(ctx.em).placementsIn(from, to, { ...filter, withinPath });
}

/** The filter's lists of ids: at most a page of them (each is a uuid, checked with every ID), a range in order. */
function assertIdLists(filter: EmployeeFilter) {
  const lists = [
    ['ids', filter.ids],
    ['supervisedBy.supervisorIds', filter.supervisedBy?.supervisorIds],
  ] as const;
  for (const [field, ids] of lists) {
    if (!ids) continue;
    if (ids.length > MAX_IDS)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, said.tooManyIds({ max: plain(MAX_IDS) }), { field: `filter.${field}` });
  }
  if (filter.supervisedBy && filter.supervisedBy.from > filter.supervisedBy.to)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.rangeBackwards(), { field: 'filter.supervisedBy.to' });
}
const MAX_IDS = 500;

/** The people scoringUnits starts from, at most, a call: an agency's people for its computation. */
const MAX_UNIT_IDS = 5000;

/**
 * The graph's own services only (scoring): the placements over a range of these people and of the
 * units they led, down every level (EmployeeStore.unitPlacements), in one statement however deep.
 */
export async function scoringUnits(ctx: PersonnelContext, ids: readonly string[], from: string, to: string) {
  if (!isService(ctx.identity)) throw forbidden(said.scoringUnits());
  if (ids.length > MAX_UNIT_IDS)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.tooManyIds({ max: plain(MAX_UNIT_IDS) }), { field: 'ids' });
  if (from > to) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.rangeBackwards(), { field: 'to' });
  return new EmployeeStore(ctx.em).unitPlacements(ids, from, to);
}

/** Direct reports, visible only to those who may read the manager's directory. */
export async function subordinatesOf(ctx: PersonnelContext, employee: Employee) {
  const reports = await ctx.loaders.directReports.load(employee.id);
  return reports.filter((report) => canReadEmployee(ctx.identity, report));
}

export async function placementsOf(ctx: PersonnelContext, employee: Employee) {
  if (!canReadPersonalRecord(ctx.identity, employee)) throw forbidden(said.thisPlacementHistory());
  return ctx.loaders.placements.load(employee.id);
}

export async function placementOfOn(ctx: PersonnelContext, employee: Employee, date: string) {
  return placementOn(await placementsOf(ctx, employee), date);
}

/** Who held a position on a date: the question later periods' scores ask. */
export async function positionHolders(ctx: PersonnelContext, positionId: string, date: string) {
  if (!canReadOrgChart(ctx.identity)) throw forbidden(said.thisJobPosition());
  const placements = await new EmployeeStore(ctx.em).holdersOn(positionId, date);
  const holders = await ctx.loaders.employee.loadMany(placements.map((p) => p.employeeId));
  return holders.filter((e): e is Employee => e instanceof Employee && canReadEmployee(ctx.identity, e));
}

interface Target {
  agency: Agency;
  division: Agency | null;
  position: JobPosition;
  supervisor: Employee | null;
}

/** An id that names nothing: each kind says so in its own words. */
const noSuch = { agency: said.noAgency, division: said.noDivision, position: said.noPosition, employee: said.noEmployee };
const invalidReference = (field: string, what: keyof typeof noSuch, id: string) =>
  new DomainError(ErrorCode.INVALID_REFERENCE, noSuch[what]({ id }), { field });

/**
 * Resolves and checks where someone is being placed: the agency is managed by the caller, the
 * division lies inside it, the position belongs to it, the supervisor is in service.
 */
async function resolveTarget(
  ctx: PersonnelContext,
  em: EntityManager,
  ids: { agencyId: string; divisionId?: string | null; positionId: string; supervisorId?: string | null },
): Promise<Target> {
  const agency = await em.findOne(Agency, { id: ids.agencyId });
  if (!agency || !canManageWithin(ctx.identity, agency.path)) {
    if (!agency && canManageWithin(ctx.identity, '/')) throw invalidReference('agencyId', 'agency', ids.agencyId);
    throw forbidden(said.thisAgency());
  }
  if (agency.kind === AgencyKind.DIVISION) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.agencyIsDivision(), { field: 'agencyId' });
  let division: Agency | null = null;
  if (ids.divisionId) {
    division = await em.findOne(Agency, { id: ids.divisionId });
    if (!division) throw invalidReference('divisionId', 'division', ids.divisionId);
    if (division.kind !== AgencyKind.DIVISION || !division.path.startsWith(agency.path))
      throw new DomainError(ErrorCode.DIVISION_NOT_IN_AGENCY, said.notADivisionOf({ division: division.name, agency: agency.name }), {
        field: 'divisionId',
      });
  }
  const position = await em.findOne(JobPosition, { id: ids.positionId });
  if (!position) throw invalidReference('positionId', 'position', ids.positionId);
  if (position.agencyId !== agency.id)
    throw new DomainError(
      ErrorCode.POSITION_NOT_IN_AGENCY,
      said.positionElsewhere({ title: position.title, code: position.code, agency: agency.name }),
      {
        field: 'positionId',
      },
    );
  if (!position.active)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.positionInactive({ code: position.code }), { field: 'positionId' });
  let supervisor: Employee | null = null;
  if (ids.supervisorId) {
    supervisor = await em.findOne(Employee, { id: ids.supervisorId });
    if (!supervisor) throw invalidReference('supervisorId', 'employee', ids.supervisorId);
    if (!IN_SERVICE.includes(supervisor.status))
      throw new DomainError(ErrorCode.EMPLOYEE_INACTIVE, said.supervisorInactive({ name: supervisor.fullName }), {
        field: 'supervisorId',
      });
  }
  return { agency, division, position, supervisor };
}

async function assertNoSupervisorCycle(em: EntityManager, employeeId: string, supervisorId: string | null) {
  if (!supervisorId) return;
  if (supervisorId === employeeId || (await new EmployeeStore(em).reportsTo(supervisorId, employeeId)))
    throw new DomainError(ErrorCode.SUPERVISOR_CYCLE, said.supervisorCycle(), {
      field: 'supervisorId',
    });
}

export async function createEmployee(ctx: PersonnelContext, input: CreateEmployeeInput) {
  const code = codeOf('code', input.code);
  const fullName = required('fullName', input.fullName, said.theFullName());
  assertFollows(null, input.startDate);
  return ctx.em.transactional(async (em) => {
    const target = await resolveTarget(ctx, em, input);
    if (await em.findOne(Employee, { code })) throw duplicateCode(said.anEmployee(), code);
    const employee = em.create(Employee, {
      code,
      fullName,
      searchName: foldVietnamese(fullName),
      sortName: sortKey(fullName),
      staffType: input.staffType,
      agencyId: target.agency.id,
      divisionId: target.division?.id ?? null,
      positionId: target.position.id,
      supervisorId: target.supervisor?.id ?? null,
      email: input.email?.trim() || null,
    } as Employee);
    // Foreign keys are plain columns, so the unit of work does not order inserts: the employee first.
    await uniqueCode(code, said.anEmployee(), () => em.flush());
    em.create(Placement, {
      employeeId: employee.id,
      kind: PlacementKind.HIRE,
      agencyId: employee.agencyId,
      divisionId: employee.divisionId,
      positionId: employee.positionId,
      supervisorId: employee.supervisorId,
      effectiveFrom: input.startDate,
      decisionNumber: input.decisionNumber ?? null,
      recordedBy: ctx.identity.subject,
    } as Placement);
    await em.flush();
    return employee;
  });
}

async function managedEmployee(ctx: PersonnelContext, em: EntityManager, id: string) {
  const found = await em.findOne(Employee, { id });
  const agency = found ? await em.findOne(Agency, { id: found.agencyId }) : null;
  return writable(
    ctx.identity,
    found,
    () => Boolean(agency && canManageWithin(ctx.identity, agency.path)),
    said.anEmployeeRecord(),
    said.byId({ id }),
  );
}

export async function updateEmployee(ctx: PersonnelContext, id: string, input: UpdateEmployeeInput) {
  return ctx.em.transactional(async (em) => {
    const employee = await managedEmployee(ctx, em, id);
    if (input.fullName !== undefined && input.fullName !== null) {
      employee.fullName = required('fullName', input.fullName, said.theFullName());
      employee.searchName = foldVietnamese(employee.fullName);
      employee.sortName = sortKey(employee.fullName);
    }
    if (input.staffType) employee.staffType = input.staffType;
    if (input.email !== undefined) employee.email = input.email?.trim() || null;
    if (input.supervisorId !== undefined && input.supervisorId !== employee.supervisorId) {
      if (input.supervisorId) {
        const supervisor = await em.findOne(Employee, { id: input.supervisorId });
        if (!supervisor) throw invalidReference('supervisorId', 'employee', input.supervisorId);
        if (!IN_SERVICE.includes(supervisor.status))
          throw new DomainError(ErrorCode.EMPLOYEE_INACTIVE, said.supervisorInactive({ name: supervisor.fullName }), {
            field: 'supervisorId',
          });
      }
      await assertNoSupervisorCycle(em, employee.id, input.supervisorId ?? null);
      employee.supervisorId = input.supervisorId ?? null;
      // A change of supervisor without a decision corrects the current placement, not history.
      const open = await new EmployeeStore(em).openPlacement(employee.id);
      if (open) open.supervisorId = employee.supervisorId;
    }
    await em.flush();
    ctx.loaders.employee.clear(employee.id).prime(employee.id, employee);
    return employee;
  });
}

/** Closes the open placement the day before `effectiveFrom` and opens the next one. */
async function replacePlacement(
  ctx: PersonnelContext,
  em: EntityManager,
  employee: Employee,
  next: Omit<Placement, 'id' | 'recordedAt' | 'effectiveTo' | 'recordedBy' | 'imported'>,
) {
  const open = await new EmployeeStore(em).openPlacement(employee.id);
  assertFollows(open?.effectiveFrom ?? null, next.effectiveFrom);
  if (open) {
    open.effectiveTo = dayBefore(next.effectiveFrom);
    // The partial unique index allows one open placement: close before opening.
    await em.flush();
  }
  em.create(Placement, { ...next, recordedBy: ctx.identity.subject } as Placement);
}

export async function recordPlacement(ctx: PersonnelContext, kind: PlacementKind, input: PlacementInput) {
  return ctx.em.transactional(async (em) => {
    const employee = await managedEmployee(ctx, em, input.employeeId);
    if (!IN_SERVICE.includes(employee.status))
      throw new DomainError(
        ErrorCode.EMPLOYEE_INACTIVE,
        said.noLongerInService({ name: employee.fullName, status: named(employee.status, employmentStatusLabel) }),
        {
          field: 'employeeId',
        },
      );
    const agencyId = input.agencyId ?? employee.agencyId;
    const sameAgency = agencyId === employee.agencyId;
    const supervisorId = input.supervisorId !== undefined ? input.supervisorId : sameAgency ? employee.supervisorId : null;
    const target = await resolveTarget(ctx, em, { agencyId, divisionId: input.divisionId, positionId: input.positionId, supervisorId });
    if (kind === PlacementKind.APPOINTMENT && !target.position.isLeadership)
      throw new DomainError(ErrorCode.NOT_A_LEADERSHIP_POSITION, said.appointmentNotLeadership({ title: target.position.title }), {
        field: 'positionId',
      });
    await assertNoSupervisorCycle(em, employee.id, target.supervisor?.id ?? null);
    await replacePlacement(ctx, em, employee, {
      employeeId: employee.id,
      kind,
      agencyId: target.agency.id,
      divisionId: target.division?.id ?? null,
      positionId: target.position.id,
      supervisorId: target.supervisor?.id ?? null,
      effectiveFrom: input.effectiveFrom,
      decisionNumber: input.decisionNumber ?? null,
      reason: input.reason ?? null,
    });
    if (target.agency.id !== employee.agencyId) await endAgencyRolesOnTransfer(ctx, em, employee.id, input.effectiveFrom);
    employee.agencyId = target.agency.id;
    employee.divisionId = target.division?.id ?? null;
    employee.positionId = target.position.id;
    employee.supervisorId = target.supervisor?.id ?? null;
    await em.flush();
    ctx.loaders.employee.clear(employee.id).prime(employee.id, employee);
    ctx.loaders.placements.clear(employee.id);
    // Their scope (agency, unit) or service changed: the gateway drops what it remembers at once.
    ctx.accessChanged.add(employee.id);
    return employee;
  });
}

export async function deactivateEmployee(ctx: PersonnelContext, input: DeactivateEmployeeInput) {
  if (!(SEPARATED_STATUSES as readonly EmploymentStatus[]).includes(input.status))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.deactivationStatus({ statuses: SEPARATED_STATUSES.join(', ') }), {
      field: 'status',
    });
  return ctx.em.transactional(async (em) => {
    const employee = await managedEmployee(ctx, em, input.employeeId);
    if (!IN_SERVICE.includes(employee.status))
      throw new DomainError(
        ErrorCode.EMPLOYEE_INACTIVE,
        said.alreadyOutOfService({ name: employee.fullName, status: named(employee.status, employmentStatusLabel) }),
        {
          field: 'employeeId',
        },
      );
    await replacePlacement(ctx, em, employee, {
      employeeId: employee.id,
      kind: PlacementKind.SEPARATION,
      agencyId: employee.agencyId,
      divisionId: employee.divisionId,
      positionId: null,
      supervisorId: null,
      effectiveFrom: input.effectiveFrom,
      decisionNumber: input.decisionNumber ?? null,
      reason: input.reason ?? input.status,
    });
    employee.status = input.status;
    employee.positionId = null;
    await em.flush();
    ctx.loaders.employee.clear(employee.id).prime(employee.id, employee);
    ctx.loaders.placements.clear(employee.id);
    // Their scope (agency, unit) or service changed: the gateway drops what it remembers at once.
    ctx.accessChanged.add(employee.id);
    return employee;
  });
}
