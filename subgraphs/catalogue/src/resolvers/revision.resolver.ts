import { described, readRevision } from '@kpi/platform';
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
    @Arg('announce', () => String, {
      nullable: true,
      description: described(
        'A reader’s token (a lowercase UUID) to say on the database’s kpi_revisions channel with this read: a reader that hears it knows this subgraph’s notices of a moved revision reach it',
        'Mã của nơi đọc (một UUID viết thường) được phát trên kênh kpi_revisions của cơ sở dữ liệu cùng lần đọc này: nơi đọc nghe thấy thì biết các thông báo thay đổi của phân hệ này đến được với mình',
      ),
    })
    announce: string | null,
    @Ctx() ctx: CatalogueContext,
  ) {
    return readRevision(ctx.em, 'catalogue', announce);
  }
}
