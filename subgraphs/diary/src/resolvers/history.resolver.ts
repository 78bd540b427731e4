import { Constraint, defineEnumLabels, described, Job } from '@kpi/platform';
import { SheetFormat } from '@kpi/platform/sheets';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, registerEnumType, Resolver, UseMiddleware } from 'type-graphql';
import type { DiaryContext } from '../services/context.js';
import * as history from '../services/history.service.js';
import { importAssignmentHistory } from '../services/assignment-history.service.js';
import * as jobs from '../services/jobs.service.js';
import { HistorySheet } from '../services/jobs.service.js';

registerEnumType(HistorySheet, {
  name: 'DiaryHistorySheet',
  description: described('What a history sheet holds', 'Loại dữ liệu của tệp lịch sử'),
  valuesConfig: {
    ENTRIES: { description: described('Past diary entries', 'Các mục nhật ký trước đây') },
    ASSIGNMENTS: { description: described('Past work assignments', 'Các việc được giao trước đây') },
  },
});
defineEnumLabels('DiaryHistorySheet', HistorySheet, {
  ENTRIES: { vi: 'Nhật ký công việc', en: 'Diary entries' },
  ASSIGNMENTS: { vi: 'Việc được giao', en: 'Assignments' },
});
import { IntakeOnlyForClients } from './guard.js';

@ObjectType({
  description: described(
    'One row of a diary history sheet: what it would do or did, or why it cannot',
    'Một dòng của tệp lịch sử nhật ký: việc sẽ làm hoặc đã làm, hoặc lý do không làm được',
  ),
})
export class DiaryHistoryRow {
  @Field(() => Int, {
    description: described('Row number in the sheet (the header is row 1)', 'Số dòng trong tệp (dòng tiêu đề là dòng 1)'),
  })
  row: number;
  @Field({ description: described('The person’s employee code, as in the sheet', 'Mã nhân sự của người đó, như trong tệp') })
  employeeCode: string;
  @Field({
    description: described(
      'The work date (or the day given, for assignments), as in the sheet',
      'Ngày làm việc (hoặc ngày giao, với việc được giao), như trong tệp',
    ),
  })
  workDate: string;
  @Field({
    description: described(
      'CREATE, UNCHANGED (imported before) or ERROR',
      'CREATE (tạo mới), UNCHANGED (đã nhập trước đó) hoặc ERROR (lỗi)',
    ),
  })
  action: string;
  @Field(() => [String], { description: described('Each problem, naming its column', 'Từng lỗi, kèm tên cột') }) errors: string[];
}

@ObjectType({
  description: described(
    'What a diary history import did, or would do: every row’s outcome',
    'Kết quả (hoặc dự kiến) của việc nhập lịch sử nhật ký: kết quả từng dòng',
  ),
})
export class DiaryHistoryReport {
  @Field({
    description: described(
      'False for a dry run and for any sheet with an invalid row: then nothing was written',
      'False khi chạy thử và khi tệp có dòng không hợp lệ: khi đó không ghi gì',
    ),
  })
  applied: boolean;
  @Field({ description: described('Whether it was a dry run', 'Có phải chạy thử không') }) dryRun: boolean;
  @Field(() => Int, { description: described('Rows written (or that would be)', 'Số dòng đã ghi (hoặc sẽ ghi)') }) created: number;
  @Field(() => Int, { description: described('Rows imported before, left as they are', 'Số dòng đã nhập trước đó, giữ nguyên') })
  unchanged: number;
  @Field(() => Int, { description: described('Rows with errors', 'Số dòng có lỗi') }) invalid: number;
  @Field(() => [DiaryHistoryRow], {
    description: described('Every row’s outcome, in sheet order', 'Kết quả từng dòng, theo thứ tự trong tệp'),
  })
  rows: DiaryHistoryRow[];
}

const CONTENT = described(
  'The file, base64-encoded (at most 1,000,000 characters: a file of about 730 KB)',
  'Nội dung tệp, mã hóa base64 (tối đa 1.000.000 ký tự: tệp khoảng 730 KB)',
);

