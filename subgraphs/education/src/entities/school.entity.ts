import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLLocalDate, newId } from '@kpi/platform';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SchoolLevel, SchoolRegime, TeachingRole } from './enums.js';

@ObjectType({ description: 'A school year (năm học), e.g. 2026-2027' })
@Entity({ tableName: 'school_year' })
export class SchoolYear {
  @Field()
  @PrimaryKey({ type: 'text' })
  code: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', columnType: 'date' })
  startsOn: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', columnType: 'date' })
  endsOn: string;
}

@ObjectType({ description: 'A term (học kỳ) of a school year: its dates and its teaching weeks, on which norms are counted' })
@Entity({ tableName: 'term' })
export class Term {
  @Field({ description: 'e.g. 2026-2027/HK1' })
  @PrimaryKey({ type: 'text' })
  code: string;

  @Field()
  @Property({ type: 'text' })
  schoolYearCode: string;

  @Field()
  @Property({ type: 'text' })
  name: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', columnType: 'date' })
  startsOn: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', columnType: 'date' })
  endsOn: string;

  @Field(() => Int, { description: 'Teaching weeks (tuần thực dạy) in the term, as the province’s school-year plan sets them' })
  @Property({ type: 'int' })
  teachingWeeks: number;
}

@ObjectType({ description: 'A school as the education sector knows it: one of the province’s agencies, its level and regime' })
@Entity({ tableName: 'school' })
export class School {
  @Field(() => ID, { description: 'The agency’s id in the province’s records' })
  @PrimaryKey({ type: 'uuid' })
  agencyId: string;

  @Field()
  @Property({ type: 'text' })
  code: string;

  @Field()
  @Property({ type: 'text' })
  name: string;

  @Field(() => SchoolLevel)
  @Property({ type: 'text' })
  level: SchoolLevel;

  @Field(() => SchoolRegime)
  @Property({ type: 'text' })
  regime: SchoolRegime;

  /** The integration clients (`client:<id>`) whose school management system delivers this school's periods. */
  @Property({ type: 'text[]' })
  intakeClients: string[] = [];
}

@ObjectType({ description: 'A teacher on a school’s roster, with the role that sets their norm' })
@Entity({ tableName: 'teacher' })
export class Teacher {
  @Field(() => ID, { description: 'The employee’s id in the province’s records' })
  @PrimaryKey({ type: 'uuid' })
  employeeId: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  schoolAgencyId: string;

  @Field(() => TeachingRole)
  @Property({ type: 'text' })
  role: TeachingRole;

  @Field()
  @Property({ type: 'text' })
  subject: string;
}

@ObjectType({ description: 'A class (lớp) of a school in a school year' })
@Entity({ tableName: 'school_class' })
export class SchoolClass {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  schoolAgencyId: string;

  @Field()
  @Property({ type: 'text' })
  schoolYearCode: string;

  @Field({ description: 'e.g. 10A1' })
  @Property({ type: 'text' })
  name: string;

  @Field(() => Int)
  @Property({ type: 'int' })
  grade: number;

  @Field(() => ID, { nullable: true, description: 'Its homeroom teacher (giáo viên chủ nhiệm)' })
  @Property({ type: 'uuid', nullable: true })
  homeroomTeacherId: string | null = null;
}
