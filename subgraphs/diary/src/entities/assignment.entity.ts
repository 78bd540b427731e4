import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DecimalType } from '@mikro-orm/core';
import { newId, Timestamped, GraphQLJSONObject, GraphQLLocalDate, described } from '@kpi/platform';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AssignmentAction, AssignmentStatus, QualityRating } from './enums.js';

@ObjectType({
  description: described(
    'A work assignment (giao việc): a leader gives a work item to a lead, with co-operators, an expected quantity and a deadline. Every transition is recorded; on completion the assigner rates quality and records major errors and delays. Read by its assigner, lead and co-operators, their agency admins and province roles.',
    'Một việc được giao (giao việc): lãnh đạo giao một đầu công việc cho người chủ trì, kèm người phối hợp, số lượng dự kiến và thời hạn. Mọi lần chuyển trạng thái được ghi lại; khi hoàn thành, người giao việc đánh giá chất lượng và ghi nhận lỗi lớn, chậm trễ. Người giao, người chủ trì, người phối hợp, quản trị cơ quan và các vai trò cấp tỉnh được xem.',
  ),
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'assignment' })
export class Assignment extends Timestamped {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({ description: described('A short title', 'Tiêu đề ngắn') })
  @Property({ type: 'text' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: described('What is to be done, in more detail; null: none', 'Nội dung công việc chi tiết; null: không có'),
  })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => ID, { description: described('The catalogue work item’s id', 'Mã đầu công việc trong danh mục') })
  @Property({ type: 'uuid' })
  workItemId: string;

  @Field(() => Float, {
    description: described(
      'How many units of the work item are expected (the assigned products)',
      'Số lượng đơn vị của đầu công việc dự kiến (sản phẩm được giao)',
    ),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(10,2)' })
  expectedQuantity: number;

  @Field(() => ID, { description: described('The employee id of who gave it', 'Mã nhân sự của người giao việc') })
  @Property({ type: 'uuid' })
  assignerId: string;

  @Field(() => ID, { description: described('The employee id of the person responsible (chủ trì)', 'Mã nhân sự của người chủ trì') })
  @Property({ type: 'uuid' })
  leadId: string;

  @Field(() => [ID], { description: described('Employee ids of the co-operators (phối hợp)', 'Mã nhân sự của những người phối hợp') })
  @Property({ type: 'uuid[]' })
  coOperatorIds: string[] = [];

  /** The lead's agency and division when assigned: the scope of unit views and overdue shares. */
  @Field(() => ID, {
    description: described(
      'The lead’s agency when it was given: the scope of unit views and overdue shares',
      'Cơ quan của người chủ trì khi được giao: phạm vi xem theo đơn vị và tỷ lệ quá hạn',
    ),
  })
  @Property({ type: 'uuid' })
  agencyId: string;

  @Field(() => ID, {
    nullable: true,
    description: described(
      'The lead’s division when it was given; null: none',
      'Phòng của người chủ trì khi được giao; null: không thuộc phòng nào',
    ),
  })
  @Property({ type: 'uuid', nullable: true })
  divisionId: string | null = null;

  @Field(() => [String], {
    description: described(
      'Attachments and evidence references (E-Office document numbers, file links)',
      'Tài liệu đính kèm và minh chứng (số văn bản E-Office, đường dẫn tệp)',
    ),
  })
  @Property({ type: 'text[]' })
  evidenceRefs: string[] = [];

  @Field(() => GraphQLLocalDate, { description: described('The day it was given (Vietnam time)', 'Ngày giao việc (giờ Việt Nam)') })
  @Property({ type: 'string', columnType: 'date' })
  assignedOn: string;

  @Field(() => GraphQLLocalDate, { description: described('The deadline first given', 'Thời hạn ban đầu') })
  @Property({ type: 'string', columnType: 'date' })
  originalDeadline: string;

  @Field(() => GraphQLLocalDate, {
    description: described(
      'The deadline in force (moved only by an audited extension)',
      'Thời hạn hiện hành (chỉ thay đổi khi gia hạn, có ghi vết)',
    ),
  })
  @Property({ type: 'string', columnType: 'date' })
  deadline: string;

  @Field(() => AssignmentStatus, { description: described('Where it is in its flow', 'Trạng thái hiện tại') })
  @Property({ type: 'text' })
  status: AssignmentStatus = AssignmentStatus.ASSIGNED;

  @Field(() => Date, {
    nullable: true,
    description: described(
      'When the lead last reported it done; null: not yet',
      'Thời điểm người chủ trì báo cáo hoàn thành lần cuối; null: chưa báo cáo',
    ),
  })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: described(
      'The day (Vietnam time) of the last submission: what timeliness is judged on; null: not yet',
      'Ngày (giờ Việt Nam) báo cáo hoàn thành lần cuối: căn cứ xét đúng hạn; null: chưa báo cáo',
    ),
  })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  submittedOn: string | null = null;

  @Field(() => Float, {
    nullable: true,
    description: described(
      'The quantity the lead reported done; null: not reported yet',
      'Số lượng người chủ trì báo cáo đã làm; null: chưa báo cáo',
    ),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(10,2)', nullable: true })
  quantityDone: number | null = null;

  @Field(() => Date, {
    nullable: true,
    description: described(
      'When the assigner accepted it; null: not completed',
      'Thời điểm người giao việc nghiệm thu; null: chưa hoàn thành',
    ),
  })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt: Date | null = null;

  @Field(() => QualityRating, {
    nullable: true,
    description: described(
      'The assigner’s quality rating on completion; null: not completed',
      'Đánh giá chất lượng của người giao việc khi nghiệm thu; null: chưa hoàn thành',
    ),
  })
  @Property({ type: 'text', nullable: true })
  quality: QualityRating | null = null;

  @Field(() => Int, {
    description: described(
      'Major errors found on completion (each takes 25 % of the product’s quality points)',
      'Số lỗi lớn phát hiện khi nghiệm thu (mỗi lỗi trừ 25 % điểm chất lượng của sản phẩm)',
    ),
  })
  @Property({ type: 'smallint' })
  majorErrors: number = 0;

  @Field(() => Int, {
    description: described(
      'Of the major errors, those with an objective cause confirmed (exempt)',
      'Trong các lỗi lớn, số lỗi có nguyên nhân khách quan được xác nhận (được miễn trừ)',
    ),
  })
  @Property({ type: 'smallint' })
  excusedErrors: number = 0;

  @Field(() => Int, {
    description: described(
      'Delays recorded on completion (each takes 25 % of the product’s progress points)',
      'Số lần chậm trễ ghi nhận khi nghiệm thu (mỗi lần trừ 25 % điểm tiến độ của sản phẩm)',
    ),
  })
  @Property({ type: 'smallint' })
  delays: number = 0;

  @Field(() => Int, {
    description: described(
      'Of the delays, those with an objective cause confirmed (exempt)',
      'Trong các lần chậm trễ, số lần có nguyên nhân khách quan được xác nhận (được miễn trừ)',
    ),
  })
  @Property({ type: 'smallint' })
  excusedDelays: number = 0;

  @Field(() => String, {
    nullable: true,
    description: described(
      'The objective cause confirmed for excused errors or delays; null: none',
      'Nguyên nhân khách quan được xác nhận cho lỗi hoặc chậm trễ được miễn trừ; null: không có',
    ),
  })
  @Property({ type: 'text', nullable: true })
  objectiveCause: string | null = null;

  /** The key a history import brought it with (null: given in the graph). */
  @Property({ type: 'text', nullable: true })
  importKey: string | null = null;

  @Field({
    description: described(
      'Brought in by a history import from the province’s previous software, with its real dates and outcome',
      'Được nhập từ lịch sử của phần mềm cũ của tỉnh, với ngày và kết quả thực tế',
    ),
  })
  get imported(): boolean {
    return this.importKey !== null;
  }
}

@ObjectType({
  description: described(
    'One recorded transition of an assignment: who, when, from what to what, and why',
    'Một lần chuyển trạng thái của việc được giao: ai, khi nào, từ trạng thái nào sang trạng thái nào, và lý do',
  ),
})
@Entity({ tableName: 'assignment_event' })
export class AssignmentEvent {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ID, { description: described('The assignment’s id', 'Mã của việc được giao') })
  @Property({ type: 'uuid' })
  assignmentId: string;

  @Field(() => AssignmentAction, { description: described('What was done', 'Thao tác đã thực hiện') })
  @Property({ type: 'text' })
  action: AssignmentAction;

  @Field(() => AssignmentStatus, {
    nullable: true,
    description: described('The status before; null when it was created', 'Trạng thái trước; null khi việc vừa được tạo'),
  })
  @Property({ type: 'text', nullable: true })
  fromStatus: AssignmentStatus | null = null;

  @Field(() => AssignmentStatus, { description: described('The status after', 'Trạng thái sau') })
  @Property({ type: 'text' })
  toStatus: AssignmentStatus;

  @Field({ description: described('The actor’s subject and name', 'Định danh và họ tên người thực hiện') })
  @Property({ type: 'text' })
  actor: string;

  @Field({ description: described('When', 'Thời điểm') })
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Field(() => String, { nullable: true, description: described('The comment given; null: none', 'Ghi chú kèm theo; null: không có') })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: described(
      'What changed: a new lead, a new deadline, the rating; null: nothing more',
      'Nội dung thay đổi: người chủ trì mới, thời hạn mới, đánh giá; null: không có',
    ),
  })
  @Property({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null = null;
}
