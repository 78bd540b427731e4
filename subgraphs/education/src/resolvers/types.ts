import { Constraint, described, GraphQLLocalDate } from '@kpi/platform';
import { Directive, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { TaughtPeriodOutcome, TeachingRole } from '../entities/index.js';

@ObjectType({
  description: described('A duty’s period equivalent over a term', 'Số tiết quy đổi của một loại nhiệm vụ trong học kỳ'),
})
export class DutyLoad {
  @Field({ description: described('The duty kind’s code', 'Mã loại nhiệm vụ') }) code: string;
  @Field({ description: described('The duty kind’s name (Vietnamese)', 'Tên loại nhiệm vụ') }) name: string;
  @Field(() => Float, {
    description: described(
      'Periods it counts for in the term: per week × teaching weeks, or per occurrence × occurrences',
      'Số tiết quy đổi trong học kỳ: số tiết mỗi tuần × số tuần thực dạy, hoặc số tiết mỗi lần × số lần',
    ),
  })
  periods: number;
}

@ObjectType({
  description: described(
    'A teacher’s load in a term (Circular 05/2025/TT-BGDĐT): the norm (weekly norm × teaching weeks), the periods taught ' +
      '(own lessons and substitutions), the period equivalents of duties, and the balance against the norm. All counts are periods (tiết)',
    'Khối lượng giảng dạy của giáo viên trong học kỳ (Thông tư 05/2025/TT-BGDĐT): định mức (định mức tuần × số tuần thực dạy), ' +
      'số tiết đã dạy (tiết của mình và tiết dạy thay), số tiết quy đổi từ nhiệm vụ, và số tiết thừa, thiếu so với định mức. Mọi số liệu tính bằng tiết',
  ),
})
export class TeachingLoad {
  @Field({ description: described('The term’s code, e.g. 2026-2027/HK1', 'Mã học kỳ, ví dụ 2026-2027/HK1') }) term: string;
  @Field(() => TeachingRole, {
    description: described(
      'Their role on the school’s roster, which selects the norm',
      'Chức danh trong danh sách của trường, căn cứ chọn định mức',
    ),
  })
  role: TeachingRole;
  @Field({ description: described('The subject they teach, as the roster records it', 'Môn giảng dạy theo danh sách của trường') })
  subject: string;
  @Field(() => ID, {
    description: described('The agency id of the school whose roster they are on', 'Mã định danh cơ quan của trường có tên giáo viên'),
  })
  schoolId: string;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'Periods a week the law expects of this role at this school, in force on the term’s first day (null: no norm on record)',
      'Số tiết mỗi tuần theo quy định cho chức danh này ở trường này, có hiệu lực vào ngày đầu học kỳ (null: chưa có định mức)',
    ),
  })
  weeklyNorm: number | null;
  @Field(() => String, {
    nullable: true,
    description: described(
      'The legal text the norm comes from (null: no norm on record)',
      'Văn bản căn cứ của định mức (null: chưa có định mức)',
    ),
  })
  normSource: string | null;
  @Field(() => Float, {
    description: described(
      'The term’s norm: weekly norm × teaching weeks (0 when no norm is on record)',
      'Định mức của học kỳ: định mức tuần × số tuần thực dạy (bằng 0 khi chưa có định mức)',
    ),
  })
  normPeriods: number;
  @Field(() => Float, {
    description: described(
      'What the term’s timetable plans: periods a week × teaching weeks',
      'Số tiết theo thời khóa biểu của học kỳ: số tiết mỗi tuần × số tuần thực dạy',
    ),
  })
  timetabledPeriods: number;
  @Field(() => Float, {
    description: described(
      'Periods taught in the term so far, as delivered, substitutions included',
      'Số tiết đã dạy trong học kỳ tính đến nay theo dữ liệu đã gửi, kể cả tiết dạy thay',
    ),
  })
  taughtPeriods: number;
  @Field(() => Float, {
    description: described('Of those, taught in place of another teacher', 'Trong đó, số tiết dạy thay giáo viên khác'),
  })
  substitutionPeriods: number;
  @Field(() => Float, {
    description: described('The period equivalents of all their duties in the term', 'Tổng số tiết quy đổi từ các nhiệm vụ trong học kỳ'),
  })
  dutyPeriods: number;
  @Field(() => [DutyLoad], {
    description: described(
      'Their duties, one line per duty kind (a duty of a kind since withdrawn counts nowhere)',
      'Các nhiệm vụ, mỗi loại một dòng (nhiệm vụ thuộc loại đã bãi bỏ không được tính)',
    ),
  })
  duties: DutyLoad[];
  @Field(() => Float, { description: described('Taught + duty periods', 'Số tiết đã dạy + số tiết quy đổi từ nhiệm vụ') })
  totalPeriods: number;
  @Field(() => Float, {
    description: described(
      'Total − norm: a surplus (extra periods) when positive, a deficit when negative',
      'Tổng số tiết − định mức: dương là số tiết thừa (dạy thêm giờ), âm là số tiết thiếu',
    ),
  })
  balance: number;
}

