import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DecimalType } from '@mikro-orm/core';
import { described, GraphQLLocalDate, newId } from '@kpi/platform';
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

@ObjectType({
  description: described(
    'A duty counted as teaching periods (kiêm nhiệm, hoạt động chuyên môn quy đổi), recorded by a school admin',
    'Nhiệm vụ kiêm nhiệm, hoạt động chuyên môn được quy đổi ra tiết dạy, do quản trị của trường ghi nhận',
  ),
})
@Entity({ tableName: 'duty' })
export class Duty {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({ description: described('The term it counts in, e.g. 2026-2027/HK1', 'Học kỳ được tính, ví dụ 2026-2027/HK1') })
  @Property({ type: 'text' })
  termCode: string;

  @Field(() => ID, { description: described('The teacher’s employee id', 'Mã cán bộ của giáo viên') })
  @Property({ type: 'uuid' })
  teacherId: string;

  @Field({ description: described('The duty kind’s code (dutyKinds)', 'Mã loại nhiệm vụ (dutyKinds)') })
  @Property({ type: 'text' })
  kindCode: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: described(
      'For a duty counted per occurrence: the day it was done, within the term; null for a weekly duty',
      'Với nhiệm vụ tính theo lần: ngày thực hiện, trong học kỳ; null với nhiệm vụ tính theo tuần',
    ),
  })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  doneOn: string | null = null;

  @Field(() => Float, {
    description: described(
      'Occurrences, more than 0 and at most 100 (1 for a weekly duty)',
      'Số lần thực hiện, lớn hơn 0 và không quá 100 (bằng 1 với nhiệm vụ tính theo tuần)',
    ),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(8,2)' })
  occurrences: number = 1;

  @Field(() => String, {
    nullable: true,
    description: described(
      'What the admin noted, e.g. the class; null when nothing',
      'Ghi chú của người ghi nhận, ví dụ lớp chủ nhiệm; null nếu không có',
    ),
  })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field({
    description: described(
      'Who recorded it: the caller’s subject, with their name when known',
      'Người ghi nhận: định danh của người gọi, kèm họ tên khi có',
    ),
  })
  @Property({ type: 'text' })
  recordedBy: string;
}

@ObjectType({
  description: described(
    'A weekly teaching norm (định mức tiết dạy), as the law sets it: policy data, with its source',
    'Định mức tiết dạy hằng tuần theo quy định: dữ liệu chính sách, kèm văn bản căn cứ',
  ),
})
@Entity({ tableName: 'teaching_norm' })
export class TeachingNorm {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => SchoolLevel, { description: described('The level it applies at', 'Cấp học áp dụng') })
  @Property({ type: 'text' })
  level: SchoolLevel;

  @Field(() => SchoolRegime, {
    description: described(
      'The regime it applies to (a regime with no norm of its own takes the regular one)',
      'Loại hình trường áp dụng (loại hình không có định mức riêng thì áp dụng định mức của trường phổ thông)',
    ),
  })
  @Property({ type: 'text' })
  regime: SchoolRegime;

  @Field(() => TeachingRole, { description: described('The role it applies to', 'Chức danh áp dụng') })
  @Property({ type: 'text' })
  role: TeachingRole;

  @Field(() => Float, { description: described('Periods a week', 'Số tiết mỗi tuần') })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(5,2)' })
  periodsPerWeek: number;

  @Field(() => GraphQLLocalDate, {
    description: described(
      'The day it takes effect: a term counts the latest norm in force on its first day',
      'Ngày có hiệu lực: mỗi học kỳ áp dụng định mức mới nhất có hiệu lực vào ngày đầu học kỳ',
    ),
  })
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom: string;

  @Field({ description: described('The legal text it comes from', 'Văn bản quy định làm căn cứ') })
  @Property({ type: 'text' })
  source: string;
}

@ObjectType({
  description: described(
    'A kind of duty and its period equivalent: policy data, with its source',
    'Loại nhiệm vụ và số tiết quy đổi: dữ liệu chính sách, kèm văn bản căn cứ',
  ),
})
@Entity({ tableName: 'duty_kind' })
export class DutyKind {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field({
    description: described(
      'Its stable code, e.g. HOMEROOM: what a recorded duty’s kindCode names (one code may have a row per level)',
      'Mã ổn định, ví dụ HOMEROOM: giá trị kindCode khi ghi nhận nhiệm vụ (một mã có thể có dòng riêng cho từng cấp học)',
    ),
  })
  @Property({ type: 'text' })
  code: string;

  @Field(() => SchoolLevel, {
    nullable: true,
    description: described(
      'Only at this level; null: every level without a row of its own',
      'Chỉ áp dụng cho cấp học này; null: áp dụng cho mọi cấp học không có dòng riêng',
    ),
  })
  @Property({ type: 'text', nullable: true })
  level: SchoolLevel | null = null;

  @Field({ description: described('What a person reads (Vietnamese)', 'Tên loại nhiệm vụ') })
  @Property({ type: 'text' })
  name: string;

  @Field(() => DutyBasis, { description: described('How it is counted', 'Cách quy đổi') })
  @Property({ type: 'text' })
  basis: DutyBasis;

  @Field(() => Float, {
    description: described(
      'Periods per teaching week held, or per occurrence',
      'Số tiết quy đổi cho mỗi tuần dạy học đảm nhiệm, hoặc cho mỗi lần thực hiện',
    ),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(5,2)' })
  periods: number;

  @Field({
    description: described(
      'The legal text (or the school’s own rule) it comes from',
      'Văn bản quy định (hoặc quy chế của nhà trường) làm căn cứ',
    ),
  })
  @Property({ type: 'text' })
  source: string;
}
