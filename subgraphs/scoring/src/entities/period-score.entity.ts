import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DecimalType } from '@mikro-orm/core';
import { described, newId, GraphQLJSONObject, GraphQLLocalDate } from '@kpi/platform';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { DiaryFacts, IndicatorValues, SegmentContext } from '../rules/indicators.js';
import type { Weights } from '../rules/policy.js';
import { Gate, Level, PositionCategory } from './enums.js';
import { SegmentsType } from './segments.type.js';
import type { PackedColumns } from '../rules/item-groups.js';

@ObjectType({
  description: described(
    'The 7 indicator groups (Hue model), 0–100; null where nothing applies (its weight is shared out)',
    '7 nhóm chỉ số (mô hình Huế), thang 0–100; null khi không áp dụng (trọng số của nó được chia cho các chỉ số còn lại)',
  ),
})
export class Indicators {
  @Field(() => Float, {
    nullable: true,
    description: described(
      'Work points against capacity, with Decree 335’s finished ÷ assigned products',
      'Khối lượng: điểm công việc so với thời gian chuẩn có được, kết hợp tỷ lệ sản phẩm hoàn thành ÷ được giao theo Nghị định 335',
    ),
  })
  quantity: number | null;
  @Field(() => Float, {
    nullable: true,
    description: described('Decree 335 progress: on time, each delay −25 %', 'Tiến độ theo Nghị định 335: đúng hạn, mỗi lần chậm trừ 25 %'),
  })
  timeliness: number | null;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'Decree 335 quality: meeting requirements, each major error −25 %',
      'Chất lượng theo Nghị định 335: đạt yêu cầu, mỗi lỗi lớn trừ 25 %',
    ),
  })
  quality: number | null;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'Keeping the diary unprompted: days declared, less late declarations',
      'Chủ động ghi nhật ký: số ngày đã kê khai, trừ phần kê khai muộn',
    ),
  })
  proactivity: number | null;
  @Field(() => Float, {
    nullable: true,
    description: described('Co-operated work finished on time', 'Phối hợp: tỷ lệ việc phối hợp hoàn thành đúng hạn'),
  })
  coordination: number | null;
  @Field(() => Float, {
    nullable: true,
    description: described('The leader’s creativity rating, when given', 'Sáng tạo: điểm lãnh đạo chấm, nếu có'),
  })
  creativity: number | null;
  @Field(() => Float, { nullable: true, description: described('100 × (1 − overdue share)', 'Mức độ quá hạn: 100 × (1 − tỷ lệ quá hạn)') })
  overdue: number | null;
}

@ObjectType({
  description: described(
    'The weights of the 7 indicators that applied (the policy’s, or the sector KPI standard’s), summing to 100; an indicator that is null is left out and its weight shared among the others',
    'Trọng số của 7 chỉ số được áp dụng (theo chính sách, hoặc theo tiêu chuẩn KPI của ngành), tổng bằng 100; chỉ số null không được tính và trọng số của nó chia cho các chỉ số còn lại',
  ),
})
export class IndicatorWeightsUsed {
  @Field(() => Int, { description: described('Weight of quantity', 'Trọng số khối lượng') }) quantity: number;
  @Field(() => Int, { description: described('Weight of timeliness', 'Trọng số tiến độ') }) timeliness: number;
  @Field(() => Int, { description: described('Weight of quality', 'Trọng số chất lượng') }) quality: number;
  @Field(() => Int, { description: described('Weight of proactivity', 'Trọng số chủ động') }) proactivity: number;
  @Field(() => Int, { description: described('Weight of coordination', 'Trọng số phối hợp') }) coordination: number;
  @Field(() => Int, { description: described('Weight of creativity', 'Trọng số sáng tạo') }) creativity: number;
  @Field(() => Int, { description: described('Weight of the overdue indicator', 'Trọng số mức độ quá hạn') }) overdue: number;
}

/** Scores stored before units counted (5 December 2026) have none of the unit figures: null there. */
const SINCE_UNITS = ' (null in scores stored before units were counted)';
const SINCE_UNITS_VI = ' (null với điểm lưu trước khi tính theo đơn vị sản phẩm)';

