import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Employee, RoleGrant } from '../entities/index.js';
import type { PersonnelContext } from '../services/context.js';
import * as grants from '../services/grant.service.js';
import { EmployeeAccess, GrantRoleInput, RoleGrantFilter } from '../services/inputs.js';

@Resolver(() => RoleGrant)
export class RoleGrantResolver {
  @Query(() => [RoleGrant], { description: 'Role grants: province roles see all, an agency admin those over their agency' })
  roleGrants(@Arg('filter', () => RoleGrantFilter, { nullable: true }) filter: RoleGrantFilter | undefined, @Ctx() ctx: PersonnelContext) {
    return grants.roleGrants(ctx, filter ?? {});
  }

  @Mutation(() => RoleGrant, { description: 'A province admin grants any role, an agency admin the agency roles within their agency' })
  grantRole(@Arg('input') input: GrantRoleInput, @Ctx() ctx: PersonnelContext) {
    return grants.grantRole(ctx, input);
  }

  @Mutation(() => RoleGrant, { description: 'Ends a grant at once; kept, with who revoked it and why' })
  revokeRole(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: PersonnelContext) {
    return grants.revokeRole(ctx, id, reason);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The person it was granted to (when the caller may read them)' })
  employee(@Root() grant: RoleGrant, @Ctx() ctx: PersonnelContext) {
    return ctx.loaders.employee.load(grant.employeeId);
  }
}

@Resolver(() => Employee)
export class EmployeeAccessResolver {
  @FieldResolver(() => EmployeeAccess, {
    nullable: true,
    description: 'What they may do today (roles from placement and grants); for themselves, their admins and the graph’s services',
  })
  access(@Root() employee: Employee, @Ctx() ctx: PersonnelContext) {
    return grants.accessToday(ctx, employee);
  }
}
