import { described, GraphQLLocalDate } from '@kpi/platform';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AssignmentRole, AssignmentStatus, QualityRating, ReminderKind } from '../entities/index.js';
import { Assignment, Employee } from '../entities/index.js';

@InputType({
  description: described('A new assignment: what, to whom, how much, by when', 'Việc giao mới: việc gì, cho ai, bao nhiêu, hạn khi nào'),
})
export class AssignWorkInput {
  @Field(() => ID, { description: described('The employee id of the person responsible (chủ trì)', 'Mã nhân sự của người chủ trì') })
  leadId: string;
  @Field(() => [ID], {
    nullable: true,
    description: described(
      'Employee ids of the co-operators (phối hợp); null: none',
      'Mã nhân sự của những người phối hợp; null: không có',
    ),
  })
  coOperatorIds?: string[];
  @Field(() => ID, { description: described('The catalogue work item to produce', 'Mã đầu công việc trong danh mục') }) workItemId: string;
  @Field({ description: described('A short title', 'Tiêu đề ngắn') }) title: string;
  @Field({ nullable: true, description: described('What is to be done, in more detail', 'Nội dung công việc chi tiết') })
  description?: string;
  @Field(() => Float, {
    description: described(
      'How many units of the work item are expected (the assigned products)',
      'Số lượng đơn vị dự kiến (sản phẩm được giao)',
    ),
  })
  expectedQuantity: number;
  @Field(() => GraphQLLocalDate, {
    description: described(
      'Due by the end of this day; a day off moves it to the next working day',
      'Hạn cuối ngày này; nếu là ngày nghỉ thì dời sang ngày làm việc kế tiếp',
    ),
  })
  deadline: string;
  @Field(() => [String], {
    nullable: true,
    description: described('Attachments and evidence references', 'Tài liệu đính kèm và minh chứng'),
  })
  evidenceRefs?: string[];
  @Field({
    nullable: true,
    description: described('A note kept in its history; null: none', 'Ghi chú lưu trong lịch sử của việc; null: không có'),
  })
  comment?: string;
}

@InputType({ description: described('The lead’s report that the work is done', 'Báo cáo hoàn thành của người chủ trì') })
export class SubmitAssignmentInput {
  @Field(() => Float, {
    nullable: true,
    description: described('The quantity done; defaults to the expected quantity', 'Số lượng đã làm; mặc định bằng số lượng dự kiến'),
  })
  quantityDone?: number;
  @Field(() => [String], {
    nullable: true,
    description: described('Evidence of the result, added to the assignment’s', 'Minh chứng kết quả, bổ sung vào minh chứng của việc'),
  })
  evidenceRefs?: string[];
  @Field({
    nullable: true,
    description: described('A note kept in its history; null: none', 'Ghi chú lưu trong lịch sử của việc; null: không có'),
  })
  comment?: string;
}

@InputType({
  description: described(
    'The assigner’s verdict on a submitted product (Decree 335)',
    'Đánh giá của người giao việc đối với sản phẩm đã báo cáo (Nghị định 335)',
  ),
})
export class CompleteAssignmentInput {
  @Field(() => QualityRating, { description: described('The quality rating', 'Mức chất lượng') }) quality: QualityRating;
  @Field(() => Int, {
    nullable: true,
    description: described(
      'Major errors found (default 0); each takes 25 % of the product’s quality points',
      'Số lỗi lớn (mặc định 0); mỗi lỗi trừ 25 % điểm chất lượng của sản phẩm',
    ),
  })
  majorErrors?: number;
  @Field(() => Int, {
    nullable: true,
    description: described(
      'Of those, with an objective cause confirmed (default 0)',
      'Trong số đó, số lỗi có nguyên nhân khách quan được xác nhận (mặc định 0)',
    ),
  })
  excusedErrors?: number;
  @Field(() => Int, {
    nullable: true,
    description: described(
      'Delays (default: 1 when submitted after the deadline, else 0)',
      'Số lần chậm trễ (mặc định: 1 nếu báo cáo sau hạn, ngược lại 0)',
    ),
  })
  delays?: number;
  @Field(() => Int, {
    nullable: true,
    description: described(
      'Of those, with an objective cause confirmed (default 0)',
      'Trong số đó, số lần có nguyên nhân khách quan được xác nhận (mặc định 0)',
    ),
  })
  excusedDelays?: number;
  @Field({
    nullable: true,
    description: described(
      'The objective cause; required when anything is excused',
      'Nguyên nhân khách quan; bắt buộc khi có lỗi hoặc chậm trễ được miễn trừ',
    ),
  })
  objectiveCause?: string;
  @Field({
    nullable: true,
    description: described('A note kept in its history; null: none', 'Ghi chú lưu trong lịch sử của việc; null: không có'),
  })
  comment?: string;
}

@InputType({
  description: described(
    'Narrows a list of assignments; every condition given must hold',
    'Lọc danh sách việc được giao; phải thỏa mọi điều kiện đã nêu',
  ),
})
export class AssignmentFilter {
  @Field(() => [AssignmentStatus], {
    nullable: true,
    description: described('Only these statuses; null or empty: any', 'Chỉ các trạng thái này; null hoặc rỗng: mọi trạng thái'),
  })
  statuses?: AssignmentStatus[];
  @Field(() => AssignmentRole, {
    nullable: true,
    description: described(
      'For a person: only what they lead, or only what they help with',
      'Với một người: chỉ việc chủ trì, hoặc chỉ việc phối hợp',
    ),
  })
  role?: AssignmentRole;
  @Field({ nullable: true, description: described('Only those unfinished past their deadline', 'Chỉ các việc chưa xong đã quá hạn') })
  overdue?: boolean;
  @Field(() => Int, {
    nullable: true,
    description: described(
      'Only unfinished ones due within this many working days (0: today)',
      'Chỉ các việc chưa xong đến hạn trong số ngày làm việc này (0: hôm nay)',
    ),
  })
  dueWithinWorkingDays?: number;
  @Field(() => Int, {
    nullable: true,
    description: described(
      'At most this many (default 100, at most 500), earliest deadline first',
      'Tối đa bấy nhiêu việc (mặc định 100, tối đa 500), hạn sớm nhất trước',
    ),
  })
  first?: number;
}