/** A province's past diaries brought in from its previous KPI software (docs/diary.md, "History"). */
@Resolver(() => DiaryHistoryReport)
@UseMiddleware(IntakeOnlyForClients)
export class HistoryResolver {
  @Mutation(() => DiaryHistoryReport, {
    description: described(
      'Province admins (agency admins: their agency’s people): past diary entries from a CSV/XLSX sheet (base64), each filed where its person worked that day, priced by the catalogue version then, marked IMPORT. A report per row; written only when every row is valid and dryRun is false. Re-importing the same rows changes nothing',
      'Quản trị tỉnh (quản trị cơ quan: người của cơ quan mình): nhập các mục nhật ký trước đây từ tệp CSV/XLSX (base64), mỗi mục ghi vào nơi người đó làm việc ngày hôm đó, tính theo phiên bản danh mục khi đó, đánh dấu IMPORT. Báo cáo từng dòng; chỉ ghi khi mọi dòng hợp lệ và dryRun là false. Nhập lại cùng các dòng không thay đổi gì',
    ),
  })
  importDiaryHistory(
    @Arg('format', () => SheetFormat, { description: described('The sheet’s format', 'Định dạng tệp') }) format: SheetFormat,
    @Constraint({ maxLength: 1_000_000 }) @Arg('content', { description: CONTENT }) content: string,
    @Arg('dryRun', {
      defaultValue: true,
      description: described('Only check and report, write nothing (the default)', 'Chỉ kiểm tra và báo cáo, không ghi gì (mặc định)'),
    })
    dryRun: boolean,
    @Arg('reason', () => String, {
      nullable: true,
      description: described('Why (audited): e.g. the system it comes from', 'Lý do (có ghi vết): ví dụ hệ thống nguồn'),
    })
    reason: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return history.importDiaryHistory(ctx, { format, content, dryRun, reason: reason ?? null });
  }

  @Mutation(() => DiaryHistoryReport, {
    description: described(
      'Province admins (agency admins: their agency’s people): past work assignments with their real dates and outcome from a CSV/XLSX sheet (base64), each filed where its lead worked the day it was given, marked imported. A report per row (the lead’s code and the day given); written only when every row is valid and dryRun is false. Re-importing changes nothing',
      'Quản trị tỉnh (quản trị cơ quan: người của cơ quan mình): nhập các việc được giao trước đây, với ngày thực và kết quả, từ tệp CSV/XLSX (base64), mỗi việc ghi vào nơi người chủ trì làm việc ngày được giao, đánh dấu là đã nhập. Báo cáo từng dòng (mã người chủ trì và ngày giao); chỉ ghi khi mọi dòng hợp lệ và dryRun là false. Nhập lại không thay đổi gì',
    ),
  })
  importAssignmentHistory(
    @Arg('format', () => SheetFormat, { description: described('The sheet’s format', 'Định dạng tệp') }) format: SheetFormat,
    @Constraint({ maxLength: 1_000_000 }) @Arg('content', { description: CONTENT }) content: string,
    @Arg('dryRun', {
      defaultValue: true,
      description: described('Only check and report, write nothing (the default)', 'Chỉ kiểm tra và báo cáo, không ghi gì (mặc định)'),
    })
    dryRun: boolean,
    @Arg('reason', () => String, {
      nullable: true,
      description: described('Why (audited): e.g. the system it comes from', 'Lý do (có ghi vết): ví dụ hệ thống nguồn'),
    })
    reason: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return importAssignmentHistory(ctx, { format, content, dryRun, reason: reason ?? null });
  }

  @Mutation(() => Job, {
    description: described(
      'Writes a diary history sheet as a job: refused at once if any row is invalid (see importDiaryHistory’s and importAssignmentHistory’s dry runs), else returns at once; read it with diaryJob (its result: created, unchanged)',
      'Ghi tệp lịch sử nhật ký dưới dạng tác vụ: bị từ chối ngay nếu có dòng không hợp lệ (xem chạy thử của importDiaryHistory và importAssignmentHistory), nếu không thì trả về ngay; theo dõi bằng diaryJob (kết quả: created, unchanged)',
    ),
  })
  startDiaryHistoryImportJob(
    @Arg('format', () => SheetFormat, { description: described('The sheet’s format', 'Định dạng tệp') }) format: SheetFormat,
    @Constraint({ maxLength: 1_000_000 }) @Arg('content', { description: CONTENT }) content: string,
    @Arg('reason', () => String, {
      nullable: true,
      description: described('Why (audited): e.g. the system it comes from', 'Lý do (có ghi vết): ví dụ hệ thống nguồn'),
    })
    reason: string | undefined,
    @Arg('sheet', () => HistorySheet, {
      defaultValue: HistorySheet.ENTRIES,
      description: described(
        'What the sheet holds: diary entries (the default) or assignments',
        'Tệp chứa gì: mục nhật ký (mặc định) hay việc được giao',
      ),
    })
    sheet: HistorySheet,
    @Ctx() ctx: DiaryContext,
  ) {
    return jobs.startHistoryJob(ctx, { format, content, reason: reason ?? null, sheet });
  }

  @Query(() => Job, {
    nullable: true,
    description: described(
      'A diary job (who started it, province admins); null when there is none',
      'Một tác vụ của nhật ký (người khởi tạo, quản trị tỉnh được xem); null nếu không có',
    ),
  })
  diaryJob(@Arg('id', () => ID, { description: described('The job’s id', 'Mã tác vụ') }) id: string, @Ctx() ctx: DiaryContext) {
    return jobs.jobById(ctx, id);
  }
}