@ObjectType({
  description: described(
    'Decree 335 on the products the person led that were due (or submitted) in the stretch, counted in units (each ' +
      'assignment’s expected quantity) under a UNITS policy; the plain ratios before deductions let an assessor check the arithmetic',
    'Theo Nghị định 335, các sản phẩm người đó chủ trì đến hạn (hoặc đã nộp) trong giai đoạn, tính theo đơn vị (số lượng dự kiến của ' +
      'từng việc được giao) khi chính sách chọn UNITS; các tỷ lệ gốc trước khi trừ giúp người đánh giá kiểm tra lại phép tính',
  ),
})
export class ProductShares {
  @Field(() => Int, { description: described('Products assigned (not cancelled)', 'Số sản phẩm được giao (không tính việc đã hủy)') })
  assigned: number;
  @Field(() => Int, {
    description: described(
      'Products judged: due, or submitted before their deadline',
      'Số sản phẩm được xét: đã đến hạn, hoặc đã nộp trước hạn',
    ),
  })
  judged: number;
  @Field(() => Int, {
    description: described('Judged products finished (submitted or completed)', 'Số sản phẩm được xét đã xong (đã nộp hoặc đã hoàn thành)'),
  })
  completed: number;
  @Field(() => Float, {
    nullable: true,
    description: described('Units of the judged products' + SINCE_UNITS, 'Số đơn vị của các sản phẩm được xét' + SINCE_UNITS_VI),
  })
  judgedUnits: number | null;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'Units delivered: of finished products, as reported done, at most as assigned' + SINCE_UNITS,
      'Số đơn vị đã giao nộp: của các sản phẩm đã xong, theo báo cáo hoàn thành, không quá số được giao' + SINCE_UNITS_VI,
    ),
  })
  completedUnits: number | null;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'Delivered units of completed products not rated unsatisfactory, before error deductions' + SINCE_UNITS,
      'Số đơn vị đã giao nộp của sản phẩm hoàn thành không bị đánh giá chưa đạt, trước khi trừ lỗi' + SINCE_UNITS_VI,
    ),
  })
  unitsMeetingRequirements: number | null;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'Delivered units submitted on time or early' + SINCE_UNITS,
      'Số đơn vị đã nộp đúng hạn hoặc trước hạn' + SINCE_UNITS_VI,
    ),
  })
  unitsOnTime: number | null;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'Quantity: completed ÷ judged units, %; null: nothing judged',
      'Số lượng: đơn vị hoàn thành ÷ đơn vị được xét, %; null: không có sản phẩm được xét',
    ),
  })
  quantityPct: number | null;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'Quality after deductions: each unexcused major error takes the policy’s share of its product, ÷ units with a verdict, %',
      'Chất lượng sau khi trừ: mỗi lỗi lớn không được miễn trừ trừ đi tỷ lệ theo chính sách của sản phẩm đó, ÷ số đơn vị đã có kết luận, %',
    ),
  })
  qualityPct: number | null;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'Progress after deductions: each unexcused delay takes the policy’s share of its product, ÷ judged units, %',
      'Tiến độ sau khi trừ: mỗi lần chậm không được miễn trừ trừ đi tỷ lệ theo chính sách của sản phẩm đó, ÷ số đơn vị được xét, %',
    ),
  })
  progressPct: number | null;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'The plain ratio: units meeting requirements ÷ units with a verdict (reviewed or still due), %' + SINCE_UNITS,
      'Tỷ lệ gốc: đơn vị đạt yêu cầu ÷ đơn vị đã có kết luận (đã xem xét hoặc còn đến hạn), %' + SINCE_UNITS_VI,
    ),
  })
  plainQualityPct: number | null;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'The plain ratio: units on time or early ÷ judged units, %' + SINCE_UNITS,
      'Tỷ lệ gốc: đơn vị đúng hạn hoặc trước hạn ÷ đơn vị được xét, %' + SINCE_UNITS_VI,
    ),
  })
  plainProgressPct: number | null;
}

/** One stretch of a period in one placement: a transfer mid-period makes two. */
export interface SegmentRecord {
  from: string;
  to: string;
  agencyId: string;
  divisionId: string | null;
  positionId: string | null;
  /** The supervisor then: the leader rule's line. */
  supervisorId: string | null;
  positionCategory: PositionCategory | null;
  isLeadership: boolean;
  sectorCode: string | null;
  /** The inputs, as they were when computed: what a closed period is recomputed from. */
  facts: DiaryFacts;
  context: SegmentContext;
  kpi: number | null;
  indicators: IndicatorValues;
  weights: Weights;
  workPoints: number;
  capacityMinutes: number;
  availableDays: number;
  products: ProductShares;
  overdueShare: number | null;
}

