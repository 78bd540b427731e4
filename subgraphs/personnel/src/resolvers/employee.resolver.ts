import { Connection, PageArgs, GraphQLLocalDate, described, ME_DESCRIPTION, Parent } from '@kpi/platform';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
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
  ScoringPlacement,
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
  @Query(() => Employee, {
    nullable: true,
    description: described(
      'An employee by id, when the caller may read them; null when none is found (FORBIDDEN instead for a caller who does not read the whole province)',
      'Cán bộ theo mã định danh, nếu người gọi được xem; null khi không tìm thấy (với người gọi không được xem toàn tỉnh: FORBIDDEN)',
    ),
  })
  employee(@Arg('id', () => ID, { description: described('Their id', 'Mã định danh') }) id: string, @Ctx() ctx: PersonnelContext) {
    return employees.employeeById(ctx, id);
  }

  @Query(() => Employee, {
    nullable: true,
    description: described(
      'An employee by staff code, when the caller may read them; null when none is found (FORBIDDEN instead for a caller who does not read the whole province)',
      'Cán bộ theo mã cán bộ, nếu người gọi được xem; null khi không tìm thấy (với người gọi không được xem toàn tỉnh: FORBIDDEN)',
    ),
  })
  employeeByCode(@Arg('code', { description: described('Their staff code', 'Mã cán bộ') }) code: string, @Ctx() ctx: PersonnelContext) {
    return employees.employeeByCode(ctx, code);
  }

  // Shared with the diary and scoring (platform/src/identity/me.ts).
  @Directive('@shareable')
  @Query(() => Employee, {
    nullable: true,
    description: ME_DESCRIPTION,
  })
  me(@Ctx() ctx: PersonnelContext) {
    return employees.me(ctx);
  }

  @Query(() => EmployeeConnection, {
    description: described(
      'The staff directory the caller may read (their agency’s, the whole province for province roles and services), filtered and sorted, a page at a time',
      'Danh sách cán bộ mà người gọi được xem (của cơ quan mình; toàn tỉnh với vai trò cấp tỉnh và các dịch vụ), có lọc và sắp xếp, từng trang',
    ),
  })
  employees(
    @Arg('filter', () => EmployeeFilter, {
      nullable: true,
      description: described('Which ones; all when left out', 'Điều kiện lọc; tất cả khi bỏ trống'),
    })
    filter: EmployeeFilter | undefined,
    @Arg('orderBy', () => EmployeeOrder, {
      nullable: true,
      description: described('How to sort; default by given name, ascending', 'Cách sắp xếp; mặc định theo tên, tăng dần'),
    })
    orderBy: EmployeeOrder | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: PersonnelContext,
  ) {
    return employees.listEmployees(ctx, filter, orderBy, page);
  }

  @Query(() => [ScoringPlacement], {
    description: described(
      'The graph’s own services only: every placement but separations overlapping a range of days, of the employees the filter names (everyone when left out), by person in order of staff code, then from the first, in one answer',
      'Chỉ dành cho các dịch vụ của hệ thống: mọi lần bố trí (trừ thôi công tác) giao với một khoảng ngày, của những cán bộ theo điều kiện lọc (tất cả khi bỏ trống), theo từng người theo thứ tự mã cán bộ, từ lần đầu, trong một lần trả lời',
    ),
  })
  placementsIn(
    @Arg('from', () => GraphQLLocalDate, { description: described('First day of the range', 'Ngày đầu của khoảng') }) from: string,
    @Arg('to', () => GraphQLLocalDate, { description: described('Last day of the range', 'Ngày cuối của khoảng') }) to: string,
    @Arg('filter', () => EmployeeFilter, {
      nullable: true,
      description: described('Whose placements; everyone’s when left out', 'Của những cán bộ nào; tất cả khi bỏ trống'),
    })
    filter: EmployeeFilter | undefined,
    @Ctx() ctx: PersonnelContext,
  ) {
    return employees.placementsIn(ctx, from, to, filter);
  }

  @Query(() => [ScoringPlacement], {
    description: described(
      'The graph’s own services only: the placements overlapping a range (not separations) of these people (1–5,000) and, down every level, of whoever reported to a leader among them in such a placement (the units of the leaders among them over a period, a superset of who reported to them at its end); by person in order of staff code, then from the first; one statement whatever the depth',
      'Chỉ dành cho các dịch vụ của hệ thống: các lần bố trí giao với khoảng ngày (không phải thôi việc) của những người này (1–5.000) và, xuống mọi cấp, của những người chịu sự phụ trách của một lãnh đạo trong số đó trong một lần bố trí như vậy (đơn vị của các lãnh đạo trong một kỳ, bao gồm những người chịu sự phụ trách vào cuối kỳ); theo từng người theo thứ tự mã cán bộ, từ lần đầu; một câu lệnh, bất kể bao nhiêu cấp',
    ),
  })
  scoringUnits(
    @Arg('ids', () => [ID], { description: described('The people (1–5,000)', 'Những người (1–5.000)') }) ids: string[],
    @Arg('from', () => GraphQLLocalDate, { description: described('First day of the range', 'Ngày đầu của khoảng') }) from: string,
    @Arg('to', () => GraphQLLocalDate, { description: described('Last day of the range', 'Ngày cuối của khoảng') }) to: string,
    @Ctx() ctx: PersonnelContext,
  ) {
    return employees.scoringUnits(ctx, ids, from, to);
  }

  @Mutation(() => Employee, {
    description: described(
      'Adds an employee with their first placement (HIRE): province admins, or the admins of the agency they join',
      'Thêm cán bộ cùng lần bố trí đầu tiên (HIRE): quản trị tỉnh, hoặc quản trị của cơ quan tiếp nhận',
    ),
  })
  createEmployee(
    @Arg('input', { description: described('The new employee', 'Cán bộ mới') }) input: CreateEmployeeInput,
    @Ctx() ctx: PersonnelContext,
  ) {
    return employees.createEmployee(ctx, input);
  }

  @Mutation(() => Employee, {
    description: described(
      'Changes an employee’s own record (name, staff type, e-mail, supervisor): province admins, or the admins of their agency',
      'Sửa thông tin cá nhân của cán bộ (họ tên, loại, thư điện tử, người phụ trách): quản trị tỉnh, hoặc quản trị cơ quan của họ',
    ),
  })
  updateEmployee(
    @Arg('id', () => ID, { description: described('The employee', 'Cán bộ cần sửa') }) id: string,
    @Arg('input', { description: described('What changes', 'Nội dung thay đổi') }) input: UpdateEmployeeInput,
    @Ctx() ctx: PersonnelContext,
  ) {
    return employees.updateEmployee(ctx, id, input);
  }

  @Mutation(() => Employee, {
    description: described(
      'Điều động: move to another agency, division or position from a date; the current placement ends the day before',
      'Điều động sang cơ quan, phòng hoặc vị trí khác từ một ngày; lần bố trí hiện tại kết thúc vào ngày hôm trước',
    ),
  })
  transferEmployee(
    @Arg('input', { description: described('Where to, and from when', 'Nơi đến và ngày hiệu lực') }) input: PlacementInput,
    @Ctx() ctx: PersonnelContext,
  ) {
    return employees.recordPlacement(ctx, PlacementKind.TRANSFER, input);
  }

  @Mutation(() => Employee, {
    description: described(
      'Luân chuyển: rotate to another post from a date; the current placement ends the day before',
      'Luân chuyển sang vị trí khác từ một ngày; lần bố trí hiện tại kết thúc vào ngày hôm trước',
    ),
  })
  rotateEmployee(
    @Arg('input', { description: described('Where to, and from when', 'Nơi đến và ngày hiệu lực') }) input: PlacementInput,
    @Ctx() ctx: PersonnelContext,
  ) {
    return employees.recordPlacement(ctx, PlacementKind.ROTATION, input);
  }

  @Mutation(() => Employee, {
    description: described(
      'Bổ nhiệm: appoint to a leadership position from a date (NOT_A_LEADERSHIP_POSITION otherwise)',
      'Bổ nhiệm vào vị trí lãnh đạo, quản lý từ một ngày (nếu không phải vị trí lãnh đạo: NOT_A_LEADERSHIP_POSITION)',
    ),
  })
  appointEmployee(
    @Arg('input', { description: described('The position, and from when', 'Vị trí và ngày hiệu lực') }) input: PlacementInput,
    @Ctx() ctx: PersonnelContext,
  ) {
    return employees.recordPlacement(ctx, PlacementKind.APPOINTMENT, input);
  }

  @Mutation(() => Employee, {
    description: described(
      'End service (retirement, resignation, transfer out…) from a date: a SEPARATION placement, and no position after it',
      'Thôi công tác (nghỉ hưu, thôi việc, chuyển đi…) từ một ngày: ghi một lần bố trí SEPARATION, từ đó không còn vị trí',
    ),
  })
  deactivateEmployee(
    @Arg('input', { description: described('Who, why and from when', 'Ai, lý do và ngày hiệu lực') }) input: DeactivateEmployeeInput,
    @Ctx() ctx: PersonnelContext,
  ) {
    return employees.deactivateEmployee(ctx, input);
  }

  @FieldResolver(() => Agency, { description: described('The agency they work in', 'Cơ quan công tác') })
  agency(@Parent() employee: Employee, @Ctx() ctx: PersonnelContext) {
    return ctx.loaders.agency.load(employee.agencyId);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: described(
      'Their division; null when placed in the agency itself',
      'Phòng công tác; null khi bố trí trực tiếp tại cơ quan',
    ),
  })
  division(@Parent() employee: Employee, @Ctx() ctx: PersonnelContext) {
    return employee.divisionId ? ctx.loaders.agency.load(employee.divisionId) : null;
  }

  @FieldResolver(() => JobPosition, {
    nullable: true,
    description: described('Their job position; null once out of service', 'Vị trí việc làm; null khi đã thôi công tác'),
  })
  position(@Parent() employee: Employee, @Ctx() ctx: PersonnelContext) {
    return employee.positionId ? ctx.loaders.position.load(employee.positionId) : null;
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description: described(
      'The direct supervisor, when the caller may read them (null otherwise, or when there is none)',
      'Người phụ trách trực tiếp, nếu người gọi được xem (nếu không, hoặc không có: null)',
    ),
  })
  supervisor(@Parent() employee: Employee, @Ctx() ctx: PersonnelContext) {
    return visibleEmployee(ctx, employee.supervisorId);
  }

  @FieldResolver(() => [Employee], {
    description: described(
      'Direct reports the caller may read, by name',
      'Những người chịu sự phụ trách trực tiếp mà người gọi được xem, sắp theo tên',
    ),
  })
  subordinates(@Parent() employee: Employee, @Ctx() ctx: PersonnelContext) {
    return employees.subordinatesOf(ctx, employee);
  }

  @FieldResolver(() => [Placement], {
    description: described(
      'Every placement, oldest first. Read by themselves, their supervisor, their unit head, their agency’s admins and province roles (FORBIDDEN otherwise)',
      'Mọi lần bố trí, cũ nhất trước. Người xem được: chính họ, người phụ trách, thủ trưởng đơn vị, quản trị cơ quan và vai trò cấp tỉnh (nếu không: FORBIDDEN)',
    ),
  })
  placements(@Parent() employee: Employee, @Ctx() ctx: PersonnelContext) {
    return employees.placementsOf(ctx, employee);
  }

  @FieldResolver(() => Placement, {
    nullable: true,
    description: described(
      'Where they worked, in which position, on a date; null when no placement covers that day. Read as placements is',
      'Nơi công tác và vị trí vào một ngày; null khi không có lần bố trí nào vào ngày đó. Quyền xem như placements',
    ),
  })
  placementOn(
    @Parent() employee: Employee,
    @Arg('date', () => GraphQLLocalDate, { description: described('The day asked about', 'Ngày cần xem') }) date: string,
    @Ctx() ctx: PersonnelContext,
  ) {
    return employees.placementOfOn(ctx, employee, date);
  }
}

