import { Connection, PageArgs } from '@kpi/platform';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Agency, JobPosition } from '../entities/index.js';
import * as agencies from '../services/agency.service.js';
import type { PersonnelContext } from '../services/context.js';
import { AgencyFilter, CreateAgencyInput, UpdateAgencyInput } from '../services/inputs.js';

export const AgencyConnection = Connection(Agency, 'Agency');

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => Agency, { nullable: true })
  agency(@Arg('id', () => ID) id: string, @Ctx() ctx: PersonnelContext) {
    return agencies.agencyById(ctx, id);
  }

  @Query(() => Agency, { nullable: true })
  agencyByCode(@Arg('code') code: string, @Ctx() ctx: PersonnelContext) {
    return agencies.agencyByCode(ctx, code);
  }

  @Query(() => AgencyConnection, { description: 'Agencies, units, localities and divisions, ordered by code' })
  agencies(
    @Arg('filter', () => AgencyFilter, { nullable: true }) filter: AgencyFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: PersonnelContext,
  ) {
    return agencies.listAgencies(ctx, filter, page);
  }

  @Query(() => [Agency], { description: 'The roots of the organisation tree (the province); walk down with `children`' })
  orgTree(@Arg('rootId', () => ID, { nullable: true }) rootId: string | undefined, @Ctx() ctx: PersonnelContext) {
    return agencies.orgTreeRoots(ctx, rootId);
  }

  @Mutation(() => Agency)
  createAgency(@Arg('input') input: CreateAgencyInput, @Ctx() ctx: PersonnelContext) {
    return agencies.createAgency(ctx, input);
  }

  @Mutation(() => Agency)
  updateAgency(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateAgencyInput, @Ctx() ctx: PersonnelContext) {
    return agencies.updateAgency(ctx, id, input);
  }

  @FieldResolver(() => Agency, { nullable: true })
  parent(@Root() agency: Agency, @Ctx() ctx: PersonnelContext) {
    return agency.parentId ? ctx.loaders.agency.load(agency.parentId) : null;
  }

  @FieldResolver(() => [Agency], { description: 'Direct children, ordered by code' })
  children(@Root() agency: Agency, @Ctx() ctx: PersonnelContext) {
    return ctx.loaders.agencyChildren.load(agency.id);
  }

  @FieldResolver(() => [Agency], { description: 'From the root down to the parent' })
  ancestors(@Root() agency: Agency, @Ctx() ctx: PersonnelContext) {
    return agencies.ancestorsOf(ctx, agency);
  }

  @FieldResolver(() => [ID], {
    description: 'Ids of the people in service placed directly here (an agency’s own staff, or a division’s), by name',
  })
  staffIds(@Root() agency: Agency, @Ctx() ctx: PersonnelContext) {
    return agencies.staffIdsOf(ctx, agency);
  }

  @FieldResolver(() => [JobPosition], { description: 'The job positions established in this agency' })
  positions(@Root() agency: Agency, @Ctx() ctx: PersonnelContext) {
    return ctx.loaders.agencyPositions.load(agency.id);
  }
}