@ObjectType({
  description: described(
    'A school’s teaching over its roster in a term: the sums of its teachers’ loads, in periods (tiết)',
    'Số liệu giảng dạy của một trường trong học kỳ: tổng khối lượng của các giáo viên trong danh sách, tính bằng tiết',
  ),
})
export class SchoolTeachingTotals {
  @Field({ description: described('The term’s code, e.g. 2026-2027/HK1', 'Mã học kỳ, ví dụ 2026-2027/HK1') }) term: string;
  @Field(() => Int, { description: described('Teachers on the roster', 'Số giáo viên trong danh sách') }) teachers: number;
  @Field(() => Float, { description: described('Σ of the teachers’ norms for the term', 'Tổng định mức học kỳ của các giáo viên') })
  normPeriods: number;
  @Field(() => Float, { description: described('Σ of the periods the timetable plans', 'Tổng số tiết theo thời khóa biểu') })
  timetabledPeriods: number;
  @Field(() => Float, {
    description: described(
      'Σ of the periods taught so far, substitutions included',
      'Tổng số tiết đã dạy tính đến nay, kể cả tiết dạy thay',
    ),
  })
  taughtPeriods: number;
  @Field(() => Float, { description: described('Of those, taught in place of another teacher', 'Trong đó, số tiết dạy thay') })
  substitutionPeriods: number;
  @Field(() => Float, { description: described('Σ of the duties’ period equivalents', 'Tổng số tiết quy đổi từ nhiệm vụ') })
  dutyPeriods: number;
  @Field(() => Float, { description: described('Σ of the teachers’ surpluses', 'Tổng số tiết thừa của các giáo viên') })
  surplusPeriods: number;
  @Field(() => Float, {
    description: described('Σ of the teachers’ deficits (a positive number)', 'Tổng số tiết thiếu của các giáo viên (số dương)'),
  })
  deficitPeriods: number;
  @Field(() => Int, { description: described('Teachers above their norm', 'Số giáo viên vượt định mức') }) teachersOverNorm: number;
  @Field(() => Int, { description: described('Teachers below their norm', 'Số giáo viên chưa đủ định mức') }) teachersUnderNorm: number;
}

