import { GraphQLJSONObject, GraphQLLocalDate, described } from '@kpi/platform';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ChangeKind, PositionCategory, UnitOfMeasure, WorkItemGroup, WorkItemStatus } from '../entities/index.js';

export { SheetFormat } from '@kpi/platform/sheets';

export enum HandbookFormat {
  MARKDOWN = 'MARKDOWN',
  HTML = 'HTML',
  XLSX = 'XLSX',
}
registerEnumType(HandbookFormat, {
  name: 'HandbookFormat',
  description: described(
    'The form of a KPI handbook; HTML is laid out for printing (A4 landscape)',
    'Định dạng sổ tay KPI; HTML được dàn trang để in (A4 ngang)',
  ),
  valuesConfig: {
    MARKDOWN: { description: described('Markdown text (utf8)', 'Văn bản Markdown (utf8)') },
    HTML: { description: described('A printable HTML page (utf8), A4 landscape', 'Trang HTML để in (utf8), khổ A4 ngang') },
    XLSX: { description: described('An Excel spreadsheet (base64)', 'Bảng tính Excel (base64)') },
  },
});

@InputType({ description: described('A new sector (province admins)', 'Một ngành mới (quản trị viên cấp tỉnh)') })
export class CreateSectorInput {
  @Field({ description: described('Stable code, unique in the province, e.g. FINANCE', 'Mã ổn định, duy nhất trong tỉnh, ví dụ FINANCE') })
  code: string;
  @Field({ description: described('Its name', 'Tên ngành') }) name: string;
  @Field({ nullable: true, description: described('A vertical sector (default false)', 'Là ngành dọc (mặc định false)') })
  isVertical?: boolean;
  @Field(() => ID, { description: described('The department (agency) that owns it', 'Sở (cơ quan) quản lý ngành') }) ownerAgencyId: string;
  @Field({ nullable: true, description: described('What it covers', 'Phạm vi của ngành') }) description?: string;
  @Field({ nullable: true, description: described('Why: kept in the audit trail', 'Lý do: được lưu trong nhật ký thay đổi') })
  reason?: string;
}

@InputType({
  description: described(
    'Changes to a sector; fields left out stay as they are',
    'Thay đổi thông tin một ngành; trường bỏ trống giữ nguyên',
  ),
})
export class UpdateSectorInput {
  @Field({ nullable: true, description: described('A new name', 'Tên mới') }) name?: string;
  @Field({ nullable: true, description: described('Whether it is a vertical sector', 'Có phải ngành dọc hay không') }) isVertical?: boolean;
  @Field(() => ID, {
    nullable: true,
    description: described(
      'Hands the sector to another department (province admins only)',
      'Chuyển ngành cho sở khác quản lý (chỉ quản trị viên cấp tỉnh)',
    ),
  })
  ownerAgencyId?: string;
  @Field({ nullable: true, description: described('A new description', 'Mô tả mới') }) description?: string;
  @Field({
    nullable: true,
    description: described(
      'False deactivates it: no new items may be created in it',
      'False để ngừng hoạt động: không tạo được đầu công việc mới trong ngành',
    ),
  })
  active?: boolean;
  @Field({ nullable: true, description: described('Why: kept in the audit trail', 'Lý do: được lưu trong nhật ký thay đổi') })
  reason?: string;
}

@InputType({
  description: described(
    'Which work items to list; every field given must match',
    'Điều kiện lọc đầu công việc; phải thỏa mọi trường đã nhập',
  ),
})
export class WorkItemFilter {
  @Field(() => ID, { nullable: true, description: described('Items of this sector', 'Đầu công việc của ngành này') }) sectorId?: string;
  @Field({ nullable: true, description: described('Items of the sector with this code', 'Đầu công việc của ngành có mã này') })
  sectorCode?: string;
  @Field(() => WorkItemGroup, { nullable: true, description: described('Items of this group', 'Đầu công việc thuộc nhóm này') })
  group?: WorkItemGroup;
  @Field(() => ID, { nullable: true, description: described('Group C items of this agency', 'Đầu công việc nhóm C của cơ quan này') })
  ownerAgencyId?: string;
  @Field(() => WorkItemStatus, {
    nullable: true,
    description: described('Active or retired items only', 'Chỉ đầu công việc đang sử dụng hoặc đã ngừng'),
  })
  status?: WorkItemStatus;
  @Field({
    nullable: true,
    description: described('Part of the code or name; diacritics optional', 'Một phần mã hoặc tên; có thể gõ không dấu'),
  })
  search?: string;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: described(
      'Search the names in force on this date (default today)',
      'Tìm theo tên có hiệu lực vào ngày này (mặc định hôm nay)',
    ),
  })
  on?: string;
}

