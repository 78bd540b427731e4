import { described, Parent } from '@kpi/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { WorkItem, WorkItemVersion } from '../entities/index.js';
import { decideWorkItemVersion, itemsAwaitingApproval } from '../services/approval.service.js';
import type { CatalogueContext } from '../services/context.js';
import { pendingVersionOf } from '../services/work-item.service.js';

/** Group C lists: the agency's admins propose, the agency's head approves. */
@Resolver(() => WorkItem)
export class ApprovalResolver {
  @Query(() => [WorkItem], {
    description: described(
      'An agency’s own items (group C) with a version waiting for its head’s approval, by code',
      'Các đầu công việc riêng của cơ quan (nhóm C) có phiên bản đang chờ thủ trưởng phê duyệt, theo mã',
    ),
  })
  workItemsAwaitingApproval(
    @Arg('ownerAgencyId', () => ID, { description: described('The agency whose own list to look at', 'Cơ quan có danh mục riêng cần xem') })
    ownerAgencyId: string,
    @Ctx() ctx: CatalogueContext,
  ) {
    return itemsAwaitingApproval(ctx, ownerAgencyId);
  }

  @Mutation(() => WorkItem, {
    description: described(
      'The head of the owning agency approves a waiting version (by its id): it comes into force from its date',
      'Thủ trưởng cơ quan sở hữu phê duyệt một phiên bản đang chờ (theo mã phiên bản): phiên bản có hiệu lực từ ngày của nó',
    ),
  })
  approveWorkItemVersion(
    @Arg('id', () => ID, {
      description: described('The id of the waiting version (pendingVersion.id)', 'Mã của phiên bản đang chờ (pendingVersion.id)'),
    })
    id: string,
    @Arg('reason', () => String, {
      nullable: true,
      description: described('Why: kept in the audit trail', 'Lý do: được lưu trong nhật ký thay đổi'),
    })
    reason: string | undefined,
    @Ctx() ctx: CatalogueContext,
  ) {
    return decideWorkItemVersion(ctx, id, true, reason);
  }

  @Mutation(() => WorkItem, {
    description: described(
      'The head of the owning agency rejects a waiting version, saying why',
      'Thủ trưởng cơ quan sở hữu từ chối một phiên bản đang chờ, nêu lý do',
    ),
  })
  rejectWorkItemVersion(
    @Arg('id', () => ID, {
      description: described('The id of the waiting version (pendingVersion.id)', 'Mã của phiên bản đang chờ (pendingVersion.id)'),
    })
    id: string,
    @Arg('reason', {
      description: described(
        'Why it is rejected (required): kept in the audit trail',
        'Lý do từ chối (bắt buộc): được lưu trong nhật ký thay đổi',
      ),
    })
    reason: string,
    @Ctx() ctx: CatalogueContext,
  ) {
    return decideWorkItemVersion(ctx, id, false, reason);
  }

  @FieldResolver(() => WorkItemVersion, {
    nullable: true,
    description: described(
      'Group C: the version waiting for the head of the agency (a new item’s first, or a revision); not in force; null when none waits',
      'Nhóm C: phiên bản đang chờ thủ trưởng cơ quan phê duyệt (phiên bản đầu của đầu công việc mới, hoặc bản sửa đổi); chưa có hiệu lực; null nếu không có',
    ),
  })
  pendingVersion(@Parent() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    return pendingVersionOf(ctx, item);
  }
}
