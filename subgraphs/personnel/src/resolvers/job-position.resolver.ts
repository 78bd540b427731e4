import { Connection, PageArgs, GraphQLLocalDate } from '@kpi/platform';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Agency, Employee, JobPosition } from '../entities/index.js';
import type { PersonnelContext } from '../services/context.js';
import { positionHolders } from '../services/employee.service.js';
import * as positions from '../services/position.service.js';
import { CreateJobPositionInput, JobPositionFilter, UpdateJobPositionInput } from '../services/inputs.js';

export const JobPositionConnection = Connection(JobPosition, 'JobPosition');

@Resolver(() => JobPosition)
export class JobPositionResolver {
  @Query(() => JobPosition, { nullable: true })
  jobPosition(@Arg('id', () => ID) id: string, @Ctx() ctx: PersonnelContext) {
    return positions.positionById(ctx, id);
  }

  @Query(() => JobPosition, { nullable: true, description: 'A position by its agency’s code and its own (unique within the agency)' })
  jobPositionByCode(@Arg('agencyCode') agencyCode: string, @Arg('code') code: string, @Ctx() ctx: PersonnelContext) {
    return positions.positionByCode(ctx, agencyCode, code);
  }

  @Query(() => JobPositionConnection)
  jobPositions(
    @Arg('filter', () => JobPositionFilter, { nullable: true }) filter: JobPositionFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: PersonnelContext,
  ) {
    return positions.listPositions(ctx, filter, page);
  }

  @Mutation(() => JobPosition)
  createJobPosition(@Arg('input') input: CreateJobPositionInput, @Ctx() ctx: PersonnelContext) {
    return positions.createPosition(ctx, input);
  }

  @Mutation(() => JobPosition)
  updateJobPosition(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateJobPositionInput, @Ctx() ctx: PersonnelContext) {
    return positions.updatePosition(ctx, id, input);
  }

  @FieldResolver(() => Agency)
  agency(@Root() position: JobPosition, @Ctx() ctx: PersonnelContext) {
    return ctx.loaders.agency.load(position.agencyId);
  }

  @FieldResolver(() => [Employee], { description: 'Who held this position on a date (from placement history)' })
  holders(@Root() position: JobPosition, @Arg('on', () => GraphQLLocalDate) on: string, @Ctx() ctx: PersonnelContext) {
    return positionHolders(ctx, position.id, on);
  }
}