@InputType({
  description: described(
    'A new work item with its first version. Group B: province admins; A and D: the sector’s department; C: the agency’s admins, then waiting for its head',
    'Một đầu công việc mới với phiên bản đầu tiên. Nhóm B: quản trị viên cấp tỉnh; A và D: sở quản lý ngành; C: quản trị viên của cơ quan, sau đó chờ thủ trưởng phê duyệt',
  ),
})
export class CreateWorkItemInput {
  @Field({ description: described('Stable code, unique in the province', 'Mã ổn định, duy nhất trong tỉnh') }) code: string;
  @Field(() => ID, { description: described('Its sector (an active one)', 'Ngành của đầu công việc (ngành đang hoạt động)') })
  sectorId: string;
  @Field(() => WorkItemGroup, { description: described('Its group, which decides who owns it', 'Nhóm, quyết định ai quản lý') })
  group: WorkItemGroup;
  @Field(() => ID, {
    nullable: true,
    description: described(
      'Group C only: the agency whose own list it joins (required for C)',
      'Chỉ nhóm C: cơ quan có danh mục riêng chứa đầu công việc (bắt buộc với nhóm C)',
    ),
  })
  ownerAgencyId?: string;
  @Field({ description: described('Its name', 'Tên đầu công việc') }) name: string;
  @Field({ nullable: true, description: described('What the work is', 'Mô tả công việc') }) description?: string;
  @Field(() => UnitOfMeasure, { description: described('What one counted unit is', 'Đơn vị tính') }) unit: UnitOfMeasure;
  @Field(() => Float, {
    description: described(
      'Standard minutes for one unit: above 0, within the province’s limits',
      'Thời gian chuẩn cho một đơn vị tính, tính bằng phút: lớn hơn 0, trong giới hạn của tỉnh',
    ),
  })
  standardMinutes: number;
  @Field(() => Float, {
    description: described('Scoring coefficient, within the province’s limits', 'Hệ số tính điểm, trong giới hạn của tỉnh'),
  })
  coefficient: number;
  @Field({
    nullable: true,
    description: described('What counts as one unit (hard-to-count work)', 'Tiêu chí tính một đơn vị (công việc khó định lượng)'),
  })
  criteria?: string;
  @Field({ nullable: true, description: described('What evidence is expected', 'Minh chứng cần có') }) evidence?: string;
  @Field({
    nullable: true,
    description: described(
      'Flag entries without evidence for review (default false)',
      'Đánh dấu để xem xét các bản ghi không có minh chứng (mặc định false)',
    ),
  })
  evidenceRequired?: boolean;
  @Field(() => GraphQLLocalDate, { description: described('First day it may be logged', 'Ngày đầu tiên được ghi nhật ký') })
  effectiveFrom: string;
  @Field({ nullable: true, description: described('Why: kept in the audit trail', 'Lý do: được lưu trong nhật ký thay đổi') })
  reason?: string;
}

