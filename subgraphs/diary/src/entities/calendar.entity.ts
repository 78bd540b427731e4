import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId, GraphQLLocalDate, described } from '@kpi/platform';
import { Field, ID, ObjectType } from 'type-graphql';
import { DayKind, LeaveKind } from './enums.js';

@ObjectType({
  description: described(
    'An exception to Monday–Friday: a holiday on a weekday, or a weekend working day',
    'Ngoại lệ của lịch thứ Hai–thứ Sáu: ngày lễ rơi vào ngày thường, hoặc ngày làm bù vào cuối tuần',
  ),
})
@Entity({ tableName: 'calendar_day' })
export class CalendarDay {
  @Field(() => GraphQLLocalDate, { description: described('The day', 'Ngày') })
  @PrimaryKey({ type: 'string', columnType: 'date' })
  day: string;

  @Field(() => DayKind, { description: described('Holiday or swapped working day', 'Ngày lễ hay ngày làm bù') })
  @Property({ type: 'text' })
  kind: DayKind;

  @Field({ description: described('Its name, e.g. the holiday’s', 'Tên ngày, ví dụ tên ngày lễ') })
  @Property({ type: 'text' })
  name: string;

  @Field({ description: described('Who recorded it (subject and name)', 'Người ghi nhận (định danh và họ tên)') })
  @Property({ type: 'text' })
  recordedBy: string;

  @Field({ description: described('When it was recorded', 'Thời điểm ghi nhận') })
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}

@ObjectType({
  description: described(
    'Approved leave of a person, inclusive dates: its working days expect no diary',
    'Kỳ nghỉ đã duyệt của một người, tính cả ngày đầu và cuối: các ngày làm việc trong kỳ không cần ghi nhật ký',
  ),
})
@Entity({ tableName: 'leave' })
export class Leave {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ID, { description: described('The person’s employee id', 'Mã nhân sự của người nghỉ') })
  @Property({ type: 'uuid' })
  employeeId: string;

  @Field(() => GraphQLLocalDate, { description: described('First day of leave', 'Ngày đầu nghỉ') })
  @Property({ type: 'string', columnType: 'date' })
  fromDate: string;

  @Field(() => GraphQLLocalDate, { description: described('Last day of leave (inclusive)', 'Ngày cuối nghỉ (tính cả ngày này)') })
  @Property({ type: 'string', columnType: 'date' })
  toDate: string;

  @Field(() => LeaveKind, { description: described('The kind of leave', 'Loại nghỉ') })
  @Property({ type: 'text' })
  kind: LeaveKind;

  @Field(() => String, { nullable: true, description: described('A note; null: none', 'Ghi chú; null: không có') })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field({ description: described('Who recorded it (subject and name)', 'Người ghi nhận (định danh và họ tên)') })
  @Property({ type: 'text' })
  recordedBy: string;

  @Field({ description: described('When it was recorded', 'Thời điểm ghi nhận') })
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