@ObjectType({
  description: described(
    'One kind of work a provider credited, with its quantity and work points',
    'Một loại công việc do nguồn cung cấp ghi nhận, kèm số lượng và điểm công việc',
  ),
})
export class WorkSourceLine {
  @Field({
    description: described('The provider’s stable code (e.g. TAUGHT, HOMEROOM)', 'Mã ổn định của nguồn cung cấp (ví dụ TAUGHT, HOMEROOM)'),
  })
  code: string;
  @Field({ description: described('What a person reads', 'Tên hiển thị cho người đọc') }) label: string;
  @Field(() => Float, { description: described('How much of it was credited, in `unit`', 'Số lượng được ghi nhận, theo `unit`') })
  quantity: number;
  @Field({ description: described('Its unit of measure', 'Đơn vị tính') }) unit: string;
  @Field(() => Float, { description: described('Its work points (standard minutes × coefficient)', 'Điểm công việc (phút chuẩn × hệ số)') })
  workPoints: number;
}

@ObjectType({
  description: described(
    'Where a stretch’s work points came from: the diary (its approved entries, itemised in facts) or a provider of the ' +
      'scoring-facts contract (a sector’s subgraph, e.g. education’s taught periods), by name',
    'Nguồn điểm công việc của một giai đoạn: nhật ký (các mục đã duyệt, chi tiết trong facts) hoặc một nguồn cung cấp số liệu chấm điểm ' +
      '(subgraph của một ngành, ví dụ số tiết dạy của ngành giáo dục), theo tên',
  ),
})
export class WorkSource {
  @Field({
    description: described(
      'The subgraph that provided the facts: diary, or a provider’s name (education…)',
      'Subgraph cung cấp số liệu: diary (nhật ký), hoặc tên nguồn cung cấp (education…)',
    ),
  })
  provider: string;
  @Field(() => Float, { description: described('The work points it credited', 'Số điểm công việc nguồn này ghi nhận') }) workPoints: number;
  @Field(() => [WorkSourceLine], {
    description: described(
      'What a provider’s points are made of (the diary’s are in facts.items)',
      'Chi tiết điểm của nguồn cung cấp (của nhật ký nằm trong facts.items)',
    ),
  })
  lines: WorkSourceLine[];
}

@ObjectType({
  description: described(
    'A stretch of the period in one placement, scored where the person worked then',
    'Một giai đoạn trong kỳ ở cùng một vị trí công tác, được chấm theo nơi người đó làm việc khi ấy',
  ),
})
export class ScoreSegment {
  @Field(() => GraphQLLocalDate, { description: described('Its first day', 'Ngày bắt đầu') }) from: string;
  @Field(() => GraphQLLocalDate, { description: described('Its last day (included)', 'Ngày kết thúc (tính cả ngày này)') }) to: string;
  @Field(() => ID, { description: described('The agency the person worked in', 'Cơ quan nơi người đó làm việc') }) agencyId: string;
  @Field(() => ID, { nullable: true, description: described('The division; null: none', 'Phòng/đơn vị trực thuộc; null: không có') })
  divisionId: string | null;
  @Field(() => ID, {
    nullable: true,
    description: described('The job position held; null: none', 'Vị trí việc làm đảm nhiệm; null: không có'),
  })
  positionId: string | null;
  @Field(() => PositionCategory, {
    nullable: true,
    description: described('The position’s category; null: no position', 'Nhóm vị trí việc làm; null: không có vị trí'),
  })
  positionCategory: PositionCategory | null;
  @Field({ description: described('Held a leadership or management post', 'Giữ chức vụ lãnh đạo, quản lý') }) isLeadership: boolean;
  @Field(() => String, {
    nullable: true,
    description: described(
      'The sector whose KPI standard applied; null: none (the province’s policy applied)',
      'Ngành có tiêu chuẩn KPI được áp dụng; null: không có (áp dụng chính sách của tỉnh)',
    ),
  })
  sectorCode: string | null;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'The stretch’s KPI, 0–100: Σ weight × indicator ÷ Σ weights over the indicators that apply; null: no data at all',
      'Điểm KPI của giai đoạn, thang 0–100: Σ trọng số × chỉ số ÷ Σ trọng số của các chỉ số được áp dụng; null: không có dữ liệu',
    ),
  })
  kpi: number | null;
  @Field(() => Indicators, { description: described('Its 7 indicators', '7 chỉ số của giai đoạn') }) indicators: Indicators;
  @Field(() => IndicatorWeightsUsed, { description: described('The weights used', 'Trọng số đã dùng') }) weights: IndicatorWeightsUsed;
  @Field(() => Float, { description: described('Σ of the work sources’ points', 'Tổng điểm công việc của các nguồn') }) workPoints: number;
  @Field(() => Float, {
    description: described(
      'Standard minutes available: available days × the standard day (or the sector standard)',
      'Số phút chuẩn có được: số ngày làm việc thực tế × thời gian chuẩn một ngày (hoặc theo tiêu chuẩn ngành)',
    ),
  })
  capacityMinutes: number;
  @Field(() => Int, { description: described('Working days not on leave', 'Số ngày làm việc không nghỉ phép') }) availableDays: number;
  @Field(() => ProductShares, { description: described('Decree 335 on the products led', 'Sản phẩm chủ trì theo Nghị định 335') })
  products: ProductShares;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'Of the work led that was due, the share late or overdue, 0–1; null: none was due',
      'Tỷ lệ việc chủ trì đến hạn bị chậm hoặc quá hạn, 0–1; null: không có việc đến hạn',
    ),
  })
  overdueShare: number | null;
  @Field(() => GraphQLJSONObject, {
    description: described(
      'The diary facts used: days, entries, approved work per catalogue item and version, the products led and co-operated',
      'Số liệu nhật ký đã dùng: số ngày, số mục, công việc đã duyệt theo đầu công việc và phiên bản, các sản phẩm chủ trì và phối hợp',
    ),
  })
  facts: DiaryFacts;
}