@ObjectType({
  description: described(
    'How a person’s or a unit’s assignments due in a period went (overdue share: the Hue model’s gate)',
    'Kết quả các việc được giao đến hạn trong kỳ của một người hoặc đơn vị (tỷ lệ quá hạn: ngưỡng của mô hình Huế)',
  ),
})
export class AssignmentSummary {
  @Field(() => GraphQLLocalDate, { description: described('First day of the period', 'Ngày đầu kỳ') }) from: string;
  @Field(() => GraphQLLocalDate, { description: described('Last day of the period (inclusive)', 'Ngày cuối kỳ (tính cả ngày này)') })
  to: string;
  @Field(() => Int, { description: described('Due in the period, not cancelled', 'Số việc đến hạn trong kỳ, không tính việc bị hủy') })
  assigned: number;
  @Field(() => Int, {
    description: described('Of those, completed (accepted by the assigner)', 'Trong số đó, số việc đã hoàn thành (được nghiệm thu)'),
  })
  completed: number;
  @Field(() => Int, { description: described('Submitted on or before the deadline', 'Số việc báo cáo hoàn thành đúng hoặc trước hạn') })
  onTime: number;
  @Field(() => Int, { description: described('Submitted after the deadline', 'Số việc báo cáo hoàn thành sau hạn') }) late: number;
  @Field(() => Int, { description: described('Unfinished past the deadline', 'Số việc chưa xong đã quá hạn') }) overdue: number;
  @Field(() => Int, { description: described('Unfinished, not yet due', 'Số việc chưa xong, chưa đến hạn') }) pending: number;
  @Field(() => Int, { description: described('Due in the period but cancelled', 'Số việc đến hạn trong kỳ nhưng đã bị hủy') })
  cancelled: number;
  @Field(() => Float, {
    nullable: true,
    description: described(
      '(late + overdue) ÷ (on time + late + overdue), from 0 to 1; null when nothing is due yet; above 0.2 means not completed (Hue model)',
      '(trễ hạn + quá hạn) ÷ (đúng hạn + trễ hạn + quá hạn), từ 0 đến 1; null khi chưa có việc đến hạn; trên 0,2 là không hoàn thành (mô hình Huế)',
    ),
  })
  overdueShare: number | null;
}

@ObjectType({
  description: described(
    'A person of a unit with working days that have no diary and no leave',
    'Một người của đơn vị có ngày làm việc không có nhật ký và không nghỉ phép',
  ),
})
export class MissingDiary {
  @Field(() => Employee, { description: described('The person', 'Người đó') }) employee: Employee;
  @Field(() => [GraphQLLocalDate], { description: described('The days missing, oldest first', 'Các ngày còn thiếu, cũ nhất trước') })
  days: string[];
  @Field(() => Int, { description: described('How many days are missing', 'Số ngày còn thiếu') }) count: number;
}

@ObjectType({
  description: described(
    'Something a person should be told: a front-end shows it, a mailer sends it',
    'Điều cần nhắc một người: giao diện hiển thị, hệ thống thư gửi đi',
  ),
})
export class Reminder {
  @Field(() => ReminderKind, { description: described('What it is about', 'Loại nhắc việc') }) kind: ReminderKind;
  @Field(() => Employee, { description: described('Who is reminded', 'Người được nhắc') }) employee: Employee;
  @Field(() => [GraphQLLocalDate], {
    description: described(
      'The days concerned (missing diaries); empty for other kinds',
      'Các ngày liên quan (nhật ký còn thiếu); rỗng với các loại khác',
    ),
  })
  days: string[];
  @Field(() => Assignment, {
    nullable: true,
    description: described(
      'The assignment concerned; null for missing diaries',
      'Việc được giao liên quan; null với nhắc nhật ký còn thiếu',
    ),
  })
  assignment: Assignment | null;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: described(
      'By when to act: the month’s close, or the deadline; null: no date',
      'Hạn cần xử lý: ngày khóa tháng hoặc thời hạn của việc; null: không có',
    ),
  })
  dueOn: string | null;
  @Field({ description: described('The text to show or send, in Vietnamese', 'Nội dung hiển thị hoặc gửi đi, bằng tiếng Việt') })
  message: string;
  @Field({ description: described('The same text in English', 'Cùng nội dung, bằng tiếng Anh') }) messageEn: string;
  @Field(() => String, {
    nullable: true,
    description: described('The month closing (MONTH_CLOSING), as YYYY-MM', 'Tháng sắp chốt số liệu (MONTH_CLOSING), dạng YYYY-MM'),
  })
  month: string | null;
}

@ObjectType({ description: described('What the diaries recorded towards an assignment', 'Những gì nhật ký đã ghi cho một việc được giao') })
export class RecordedWork {
  @Field(() => Int, { description: described('Diary entries that advance it', 'Số mục nhật ký thực hiện việc này') }) entries: number;
  @Field(() => Float, { description: described('Their total quantity', 'Tổng số lượng của các mục đó') }) quantity: number;
}
