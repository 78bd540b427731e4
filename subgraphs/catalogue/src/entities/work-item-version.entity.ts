import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DecimalType } from '@mikro-orm/core';
import { newId, GraphQLLocalDate, described } from '@kpi/platform';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { UnitOfMeasure, VersionApproval } from './enums.js';

@ObjectType({
  description: described(
    'A work item as it is from one date to another: what a diary entry of that date earns',
    'Một đầu công việc trong một khoảng thời gian: căn cứ tính điểm cho nhật ký của những ngày đó',
  ),
})
@Entity({ tableName: 'work_item_version' })
export class WorkItemVersion {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ID, { description: described('The id of its work item', 'Mã đầu công việc') })
  @Property({ type: 'uuid' })
  workItemId: string;

  @Field(() => Int, { description: described('1 for the first version', 'Số thứ tự phiên bản, 1 là phiên bản đầu') })
  @Property({ type: 'integer' })
  version: number;

  @Field(() => GraphQLLocalDate, { description: described('First day in force', 'Ngày bắt đầu có hiệu lực') })
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: described('Last day of this version; null while it lasts', 'Ngày cuối của phiên bản; null khi còn hiệu lực'),
  })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  effectiveTo: string | null = null;

  @Field({ description: described('Its name in this version', 'Tên đầu công việc trong phiên bản này') })
  @Property({ type: 'text' })
  name: string;

  @Property({ type: 'text' })
  searchName: string;

  @Field({ description: described('What the work is; empty when none was written', 'Mô tả công việc; rỗng nếu chưa mô tả') })
  @Property({ type: 'text' })
  description: string = '';

  @Field(() => UnitOfMeasure, { description: described('What one counted unit is', 'Đơn vị tính') })
  @Property({ type: 'text' })
  unit: UnitOfMeasure;

  @Field(() => Float, { description: described('Standard minutes for one unit', 'Thời gian chuẩn cho một đơn vị tính, tính bằng phút') })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(10,2)' })
  standardMinutes: number;

  @Field(() => Float, {
    description: described(
      'Scoring coefficient (hệ số): complexity weight of one unit',
      'Hệ số tính điểm: mức độ phức tạp của một đơn vị tính',
    ),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(4,2)' })
  coefficient: number;

  @Field(() => String, {
    nullable: true,
    description: described(
      'For hard-to-count work: what counts as one unit; null when the unit speaks for itself',
      'Với công việc khó định lượng: tiêu chí tính một đơn vị; null nếu đơn vị tính đã rõ',
    ),
  })
  @Property({ type: 'text', nullable: true })
  criteria: string | null = null;

  @Field({ description: described('What evidence is expected; empty when none', 'Minh chứng cần có; rỗng nếu không yêu cầu') })
  @Property({ type: 'text' })
  evidence: string = '';

  @Field({
    description: described(
      'Entries without evidence are flagged for review',
      'Bản ghi nhật ký không có minh chứng sẽ được đánh dấu để xem xét',
    ),
  })
  @Property()
  evidenceRequired: boolean = false;

  @Field(() => VersionApproval, {
    description: described(
      'Only approved versions are in force; group C versions wait for the agency’s head',
      'Chỉ phiên bản đã phê duyệt mới có hiệu lực; phiên bản nhóm C chờ thủ trưởng cơ quan phê duyệt',
    ),
  })
  @Property({ type: 'text' })
  approval: VersionApproval = VersionApproval.APPROVED;

  @Field({ description: described('Who recorded this version', 'Người ghi nhận phiên bản này') })
  @Property({ type: 'text' })
  recordedBy: string;

  @Field({ description: described('When it was recorded', 'Thời điểm ghi nhận') })
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();

  @Field(() => String, {
    nullable: true,
    description: described('Why it was recorded; null when no reason was given', 'Lý do ghi nhận; null nếu không nêu'),
  })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
