import { described, Parent } from '@kpi/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Agency, AuditEntry, ChangeRequest, ChangeStatus, Sector, WorkItem } from '../entities/index.js';
import * as requests from '../services/change-request.service.js';
import type { CatalogueContext } from '../services/context.js';
import { DecideChangeRequestInput, RequestCatalogueChangeInput } from '../services/inputs.js';

@Resolver(() => ChangeRequest)
export class ChangeRequestResolver {
  @Query(() => [ChangeRequest], {
    description: described(
      'Requests of my agencies and those I may decide (latest 500), newest first. Agency and catalogue admins; province roles see all',
      'Các đề nghị của cơ quan tôi và các đề nghị tôi được quyết định (500 đề nghị mới nhất), mới nhất trước. Dành cho quản trị viên cơ quan và quản trị danh mục; vai trò cấp tỉnh xem tất cả',
    ),
  })
  catalogueChangeRequests(
    @Arg('status', () => ChangeStatus, {
      nullable: true,
      description: described('Only requests in this state (default: all)', 'Chỉ các đề nghị ở tình trạng này (mặc định: tất cả)'),
    })
    status: ChangeStatus | undefined,
    @Ctx() ctx: CatalogueContext,
  ) {
    return requests.listChangeRequests(ctx, status);
  }

  @Mutation(() => ChangeRequest, {
    description: described(
      'An agency asks the owner of a work item to add, change or retire it (the agency’s admins)',
      'Cơ quan đề nghị đơn vị quản lý thêm, sửa hoặc ngừng sử dụng một đầu công việc (quản trị viên của cơ quan)',
    ),
  })
  requestCatalogueChange(
    @Arg('input', { description: described('The request', 'Nội dung đề nghị') }) input: RequestCatalogueChangeInput,
    @Ctx() ctx: CatalogueContext,
  ) {
    return requests.requestChange(ctx, input);
  }

  @Mutation(() => ChangeRequest, {
    description: described(
      'Approve (applying the change) or reject; the item’s owner decides',
      'Chấp thuận (áp dụng thay đổi) hoặc từ chối; đơn vị quản lý đầu công việc quyết định',
    ),
  })
  decideCatalogueChange(
    @Arg('input', { description: described('The decision', 'Quyết định') }) input: DecideChangeRequestInput,
    @Ctx() ctx: CatalogueContext,
  ) {
    return requests.decideChangeRequest(ctx, input);
  }

  @Mutation(() => ChangeRequest, {
    description: described('The requesting agency withdraws a pending request', 'Cơ quan đề nghị rút lại một đề nghị đang chờ'),
  })
  withdrawCatalogueChange(
    @Arg('id', () => ID, { description: described('The request', 'Đề nghị cần rút lại') }) id: string,
    @Ctx() ctx: CatalogueContext,
  ) {
    return requests.withdrawChangeRequest(ctx, id);
  }

  @FieldResolver(() => Agency, { description: described('The agency asking', 'Cơ quan đề nghị') })
  requestingAgency(@Parent() request: ChangeRequest) {
    return { id: request.requestingAgencyId };
  }

  @FieldResolver(() => WorkItem, {
    nullable: true,
    description: described(
      'The item concerned; null for an ADD not yet approved',
      'Đầu công việc liên quan; null với đề nghị thêm mới chưa được chấp thuận',
    ),
  })
  workItem(@Parent() request: ChangeRequest, @Ctx() ctx: CatalogueContext) {
    return request.workItemId ? ctx.loaders.item.load(request.workItemId) : null;
  }

  @FieldResolver(() => Sector, {
    description: described('The sector of the item; its owner department decides', 'Ngành của đầu công việc; sở quản lý ngành quyết định'),
  })
  sector(@Parent() request: ChangeRequest, @Ctx() ctx: CatalogueContext) {
    return ctx.loaders.sector.load(request.sectorId);
  }

  @FieldResolver(() => [AuditEntry], {
    description: described(
      'The audit trail: requested, then approved / rejected / withdrawn',
      'Nhật ký thay đổi: đề nghị, sau đó chấp thuận / từ chối / rút lại',
    ),
  })
  history(@Parent() request: ChangeRequest, @Ctx() ctx: CatalogueContext) {
    return ctx.loaders.audit.load(request.id);
  }
}
