import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { WorkItem, WorkItemVersion } from '../entities/index.js';
import { decideWorkItemVersion, itemsAwaitingApproval } from '../services/approval.service.js';
import type { CatalogueContext } from '../services/context.js';
import { pendingVersionOf } from '../services/work-item.service.js';

/** Group C lists: the agency's admins propose, the agency's head approves. */
@Resolver(() => WorkItem)
export class ApprovalResolver {
  @Query(() => [WorkItem], { description: 'An agency’s own items (group C) with a version waiting for its head’s approval' })
  workItemsAwaitingApproval(@Arg('ownerAgencyId', () => ID) ownerAgencyId: string, @Ctx() ctx: CatalogueContext) {
    return itemsAwaitingApproval(ctx, ownerAgencyId);
  }

  @Mutation(() => WorkItem, {
    description: 'The head of the owning agency approves a waiting version (by its id): it comes into force from its date',
  })
  approveWorkItemVersion(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @Ctx() ctx: CatalogueContext,
  ) {
    return decideWorkItemVersion(ctx, id, true, reason);
  }

  @Mutation(() => WorkItem, { description: 'The head of the owning agency rejects a waiting version, saying why' })
  rejectWorkItemVersion(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: CatalogueContext) {
    return decideWorkItemVersion(ctx, id, false, reason);
  }

  @FieldResolver(() => WorkItemVersion, {
    nullable: true,
    description: 'Group C: the version waiting for the head of the agency (a new item’s first, or a revision); not in force',
  })
  pendingVersion(@Root() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    return pendingVersionOf(ctx, item);
  }
}
