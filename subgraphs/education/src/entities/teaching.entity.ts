import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DecimalType } from '@mikro-orm/core';
import { GraphQLLocalDate, newId } from '@kpi/platform';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DutyBasis, SchoolLevel, SchoolRegime, TeachingRole } from './enums.js';

@ObjectType({ description: 'A line of a term’s timetable: a teacher teaches a subject to a class so many periods a week' })
@Entity({ tableName: 'timetable_line' })
export class TimetableLine {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field()
  @Property({ type: 'text' })
  termCode: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  classId: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  teacherId: string;

  @Field()
  @Property({ type: 'text' })
  subject: string;

  @Field(() => Int)
  @Property({ type: 'int' })
  periodsPerWeek: number;
}

@ObjectType({ description: 'One period taught (tiết dạy), as the school management system delivered it' })
@Entity({ tableName: 'taught_period' })
export class TaughtPeriod {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({ description: 'The system that delivered it (the integration client, or the person who typed it)' })
  @Property({ type: 'text' })
  source: string;

  @Field({ description: 'Its id in that system: a second delivery of the same one writes nothing' })
  @Property({ type: 'text' })
  externalId: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  schoolAgencyId: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  teacherId: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  classId: string;

  @Field()
  @Property({ type: 'text' })
  subject: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', columnType: 'date' })
  taughtOn: string;

  @Field(() => Int, { description: 'Its place in the day’s timetable (tiết 1–10)' })
  @Property({ type: 'int' })
  periodNumber: number;

  @Field(() => ID, { nullable: true, description: 'Taught in place of this teacher (dạy thay)' })
  @Property({ type: 'uuid', nullable: true })
  substituteFor: string | null = null;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}

@ObjectType({ description: 'A duty counted as teaching periods (kiêm nhiệm, hoạt động chuyên môn quy đổi)' })
@Entity({ tableName: 'duty' })
export class Duty {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field()
  @Property({ type: 'text' })
  termCode: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  teacherId: string;

  @Field()
  @Property({ type: 'text' })
  kindCode: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'For a duty counted per occurrence: the day it was done' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  doneOn: string | null = null;

  @Field(() => Float, { description: 'Occurrences (1 for a weekly duty)' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(8,2)' })
  occurrences: number = 1;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field()
  @Property({ type: 'text' })
  recordedBy: string;
}

@ObjectType({ description: 'A weekly teaching norm (định mức tiết dạy), as the law sets it: policy data, with its source' })
@Entity({ tableName: 'teaching_norm' })
export class TeachingNorm {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => SchoolLevel)
  @Property({ type: 'text' })
  level: SchoolLevel;

  @Field(() => SchoolRegime)
  @Property({ type: 'text' })
  regime: SchoolRegime;

  @Field(() => TeachingRole)
  @Property({ type: 'text' })
  role: TeachingRole;

  @Field(() => Float)
  @Property({ type: new DecimalType('number'), columnType: 'numeric(5,2)' })
  periodsPerWeek: number;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom: string;

  @Field({ description: 'The legal text it comes from' })
  @Property({ type: 'text' })
  source: string;
}

@ObjectType({ description: 'A kind of duty and its period equivalent: policy data, with its source' })
@Entity({ tableName: 'duty_kind' })
export class DutyKind {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field()
  @Property({ type: 'text' })
  code: string;

  @Field(() => SchoolLevel, { nullable: true, description: 'Only at this level (none: every level)' })
  @Property({ type: 'text', nullable: true })
  level: SchoolLevel | null = null;

  @Field({ description: 'What a person reads (Vietnamese)' })
  @Property({ type: 'text' })
  name: string;

  @Field(() => DutyBasis)
  @Property({ type: 'text' })
  basis: DutyBasis;

  @Field(() => Float, { description: 'Periods per teaching week held, or per occurrence' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(5,2)' })
  periods: number;

  @Field({ description: 'The legal text (or the school’s own rule) it comes from' })
  @Property({ type: 'text' })
  source: string;
}
