import { Connection, Constraint, PageArgs, GraphQLLocalDate, described, Parent } from '@kpi/platform';
import { Arg, Args, Ctx, Directive, Field, Float, FieldResolver, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Agency, AuditEntry, Sector, UnitOfMeasure, WorkItem, WorkItemVersion } from '../entities/index.js';
import type { CatalogueContext } from '../services/context.js';
import * as exchange from '../services/exchange.service.js';
import { kpiHandbook } from '../services/handbook.service.js';
import { nearDuplicateWorkItems } from '../services/hygiene.service.js';
import * as items from '../services/work-item.service.js';
import {
  CatalogueImportReport,
  CreateWorkItemInput,
  ExportedFile,
  HandbookFormat,
  RetireWorkItemInput,
  ReviseWorkItemInput,
  SheetFormat,
  WorkItemFilter,
} from '../services/inputs.js';
import { todayInVietnam } from '../rules/dates.js';

export const WorkItemConnection = Connection(WorkItem, 'WorkItem');

@ObjectType({
  description: described('Two active items whose names are nearly the same', 'Hai đầu công việc đang dùng có tên gần giống nhau'),
})
export class NearDuplicatePair {
  @Field(() => WorkItem, { description: described('One item', 'Đầu công việc thứ nhất') }) a: WorkItem;
  @Field(() => WorkItem, { description: described('The other item', 'Đầu công việc thứ hai') }) b: WorkItem;
  @Field(() => Float, {
    description: described('Dice coefficient of name trigrams, 0–1', 'Hệ số Dice của bộ ba ký tự trong tên, từ 0 đến 1'),
  })
  similarity: number;
}

@Resolver(() => WorkItem)
export class WorkItemResolver {
  @Query(() => WorkItem, {
    nullable: true,
    description: described(
      'A work item by id; null when there is none. Every person signed in may read it',
      'Một đầu công việc theo mã định danh; null nếu không có. Mọi người đã đăng nhập đều xem được',
    ),
  })
  workItem(@Arg('id', () => ID, { description: described('Its id', 'Mã định danh') }) id: string, @Ctx() ctx: CatalogueContext) {
    return items.workItemById(ctx, id);
  }

  @Query(() => WorkItem, {
    nullable: true,
    description: described(
      'A work item by its province-wide code; null when there is none',
      'Một đầu công việc theo mã toàn tỉnh; null nếu không có',
    ),
  })
  workItemByCode(@Arg('code', { description: described('Its code', 'Mã đầu công việc') }) code: string, @Ctx() ctx: CatalogueContext) {
    return items.workItemByCode(ctx, code);
  }

  @Query(() => WorkItemConnection, {
    description: described(
      'The catalogue, filtered, ordered by code. Every person signed in may read it',
      'Danh mục đầu công việc, đã lọc, theo thứ tự mã. Mọi người đã đăng nhập đều xem được',
    ),
  })
  workItems(
    @Arg('filter', () => WorkItemFilter, {
      nullable: true,
      description: described('Which items (default: all)', 'Điều kiện lọc (mặc định: tất cả)'),
    })
    filter: WorkItemFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: CatalogueContext,
  ) {
    return items.listWorkItems(ctx, filter, page);
  }

  @Query(() => [NearDuplicatePair], {
    description: described(
      'Catalogue hygiene: active items with nearly the same name (similarity ≥ threshold)',
      'Rà soát danh mục: các đầu công việc đang dùng có tên gần giống nhau (độ tương đồng ≥ ngưỡng)',
    ),
  })
  nearDuplicateWorkItems(
    @Constraint({ min: 0, max: 1 })
    @Arg('threshold', () => Float, {
      defaultValue: 0.75,
      description: described('Least similarity of a pair, 0–1', 'Độ tương đồng tối thiểu của một cặp, từ 0 đến 1'),
    })
    threshold: number,
    @Arg('sectorId', () => ID, {
      nullable: true,
      description: described('Only items of this sector (default: every sector)', 'Chỉ đầu công việc của ngành này (mặc định: mọi ngành)'),
    })
    sectorId: string | undefined,
    @Ctx() ctx: CatalogueContext,
  ) {
    return nearDuplicateWorkItems(ctx, threshold, sectorId);
  }

