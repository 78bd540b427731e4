import { GraphQLLocalDate, described } from '@kpi/platform';
import { Directive, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PARTNER } from '@kpi/platform';
import { DayKind, DiaryEntry, EntryFlag, IntakeStatus, LeaveKind } from '../entities/index.js';

@InputType({ description: described('A new diary entry', 'Mục nhật ký mới') })
export class RecordDiaryEntryInput {
  @Field(() => ID, {
    nullable: true,
    description: described(
      'Defaults to the signed-in person; someone else only as an admin override',
      'Mặc định là người đang đăng nhập; người khác chỉ khi quản trị dùng override',
    ),
  })
  employeeId?: string;
  @Field(() => GraphQLLocalDate, {
    description: described('The working day done (not in the future)', 'Ngày làm việc (không phải ngày tương lai)'),
  })
  workDate: string;
  @Field(() => ID, { description: described('The catalogue work item done', 'Mã đầu công việc đã làm') }) workItemId: string;
  @Field(() => Float, { description: described('How many units, more than 0', 'Số lượng đơn vị, lớn hơn 0') }) quantity: number;
  @Field(() => Int, { description: described('Minutes actually spent, more than 0', 'Số phút thực tế đã làm, lớn hơn 0') })
  actualMinutes: number;
  @Field(() => ID, {
    nullable: true,
    description: described(
      'The assignment it advances (the person must lead it or help with it); null: self-initiated',
      'Việc được giao mà mục này thực hiện (người ghi phải chủ trì hoặc phối hợp); null: việc tự thực hiện',
    ),
  })
  assignmentId?: string;
  @Field({ nullable: true, description: described('A note', 'Ghi chú') }) note?: string;
  @Field({ nullable: true, description: described('Evidence, e.g. the E-Office document number', 'Minh chứng, ví dụ số văn bản E-Office') })
  evidenceRef?: string;
  @Field({
    nullable: true,
    description: described(
      'Write into a closed month or for someone else (agency or province admins; audited)',
      'Ghi vào tháng đã khóa hoặc cho người khác (quản trị cơ quan hoặc tỉnh; có ghi vết)',
    ),
  })
  override?: boolean;
  @Field({ nullable: true, description: described('Why; required with an override', 'Lý do; bắt buộc khi dùng override') }) reason?: string;
}

@InputType({
  description: described(
    'New values for an entry: omitted fields stay as they are',
    'Giá trị mới của một mục nhật ký: trường bỏ trống giữ nguyên',
  ),
})
export class UpdateDiaryEntryInput {
  @Field(() => GraphQLLocalDate, { nullable: true, description: described('The working day done', 'Ngày làm việc') }) workDate?: string;
  @Field(() => ID, { nullable: true, description: described('The catalogue work item done', 'Mã đầu công việc đã làm') })
  workItemId?: string;
  @Field(() => Float, { nullable: true, description: described('How many units, more than 0', 'Số lượng đơn vị, lớn hơn 0') })
  quantity?: number;
  @Field(() => Int, { nullable: true, description: described('Minutes actually spent, more than 0', 'Số phút thực tế đã làm, lớn hơn 0') })
  actualMinutes?: number;
  @Field(() => ID, {
    nullable: true,
    description: described('The assignment it advances; null clears it', 'Việc được giao mà mục này thực hiện; null để bỏ liên kết'),
  })
  assignmentId?: string | null;
  @Field(() => String, { nullable: true, description: described('A note; null clears it', 'Ghi chú; null để xóa') }) note?: string | null;
  @Field(() => String, { nullable: true, description: described('Evidence reference; null clears it', 'Minh chứng; null để xóa') })
  evidenceRef?: string | null;
  @Field({
    nullable: true,
    description: described(
      'Change an approved entry or one in a closed month (agency or province admins; audited)',
      'Sửa mục đã duyệt hoặc trong tháng đã khóa (quản trị cơ quan hoặc tỉnh; có ghi vết)',
    ),
  })
  override?: boolean;
  @Field({ nullable: true, description: described('Why; required with an override', 'Lý do; bắt buộc khi dùng override') }) reason?: string;
}

@ObjectType({ description: described('A warning that does not block: the entry was saved', 'Cảnh báo không chặn: mục đã được lưu') })
export class DiaryWarning {
  @Field(() => EntryFlag, { description: described('Which warning', 'Loại cảnh báo') }) code: EntryFlag;
  @Field({ description: described('The warning explained, in the caller’s language', 'Giải thích cảnh báo, bằng ngôn ngữ của người gọi') })
  message: string;
}