@ObjectType({
  description: described(
    'A person’s score for a period: indicators, KPI, the leader rule, classification, and the segments and facts behind ' +
      'them. Frozen once the period is closed. Read by the person, their supervisor and unit head, their agency’s admins and province roles.',
    'Điểm của một người trong một kỳ: các chỉ số, điểm KPI, cách tính cho lãnh đạo, xếp loại, cùng các giai đoạn và số liệu làm căn cứ. ' +
      'Được khóa khi kỳ khóa sổ. Người được xem: bản thân, cấp trên trực tiếp và trưởng đơn vị, quản trị của cơ quan và các vai trò cấp tỉnh.',
  ),
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'period_score' })
export class PeriodScore {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid' })
  periodId: string;

  @Field({ description: described('The period’s code, e.g. 2026-11', 'Mã kỳ, ví dụ 2026-11') })
  @Property({ type: 'text' })
  periodCode: string;

  @Field(() => ID, { description: described('The person scored', 'Mã người được chấm điểm') })
  @Property({ type: 'uuid' })
  employeeId: string;

  /** Where the person worked longest in the period: the scope for reading and for cap groups. */
  @Field(() => ID, {
    description: described('Where the person worked longest in the period', 'Cơ quan nơi người đó làm việc lâu nhất trong kỳ'),
  })
  @Property({ type: 'uuid' })
  agencyId: string;

  @Field(() => ID, {
    nullable: true,
    description: described('Their division there; null: none', 'Phòng/đơn vị trực thuộc tại đó; null: không có'),
  })
  @Property({ type: 'uuid', nullable: true })
  divisionId: string | null = null;

  @Field(() => PositionCategory, {
    nullable: true,
    description: described(
      'The group of people with similar tasks; null: no job position',
      'Nhóm người có nhiệm vụ tương đồng; null: không có vị trí việc làm',
    ),
  })
  @Property({ type: 'text', nullable: true })
  positionCategory: PositionCategory | null = null;

  @Field({
    description: described(
      'Holds a leadership or management post: the leader rule applies',
      'Giữ chức vụ lãnh đạo, quản lý: áp dụng cách tính cho lãnh đạo',
    ),
  })
  @Property()
  isLeadership: boolean = false;