@InputType({
  description: described(
    'A new version from a date; fields left out carry over',
    'Phiên bản mới từ một ngày; trường bỏ trống giữ như phiên bản trước',
  ),
})
export class ReviseWorkItemInput {
  @Field(() => GraphQLLocalDate, {
    description: described(
      'First day of the new version: after the start of the latest one',
      'Ngày bắt đầu của phiên bản mới: sau ngày bắt đầu của phiên bản gần nhất',
    ),
  })
  effectiveFrom: string;
  @Field({ nullable: true, description: described('A new name', 'Tên mới') }) name?: string;
  @Field({ nullable: true, description: described('A new description', 'Mô tả mới') }) description?: string;
  @Field(() => UnitOfMeasure, { nullable: true, description: described('A new unit of measure', 'Đơn vị tính mới') }) unit?: UnitOfMeasure;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'New standard minutes for one unit, within the province’s limits',
      'Thời gian chuẩn mới cho một đơn vị tính (phút), trong giới hạn của tỉnh',
    ),
  })
  standardMinutes?: number;
  @Field(() => Float, {
    nullable: true,
    description: described('A new coefficient, within the province’s limits', 'Hệ số tính điểm mới, trong giới hạn của tỉnh'),
  })
  coefficient?: number;
  @Field(() => String, { nullable: true, description: described('New criteria for one unit', 'Tiêu chí mới để tính một đơn vị') })
  criteria?: string | null;
  @Field({ nullable: true, description: described('New expected evidence', 'Minh chứng cần có mới') }) evidence?: string;
  @Field({
    nullable: true,
    description: described('Whether entries without evidence are flagged', 'Có đánh dấu bản ghi không có minh chứng hay không'),
  })
  evidenceRequired?: boolean;
  @Field({ nullable: true, description: described('Why: kept in the audit trail', 'Lý do: được lưu trong nhật ký thay đổi') })
  reason?: string;
}

@InputType({
  description: described('When and why a work item stops being loggable', 'Thời điểm và lý do ngừng sử dụng một đầu công việc'),
})
export class RetireWorkItemInput {
  @Field(() => GraphQLLocalDate, {
    description: described('First day it may no longer be logged', 'Ngày đầu tiên không được ghi nhật ký nữa'),
  })
  effectiveFrom: string;
  @Field({ nullable: true, description: described('Why: kept in the audit trail', 'Lý do: được lưu trong nhật ký thay đổi') })
  reason?: string;
}

@InputType({
  description: described(
    'The weights of the 7 indicator groups: whole percentages, each within the province’s limits, summing to 100',
    'Trọng số của 7 nhóm chỉ tiêu: số phần trăm nguyên, mỗi trọng số trong giới hạn của tỉnh, tổng bằng 100',
  ),
})
export class IndicatorWeightsInput {
  @Field(() => Int, {
    description: described('Quantity of work completed, in percent', 'Số lượng công việc hoàn thành, tính bằng phần trăm'),
  })
  quantity: number;
  @Field(() => Int, { description: described('Timeliness, in percent', 'Tiến độ, thời hạn hoàn thành, tính bằng phần trăm') })
  timeliness: number;
  @Field(() => Int, { description: described('Quality of handling, in percent', 'Chất lượng xử lý công việc, tính bằng phần trăm') })
  quality: number;
  @Field(() => Int, { description: described('Proactivity, in percent', 'Tính chủ động, tính bằng phần trăm') }) proactivity: number;
  @Field(() => Int, { description: described('Coordination, in percent', 'Sự phối hợp, tính bằng phần trăm') }) coordination: number;
  @Field(() => Int, { description: described('Creativity, in percent', 'Tính sáng tạo, tính bằng phần trăm') }) creativity: number;
  @Field(() => Int, { description: described('Degree of overdue work, in percent', 'Mức độ công việc trễ hạn, tính bằng phần trăm') })
  overdue: number;
}

@InputType({
  description: described(
    'A sector’s KPI standard for a position category from a date (the sector’s department or province admins)',
    'Chuẩn KPI của một ngành cho một nhóm vị trí việc làm từ một ngày (sở quản lý ngành hoặc quản trị viên cấp tỉnh)',
  ),
})
export class SetSectorKpiStandardInput {
  @Field(() => ID, { description: described('The sector', 'Ngành') }) sectorId: string;
  @Field(() => PositionCategory, { description: described('The category of job positions it applies to', 'Nhóm vị trí việc làm áp dụng') })
  positionCategory: PositionCategory;
  @Field(() => GraphQLLocalDate, {
    description: described(
      'First day in force: after the start of the latest standard; the previous one ends the day before',
      'Ngày bắt đầu hiệu lực: sau ngày bắt đầu của chuẩn gần nhất; chuẩn trước kết thúc vào ngày hôm trước',
    ),
  })
  effectiveFrom: string;
  @Field(() => Int, {
    description: described(
      'Standard minutes a person of this category is expected to produce in a month, within the province’s limits',
      'Số phút chuẩn một người thuộc nhóm vị trí này cần đạt trong một tháng, trong giới hạn của tỉnh',
    ),
  })
  expectedMinutesPerMonth: number;
  @Field(() => IndicatorWeightsInput, { description: described('The weights of the 7 indicator groups', 'Trọng số của 7 nhóm chỉ tiêu') })
  weights: IndicatorWeightsInput;
  @Field({ nullable: true, description: described('Why: kept in the audit trail', 'Lý do: được lưu trong nhật ký thay đổi') })
  reason?: string;
}