@ObjectType({ description: described('An entry written, with the warnings it raised', 'Mục nhật ký đã ghi, kèm các cảnh báo') })
export class DiaryEntryPayload {
  @Field(() => DiaryEntry, { description: described('The entry as saved', 'Mục nhật ký đã lưu') }) entry: DiaryEntry;
  @Field(() => [DiaryWarning], {
    description: described('Warnings that did not block; empty: none', 'Các cảnh báo không chặn; rỗng: không có'),
  })
  warnings: DiaryWarning[];
}

@ObjectType({
  description: described(
    'One day of a person’s diary against the standard working day',
    'Một ngày nhật ký của một người so với ngày công chuẩn',
  ),
})
export class DiaryDay {
  @Field(() => GraphQLLocalDate, { description: described('The day', 'Ngày') }) date: string;
  @Field({
    description: described('Whether it is a working day on the working calendar', 'Có phải ngày làm việc theo lịch làm việc không'),
  })
  isWorkingDay: boolean;
  @Field(() => String, {
    nullable: true,
    description: described('The holiday’s name; null: not a holiday', 'Tên ngày lễ; null: không phải ngày lễ'),
  })
  holiday: string | null;
  @Field({ description: described('Whether the person was on approved leave', 'Người đó có nghỉ phép đã duyệt không') }) onLeave: boolean;
  @Field(() => [DiaryEntry], { description: described('The day’s entries', 'Các mục nhật ký của ngày') }) entries: DiaryEntry[];
  @Field(() => Int, { description: described('Σ minutes actually spent, as claimed', 'Tổng số phút thực tế theo kê khai') })
  actualMinutes: number;
  @Field(() => Float, { description: described('Σ quantity × standard minutes', 'Tổng số lượng × số phút chuẩn') })
  earnedStandardMinutes: number;
  @Field(() => Float, { description: described('Σ quantity × standard minutes × coefficient', 'Tổng số lượng × số phút chuẩn × hệ số') })
  workPoints: number;
  @Field(() => Float, {
    description: described(
      'Work points of approved entries only (what scoring counts)',
      'Điểm công việc chỉ của các mục đã duyệt (phần được tính điểm)',
    ),
  })
  approvedWorkPoints: number;
  @Field(() => Int, {
    description: described('The standard working day in minutes (e.g. 480)', 'Ngày công chuẩn tính bằng phút (ví dụ 480)'),
  })
  standardDayMinutes: number;
  @Field(() => [EntryFlag], {
    description: described(
      'The day’s warnings: over the standard day, and the entries’ own',
      'Các cảnh báo của ngày: vượt ngày công chuẩn, và cảnh báo của từng mục',
    ),
  })
  warnings: EntryFlag[];
  @Field({
    description: described(
      'A past working day, not on leave, with no entry (kê khai sót)',
      'Ngày làm việc đã qua, không nghỉ phép, không có nhật ký (kê khai sót)',
    ),
  })
  missing: boolean;
}

@ObjectType({
  description: described(
    'A person’s diary over a period: the real-time self view',
    'Nhật ký của một người trong kỳ: theo dõi kết quả của bản thân theo thời gian thực',
  ),
})
export class DiaryPeriod {
  @Field(() => GraphQLLocalDate, { description: described('First day of the period', 'Ngày đầu kỳ') }) from: string;
  @Field(() => GraphQLLocalDate, { description: described('Last day of the period (inclusive)', 'Ngày cuối kỳ (tính cả ngày này)') })
  to: string;
  @Field(() => [DiaryDay], { description: described('Every day of the period', 'Từng ngày trong kỳ') }) days: DiaryDay[];
  @Field(() => Int, { description: described('Working days in the period', 'Số ngày làm việc trong kỳ') }) workingDays: number;
  @Field(() => Int, {
    description: described('Of the working days, those on approved leave', 'Trong số ngày làm việc, số ngày nghỉ phép đã duyệt'),
  })
  daysOnLeave: number;
  @Field(() => [GraphQLLocalDate], {
    description: described('Past working days with no entry and no leave', 'Các ngày làm việc đã qua không có nhật ký và không nghỉ phép'),
  })
  missingDays: string[];
  @Field(() => Int, { description: described('Σ minutes actually spent, as claimed', 'Tổng số phút thực tế theo kê khai') })
  actualMinutes: number;
  @Field(() => Float, { description: described('Σ quantity × standard minutes', 'Tổng số lượng × số phút chuẩn') })
  earnedStandardMinutes: number;
  @Field(() => Float, {
    description: described('Σ quantity × standard minutes × coefficient, all entries', 'Tổng số lượng × số phút chuẩn × hệ số, mọi mục'),
  })
  workPoints: number;
  @Field(() => Float, {
    description: described(
      'Work points of approved entries only (what scoring counts)',
      'Điểm công việc chỉ của các mục đã duyệt (phần được tính điểm)',
    ),
  })
  approvedWorkPoints: number;
  @Field(() => Int, {
    description: described(
      'Working days not on leave × the standard day, in minutes',
      'Số ngày làm việc không nghỉ phép × ngày công chuẩn, tính bằng phút',
    ),
  })
  availableStandardMinutes: number;
  @Field(() => Int, {
    description: described('Days whose claimed time exceeds the standard day', 'Số ngày có thời gian kê khai vượt ngày công chuẩn'),
  })
  daysOverStandard: number;
}

