import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { described, GraphQLLocalDate } from '@kpi/platform';
import { Field, ID, ObjectType } from 'type-graphql';
import { PlacementKind } from './enums.js';
import { newId } from './ids.js';

@ObjectType({
  description: described(
    'One stretch of an employee’s career: where they worked, in which position, under whom, from a date to a date. ' +
      'The history answers "who held which position on date D"; later periods’ scores depend on it',
    'Một giai đoạn công tác của cán bộ: làm việc ở đâu, vị trí nào, dưới sự phụ trách của ai, từ ngày nào đến ngày nào. ' +
      'Lịch sử này trả lời câu hỏi "ai giữ vị trí nào vào ngày D"; điểm của các kỳ sau dựa vào đó',
  ),
})
@Entity({ tableName: 'employee_placement' })
export class Placement {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ID, { description: described('The employee placed', 'Cán bộ được bố trí') })
  @Property({ type: 'uuid' })
  employeeId: string;

  @Field(() => PlacementKind, { description: described('Why it began', 'Lý do bắt đầu') })
  @Property({ type: 'text' })
  kind: PlacementKind;

  @Field(() => ID, { description: described('The agency they worked in', 'Cơ quan công tác') })
  @Property({ type: 'uuid' })
  agencyId: string;

  @Field(() => ID, {
    nullable: true,
    description: described('Their division; null when in the agency itself', 'Phòng công tác; null khi ở trực tiếp cơ quan'),
  })
  @Property({ type: 'uuid', nullable: true })
  divisionId: string | null = null;

  @Field(() => ID, {
    nullable: true,
    description: described('The position held; null for a separation (out of service)', 'Vị trí đảm nhiệm; null khi thôi công tác'),
  })
  @Property({ type: 'uuid', nullable: true })
  positionId: string | null = null;

  @Field(() => ID, {
    nullable: true,
    description: described('Their direct supervisor then; null for none', 'Người phụ trách trực tiếp khi đó; null nếu không có'),
  })
  @Property({ type: 'uuid', nullable: true })
  supervisorId: string | null = null;

  @Field(() => GraphQLLocalDate, { description: described('First day of this placement', 'Ngày đầu tiên của lần bố trí') })
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: described('Last day of this placement; null while it lasts', 'Ngày cuối cùng của lần bố trí; null khi còn hiệu lực'),
  })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  effectiveTo: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: described(
      'Number of the decision (quyết định) behind it; null when none was given',
      'Số quyết định làm căn cứ; null khi không ghi',
    ),
  })
  @Property({ type: 'text', nullable: true })
  decisionNumber: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: described('Why, as recorded; null when none was given', 'Lý do được ghi nhận; null khi không ghi'),
  })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field({
    description: described(
      'Brought in by a history import (importPlacementHistory): the past from a previous system, not recorded as it happened',
      'Được nhập từ lịch sử (importPlacementHistory): dữ liệu quá khứ từ hệ thống cũ, không ghi nhận tại thời điểm xảy ra',
    ),
  })
  @Property({ type: 'boolean' })
  imported: boolean = false;

  @Field({
    description: described('Who recorded it (subject of the caller’s identity)', 'Người ghi nhận (định danh của người gọi)'),
  })
  @Property({ type: 'text' })
  recordedBy: string;

  @Field({ description: described('When it was recorded', 'Thời điểm ghi nhận') })
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