@InputType({
  description: described(
    'One period taught, as a school management system knows it',
    'Một tiết đã dạy, theo dữ liệu của hệ thống quản lý trường học',
  ),
})
export class TaughtPeriodInput {
  @Field({
    description: described(
      'Its id in the delivering system: delivering it again writes nothing',
      'Mã của tiết trong hệ thống gửi: gửi lại cùng mã thì không ghi thêm',
    ),
  })
  @Constraint({ maxLength: 200 })
  externalId: string;
  @Field(() => ID, {
    description: described(
      'The employee id of the teacher who taught it, on the school’s roster',
      'Mã cán bộ của giáo viên đã dạy, có trong danh sách của trường',
    ),
  })
  teacherId: string;
  @Field(() => ID, { description: described('A class of the school (SchoolClass.id)', 'Một lớp của trường (SchoolClass.id)') })
  classId: string;
  @Field({ description: described('The subject taught', 'Môn đã dạy') })
  @Constraint({ maxLength: 100 })
  subject: string;
  @Field(() => GraphQLLocalDate, {
    description: described(
      'The day taught: not after today, in a term of the class’s school year',
      'Ngày dạy: không sau hôm nay, thuộc một học kỳ của năm học của lớp',
    ),
  })
  taughtOn: string;
  @Field(() => Int, {
    description: described(
      'Its place in the day’s timetable (tiết 1–10): one lesson per class, day and period',
      'Tiết thứ mấy trong ngày (tiết 1–10): mỗi lớp, mỗi ngày, mỗi tiết chỉ có một giờ dạy',
    ),
  })
  periodNumber: number;
  @Field(() => ID, {
    nullable: true,
    description: described(
      'Taught in place of this teacher (dạy thay), another teacher on the roster; null for one’s own lesson',
      'Dạy thay giáo viên này (một giáo viên khác trong danh sách của trường); null nếu là tiết của chính mình',
    ),
  })
  substituteForId?: string | null;
}

@ObjectType({
  description: described('What became of one delivered period, in the order sent', 'Kết quả xử lý một tiết đã gửi, theo đúng thứ tự gửi'),
})
export class TaughtPeriodResult {
  @Field({ description: described('The externalId it was sent with', 'Mã bên ngoài (externalId) đã gửi') }) externalId: string;
  @Field(() => TaughtPeriodOutcome, { description: described('What became of it', 'Kết quả xử lý') }) outcome: TaughtPeriodOutcome;
  @Field(() => ID, {
    nullable: true,
    description: described(
      'The recorded period’s id when RECORDED; null otherwise',
      'Mã của tiết đã ghi khi RECORDED; null trong các trường hợp khác',
    ),
  })
  periodId: string | null;
  @Field(() => String, {
    nullable: true,
    description: described(
      'Why it was rejected: a stable code (NOT_ON_ROSTER, SLOT_TAKEN, OUTSIDE_TERM…); null unless REJECTED',
      'Lý do bị từ chối: mã ổn định (NOT_ON_ROSTER, SLOT_TAKEN, OUTSIDE_TERM…); null nếu không bị từ chối',
    ),
  })
  code: string | null;
  @Field(() => String, {
    nullable: true,
    description: described(
      'Why it was rejected, in the caller’s language; null unless REJECTED',
      'Lý do bị từ chối, bằng ngôn ngữ của người gọi; null nếu không bị từ chối',
    ),
  })
  message: string | null;
}

@InputType({
  description: described(
    'A duty a teacher holds in a term (weekly) or did on a day (per occurrence)',
    'Nhiệm vụ giáo viên đảm nhiệm trong học kỳ (theo tuần) hoặc đã thực hiện vào một ngày (theo lần)',
  ),
})
export class DutyInput {
  @Field(() => ID, {
    description: described(
      'The teacher’s employee id, on the roster of a school the caller manages',
      'Mã cán bộ của giáo viên, thuộc danh sách của trường do người gọi quản lý',
    ),
  })
  teacherId: string;
  @Field({ description: described('The term, e.g. 2026-2027/HK1', 'Học kỳ, ví dụ 2026-2027/HK1') }) term: string;
  @Field({ description: described('A duty kind’s code (dutyKinds)', 'Mã loại nhiệm vụ (dutyKinds)') }) kindCode: string;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: described(
      'The day it was done, within the term: required for a duty counted per occurrence, ignored for a weekly one',
      'Ngày thực hiện, trong học kỳ: bắt buộc với nhiệm vụ tính theo lần, bỏ qua với nhiệm vụ tính theo tuần',
    ),
  })
  doneOn?: string | null;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'For a duty counted per occurrence: how many times, more than 0 and at most 100 (null: 1); ignored for a weekly one',
      'Với nhiệm vụ tính theo lần: số lần, lớn hơn 0 và không quá 100 (null: 1); bỏ qua với nhiệm vụ tính theo tuần',
    ),
  })
  occurrences?: number | null;
  @Field(() => String, { nullable: true, description: described('A note, e.g. the class', 'Ghi chú, ví dụ lớp chủ nhiệm') })
  note?: string | null;
}

