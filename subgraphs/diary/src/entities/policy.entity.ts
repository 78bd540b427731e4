import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { DecimalType } from '@mikro-orm/core';
import { EffectiveDated, newId, GraphQLJSONObject, GraphQLLocalDate, PARTNER, described } from '@kpi/platform';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: described(
    'The diary rules in force from a date: when a month closes, when an entry counts as declared late, and the warning limits. Effective-dated, so a past period is judged by the rules it had. Anyone signed in may read them; province admins set them.',
    'Quy định nhật ký có hiệu lực từ một ngày: khi nào khóa tháng, khi nào một mục bị coi là kê khai muộn, và các ngưỡng cảnh báo. Có ngày hiệu lực, nên kỳ đã qua được xét theo quy định khi đó. Mọi người đã đăng nhập được xem; quản trị tỉnh đặt.',
  ),
})
@Entity({ tableName: 'diary_policy' })
@Unique({ properties: ['effectiveFrom'] }) // one version a day (as the table's constraint)
export class DiaryPolicy extends EffectiveDated {
  @Field(() => Int, {
    description: described(
      'A month closes at the start of this day of the following month (Khanh Hoa: 25)',
      'Tháng bị khóa từ đầu ngày này của tháng sau (Khánh Hòa: 25)',
    ),
  })
  @Property({ type: 'smallint' })
  closeDay: number;

  @Field(() => Int, {
    description: described(
      'Extra days after the close day before the lock takes hold',
      'Số ngày gia hạn thêm sau ngày khóa trước khi khóa có hiệu lực',
    ),
  })
  @Property({ type: 'smallint' })
  graceDays: number;

  @Field(() => Int, {
    description: described(
      'An entry written more than this many working days after its work date is a late declaration',
      'Mục được ghi sau ngày làm việc của nó quá số ngày làm việc này là kê khai muộn',
    ),
  })
  @Property({ type: 'smallint' })
  lateAfterWorkingDays: number;

  @Field(() => Int, {
    description: described(
      'The standard working day in minutes, when the position sets none (480 = 8 hours)',
      'Ngày công chuẩn tính bằng phút, khi vị trí việc làm không quy định (480 = 8 giờ)',
    ),
  })
  @Property({ type: 'smallint' })
  standardDayMinutes: number;

  @Field(() => Float, {
    description: described(
      'Claimed minutes above this multiple of standard time × quantity are flagged',
      'Số phút kê khai vượt quá bội số này của thời gian chuẩn × số lượng bị gắn cảnh báo',
    ),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(4,2)' })
  farAboveFactor: number;
}

@ObjectType({
  description: described(
    'An explicit, audited reopening of a closed month, until a moment',
    'Một lần mở lại tháng đã khóa, rõ ràng và có ghi vết, đến một thời điểm',
  ),
})
@Entity({ tableName: 'period_reopening' })
export class PeriodReopening {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => GraphQLLocalDate, { description: described('The first day of the reopened month', 'Ngày đầu của tháng được mở lại') })
  @Property({ type: 'string', columnType: 'date' })
  month: string;

  @Field(() => ID, {
    nullable: true,
    description: described('Reopened for one agency only, or for all when null', 'Mở lại cho một cơ quan, hoặc cho tất cả khi null'),
  })
  @Property({ type: 'uuid', nullable: true })
  agencyId: string | null = null;

  @Field({ description: described('The moment the month closes again', 'Thời điểm tháng bị khóa lại') })
  @Property({ type: 'timestamptz' })
  until: Date;

  @Field({ description: described('Who reopened it (subject and name)', 'Người mở lại (định danh và họ tên)') })
  @Property({ type: 'text' })
  reopenedBy: string;

  @Field({ description: described('When it was reopened', 'Thời điểm mở lại') })
  @Property({ type: 'timestamptz' })
  reopenedAt: Date = new Date();

  @Field({ description: described('Why it was reopened', 'Lý do mở lại') })
  @Property({ type: 'text' })
  reason: string;
}

@ObjectType({
  description: described(
    'How an integration client’s document type maps to a work item (maintained by agency admins)',
    'Cách một loại văn bản của hệ thống tích hợp được tính là một đầu công việc (do quản trị cơ quan duy trì)',
  ),
})
@Entity({ tableName: 'work_item_mapping' })
export class WorkItemMapping {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Directive(PARTNER)
  @Field({ description: described('The integration client, e.g. eoffice', 'Hệ thống tích hợp, ví dụ eoffice') })
  @Property({ type: 'text' })
  client: string;

