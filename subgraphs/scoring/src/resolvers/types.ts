import { described, GraphQLJSONObject, GraphQLLocalDate } from '@kpi/platform';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';

@InputType({
  description: described(
    'A new version of the scoring policy: a preset with the province’s changes',
    'Phiên bản mới của chính sách chấm điểm: một bộ mặc định cùng các điểm tỉnh thay đổi',
  ),
})
export class ScoringPolicyInput {
  @Field(() => GraphQLLocalDate, { description: described('The first day it is in force', 'Ngày bắt đầu có hiệu lực') })
  effectiveFrom: string;
  @Field({
    description: described(
      'DECREE_335 (bands 90/70/50) or KHANH_HOA (90/>80/>50)',
      'DECREE_335 (khung điểm 90/70/50) hoặc KHANH_HOA (90/>80/>50)',
    ),
  })
  preset: string;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: described(
      'Rules that differ from the preset, e.g. { "overdueGate": 0.15 }; absent: the preset as it is',
      'Các quy tắc khác với bộ mặc định, ví dụ { "overdueGate": 0.15 }; bỏ trống: giữ nguyên bộ mặc định',
    ),
  })
  overrides?: Record<string, unknown>;
  @Field({ description: described('Why: kept in the record (audited)', 'Lý do: được lưu và ghi vết') }) reason: string;
}

@ObjectType({
  description: described('What a recomputation of a period found', 'Kết quả tính lại điểm của một kỳ'),
})
export class RecomputeReport {
  @Field({ description: described('The period’s code', 'Mã kỳ') }) period: string;
  @Field(() => Int, { description: described('People whose scores were recomputed', 'Số người được tính lại điểm') }) people: number;
  @Field(() => Int, {
    description: described(
      'Scores that differ from those stored (0 for a closed period, or something is wrong)',
      'Số điểm khác với điểm đã lưu (với kỳ đã khóa sổ phải là 0, nếu không là có sai sót)',
    ),
  })
  changed: number;
}

@ObjectType({
  description: described(
    'A unit’s stored scores for a period: how many at each level, and the mean. Read by its head, its agency’s admins and province roles',
    'Điểm đã lưu của một đơn vị trong kỳ: số người ở từng mức xếp loại và điểm bình quân. Người được xem: trưởng đơn vị, quản trị của cơ quan và các vai trò cấp tỉnh',
  ),
})
export class UnitScoreSummary {
  @Field({ description: described('The period’s code', 'Mã kỳ') }) period: string;
  @Field(() => Int, { description: described('People with a stored score row in the unit', 'Số người của đơn vị có dòng điểm đã lưu') })
  people: number;
  @Field(() => Int, { description: described('People with a score', 'Số người có điểm') }) scored: number;
  @Field(() => Float, {
    nullable: true,
    description: described('The mean score, 0–100; null: nobody scored', 'Điểm bình quân, thang 0–100; null: không ai có điểm'),
  })
  meanScore: number | null;
  @Field(() => Int, { description: described('People rated excellent', 'Số người hoàn thành xuất sắc nhiệm vụ') }) excellent: number;
  @Field(() => Int, { description: described('People rated good', 'Số người hoàn thành tốt nhiệm vụ') }) good: number;
  @Field(() => Int, { description: described('People rated completed', 'Số người hoàn thành nhiệm vụ') }) completed: number;
  @Field(() => Int, { description: described('People rated not completed', 'Số người không hoàn thành nhiệm vụ') }) notCompleted: number;
}

@ObjectType({
  description: described(
    'Of a stretch’s facts, those a history import brought in from the previous software',
    'Phần số liệu của giai đoạn được nhập từ dữ liệu lịch sử của phần mềm cũ',
  ),
})
export class ImportedFacts {
  @Field(() => Int, { description: described('Approved diary entries imported', 'Số mục nhật ký đã duyệt được nhập') }) entries: number;
  @Field(() => Int, {
    description: described('Assignments (led or co-operated) imported', 'Số việc được giao (chủ trì hoặc phối hợp) được nhập'),
  })
  products: number;
}

/** The description of a period argument, wherever one is taken. */
export const PERIOD_ARG = described(
  'The period’s code: a month (2026-11), a quarter (2026-Q4) or a year (2026)',
  'Mã kỳ: tháng (2026-11), quý (2026-Q4) hoặc năm (2026)',
);

/** The description of a year argument of the annual assessment. */
export const YEAR_ARG = described('The year assessed (2025 or later)', 'Năm đánh giá (từ 2025)');
