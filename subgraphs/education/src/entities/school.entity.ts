import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { described, GraphQLLocalDate, newId } from '@kpi/platform';
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

@ObjectType({
  description: described(
    'A term (học kỳ) of a school year: its dates and its teaching weeks, on which norms are counted',
    'Học kỳ của một năm học: thời gian và số tuần thực dạy, căn cứ để tính định mức',
  ),
})
@Entity({ tableName: 'term' })
export class Term {
  @Field({
    description: described(
      'Its code, the school year and the term, e.g. 2026-2027/HK1: what the term arguments take',
      'Mã học kỳ gồm năm học và học kỳ, ví dụ 2026-2027/HK1: giá trị dùng cho các tham số term',
    ),
  })
  @PrimaryKey({ type: 'text' })
  code: string;

  @Field({ description: described('The school year it belongs to, e.g. 2026-2027', 'Năm học của học kỳ, ví dụ 2026-2027') })
  @Property({ type: 'text' })
  schoolYearCode: string;

  @Field({ description: described('What a person reads, e.g. Học kỳ I (Vietnamese)', 'Tên hiển thị, ví dụ Học kỳ I') })
  @Property({ type: 'text' })
  name: string;

  @Field(() => GraphQLLocalDate, { description: described('Its first day', 'Ngày bắt đầu') })
  @Property({ type: 'string', columnType: 'date' })
  startsOn: string;

  @Field(() => GraphQLLocalDate, { description: described('Its last day (inclusive)', 'Ngày kết thúc (tính cả ngày này)') })
  @Property({ type: 'string', columnType: 'date' })
  endsOn: string;

  @Field(() => Int, {
    description: described(
      'Teaching weeks (tuần thực dạy) in the term, as the province’s school-year plan sets them (1–26)',
      'Số tuần thực dạy của học kỳ theo kế hoạch năm học của tỉnh (1–26)',
    ),
  })
  @Property({ type: 'int' })
  teachingWeeks: number;
}

@ObjectType({
  description: described(
    'A school as the education sector knows it: one of the province’s agencies, its level and regime',
    'Trường học theo hồ sơ của ngành giáo dục: một cơ quan, đơn vị của tỉnh, với cấp học và loại hình trường',
  ),
})
@Entity({ tableName: 'school' })
export class School {
  @Field(() => ID, {
    description: described('The agency’s id in the province’s records', 'Mã định danh của cơ quan, đơn vị trong hồ sơ của tỉnh'),
  })
  @PrimaryKey({ type: 'uuid' })
  agencyId: string;

  @Field({ description: described('The school’s code, as the education sector records it', 'Mã trường theo hồ sơ của ngành giáo dục') })
  @Property({ type: 'text' })
  code: string;

  @Field({ description: described('The school’s name (Vietnamese)', 'Tên trường') })
  @Property({ type: 'text' })
  name: string;

  @Field(() => SchoolLevel, {
    description: described('Its level, which selects its teachers’ norms', 'Cấp học, căn cứ chọn định mức tiết dạy của giáo viên'),
  })
  @Property({ type: 'text' })
  level: SchoolLevel;

  @Field(() => SchoolRegime, {
    description: described(
      'Its regime, which selects its teachers’ norms',
      'Loại hình trường, căn cứ chọn định mức tiết dạy của giáo viên',
    ),
  })
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

@ObjectType({ description: described('A class (lớp) of a school in a school year', 'Lớp học của một trường trong một năm học') })
@Entity({ tableName: 'school_class' })
export class SchoolClass {
  @Field(() => ID, {
    description: described('Its id: what a delivered period’s classId names', 'Mã định danh: giá trị classId khi gửi tiết đã dạy'),
  })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ID, { description: described('The school’s agency id', 'Mã định danh cơ quan của trường') })
  @Property({ type: 'uuid' })
  schoolAgencyId: string;

  @Field({ description: described('The school year, e.g. 2026-2027', 'Năm học, ví dụ 2026-2027') })
  @Property({ type: 'text' })
  schoolYearCode: string;

  @Field({ description: described('Its name, e.g. 10A1', 'Tên lớp, ví dụ 10A1') })
  @Property({ type: 'text' })
  name: string;

  @Field(() => Int, { description: described('Its grade (khối), 1–12', 'Khối lớp, từ 1 đến 12') })
  @Property({ type: 'int' })
  grade: number;

  @Field(() => ID, {
    nullable: true,
    description: described(
      'The employee id of its homeroom teacher (giáo viên chủ nhiệm); null when none is named',
      'Mã cán bộ của giáo viên chủ nhiệm; null khi chưa phân công',
    ),
  })
  @Property({ type: 'uuid', nullable: true })
  homeroomTeacherId: string | null = null;
}
