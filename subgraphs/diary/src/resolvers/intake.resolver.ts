import { itemProblems, JudgedPerItem, PARTNER, described, Parent } from '@kpi/platform';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Directive, FieldResolver, Info, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
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
    description: described(
      `Integration clients: a batch of 1–${intake.MAX_EVENTS} work events, idempotent per externalId; one result each, in order`,
      `Hệ thống tích hợp: một lô 1–${intake.MAX_EVENTS} sự kiện công việc, gửi lại cùng externalId không ghi trùng; mỗi sự kiện một kết quả, theo thứ tự`,
    ),
  })
  recordWorkEvents(
    @JudgedPerItem()
    @Arg('events', () => [WorkEventInput], { description: described('The events', 'Các sự kiện') })
    events: WorkEventInput[],
    @Ctx() ctx: DiaryContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // A malformed event (an impossible date, a NUL in a text) is that event's rejection, not the batch's.
    return intake.recordWorkEvents(ctx, events, itemProblems(info, 'events', events));
  }

  @Mutation(() => WorkItemMapping, {
    description: described(
      'Maps an integration client’s document type to a work item: agency admins for their agency, province admins the defaults',
      'Gán loại văn bản của một hệ thống tích hợp với một đầu công việc: quản trị cơ quan cho cơ quan mình, quản trị tỉnh cho mặc định',
    ),
  })
  setWorkItemMapping(
    @Arg('input', { description: described('The mapping', 'Ánh xạ') }) input: SetWorkItemMappingInput,
    @Ctx() ctx: DiaryContext,
  ) {
    return mappings.setWorkItemMapping(ctx, input);
  }

  @Directive(PARTNER)
  @Query(() => [WorkItemMapping], {
    description: described(
      'Integration clients: their own document types and the items they map to (the defaults and every agency’s own)',
      'Hệ thống tích hợp: các loại văn bản của mình và đầu công việc tương ứng (mặc định và của từng cơ quan)',
    ),
  })
  intakeMappings(@Ctx() ctx: DiaryContext) {
    return mappings.intakeMappings(ctx);
  }

  @Query(() => [WorkItemMapping], {
    description: described(
      'A client’s mappings (province roles: all; agency admins: the defaults and their agency’s own)',
      'Các ánh xạ của một hệ thống tích hợp (vai trò cấp tỉnh: tất cả; quản trị cơ quan: mặc định và của cơ quan mình)',
    ),
  })
  workItemMappings(
    @Arg('client', {
      description: described(
        'The integration client’s subject, e.g. client:eoffice',
        'Định danh của hệ thống tích hợp, ví dụ client:eoffice',
      ),
    })
    client: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return mappings.workItemMappings(ctx, client);
  }
}

@Resolver(() => WorkItemMapping)
export class WorkItemMappingResolver {
  @FieldResolver(() => WorkItem, {
    description: described('The work item the document type counts as', 'Đầu công việc mà loại văn bản được tính là'),
  })
  workItem(@Parent() mapping: WorkItemMapping) {
    return { id: mapping.workItemId };
  }
}
