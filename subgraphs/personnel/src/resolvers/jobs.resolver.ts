import { Constraint, described, Job } from '@kpi/platform';
import { SheetFormat } from '@kpi/platform/sheets';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { PersonnelContext } from '../services/context.js';
import * as jobs from '../services/jobs.service.js';
import { IMPORT_REASON, SHEET_CONTENT, SHEET_FORMAT } from './placement-import.resolver.js';

@Resolver(() => Job)
export class PersonnelJobResolver {
  @Mutation(() => Job, {
    description: described(
      'Writes a placement history sheet as a job (who may: as importPlacementHistory): refused at once if any row is invalid ' +
        '(see importPlacementHistory’s dry run), else returns at once; read it with personnelJob (its result: created, unchanged)',
      'Ghi bảng lịch sử bố trí dưới dạng công việc chạy nền (quyền như importPlacementHistory): bị từ chối ngay nếu có dòng không hợp lệ ' +
        '(xem chế độ chạy thử của importPlacementHistory), nếu không thì trả về ngay; theo dõi bằng personnelJob (kết quả: created, unchanged)',
    ),
  })
  startPlacementImportJob(
    @Arg('format', () => SheetFormat, { description: SHEET_FORMAT }) format: SheetFormat,
    @Constraint({ maxLength: 1_000_000 }) @Arg('content', { description: SHEET_CONTENT }) content: string,
    @Arg('reason', () => String, { nullable: true, description: IMPORT_REASON })
    reason: string | undefined,
    @Ctx() ctx: PersonnelContext,
  ) {
    return jobs.startPlacementImportJob(ctx, { format, content, reason: reason ?? null });
  }

  @Query(() => Job, {
    nullable: true,
    description: described(
      'A personnel job, for whoever started it and province admins; null when there is none',
      'Một công việc chạy nền của phân hệ nhân sự, cho người khởi chạy và quản trị tỉnh; null khi không có',
    ),
  })
  personnelJob(
    @Arg('id', () => ID, { description: described('The job’s id', 'Mã định danh của công việc') }) id: string,
    @Ctx() ctx: PersonnelContext,
  ) {
    return jobs.jobById(ctx, id);
  }
}
