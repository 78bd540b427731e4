import { ANNOUNCE_ARGUMENT, described, readRevision } from '@kpi/platform';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { CatalogueContext } from '../services/context.js';

@Resolver()
export class CatalogueRevisionResolver {
  @Query(() => String, {
    description: described(
      'A value that changes with every change to a work item, its versions, a job description or a sector and its KPI standards: who keeps such facts between requests compares it before using them (the diary’s writes, scoring’s standards)',
      'Giá trị thay đổi mỗi khi một đầu công việc, các phiên bản của nó, một bản mô tả công việc hay một lĩnh vực và chuẩn KPI của nó thay đổi: nơi giữ lại các dữ kiện này giữa các yêu cầu so sánh nó trước khi dùng (việc ghi nhật ký, chuẩn KPI của việc chấm điểm)',
    ),
  })
  catalogueRevision(
    @Arg('announce', () => String, ANNOUNCE_ARGUMENT)
    announce: string | null,
    @Ctx() ctx: CatalogueContext,
  ) {
    return readRevision(ctx.em, 'catalogue', announce);
  }
}