@Resolver(() => Placement)
export class PlacementResolver {
  @FieldResolver(() => Agency, { description: described('The agency they worked in', 'Cơ quan công tác') })
  agency(@Parent() placement: Placement, @Ctx() ctx: PersonnelContext) {
    return ctx.loaders.agency.load(placement.agencyId);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: described('Their division; null when in the agency itself', 'Phòng công tác; null khi ở trực tiếp cơ quan'),
  })
  division(@Parent() placement: Placement, @Ctx() ctx: PersonnelContext) {
    return placement.divisionId ? ctx.loaders.agency.load(placement.divisionId) : null;
  }

  @FieldResolver(() => JobPosition, {
    nullable: true,
    description: described('The position held; null for a separation', 'Vị trí đảm nhiệm; null khi thôi công tác'),
  })
  position(@Parent() placement: Placement, @Ctx() ctx: PersonnelContext) {
    return placement.positionId ? ctx.loaders.position.load(placement.positionId) : null;
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description: described(
      'Their direct supervisor then, when the caller may read them (null otherwise, or when there was none)',
      'Người phụ trách trực tiếp khi đó, nếu người gọi được xem (nếu không, hoặc không có: null)',
    ),
  })
  supervisor(@Parent() placement: Placement, @Ctx() ctx: PersonnelContext) {
    return visibleEmployee(ctx, placement.supervisorId);
  }
}
