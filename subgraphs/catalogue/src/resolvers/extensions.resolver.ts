import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Agency, Employee, JobPosition, Sector, WorkItem } from '../entities/index.js';
import type { CatalogueContext } from '../services/context.js';
import { positionWorkItems, setPositionWorkItems } from '../services/job-description.service.js';
import { assertReads } from '../services/sector.service.js';

/** Personnel's entities, extended with their catalogue. */
@Resolver(() => JobPosition)
export class JobPositionCatalogueResolver {
  @FieldResolver(() => [WorkItem], {
    description: 'The work items this position performs: its job description, plus every group A item for a leadership position',
  })
  @Directive('@requires(fields: "isLeadership")')
  workItems(@Root() position: JobPosition, @Ctx() ctx: CatalogueContext) {
    return positionWorkItems(ctx, position);
  }

  @Mutation(() => [WorkItem], { description: 'Replaces a position’s job description (the agency’s admins); returns what it now performs' })
  setPositionWorkItems(
    @Arg('positionId', () => ID) positionId: string,
    @Arg('workItemIds', () => [ID]) workItemIds: string[],
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @Ctx() ctx: CatalogueContext,
  ) {
    return setPositionWorkItems(ctx, positionId, workItemIds, reason);
  }
}

@Resolver(() => Employee)
export class EmployeeCatalogueResolver {
  @FieldResolver(() => [WorkItem], { description: 'The work items this person may log: those of their current position' })
  @Directive('@requires(fields: "position { id isLeadership }")')
  loggableWorkItems(@Root() employee: Employee, @Ctx() ctx: CatalogueContext) {
    return employee.position ? positionWorkItems(ctx, employee.position) : [];
  }
}

@Resolver(() => Agency)
export class AgencyCatalogueResolver {
  @FieldResolver(() => [WorkItem], {
    description: 'Its own list (group C), with items still waiting for the head’s approval (their pendingVersion; no versions yet)',
  })
  ownWorkItems(@Root() agency: Agency, @Ctx() ctx: CatalogueContext) {
    assertReads(ctx);
    return ctx.loaders.ownItems.load(agency.id);
  }

  @FieldResolver(() => [Sector], { description: 'The sectors whose catalogue and standards this department owns' })
  ownedSectors(@Root() agency: Agency, @Ctx() ctx: CatalogueContext) {
    assertReads(ctx);
    return ctx.loaders.sectorsOwnedBy.load(agency.id);
  }

  @FieldResolver(() => [Sector], { description: 'The sectors it belongs to (from its sectorCodes)' })
  @Directive('@requires(fields: "sectorCodes")')
  async sectors(@Root() agency: Agency, @Ctx() ctx: CatalogueContext) {
    assertReads(ctx);
    const found = await ctx.loaders.sectorByCode.loadMany(agency.sectorCodes ?? []);
    return found.filter((s): s is Sector => s instanceof Sector);
  }
}