@ObjectType({
  description: described(
    'How much an item was used in a period (for the catalogue’s hygiene)',
    'Mức sử dụng một đầu công việc trong kỳ (để rà soát danh mục)',
  ),
})
export class WorkItemUsage {
  @Field(() => GraphQLLocalDate, { description: described('First day of the period', 'Ngày đầu kỳ') }) from: string;
  @Field(() => GraphQLLocalDate, { description: described('Last day of the period (inclusive)', 'Ngày cuối kỳ (tính cả ngày này)') })
  to: string;
  @Field(() => Int, { description: described('Diary entries against it', 'Số mục nhật ký') }) entries: number;
  @Field(() => Int, { description: described('Distinct people who recorded it', 'Số người đã ghi') }) employees: number;
  @Field(() => Float, { description: described('Σ quantity', 'Tổng số lượng') }) quantity: number;
  @Field(() => Float, { description: described('Σ minutes actually spent, as claimed', 'Tổng số phút thực tế theo kê khai') })
  actualMinutes: number;
  @Field(() => Float, { description: described('Σ quantity × standard minutes', 'Tổng số lượng × số phút chuẩn') }) standardMinutes: number;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'Actual ÷ standard minutes: far from 1 means the standard time needs a look; null when no standard minutes',
      'Số phút thực tế ÷ số phút chuẩn: khác xa 1 nghĩa là cần xem lại thời gian chuẩn; null khi không có phút chuẩn',
    ),
  })
  actualToStandard: number | null;
}

@Directive(PARTNER)
@InputType({
  description: described(
    'A work event from another system (E-Office first)',
    'Một sự kiện công việc từ hệ thống khác (trước hết là E-Office)',
  ),
})
export class WorkEventInput {
  @Field({
    description: described(
      'The sender’s id for the event: the same id twice is one entry',
      'Mã sự kiện của hệ thống gửi: cùng một mã gửi hai lần chỉ tạo một mục',
    ),
  })
  externalId: string;
  @Field({ description: described('The person’s employee code', 'Mã nhân sự của người thực hiện') }) employeeCode: string;
  @Field({
    description: described(
      'Mapped to a work item by the agency’s mapping table',
      'Được quy đổi thành đầu công việc theo bảng ánh xạ của cơ quan',
    ),
  })
  documentType: string;
  @Field(() => GraphQLLocalDate, { description: described('The work date', 'Ngày làm việc') }) date: string;
  @Field(() => Float, { description: described('How many units, more than 0', 'Số lượng đơn vị, lớn hơn 0') }) quantity: number;
  @Field(() => Int, {
    nullable: true,
    description: described(
      'Minutes spent; defaults to the item’s standard time × quantity',
      'Số phút đã làm; mặc định bằng thời gian chuẩn của đầu công việc × số lượng',
    ),
  })
  actualMinutes?: number;
  @Field({ nullable: true, description: described('Evidence, e.g. the document number', 'Minh chứng, ví dụ số văn bản') })
  evidence?: string;
}

