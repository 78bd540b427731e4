import { Connection, PageArgs, GraphQLLocalDate } from '@kpi/platform';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Agency, Employee, JobPosition, Placement, PlacementKind } from '../entities/index.js';
import { canReadEmployee } from '../rules/access.js';
import type { PersonnelContext } from '../services/context.js';
import * as employees from '../services/employee.service.js';
import {
  CreateEmployeeInput,
  DeactivateEmployeeInput,
  EmployeeFilter,
  EmployeeOrder,
  PlacementInput,
  UpdateEmployeeInput,
} from '../services/inputs.js';

export const EmployeeConnection = Connection(Employee, 'Employee');

/** A related person is shown only to those who may read them; otherwise the field is null. */
async function visibleEmployee(ctx: PersonnelContext, id: string | null) {
  if (!id) return null;
  const employee = await ctx.loaders.employee.load(id);
  return employee && canReadEmployee(ctx.identity, employee) ? employee : null;
}

@Resolver(() => Employee)
export class EmployeeResolver {
  @Query(() => Employee, { nullable: true })
  employee(@Arg('id', () => ID) id: string, @Ctx() ctx: PersonnelContext) {
    return employees.employeeById(ctx, id);
  }

  @Query(() => Employee, { nullable: true })
  employeeByCode(@Arg('code') code: string, @Ctx() ctx: PersonnelContext) {
    return employees.employeeByCode(ctx, code);
  }

  @Query(() => Employee, { nullable: true, description: 'The signed-in person' })
  me(@Ctx() ctx: PersonnelContext) {
    return employees.me(ctx);
  }

  @Query(() => EmployeeConnection, { description: 'The staff directory the caller may read, filtered and sorted' })
  employees(
    @Arg('filter', () => EmployeeFilter, { nullable: true }) filter: EmployeeFilter | undefined,
    @Arg('orderBy', () => EmployeeOrder, { nullable: true }) orderBy: EmployeeOrder | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: PersonnelContext,
  ) {
    return employees.listEmployees(ctx, filter, orderBy, page);
  }

  @Mutation(() => Employee)
  createEmployee(@Arg('input') input: CreateEmployeeInput, @Ctx() ctx: PersonnelContext) {
    return employees.createEmployee(ctx, input);
  }

  @Mutation(() => Employee)
  updateEmployee(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateEmployeeInput, @Ctx() ctx: PersonnelContext) {
    return employees.updateEmployee(ctx, id, input);
  }

  @Mutation(() => Employee, { description: 'Điều động: move to another agency, division or position from a date' })
  transferEmployee(@Arg('input') input: PlacementInput, @Ctx() ctx: PersonnelContext) {
    return employees.recordPlacement(ctx, PlacementKind.TRANSFER, input);
  }

  @Mutation(() => Employee, { description: 'Luân chuyển: rotate to another post from a date' })
  rotateEmployee(@Arg('input') input: PlacementInput, @Ctx() ctx: PersonnelContext) {
    return employees.recordPlacement(ctx, PlacementKind.ROTATION, input);
  }

  @Mutation(() => Employee, { description: 'Bổ nhiệm: appoint to a leadership position from a date' })
  appointEmployee(@Arg('input') input: PlacementInput, @Ctx() ctx: PersonnelContext) {
    return employees.recordPlacement(ctx, PlacementKind.APPOINTMENT, input);
  }

  @Mutation(() => Employee, { description: 'End service (retirement, resignation, transfer out…) from a date' })
  deactivateEmployee(@Arg('input') input: DeactivateEmployeeInput, @Ctx() ctx: PersonnelContext) {
    return employees.deactivateEmployee(ctx, input);
  }

  @FieldResolver(() => Agency)
  agency(@Root() employee: Employee, @Ctx() ctx: PersonnelContext) {
    return ctx.loaders.agency.load(employee.agencyId);
  }

  @FieldResolver(() => Agency, { nullable: true })
  division(@Root() employee: Employee, @Ctx() ctx: PersonnelContext) {
    return employee.divisionId ? ctx.loaders.agency.load(employee.divisionId) : null;
  }

  @FieldResolver(() => JobPosition, { nullable: true })
  position(@Root() employee: Employee, @Ctx() ctx: PersonnelContext) {
    return employee.positionId ? ctx.loaders.position.load(employee.positionId) : null;
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The direct supervisor, when the caller may read them' })
  supervisor(@Root() employee: Employee, @Ctx() ctx: PersonnelContext) {
    return visibleEmployee(ctx, employee.supervisorId);
  }

  @FieldResolver(() => [Employee], { description: 'Direct reports the caller may read' })
  subordinates(@Root() employee: Employee, @Ctx() ctx: PersonnelContext) {
    return employees.subordinatesOf(ctx, employee);
  }

  @FieldResolver(() => [Placement], { description: 'Every placement, oldest first (self, supervisor, unit head, agency admin, province)' })
  placements(@Root() employee: Employee, @Ctx() ctx: PersonnelContext) {
    return employees.placementsOf(ctx, employee);
  }

  @FieldResolver(() => Placement, { nullable: true, description: 'Where they worked, in which position, on a date' })
  placementOn(@Root() employee: Employee, @Arg('date', () => GraphQLLocalDate) date: string, @Ctx() ctx: PersonnelContext) {
    return employees.placementOfOn(ctx, employee, date);
  }
}

@Resolver(() => Placement)
export class PlacementResolver {
  @FieldResolver(() => Agency)
  agency(@Root() placement: Placement, @Ctx() ctx: PersonnelContext) {
    return ctx.loaders.agency.load(placement.agencyId);
  }

  @FieldResolver(() => Agency, { nullable: true })
  division(@Root() placement: Placement, @Ctx() ctx: PersonnelContext) {
    return placement.divisionId ? ctx.loaders.agency.load(placement.divisionId) : null;
  }

  @FieldResolver(() => JobPosition, { nullable: true })
  position(@Root() placement: Placement, @Ctx() ctx: PersonnelContext) {
    return placement.positionId ? ctx.loaders.position.load(placement.positionId) : null;
  }

  @FieldResolver(() => Employee, { nullable: true })
  supervisor(@Root() placement: Placement, @Ctx() ctx: PersonnelContext) {
    return visibleEmployee(ctx, placement.supervisorId);
  }
}
