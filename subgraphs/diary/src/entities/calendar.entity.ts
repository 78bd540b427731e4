import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId, GraphQLLocalDate } from '@kpi/platform';
import { Field, ID, ObjectType } from 'type-graphql';
import { DayKind, LeaveKind } from './enums.js';

@ObjectType({ description: 'An exception to Monday–Friday: a holiday on a weekday, or a weekend working day' })
@Entity({ tableName: 'calendar_day' })
export class CalendarDay {
  @Field(() => GraphQLLocalDate)
  @PrimaryKey({ type: 'string', columnType: 'date' })
  day: string;

  @Field(() => DayKind)
  @Property({ type: 'text' })
  kind: DayKind;

  @Field()
  @Property({ type: 'text' })
  name: string;

  @Field()
  @Property({ type: 'text' })
  recordedBy: string;

  @Field()
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}

@ObjectType({ description: 'Approved leave of a person, inclusive dates' })
@Entity({ tableName: 'leave' })
export class Leave {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  employeeId: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', columnType: 'date' })
  fromDate: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', columnType: 'date' })
  toDate: string;

  @Field(() => LeaveKind)
  @Property({ type: 'text' })
  kind: LeaveKind;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field()
  @Property({ type: 'text' })
  recordedBy: string;

  @Field()
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