  @Query(() => ExportedFile, {
    description: described(
      'The catalogue as it is on a date, as CSV or XLSX (base64) that importCatalogue reads back',
      'Danh mục tại một ngày, dạng CSV hoặc XLSX (base64) mà importCatalogue đọc lại được',
    ),
  })
  exportCatalogue(
    @Arg('format', () => SheetFormat, { description: described('CSV or XLSX', 'CSV hoặc XLSX') }) format: SheetFormat,
    @Arg('on', () => GraphQLLocalDate, {
      nullable: true,
      description: described('The date (default today, in Vietnam)', 'Ngày (mặc định hôm nay, theo giờ Việt Nam)'),
    })
    on: string | undefined,
    @Arg('sectorId', () => ID, { nullable: true, description: described('Only items of this sector', 'Chỉ đầu công việc của ngành này') })
    sectorId: string | undefined,
    @Arg('ownerAgencyId', () => ID, {
      nullable: true,
      description: described('Only this agency’s own list (group C)', 'Chỉ danh mục riêng của cơ quan này (nhóm C)'),
    })
    ownerAgencyId: string | undefined,
    @Ctx() ctx: CatalogueContext,
  ) {
    return exchange.exportCatalogue(ctx, { format, on: on ?? todayInVietnam(), sectorId, ownerAgencyId });
  }

  @Query(() => ExportedFile, {
    description: described(
      'An agency’s KPI handbook (sổ tay KPI): its items grouped A–D, as Markdown, printable HTML or XLSX',
      'Sổ tay KPI của một cơ quan: các đầu công việc theo nhóm A–D, dạng Markdown, HTML để in hoặc XLSX',
    ),
  })
  kpiHandbook(
    @Arg('agencyId', () => ID, { description: described('The agency', 'Cơ quan') }) agencyId: string,
    @Arg('format', () => HandbookFormat, {
      defaultValue: HandbookFormat.HTML,
      description: described('The file’s form (default HTML)', 'Định dạng tệp (mặc định HTML)'),
    })
    format: HandbookFormat,
    @Arg('on', () => GraphQLLocalDate, {
      nullable: true,
      description: described('The date (default today, in Vietnam)', 'Ngày (mặc định hôm nay, theo giờ Việt Nam)'),
    })
    on: string | undefined,
    @Ctx() ctx: CatalogueContext,
  ) {
    return kpiHandbook(ctx, agencyId, format, on ?? todayInVietnam());
  }

  @Mutation(() => WorkItem, {
    description: described(
      'A new work item with its first version; a group C item waits for the head of its agency',
      'Tạo đầu công việc mới với phiên bản đầu tiên; đầu công việc nhóm C chờ thủ trưởng cơ quan phê duyệt',
    ),
  })
  createWorkItem(
    @Arg('input', { description: described('The item', 'Thông tin đầu công việc') }) input: CreateWorkItemInput,
    @Ctx() ctx: CatalogueContext,
  ) {
    return items.createWorkItem(ctx, input);
  }

  @Mutation(() => WorkItem, {
    description: described(
      'A new version from a date; earlier dates keep the earlier version',
      'Phiên bản mới từ một ngày; các ngày trước đó giữ phiên bản cũ',
    ),
  })
  reviseWorkItem(
    @Arg('id', () => ID, { description: described('The item', 'Đầu công việc') }) id: string,
    @Arg('input', { description: described('The new version', 'Phiên bản mới') }) input: ReviseWorkItemInput,
    @Ctx() ctx: CatalogueContext,
  ) {
    return items.reviseWorkItem(ctx, id, input);
  }

  @Mutation(() => WorkItem, {
    description: described(
      'Retires an item from a date: entries before keep what they earned',
      'Ngừng sử dụng một đầu công việc từ một ngày: các bản ghi trước đó giữ nguyên điểm',
    ),
  })
  retireWorkItem(
    @Arg('id', () => ID, { description: described('The item', 'Đầu công việc') }) id: string,
    @Arg('input', { description: described('When and why', 'Thời điểm và lý do') }) input: RetireWorkItemInput,
    @Ctx() ctx: CatalogueContext,
  ) {
    return items.retireWorkItem(ctx, id, input);
  }