@InputType({
  description: described(
    'New province limits from a date; each minimum at most its maximum',
    'Giới hạn mới của tỉnh từ một ngày; mỗi giá trị nhỏ nhất không vượt giá trị lớn nhất',
  ),
})
export class SetProvinceLimitsInput {
  @Field(() => GraphQLLocalDate, {
    description: described(
      'First day in force: after the start of the latest limits',
      'Ngày bắt đầu hiệu lực: sau ngày bắt đầu của bộ giới hạn gần nhất',
    ),
  })
  effectiveFrom: string;
  @Field(() => Float, {
    description: described('Smallest coefficient a work item may have', 'Hệ số tính điểm nhỏ nhất của một đầu công việc'),
  })
  coefficientMin: number;
  @Field(() => Float, {
    description: described('Greatest coefficient a work item may have', 'Hệ số tính điểm lớn nhất của một đầu công việc'),
  })
  coefficientMax: number;
  @Field(() => Int, {
    description: described(
      'Longest standard time one unit may have, in minutes (above 0)',
      'Thời gian chuẩn dài nhất cho một đơn vị tính, tính bằng phút (lớn hơn 0)',
    ),
  })
  standardMinutesMax: number;
  @Field(() => Int, {
    description: described(
      'Smallest weight of one indicator group, in percent (7 of them must be able to sum to 100)',
      'Trọng số nhỏ nhất của một nhóm chỉ tiêu, tính bằng phần trăm (7 nhóm phải cộng được thành 100)',
    ),
  })
  weightMin: number;
  @Field(() => Int, {
    description: described(
      'Greatest weight of one indicator group, in percent (at most 100)',
      'Trọng số lớn nhất của một nhóm chỉ tiêu, tính bằng phần trăm (tối đa 100)',
    ),
  })
  weightMax: number;
  @Field(() => Int, {
    description: described(
      'Fewest standard minutes a sector standard may expect in a month',
      'Số phút chuẩn ít nhất mà chuẩn KPI của ngành được đặt cho một tháng',
    ),
  })
  expectedMinutesMin: number;
  @Field(() => Int, {
    description: described(
      'Most standard minutes a sector standard may expect in a month',
      'Số phút chuẩn nhiều nhất mà chuẩn KPI của ngành được đặt cho một tháng',
    ),
  })
  expectedMinutesMax: number;
  @Field({ nullable: true, description: described('Why: kept in the audit trail', 'Lý do: được lưu trong nhật ký thay đổi') })
  reason?: string;
}

@InputType({
  description: described(
    'A request to add, change or retire a work item the requesting agency does not own',
    'Đề nghị thêm, sửa hoặc ngừng sử dụng một đầu công việc mà cơ quan đề nghị không quản lý',
  ),
})
export class RequestCatalogueChangeInput {
  @Field(() => ChangeKind, { description: described('What it asks for', 'Nội dung đề nghị') }) kind: ChangeKind;
  @Field(() => ID, {
    description: described('The agency asking (its admins may ask)', 'Cơ quan đề nghị (quản trị viên của cơ quan được gửi)'),
  })
  requestingAgencyId: string;
  @Field(() => ID, {
    nullable: true,
    description: described('CHANGE and RETIRE: the item; left out for ADD', 'CHANGE và RETIRE: đầu công việc; bỏ trống với ADD'),
  })
  workItemId?: string;
  @Field(() => ID, { nullable: true, description: described('ADD: the sector of the new item', 'ADD: ngành của đầu công việc mới') })
  sectorId?: string;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: described(
      'ADD: the new item’s fields (code, name, group B or D, unit, standardMinutes, coefficient…); CHANGE: the fields to change',
      'ADD: các trường của đầu công việc mới (code, name, nhóm B hoặc D, unit, standardMinutes, coefficient…); CHANGE: các trường cần sửa',
    ),
  })
  proposal?: Record<string, unknown>;
  @Field({ description: described('Why the agency asks (required)', 'Lý do đề nghị (bắt buộc)') }) reason: string;
}

