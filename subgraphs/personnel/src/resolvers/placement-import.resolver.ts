import { Constraint, described } from '@kpi/platform';
import { SheetFormat } from '@kpi/platform/sheets';
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { PersonnelContext } from '../services/context.js';
import * as imports from '../services/placement-import.service.js';

@ObjectType({
  description: described(
    'One row of a placement history sheet: what it would do or did, or why it cannot',
    'Một dòng của bảng lịch sử bố trí: sẽ làm hoặc đã làm gì, hoặc vì sao không làm được',
  ),
})
export class PlacementImportRow {
  @Field(() => Int, {
    description: described('Row number in the sheet (the header is row 1)', 'Số thứ tự dòng trong bảng (dòng tiêu đề là dòng 1)'),
  })
  row: number;
  @Field({ description: described('The staff code, as written in the sheet', 'Mã cán bộ, như ghi trong bảng') }) employeeCode: string;
  @Field({ description: described('The first day, as written in the sheet', 'Ngày bắt đầu, như ghi trong bảng') }) effectiveFrom: string;
  @Field({
    description: described('CREATE, UNCHANGED (already stored) or ERROR', 'CREATE (tạo mới), UNCHANGED (đã có sẵn) hoặc ERROR (lỗi)'),
  })
  action: string;
  @Field(() => [String], {
    description: described(
      'Each problem, naming its column, in the caller’s language; empty when the row is valid',
      'Từng lỗi, nêu rõ cột, bằng ngôn ngữ của người gọi; rỗng khi dòng hợp lệ',
    ),
  })
  errors: string[];
}

@ObjectType({
  description: described(
    'What a placement history import did, or would do: every row’s outcome',
    'Kết quả (hoặc kết quả dự kiến) của việc nhập lịch sử bố trí: từng dòng ra sao',
  ),
})
export class PlacementImportReport {
  @Field({
    description: described(
      'False for a dry run and for any sheet with an invalid row: then nothing was written',
      'False khi chạy thử hoặc khi bảng có dòng không hợp lệ: khi đó không ghi gì',
    ),
  })
  applied: boolean;
  @Field({ description: described('Whether it was a dry run (checked, not written)', 'Có phải chạy thử không (chỉ kiểm tra, không ghi)') })
  dryRun: boolean;
  @Field(() => Int, {
    description: described(
      'Rows that create a placement (or would, in a dry run)',
      'Số dòng tạo lần bố trí mới (hoặc sẽ tạo, khi chạy thử)',
    ),
  })
  created: number;
  @Field(() => Int, { description: described('Rows already stored: nothing to do', 'Số dòng đã có sẵn: không cần làm gì') })
  unchanged: number;
  @Field(() => Int, { description: described('Rows with a problem', 'Số dòng có lỗi') }) invalid: number;
  @Field(() => [PlacementImportRow], {
    description: described('Every row’s outcome, in sheet order', 'Kết quả từng dòng, theo thứ tự trong bảng'),
  })
  rows: PlacementImportRow[];
}

export const SHEET_CONTENT = described(
  'The file, base64-encoded (at most 1,000,000 characters: a file of about 730 KB)',
  'Nội dung tệp, mã hóa base64 (tối đa 1.000.000 ký tự: tệp khoảng 730 KB)',
);
export const SHEET_FORMAT = described('The file’s format', 'Định dạng tệp');
export const IMPORT_REASON = described(
  'Why (recorded with the import): e.g. the system it comes from',
  'Lý do (lưu cùng lần nhập): ví dụ hệ thống nguồn',
);

/** People's past placements brought in from a province's previous system (docs/personnel.md). */
@Resolver(() => PlacementImportReport)
export class PlacementImportResolver {
  @Mutation(() => PlacementImportReport, {
    description: described(
      'Province admins (agency admins: their agency’s people): past placements from a CSV/XLSX sheet (base64), each before ' +
        'its person’s first recorded placement, marked imported. A report per row; written only when every row is valid and ' +
        'dryRun is false. Re-importing the same rows changes nothing',
      'Quản trị tỉnh (quản trị cơ quan: cán bộ của cơ quan mình): nhập các lần bố trí trong quá khứ từ bảng CSV/XLSX (base64), ' +
        'mỗi lần trước lần bố trí đầu tiên đã ghi nhận của người đó, được đánh dấu là dữ liệu nhập. Báo cáo từng dòng; chỉ ghi khi mọi dòng ' +
        'hợp lệ và dryRun là false. Nhập lại cùng các dòng không thay đổi gì',
    ),
  })
  importPlacementHistory(
    @Arg('format', () => SheetFormat, { description: SHEET_FORMAT }) format: SheetFormat,
    @Constraint({ maxLength: 1_000_000 }) @Arg('content', { description: SHEET_CONTENT }) content: string,
    @Arg('dryRun', {
      defaultValue: true,
      description: described(
        'True (the default): check and report only; false: write',
        'True (mặc định): chỉ kiểm tra và báo cáo; false: ghi',
      ),
    })
    dryRun: boolean,
    @Arg('reason', () => String, { nullable: true, description: IMPORT_REASON })
    reason: string | undefined,
    @Ctx() ctx: PersonnelContext,
  ) {
    return imports.importPlacementHistory(ctx, { format, content, dryRun, reason: reason ?? null });
  }
}