@Directive(PARTNER)
@ObjectType({ description: described('What became of one work event', 'Kết quả xử lý một sự kiện công việc') })
export class WorkEventResult {
  @Field({ description: described('The sender’s id for the event', 'Mã sự kiện của hệ thống gửi') }) externalId: string;
  @Field(() => IntakeStatus, {
    description: described('Created, already received, or rejected', 'Đã tạo, đã nhận trước đó, hoặc bị từ chối'),
  })
  status: IntakeStatus;
  @Field(() => ID, {
    nullable: true,
    description: described(
      'The entry created, or for a duplicate the entry that already holds this work (when known)',
      'Mục nhật ký đã tạo, hoặc với sự kiện trùng là mục đã chứa công việc này (nếu biết)',
    ),
  })
  entryId: string | null;
  @Field(() => String, {
    nullable: true,
    description: described(
      'Why it was rejected, in words; null when not rejected',
      'Lý do bị từ chối, bằng lời; null khi không bị từ chối',
    ),
  })
  reason: string | null;
  @Field(() => String, {
    nullable: true,
    description: described(
      'Why, as a stable code: the error code a typed entry gets for the same fault (DAY_OVER_24_HOURS, PERIOD_CLOSED, NOT_PERFORMABLE, INVALID_REFERENCE, WORK_ITEM_RETIRED, FUTURE_DATE, EMPLOYEE_INACTIVE, BAD_USER_INPUT), or DUPLICATE_ENTRY when the same document is already recorded; null when created or already received',
      'Lý do, dưới dạng mã ổn định: mã lỗi mà mục nhập tay nhận cho cùng lỗi (DAY_OVER_24_HOURS, PERIOD_CLOSED, NOT_PERFORMABLE, INVALID_REFERENCE, WORK_ITEM_RETIRED, FUTURE_DATE, EMPLOYEE_INACTIVE, BAD_USER_INPUT), hoặc DUPLICATE_ENTRY khi cùng văn bản đã được ghi; null khi đã tạo hoặc đã nhận trước đó',
    ),
  })
  code: string | null;
  @Field(() => [EntryFlag], {
    description: described(
      'The warnings stored on the entry created (OVER_STANDARD_DAY…)',
      'Các cảnh báo lưu trên mục đã tạo (OVER_STANDARD_DAY…)',
    ),
  })
  flags: EntryFlag[];
}

@InputType({
  description: described(
    'A mapping of a client’s document type to a work item',
    'Ánh xạ một loại văn bản của hệ thống tích hợp với một đầu công việc',
  ),
})
export class SetWorkItemMappingInput {
  @Field({
    description: described(
      'The integration client’s subject, e.g. client:eoffice',
      'Định danh của hệ thống tích hợp, ví dụ client:eoffice',
    ),
  })
  client: string;
  @Field(() => ID, {
    nullable: true,
    description: described('The agency it applies to; null: the province-wide default', 'Cơ quan áp dụng; null: mặc định toàn tỉnh'),
  })
  agencyId?: string;
  @Field({ description: described('The client’s document type', 'Loại văn bản của hệ thống tích hợp') }) documentType: string;
  @Field(() => ID, { description: described('The work item it counts as', 'Đầu công việc tương ứng') }) workItemId: string;
}

@InputType({ description: described('A person’s approved leave', 'Kỳ nghỉ đã duyệt của một người') })
export class RecordLeaveInput {
  @Field(() => ID, { description: described('The person’s employee id', 'Mã nhân sự của người nghỉ') }) employeeId: string;
  @Field(() => GraphQLLocalDate, { description: described('First day of leave', 'Ngày đầu nghỉ') }) fromDate: string;
  @Field(() => GraphQLLocalDate, { description: described('Last day of leave (inclusive)', 'Ngày cuối nghỉ (tính cả ngày này)') })
  toDate: string;
  @Field(() => LeaveKind, { description: described('The kind of leave', 'Loại nghỉ') }) kind: LeaveKind;
  @Field({ nullable: true, description: described('A note', 'Ghi chú') }) note?: string;
}

@InputType({ description: described('What month to reopen, for whom, until when', 'Mở lại tháng nào, cho ai, đến khi nào') })
export class ReopenPeriodInput {
  @Field(() => GraphQLLocalDate, { description: described('Any day of the month to reopen', 'Một ngày bất kỳ của tháng cần mở lại') })
  month: string;
  @Field(() => ID, {
    nullable: true,
    description: described('Only for this agency; null: for all', 'Chỉ cho cơ quan này; null: cho tất cả'),
  })
  agencyId?: string;
  @Field({ description: described('When it closes again', 'Thời điểm tháng bị khóa lại') }) until: Date;
  @Field({ description: described('Why (audited)', 'Lý do (có ghi vết)') }) reason: string;
}

export { DayKind };
