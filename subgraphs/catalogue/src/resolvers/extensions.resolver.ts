import { described, Parent } from '@kpi/platform';
import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Resolver } from 'type-graphql';
import { Agency, Employee, JobPosition, Sector, WorkItem } from '../entities/index.js';
import type { CatalogueContext } from '../services/context.js';
import { positionWorkItems, setPositionWorkItems } from '../services/job-description.service.js';
import { assertReads } from '../services/sector.service.js';

/** Personnel's entities, extended with their catalogue. */
@Resolver(() => JobPosition)
export class JobPositionCatalogueResolver {
  @FieldResolver(() => [WorkItem], {
    description: described(
      'The work items this position performs: its job description, plus every group A item for a leadership position',
      'Các đầu công việc vị trí này thực hiện: theo bản mô tả công việc, cộng mọi đầu công việc nhóm A nếu là vị trí lãnh đạo',
    ),
  })
  @Directive('@requires(fields: "isLeadership")')
  workItems(@Parent() position: JobPosition, @Ctx() ctx: CatalogueContext) {
    return positionWorkItems(ctx, position);
  }

  @Mutation(() => [WorkItem], {
    description: described(
      'Replaces a position’s job description (the agency’s admins); returns what it now performs',
      'Thay bản mô tả công việc của một vị trí việc làm (quản trị viên của cơ quan); trả về các đầu công việc vị trí đó nay thực hiện',
    ),
  })
  setPositionWorkItems(
    @Arg('positionId', () => ID, { description: described('The job position', 'Vị trí việc làm') }) positionId: string,
    @Arg('workItemIds', () => [ID], {
      description: described(
        'Every work item it performs from now on (the whole list, not an addition)',
        'Toàn bộ đầu công việc vị trí thực hiện từ nay (cả danh sách, không phải phần bổ sung)',
      ),
    })
    workItemIds: string[],
    @Arg('reason', () => String, {
      nullable: true,
      description: described('Why: kept in the audit trail', 'Lý do: được lưu trong nhật ký thay đổi'),
    })
    reason: string | undefined,
    @Ctx() ctx: CatalogueContext,
  ) {
    return setPositionWorkItems(ctx, positionId, workItemIds, reason);
  }
}

@Resolver(() => Employee)
export class EmployeeCatalogueResolver {
  @FieldResolver(() => [WorkItem], {
    description: described(
      'The work items this person may log: those of their current position; empty without a position',
      'Các đầu công việc người này được ghi nhật ký: theo vị trí việc làm hiện tại; rỗng nếu chưa có vị trí',
    ),
  })
  @Directive('@requires(fields: "position { id isLeadership }")')
  loggableWorkItems(@Parent() employee: Employee, @Ctx() ctx: CatalogueContext) {
    return employee.position ? positionWorkItems(ctx, employee.position) : [];
  }
}

@Resolver(() => Agency)
export class AgencyCatalogueResolver {
  @FieldResolver(() => [WorkItem], {
    description: described(
      'Its own list (group C), with items still waiting for the head’s approval (their pendingVersion; no versions yet)',
      'Danh mục riêng (nhóm C), kể cả đầu công việc đang chờ thủ trưởng phê duyệt (xem pendingVersion; chưa có phiên bản nào)',
    ),
  })
  ownWorkItems(@Parent() agency: Agency, @Ctx() ctx: CatalogueContext) {
    assertReads(ctx);
    return ctx.loaders.ownItems.load(agency.id);
  }

  @FieldResolver(() => [Sector], {
    description: described(
      'The sectors whose catalogue and standards this department owns',
      'Các ngành mà sở này quản lý danh mục và chuẩn KPI',
    ),
  })
  ownedSectors(@Parent() agency: Agency, @Ctx() ctx: CatalogueContext) {
    assertReads(ctx);
    return ctx.loaders.sectorsOwnedBy.load(agency.id);
  }

  @FieldResolver(() => [Sector], {
    description: described('The sectors it belongs to (from its sectorCodes)', 'Các ngành mà cơ quan thuộc về (theo sectorCodes)'),
  })
  @Directive('@requires(fields: "sectorCodes")')
  async sectors(@Parent() agency: Agency, @Ctx() ctx: CatalogueContext) {
    assertReads(ctx);
    const found = await ctx.loaders.sectorByCode.loadMany(agency.sectorCodes ?? []);
    return found.filter((s): s is Sector => s instanceof Sector);
  }
}