  @Mutation(() => CatalogueImportReport, {
    description: described(
      'Imports a CSV/XLSX sheet (base64): a report per row; applied only when every row is valid and dryRun is false',
      'Nhập bảng tính CSV/XLSX (base64): báo cáo từng dòng; chỉ áp dụng khi mọi dòng hợp lệ và dryRun là false',
    ),
  })
  importCatalogue(
    @Arg('format', () => SheetFormat, { description: described('The sheet’s format', 'Định dạng bảng tính') }) format: SheetFormat,
    @Constraint({ maxLength: 1_000_000 })
    @Arg('content', {
      description: described(
        'The file, base64-encoded (at most 1,000,000 characters: a file of about 730 KB)',
        'Tệp mã hóa base64 (tối đa 1.000.000 ký tự: tệp khoảng 730 KB)',
      ),
    })
    content: string,
    @Arg('effectiveFrom', () => GraphQLLocalDate, {
      description: described('The date new items and new versions take effect', 'Ngày đầu công việc mới và phiên bản mới có hiệu lực'),
    })
    effectiveFrom: string,
    @Arg('dryRun', {
      defaultValue: true,
      description: described('True (the default) only reports what would happen', 'True (mặc định) chỉ báo cáo kết quả dự kiến, không ghi'),
    })
    dryRun: boolean,
    @Arg('ownerAgencyId', () => ID, {
      nullable: true,
      description: described('The agency whose group C rows these are', 'Cơ quan sở hữu các dòng nhóm C'),
    })
    ownerAgencyId: string | undefined,
    @Arg('reason', () => String, {
      nullable: true,
      description: described('Why: kept in the audit trail', 'Lý do: được lưu trong nhật ký thay đổi'),
    })
    reason: string | undefined,
    @Ctx() ctx: CatalogueContext,
  ) {
    return exchange.importCatalogue(ctx, { format, content, effectiveFrom, dryRun, ownerAgencyId, reason });
  }

  @FieldResolver(() => Sector, { description: described('Its sector', 'Ngành') })
  sector(@Parent() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    return ctx.loaders.sector.load(item.sectorId);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: described(
      'Group C: the agency whose own list it is; null for the other groups',
      'Nhóm C: cơ quan có danh mục riêng chứa đầu công việc này; null với các nhóm khác',
    ),
  })
  ownerAgency(@Parent() item: WorkItem) {
    return item.ownerAgencyId ? { id: item.ownerAgencyId } : null;
  }

  @FieldResolver(() => WorkItemVersion, {
    description: described(
      'The version in force today (or the latest, if none is); for an item never approved, its latest proposal',
      'Phiên bản có hiệu lực hôm nay (hoặc phiên bản mới nhất nếu không có); với đầu công việc chưa từng được duyệt là đề xuất mới nhất',
    ),
  })
  current(@Parent() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    return items.currentVersion(ctx, item);
  }

  @FieldResolver(() => String, { description: described('Today’s name', 'Tên hiện hành') })
  // Shareable: the diary answers it where its entries and assignments name their item (@provides).
  @Directive('@shareable')
  async name(@Parent() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    return (await items.currentVersion(ctx, item)).name;
  }

  @FieldResolver(() => UnitOfMeasure, { description: described('Today’s unit of measure', 'Đơn vị tính hiện hành') })
  // Shareable: the diary answers it where its entries and assignments name their item (@provides).
  @Directive('@shareable')
  async unit(@Parent() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    return (await items.currentVersion(ctx, item)).unit;
  }

  @FieldResolver(() => Float, {
    description: described('Today’s standard minutes per unit', 'Thời gian chuẩn hiện hành cho một đơn vị tính, tính bằng phút'),
  })
  async standardMinutes(@Parent() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    return (await items.currentVersion(ctx, item)).standardMinutes;
  }

  @FieldResolver(() => Float, { description: described('Today’s coefficient', 'Hệ số tính điểm hiện hành') })
  async coefficient(@Parent() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    return (await items.currentVersion(ctx, item)).coefficient;
  }

  @FieldResolver(() => WorkItemVersion, {
    nullable: true,
    description: described(
      'The item as it was on a date: what an entry of that date earns; null when no approved version covers it',
      'Đầu công việc tại một ngày: căn cứ tính điểm cho bản ghi của ngày đó; null nếu không có phiên bản đã duyệt nào',
    ),
  })
  asOf(
    @Parent() item: WorkItem,
    @Arg('date', () => GraphQLLocalDate, { description: described('The date', 'Ngày cần xem') }) date: string,
    @Ctx() ctx: CatalogueContext,
  ) {
    return items.versionOfOn(ctx, item, date);
  }

  @FieldResolver(() => [WorkItemVersion], {
    description: described(
      'Every approved version (each in force from its date), oldest first; a group C proposal is in pendingVersion',
      'Mọi phiên bản đã duyệt (mỗi phiên bản có hiệu lực từ ngày của nó), cũ nhất trước; đề xuất nhóm C nằm ở pendingVersion',
    ),
  })
  versions(@Parent() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    return ctx.loaders.versions.load(item.id);
  }

  @FieldResolver(() => [AuditEntry], { description: described('Who changed it, when and why', 'Ai đã thay đổi, khi nào và vì sao') })
  history(@Parent() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    return ctx.loaders.audit.load(item.id);
  }
}