@InputType({
  description: described(
    'The item owner’s decision on a pending change request',
    'Quyết định của đơn vị quản lý đầu công việc về một đề nghị đang chờ',
  ),
})
export class DecideChangeRequestInput {
  @Field(() => ID, { description: described('The change request', 'Đề nghị thay đổi') }) id: string;
  @Field({
    description: described(
      'True approves and applies the change; false rejects it',
      'True để chấp thuận và áp dụng thay đổi; false để từ chối',
    ),
  })
  approve: boolean;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: described('Approving applies the change from this date', 'Khi chấp thuận, thay đổi được áp dụng từ ngày này'),
  })
  effectiveFrom?: string;
  @Field({ nullable: true, description: described('A note kept with the decision', 'Ghi chú lưu kèm quyết định') }) note?: string;
}

@ObjectType({
  description: described(
    'A file produced by the graph: text (encoding utf8) or binary (encoding base64)',
    'Tệp do hệ thống tạo ra: văn bản (encoding utf8) hoặc nhị phân (encoding base64)',
  ),
})
export class ExportedFile {
  @Field({ description: described('A file name to save it under', 'Tên tệp để lưu') }) filename: string;
  @Field({ description: described('Its media type, e.g. text/csv', 'Kiểu nội dung (media type), ví dụ text/csv') }) contentType: string;
  @Field({ description: described('How content is written: utf8 or base64', 'Cách mã hóa nội dung: utf8 hoặc base64') }) encoding: string;
  @Field({ description: described('The file itself, in its encoding', 'Nội dung tệp, theo cách mã hóa đã nêu') }) content: string;
  @Field(() => Int, { description: described('How many work items it lists', 'Số đầu công việc trong tệp') }) rows: number;
}

@ObjectType({
  description: described(
    'What an import did, or would do, with one row of the sheet',
    'Kết quả nhập, hoặc dự kiến nhập, của một dòng trong bảng tính',
  ),
})
export class ImportRowResult {
  @Field(() => Int, {
    description: described('Row number in the sheet (the header is row 1)', 'Số dòng trong bảng tính (dòng tiêu đề là dòng 1)'),
  })
  row: number;
  @Field({ description: described('The work item’s code in that row', 'Mã đầu công việc trên dòng đó') }) code: string;
  @Field({
    description: described(
      'CREATE, REVISE, UNCHANGED or ERROR',
      'CREATE (tạo mới), REVISE (sửa đổi), UNCHANGED (không đổi) hoặc ERROR (lỗi)',
    ),
  })
  action: string;
  @Field(() => [String], {
    description: described(
      'Why the row is invalid, in the caller’s language; empty when it is valid',
      'Lý do dòng không hợp lệ, bằng ngôn ngữ của người gọi; rỗng nếu hợp lệ',
    ),
  })
  errors: string[];
}

@ObjectType({
  description: described('What an import did, or would do: every row’s outcome', 'Kết quả nhập danh mục, hoặc dự kiến: kết quả từng dòng'),
})
export class CatalogueImportReport {
  @Field({
    description: described(
      'False for a dry run and for any sheet with an invalid row: then nothing was written',
      'False khi chạy thử hoặc khi bảng tính có dòng không hợp lệ: khi đó không có gì được ghi',
    ),
  })
  applied: boolean;
  @Field({ description: described('Whether it was a dry run', 'Có phải chạy thử hay không') }) dryRun: boolean;
  @Field(() => Int, { description: described('Rows that create a new item', 'Số dòng tạo đầu công việc mới') }) created: number;
  @Field(() => Int, { description: described('Rows that give an item a new version', 'Số dòng tạo phiên bản mới cho đầu công việc') })
  revised: number;
  @Field(() => Int, { description: described('Rows that match the item as it is', 'Số dòng trùng với đầu công việc hiện có') })
  unchanged: number;
  @Field(() => Int, { description: described('Rows with errors', 'Số dòng có lỗi') }) invalid: number;
  @Field(() => [ImportRowResult], {
    description: described('Every row’s outcome, in sheet order', 'Kết quả từng dòng, theo thứ tự trong bảng tính'),
  })
  rows: ImportRowResult[];
}
