import { Constraint, GraphQLLocalDate, Job, described } from '@kpi/platform';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { SheetFormat } from '../services/inputs.js';
import type { CatalogueContext } from '../services/context.js';
import * as jobs from '../services/jobs.service.js';

@Resolver(() => Job)
export class CatalogueJobResolver {
  @Mutation(() => Job, {
    description: described(
      'Applies a CSV/XLSX sheet (base64) as a job: refused at once if any row is invalid (see importCatalogue’s dry run), else returns at once; read the job with catalogueJob (its result: created, revised, unchanged)',
      'Áp dụng một bảng tính CSV/XLSX (base64) dưới dạng công việc chạy nền: bị từ chối ngay nếu có dòng không hợp lệ (xem chạy thử của importCatalogue), nếu không thì trả về ngay; theo dõi bằng catalogueJob (kết quả: created, revised, unchanged)',
    ),
  })
  startCatalogueImportJob(
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
    return jobs.startImportJob(ctx, { format, content, effectiveFrom, ownerAgencyId: ownerAgencyId ?? null, reason: reason ?? null });
  }

  @Query(() => Job, {
    nullable: true,
    description: described(
      'A catalogue job (who started it, province admins); null when there is none with that id',
      'Một công việc chạy nền của danh mục (người khởi chạy, quản trị viên cấp tỉnh xem được); null nếu không có',
    ),
  })
  catalogueJob(@Arg('id', () => ID, { description: described('The job’s id', 'Mã công việc') }) id: string, @Ctx() ctx: CatalogueContext) {
    return jobs.jobById(ctx, id);
  }
}