// The scoring-facts contract (schema/contracts/scoring-facts.graphql): shareable, since every
// provider defines the same types, and inaccessible, since only the graph's services call it.

@InputType({
  description: described(
    'A person and the dates to count (inclusive, at most 366 days)',
    'Một người và khoảng ngày cần tính (tính cả hai đầu, tối đa 366 ngày)',
  ),
})
@Directive('@inaccessible')
export class WorkFactsRange {
  @Field(() => ID, { description: described('The person’s employee id', 'Mã cán bộ') }) employeeId: string;
  @Field(() => GraphQLLocalDate, { description: described('The first day counted', 'Ngày đầu tiên được tính') }) from: string;
  @Field(() => GraphQLLocalDate, { description: described('The last day counted', 'Ngày cuối cùng được tính') }) to: string;
}

@ObjectType({ description: described('One kind of work inside a range’s facts', 'Một loại công việc trong số liệu của một khoảng ngày') })
@Directive('@shareable')
@Directive('@inaccessible')
export class WorkFactLine {
  @Field({
    description: described(
      'The provider’s stable code for the kind of work (e.g. TAUGHT, HOMEROOM)',
      'Mã ổn định của loại công việc do bên cung cấp đặt (ví dụ TAUGHT, HOMEROOM)',
    ),
  })
  code: string;
  @Field({ description: described('What a person reads (Vietnamese)', 'Tên loại công việc') }) label: string;
  @Field(() => Float, { description: described('How much of it, in its unit', 'Khối lượng, tính theo đơn vị') }) quantity: number;
  @Field({ description: described('The unit of the quantity (e.g. tiết)', 'Đơn vị tính của khối lượng (ví dụ tiết)') }) unit: string;
  @Field(() => Float, {
    description: described('Its work points (minutes of standard work)', 'Điểm công việc (số phút làm việc tiêu chuẩn)'),
  })
  workPoints: number;
}

@ObjectType({
  description: described('One range’s facts, aggregated by the provider', 'Số liệu của một khoảng ngày, do bên cung cấp tổng hợp'),
})
@Directive('@shareable')
@Directive('@inaccessible')
export class WorkFacts {
  @Field(() => ID, { description: described('The person’s employee id, as asked', 'Mã cán bộ, như khi hỏi') }) employeeId: string;
  @Field(() => GraphQLLocalDate, { description: described('The first day counted, as asked', 'Ngày đầu tiên được tính, như khi hỏi') })
  from: string;
  @Field(() => GraphQLLocalDate, { description: described('The last day counted, as asked', 'Ngày cuối cùng được tính, như khi hỏi') })
  to: string;
  @Field(() => Float, {
    description: described(
      'Work points (minutes of standard work) credited over the range by the provider’s own published rules',
      'Điểm công việc (số phút làm việc tiêu chuẩn) được ghi nhận trong khoảng ngày theo quy tắc đã công bố của bên cung cấp',
    ),
  })
  workPoints: number;
  @Field(() => [WorkFactLine], {
    description: described(
      'What the work points are made of, shown in the score’s explanation',
      'Thành phần của điểm công việc, hiển thị trong phần giải thích điểm',
    ),
  })
  lines: WorkFactLine[];
}
