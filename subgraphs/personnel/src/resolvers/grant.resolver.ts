import { described, Parent } from '@kpi/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Employee, RoleGrant } from '../entities/index.js';
import type { PersonnelContext } from '../services/context.js';
import * as grants from '../services/grant.service.js';
import { EmployeeAccess, GrantRoleInput, RoleGrantFilter } from '../services/inputs.js';

@Resolver(() => RoleGrant)
export class RoleGrantResolver {
  @Query(() => [RoleGrant], {
    description: described(
      'Role grants: province roles see all, an agency admin those over their agency',
      'Các lần giao vai trò: vai trò cấp tỉnh xem tất cả, quản trị cơ quan xem các vai trò trong cơ quan mình',
    ),
  })
  roleGrants(
    @Arg('filter', () => RoleGrantFilter, {
      nullable: true,
      description: described('Which ones; default those holding today', 'Điều kiện lọc; mặc định các vai trò còn hiệu lực hôm nay'),
    })
    filter: RoleGrantFilter | undefined,
    @Ctx() ctx: PersonnelContext,
  ) {
    return grants.roleGrants(ctx, filter ?? {});
  }

  @Mutation(() => RoleGrant, {
    description: described(
      'A province admin grants any role, an agency admin the agency roles within their agency',
      'Quản trị tỉnh giao mọi vai trò, quản trị cơ quan giao các vai trò cấp cơ quan trong cơ quan mình',
    ),
  })
  grantRole(
    @Arg('input', { description: described('The grant', 'Nội dung giao vai trò') }) input: GrantRoleInput,
    @Ctx() ctx: PersonnelContext,
  ) {
    return grants.grantRole(ctx, input);
  }

  @Mutation(() => RoleGrant, {
    description: described(
      'Ends a grant at once; kept, with who revoked it and why',
      'Chấm dứt ngay một lần giao vai trò; vẫn được lưu, kèm người thu hồi và lý do',
    ),
  })
  revokeRole(
    @Arg('id', () => ID, { description: described('The grant', 'Lần giao vai trò') }) id: string,
    @Arg('reason', { description: described('Why: kept with the grant', 'Lý do: lưu cùng lần giao') }) reason: string,
    @Ctx() ctx: PersonnelContext,
  ) {
    return grants.revokeRole(ctx, id, reason);
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description: described('The person it was granted to', 'Người được giao'),
  })
  employee(@Parent() grant: RoleGrant, @Ctx() ctx: PersonnelContext) {
    return ctx.loaders.employee.load(grant.employeeId);
  }
}

@Resolver(() => Employee)
export class EmployeeAccessResolver {
  @FieldResolver(() => EmployeeAccess, {
    nullable: true,
    description: described(
      'What they may do today (roles from placement and grants); for themselves, their admins and the graph’s services (null for others)',
      'Những gì họ được làm hôm nay (vai trò theo bố trí và theo giao quyền); chỉ chính họ, người quản trị của họ và các dịch vụ của hệ thống xem được (người khác: null)',
    ),
  })
  access(@Parent() employee: Employee, @Ctx() ctx: PersonnelContext) {
    return grants.accessToday(ctx, employee);
  }
}