  @Field(() => Float, {
    nullable: true,
    description: described(
      'The person’s own KPI, 0–100 (segments weighted by available days); null: no data at all',
      'Điểm KPI của bản thân, thang 0–100 (các giai đoạn tính theo số ngày làm việc); null: không có dữ liệu',
    ),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,2)', nullable: true })
  ownScore: number | null = null;

  @Field(() => Float, {
    nullable: true,
    description: described(
      'Leaders: the mean score of their subordinates; null for others, or with no scored subordinate',
      'Lãnh đạo: điểm bình quân của cấp dưới; null với người khác, hoặc khi không cấp dưới nào có điểm',
    ),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,2)', nullable: true })
  unitScore: number | null = null;

  @Field({
    description: described(
      'Leaders: whether any subordinate was not completed (the unit then counts at 50 %)',
      'Lãnh đạo: có cấp dưới không hoàn thành nhiệm vụ hay không (khi đó kết quả đơn vị chỉ tính 50 %)',
    ),
  })
  @Property()
  anySubordinateNotCompleted: boolean = false;

  @Field(() => Float, {
    nullable: true,
    description: described(
      'The KPI score, 0–100: own, or for leaders with the unit’s results taken in; null: no data at all (the level is then NOT_COMPLETED)',
      'Điểm KPI, thang 0–100: của bản thân, hoặc với lãnh đạo có tính kết quả của đơn vị; null: không có dữ liệu (khi đó xếp loại NOT_COMPLETED)',
    ),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,2)', nullable: true })
  score: number | null = null;

  @Field(() => Level, { description: described('The level after the gates', 'Mức xếp loại sau các điều kiện loại trừ') })
  @Property({ type: 'text' })
  level: Level;

  @Field(() => Level, {
    description: described('The level by the bands alone, before gates', 'Mức xếp loại chỉ theo khung điểm, trước các điều kiện loại trừ'),
  })
  @Property({ type: 'text' })
  levelByBand: Level;

  @Field(() => Gate, {
    nullable: true,
    description: described(
      'The gate that made the person not completed; null: none applied',
      'Điều kiện loại trừ khiến người đó không hoàn thành nhiệm vụ; null: không có',
    ),
  })
  @Property({ type: 'text', nullable: true })
  gate: Gate | null = null;

  @Field(() => Float, {
    nullable: true,
    description: described(
      'Of the work led that was due, the share late or overdue, 0–1; null: none was due',
      'Tỷ lệ việc chủ trì đến hạn bị chậm hoặc quá hạn, 0–1; null: không có việc đến hạn',
    ),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,4)', nullable: true })
  overdueShare: number | null = null;

  @Field(() => Float, {
    description: described(
      'Work points: Σ quantity × standard minutes × coefficient of the approved work, from every source',
      'Điểm công việc: Σ số lượng × phút chuẩn × hệ số của công việc đã duyệt, từ mọi nguồn',
    ),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(12,2)' })
  workPoints: number = 0;

  @Field(() => Float, {
    description: described(
      'Standard minutes available in the period: available days × the standard day (or the sector standard)',
      'Số phút chuẩn có được trong kỳ: số ngày làm việc thực tế × thời gian chuẩn một ngày (hoặc theo tiêu chuẩn ngành)',
    ),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(12,2)' })
  capacityMinutes: number = 0;

  @Field(() => Int, { description: described('Working days not on leave', 'Số ngày làm việc không nghỉ phép') })
  @Property({ type: 'integer' })
  availableDays: number = 0;

  @Field(() => Int, {
    description: described('The scoring policy version it was computed under', 'Phiên bản chính sách chấm điểm đã áp dụng'),
  })
  @Property({ type: 'integer' })
  policyVersion: number;

  @Field({
    description: described(
      'Frozen with the period’s close: recomputing gives the same numbers',
      'Đã khóa cùng kỳ: tính lại vẫn cho đúng các số đó',
    ),
  })
  @Property()
  frozen: boolean = false;

  /** When it was written or last stamped; what the graph says is PeriodScoreResolver.computedAt (which may read the period's). */
  @Property({ type: 'timestamptz' })
  computedAt: Date = new Date();

  /**
   * A computation of the whole period found it unchanged and stamped the period, not it: while it
   * is not frozen, it was computed when the period last was, if that is later (migration 20261220090000).
   */
  @Property()
  stampedByPeriod: boolean = false;

  /** The stretches, their item groups aside where `itemGroups` holds them: read both with segmentsOf. */
  @Property({ type: SegmentsType, columnType: 'jsonb' })
  segments: SegmentRecord[] = [];

  /**
   * Each stretch's item groups as packed columns, in the order of `segments`; null where they are
   * inside the stretches (scores stored before migration 20261212090000).
   */
  @Property({ type: 'json', columnType: 'json', nullable: true })
  itemGroups: PackedColumns[] | null = null;
}
