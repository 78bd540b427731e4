import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Agency, AuditEntry, ChangeRequest, ChangeStatus, Sector, WorkItem } from '../entities/index.js';
import * as requests from '../services/change-request.service.js';
import type { CatalogueContext } from '../services/context.js';
import { DecideChangeRequestInput, RequestCatalogueChangeInput } from '../services/inputs.js';

@Resolver(() => ChangeRequest)
export class ChangeRequestResolver {
  @Query(() => [ChangeRequest], { description: 'Requests of my agencies and those I may decide (latest 500), newest first' })
  catalogueChangeRequests(
    @Arg('status', () => ChangeStatus, { nullable: true }) status: ChangeStatus | undefined,
    @Ctx() ctx: CatalogueContext,
  ) {
    return requests.listChangeRequests(ctx, status);
  }

  @Mutation(() => ChangeRequest)
  requestCatalogueChange(@Arg('input') input: RequestCatalogueChangeInput, @Ctx() ctx: CatalogueContext) {
    return requests.requestChange(ctx, input);
  }

  @Mutation(() => ChangeRequest, { description: 'Approve (applying the change) or reject; the item’s owner decides' })
  decideCatalogueChange(@Arg('input') input: DecideChangeRequestInput, @Ctx() ctx: CatalogueContext) {
    return requests.decideChangeRequest(ctx, input);
  }

  @Mutation(() => ChangeRequest)
  withdrawCatalogueChange(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogueContext) {
    return requests.withdrawChangeRequest(ctx, id);
  }

  @FieldResolver(() => Agency)
  requestingAgency(@Root() request: ChangeRequest) {
    return { id: request.requestingAgencyId };
  }

  @FieldResolver(() => WorkItem, { nullable: true })
  workItem(@Root() request: ChangeRequest, @Ctx() ctx: CatalogueContext) {
    return request.workItemId ? ctx.loaders.item.load(request.workItemId) : null;
  }

  @FieldResolver(() => Sector)
  sector(@Root() request: ChangeRequest, @Ctx() ctx: CatalogueContext) {
    return ctx.loaders.sector.load(request.sectorId);
  }

  @FieldResolver(() => [AuditEntry], { description: 'The audit trail: requested, then approved / rejected / withdrawn' })
  history(@Root() request: ChangeRequest, @Ctx() ctx: CatalogueContext) {
    return ctx.loaders.audit.load(request.id);
  }
}
