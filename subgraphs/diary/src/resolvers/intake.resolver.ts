import { itemProblems, JudgedPerItem, PARTNER } from '@kpi/platform';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Directive, FieldResolver, Info, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { WorkItem, WorkItemMapping } from '../entities/index.js';
import type { DiaryContext } from '../services/context.js';
import * as intake from '../services/intake.service.js';
import * as mappings from '../services/mapping.service.js';
import { IntakeOnlyForClients } from './guard.js';
import { SetWorkItemMappingInput, WorkEventInput, WorkEventResult } from '../services/inputs.js';

/** E-Office and other systems: work events in, and the mappings of their document types to items. */
@Resolver(() => WorkItemMapping)
@UseMiddleware(IntakeOnlyForClients)
export class IntakeResolver {
  @Directive(PARTNER)
  @Mutation(() => [WorkEventResult], {
    description: `Integration clients: a batch of 1–${intake.MAX_EVENTS} work events, idempotent per externalId; one result each, in order`,
  })
  recordWorkEvents(
    @JudgedPerItem() @Arg('events', () => [WorkEventInput]) events: WorkEventInput[],
    @Ctx() ctx: DiaryContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // A malformed event (an impossible date, a NUL in a text) is that event's rejection, not the batch's.
    return intake.recordWorkEvents(ctx, events, itemProblems(info, 'events', events));
  }

  @Mutation(() => WorkItemMapping, {
    description: 'Maps an integration client’s document type to a work item: agency admins for their agency, province admins the defaults',
  })
  setWorkItemMapping(@Arg('input') input: SetWorkItemMappingInput, @Ctx() ctx: DiaryContext) {
    return mappings.setWorkItemMapping(ctx, input);
  }

  @Directive(PARTNER)
  @Query(() => [WorkItemMapping], {
    description: 'Integration clients: their own document types and the items they map to (the defaults and every agency’s own)',
  })
  intakeMappings(@Ctx() ctx: DiaryContext) {
    return mappings.intakeMappings(ctx);
  }

  @Query(() => [WorkItemMapping], {
    description: 'A client’s mappings (province roles: all; agency admins: the defaults and their agency’s own)',
  })
  workItemMappings(
    @Arg('client', { description: 'The integration client’s subject, e.g. client:eoffice' }) client: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return mappings.workItemMappings(ctx, client);
  }
}

@Resolver(() => WorkItemMapping)
export class WorkItemMappingResolver {
  @FieldResolver(() => WorkItem)
  workItem(@Root() mapping: WorkItemMapping) {
    return { id: mapping.workItemId };
  }
}