  @Directive(PARTNER)
  @Field(() => ID, {
    nullable: true,
    description: described('The agency it applies to; null for the province-wide default', 'Cơ quan áp dụng; null với mặc định toàn tỉnh'),
  })
  @Property({ type: 'uuid', nullable: true })
  agencyId: string | null = null;

  @Directive(PARTNER)
  @Field({
    description: described(
      'The client’s document type, as it sends it in work events',
      'Loại văn bản của hệ thống tích hợp, như được gửi trong sự kiện công việc',
    ),
  })
  @Property({ type: 'text' })
  documentType: string;

  @Directive(PARTNER)
  @Field(() => ID, { description: described('The work item’s id', 'Mã đầu công việc') })
  @Property({ type: 'uuid' })
  workItemId: string;

  @Field({ description: described('Who recorded it (subject and name)', 'Người ghi nhận (định danh và họ tên)') })
  @Property({ type: 'text' })
  recordedBy: string;

  @Field({ description: described('When it was recorded', 'Thời điểm ghi nhận') })
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}

@ObjectType({
  description: described(
    'Who did what to diaries outside the ordinary: overrides after close, returns, reopenings, leave, the calendar, the diary policy and the intake mappings',
    'Ai đã làm gì với nhật ký ngoài thao tác thông thường: sửa sau khi khóa, trả lại, mở lại kỳ, nghỉ phép, lịch làm việc, quy định nhật ký và ánh xạ tiếp nhận',
  ),
})
@Entity({ tableName: 'diary_audit' })
export class DiaryAudit {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({
    description: described(
      'override-create, override-update, override-delete, returned, reopen:<month>, calendar:<day>:<kind>, policy:<effectiveFrom>, leave-recorded, leave-cancelled, mapping:<client>/<documentType>',
      'Thao tác: override-create, override-update, override-delete, returned, reopen:<tháng>, calendar:<ngày>:<loại>, policy:<ngày hiệu lực>, leave-recorded, leave-cancelled, mapping:<hệ thống>/<loại văn bản>',
    ),
  })
  @Property({ type: 'text' })
  action: string;

  @Field(() => ID, {
    nullable: true,
    description: described(
      'The diary entry concerned (it may since have been deleted); null: none',
      'Mục nhật ký liên quan (có thể đã bị xóa); null: không có',
    ),
  })
  @Property({ type: 'uuid', nullable: true })
  entryId: string | null = null;

  /** The agency the act concerns: what an agency admin may read. Null for province-wide acts. */
  @Field(() => ID, {
    nullable: true,
    description: described('The agency concerned; null for province-wide acts', 'Cơ quan liên quan; null với thao tác toàn tỉnh'),
  })
  @Property({ type: 'uuid', nullable: true })
  agencyId: string | null = null;

  @Field(() => ID, {
    nullable: true,
    description: described(
      'The person whose diary or leave it concerns; null: none',
      'Người có nhật ký hoặc kỳ nghỉ liên quan; null: không có',
    ),
  })
  @Property({ type: 'uuid', nullable: true })
  employeeId: string | null = null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: described(
      'What was done: the values set, the leave cancelled; null: nothing more',
      'Nội dung thao tác: giá trị đã đặt, kỳ nghỉ đã hủy; null: không có',
    ),
  })
  @Property({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null = null;

  @Field({ description: described('Who did it (subject and name)', 'Người thực hiện (định danh và họ tên)') })
  @Property({ type: 'text' })
  actor: string;

  @Field({ description: described('When', 'Thời điểm') })
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Field(() => String, { nullable: true, description: described('The reason given; null: none', 'Lý do nêu ra; null: không có') })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
