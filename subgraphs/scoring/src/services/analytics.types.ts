import { Directive, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { described, PARTNER } from '@kpi/platform';
import { JobPosition, WorkItem } from '../entities/analytics.references.js';
import { Agency, Employee, PositionCategory, ScoringPeriod } from '../entities/index.js';
import { ANALYTICS_POLICY as POLICY } from '../rules/analytics.js';

@ObjectType({
  description: described(
    'Province analytics of a period, from its stored scores (after computeScoringPeriod or closeScoringPeriod). Each field ' +
      'is computed only when asked for. A person’s stretches count where the person worked then, each by its share of the ' +
      'person’s available days (see docs/analytics.md). Province roles read it.',
    'Phân tích toàn tỉnh của một kỳ, từ điểm đã lưu (sau computeScoringPeriod hoặc closeScoringPeriod). Mỗi trường chỉ được tính ' +
      'khi được hỏi đến. Mỗi giai đoạn công tác của một người được tính cho nơi người đó làm việc khi ấy, theo tỷ lệ số ngày làm việc ' +
      'của giai đoạn (xem docs/analytics.md). Dành cho các vai trò cấp tỉnh.',
  ),
})
export class ProvinceOverview {
  @Directive(PARTNER)
  @Field(() => ScoringPeriod, {
    description: described(
      'The period, with when its scores were computed and whether they are frozen',
      'Kỳ phân tích, kèm thời điểm tính điểm và điểm đã khóa hay chưa',
    ),
  })
  period: ScoringPeriod;
}

@Directive(PARTNER)
@ObjectType({
  description: described('How many people at each level', 'Số người ở từng mức xếp loại'),
})
export class ScoreLevelCounts {
  @Field(() => Int, { description: described('People rated excellent', 'Số người hoàn thành xuất sắc nhiệm vụ') }) excellent: number;
  @Field(() => Int, { description: described('People rated good', 'Số người hoàn thành tốt nhiệm vụ') }) good: number;
  @Field(() => Int, { description: described('People rated completed', 'Số người hoàn thành nhiệm vụ') }) completed: number;
  @Field(() => Int, { description: described('People rated not completed', 'Số người không hoàn thành nhiệm vụ') }) notCompleted: number;
}

@ObjectType({
  description: described(
    'People-equivalents at each level (a transferred person is split between groups by available days)',
    'Số người quy đổi ở từng mức xếp loại (người chuyển công tác được chia giữa các nhóm theo số ngày làm việc)',
  ),
})
export class ScoreLevelShares {
  @Field(() => Float, { description: described('People-equivalents rated excellent', 'Số người quy đổi hoàn thành xuất sắc nhiệm vụ') })
  excellent: number;
  @Field(() => Float, { description: described('People-equivalents rated good', 'Số người quy đổi hoàn thành tốt nhiệm vụ') }) good: number;
  @Field(() => Float, { description: described('People-equivalents rated completed', 'Số người quy đổi hoàn thành nhiệm vụ') })
  completed: number;
  @Field(() => Float, { description: described('People-equivalents rated not completed', 'Số người quy đổi không hoàn thành nhiệm vụ') })
  notCompleted: number;
}

@Directive(PARTNER)
@ObjectType({
  description: described(
    'Scores from `from` (included) to `to` (excluded; the last bucket includes 100)',
    'Điểm từ `from` (tính cả) đến `to` (không tính; nhóm cuối tính cả 100)',
  ),
})
export class ScoreHistogramBucket {
  @Field(() => Int, { description: described('Lowest score in the bucket (included)', 'Điểm thấp nhất của nhóm (tính cả)') }) from: number;
  @Field(() => Int, {
    description: described('Highest score of the bucket (excluded, except 100)', 'Điểm cao nhất của nhóm (không tính, trừ 100)'),
  })
  to: number;
  @Field(() => Int, { description: described('People with a score in the bucket', 'Số người có điểm trong nhóm') }) people: number;
}

@Directive(PARTNER)
@ObjectType({
  description: described(
    'The province’s stored scores for a period: levels, the mean, and a histogram in 10-point buckets',
    'Điểm đã lưu của toàn tỉnh trong kỳ: mức xếp loại, điểm bình quân và biểu đồ phân bố theo nhóm 10 điểm',
  ),
})
export class ScoreDistribution {
  @Field(() => Int, {
    description: described('People with a stored score row (scored or not)', 'Số người có dòng điểm đã lưu (có điểm hoặc không)'),
  })
  people: number;
  @Field(() => Int, {
    description: described(
      'People with a score (no data at all leaves it empty; the level is then NOT_COMPLETED)',
      'Số người có điểm (không có dữ liệu thì không có điểm; khi đó xếp loại NOT_COMPLETED)',
    ),
  })
  scored: number;
  @Field(() => Float, {
    nullable: true,
    description: described('The mean score, 0–100; null: nobody scored', 'Điểm bình quân, thang 0–100; null: không ai có điểm'),
  })
  meanScore: number | null;
  @Field(() => ScoreLevelCounts, { description: described('How many people at each level', 'Số người ở từng mức xếp loại') })
  levels: ScoreLevelCounts;
  @Field(() => [ScoreHistogramBucket], {
    description: described('Every bucket from 0 to 100, empty ones included', 'Mọi nhóm từ 0 đến 100, kể cả nhóm trống'),
  })
  histogram: ScoreHistogramBucket[];
}

@ObjectType({
  description: described(
    'Scores of a group of people (a sector, a position category; an agency): people as people-equivalents — each stretch ' +
      'counts by its share of the person’s available days — and the mean score and levels weighted by the same shares',
    'Điểm của một nhóm người (một ngành, một nhóm vị trí; một cơ quan): số người tính theo người quy đổi — mỗi giai đoạn tính theo ' +
      'tỷ lệ số ngày làm việc của người đó — cùng điểm bình quân và mức xếp loại có trọng số theo cùng tỷ lệ',
  ),
})
export class ScoreGroup {
  @Field(() => String, {
    nullable: true,
    description: described(
      'Agency id, sector code or position category; null: no sector standard / no position',
      'Mã cơ quan, mã ngành hoặc nhóm vị trí việc làm; null: không có tiêu chuẩn ngành / không có vị trí',
    ),
  })
  key: string | null;
  @Field(() => Int, {
    description: described('People with at least one stretch in the group', 'Số người có ít nhất một giai đoạn trong nhóm'),
  })
  headcount: number;
  @Field(() => Float, {
    description: described(
      'People-equivalents: Σ of each stretch’s share of its person’s available days',
      'Số người quy đổi: Σ tỷ lệ số ngày làm việc của từng giai đoạn',
    ),
  })
  people: number;
  @Field(() => Float, { description: described('People-equivalents with a score', 'Số người quy đổi có điểm') }) scored: number;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'Σ share × score ÷ Σ share, over those with a score; null: nobody scored',
      'Σ tỷ lệ × điểm ÷ Σ tỷ lệ, trên những người có điểm; null: không ai có điểm',
    ),
  })
  meanScore: number | null;
  @Field(() => ScoreLevelShares, { description: described('People-equivalents at each level', 'Số người quy đổi ở từng mức xếp loại') })
  levels: ScoreLevelShares;
}

@ObjectType({
  description: described(
    'An agency’s people and scores in a period: the stretches worked in it',
    'Người và điểm của một cơ quan trong kỳ: các giai đoạn làm việc tại đó',
  ),
})
export class AgencyScoreGroup extends ScoreGroup {
  @Field(() => Agency, { description: described('The agency', 'Cơ quan') }) agency: Agency;
}

@ObjectType({
  description: described('A position category’s people and scores in a period', 'Người và điểm của một nhóm vị trí việc làm trong kỳ'),
})
export class CategoryScoreGroup extends ScoreGroup {
  @Field(() => PositionCategory, {
    nullable: true,
    description: described(
      'The position category; null: stretches without a job position',
      'Nhóm vị trí việc làm; null: các giai đoạn không có vị trí việc làm',
    ),
  })
  category: PositionCategory | null;
}

@ObjectType({
  description: described('One period of a trend, from its stored scores', 'Một kỳ trong xu hướng, từ điểm đã lưu'),
})
export class ScoreTrendPoint {
  @Field({ description: described('The period’s code, e.g. 2026-10', 'Mã kỳ, ví dụ 2026-10') }) period: string;
  @Field(() => Int, { description: described('People with a stored score row', 'Số người có dòng điểm đã lưu') }) people: number;
  @Field(() => Int, { description: described('People with a score', 'Số người có điểm') }) scored: number;
  @Field(() => Float, {
    nullable: true,
    description: described('The mean score, 0–100; null: nobody scored', 'Điểm bình quân, thang 0–100; null: không ai có điểm'),
  })
  meanScore: number | null;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'People not completed ÷ people, 0–1; null: nobody',
      'Số người không hoàn thành ÷ số người, 0–1; null: không có ai',
    ),
  })
  notCompletedShare: number | null;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'Σ approved actual minutes ÷ Σ (working days − leave days) ÷ 60: the mean declared hours per available working day',
      'Σ phút thực tế đã duyệt ÷ Σ (ngày làm việc − ngày nghỉ phép) ÷ 60: số giờ kê khai bình quân mỗi ngày làm việc',
    ),
  })
  declaredHoursPerWorkingDay: number | null;
}

@ObjectType({
  description: described(
    'An agency’s diary discipline in a period, from the facts of the stretches worked in it',
    'Việc chấp hành ghi nhật ký của một cơ quan trong kỳ, từ số liệu các giai đoạn làm việc tại đó',
  ),
})
export class AgencyDiaryDiscipline {
  @Field(() => Agency, { description: described('The agency', 'Cơ quan') }) agency: Agency;
  @Field(() => Int, {
    description: described('People with at least one stretch in it', 'Số người có ít nhất một giai đoạn làm việc tại đó'),
  })
  headcount: number;
  @Field(() => Int, { description: described('Σ (working days − leave days)', 'Σ (ngày làm việc − ngày nghỉ phép)') })
  availableDays: number;
  @Field(() => Int, {
    description: described(
      'Σ working days not on leave with at least one entry',
      'Σ ngày làm việc không nghỉ phép có ít nhất một mục nhật ký',
    ),
  })
  declaredDays: number;
  @Field(() => Float, {
    nullable: true,
    description: described(
      '1 − declared days ÷ available days; null: no available day',
      '1 − ngày đã kê khai ÷ ngày làm việc; null: không có ngày làm việc',
    ),
  })
  missingDiaryRate: number | null;
  @Field(() => Int, {
    description: described(
      'Σ days whose recorded time passed the standard day (the OVER_STANDARD_DAY warning)',
      'Σ ngày có thời gian ghi nhận vượt thời gian chuẩn một ngày (cảnh báo OVER_STANDARD_DAY)',
    ),
  })
  daysOverStandard: number;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'Days over the standard day ÷ declared days; null: no declared day',
      'Ngày vượt chuẩn ÷ ngày đã kê khai; null: không có ngày kê khai',
    ),
  })
  overStandardDayShare: number | null;
  @Field(() => Int, { description: described('Diary entries recorded (approved or not)', 'Số mục nhật ký đã ghi (đã duyệt hoặc chưa)') })
  entries: number;
  @Field(() => Int, { description: described('Entries declared late', 'Số mục kê khai muộn') }) lateDeclarations: number;
  @Field(() => Float, {
    nullable: true,
    description: described('Entries declared late ÷ entries; null: no entry', 'Mục kê khai muộn ÷ số mục; null: không có mục nào'),
  })
  lateDeclarationShare: number | null;
  @Field(() => Int, { description: described('Entries with the FAR_ABOVE_STANDARD warning', 'Số mục có cảnh báo FAR_ABOVE_STANDARD') })
  farAboveStandardEntries: number;
}

export enum AnomalyKind {
  AGENCY_HIGH_HOURS = 'AGENCY_HIGH_HOURS',
  CLAIMS_FAR_ABOVE_STANDARD = 'CLAIMS_FAR_ABOVE_STANDARD',
  SUDDEN_JUMP = 'SUDDEN_JUMP',
}
registerEnumType(AnomalyKind, {
  name: 'ScoringAnomalyKind',
  description: described('Kinds of outliers the province analytics flag', 'Các loại bất thường mà phân tích toàn tỉnh đánh dấu'),
  valuesConfig: {
    AGENCY_HIGH_HOURS: {
      description: described(
        `An agency’s mean approved minutes per declared day stands out: robust z (median, MAD) above ${POLICY.robustZThreshold}`,
        `Số phút đã duyệt bình quân mỗi ngày kê khai của một cơ quan cao bất thường: z bền vững (trung vị, MAD) trên ${POLICY.robustZThreshold}`,
      ),
    },
    CLAIMS_FAR_ABOVE_STANDARD: {
      description: described(
        `A person’s approved actual minutes exceed ${POLICY.claimsRatioThreshold} × the standard minutes of that work ` +
          `(at least ${POLICY.claimsMinApprovedEntries} approved entries)`,
        `Số phút thực tế đã duyệt của một người vượt ${POLICY.claimsRatioThreshold} × số phút chuẩn của công việc đó ` +
          `(ít nhất ${POLICY.claimsMinApprovedEntries} mục đã duyệt)`,
      ),
    },
    SUDDEN_JUMP: {
      description: described(
        `A person’s score moved by ${POLICY.suddenJumpPoints} points or more against the previous period’s stored score`,
        `Điểm của một người thay đổi từ ${POLICY.suddenJumpPoints} điểm trở lên so với điểm đã lưu của kỳ trước`,
      ),
    },
  },
});

@ObjectType({
  description: described(
    'Something to look at: an outlier, not a verdict',
    'Điều cần xem xét: một trường hợp bất thường, không phải kết luận',
  ),
})
export class ScoringAnomaly {
  @Field(() => AnomalyKind, { description: described('What kind of outlier', 'Loại bất thường') }) kind: AnomalyKind;
  @Field(() => Agency, {
    nullable: true,
    description: described(
      'The agency flagged, or the person’s agency (where they worked longest)',
      'Cơ quan bị đánh dấu, hoặc cơ quan của người bị đánh dấu (nơi làm việc lâu nhất)',
    ),
  })
  agency: Agency | null;
  @Field(() => Employee, {
    nullable: true,
    description: described('The person flagged; null for agency flags', 'Người bị đánh dấu; null với cảnh báo về cơ quan'),
  })
  employee: Employee | null;
  @Field(() => Float, { description: described('The flagged figure, in `measure`', 'Số liệu bị đánh dấu, theo `measure`') }) figure: number;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'The province’s figure to compare with, in the same measure; null: none to compare with',
      'Số liệu của tỉnh để so sánh, cùng đơn vị đo; null: không có',
    ),
  })
  baseline: number | null;
  @Field({
    description: described(
      'What figure and baseline measure, in the reader’s language',
      'Đơn vị đo của figure và baseline, theo ngôn ngữ người đọc',
    ),
  })
  measure: string;
  @Field({
    description: described('What was found, in a sentence in the reader’s language', 'Nội dung phát hiện, một câu theo ngôn ngữ người đọc'),
  })
  message: string;
  @Field(() => Int, { description: described('1 for the largest of its kind', '1 là lớn nhất trong loại') }) rank: number;
  @Field(() => Int, {
    description: described(
      'How many flags of this kind the period has (the list shows the largest)',
      'Tổng số cảnh báo loại này trong kỳ (danh sách chỉ nêu các trường hợp lớn nhất)',
    ),
  })
  found: number;
}

@ObjectType({
  description: described(
    'A work item’s use in a period: approved entries, from the stored scores’ facts, across its versions',
    'Mức sử dụng một đầu công việc trong kỳ: các mục đã duyệt, từ số liệu của điểm đã lưu, qua mọi phiên bản',
  ),
})
export class WorkItemPeriodUsage {
  @Field(() => WorkItem, { description: described('The work item', 'Đầu công việc') }) workItem: WorkItem;
  @Field(() => Int, { description: described('Approved entries', 'Số mục đã duyệt') }) entries: number;
  @Field(() => Int, { description: described('People who recorded it', 'Số người đã ghi') }) people: number;
  @Field(() => Float, { description: described('Σ quantity, in the item’s unit', 'Σ số lượng, theo đơn vị tính của đầu công việc') })
  quantity: number;
  @Field(() => Float, { description: described('Σ actual minutes recorded', 'Σ phút thực tế đã ghi') }) actualMinutes: number;
  @Field(() => Float, { description: described('Σ quantity × standard minutes', 'Σ số lượng × phút chuẩn') }) standardMinutes: number;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'Actual ÷ standard minutes: above 1 the work takes longer than its standard; null: no standard minutes',
      'Phút thực tế ÷ phút chuẩn: lớn hơn 1 là công việc tốn nhiều thời gian hơn chuẩn; null: không có phút chuẩn',
    ),
  })
  actualToStandard: number | null;
}

@ObjectType({
  description: described('The catalogue as used in a period', 'Mức sử dụng danh mục trong kỳ'),
})
export class CatalogueUsageReport {
  @Field(() => Int, { description: described('Items with at least one approved entry', 'Số đầu công việc có ít nhất một mục đã duyệt') })
  itemsUsed: number;
  @Field(() => [WorkItemPeriodUsage], { description: described('By entries, most first', 'Theo số mục, nhiều nhất trước') })
  mostUsed: WorkItemPeriodUsage[];
  @Field(() => [WorkItemPeriodUsage], {
    description: described(
      'By entries, least first (items never used are not in the scores: see WorkItem.usage)',
      'Theo số mục, ít nhất trước (đầu công việc chưa từng dùng không có trong điểm: xem WorkItem.usage)',
    ),
  })
  leastUsed: WorkItemPeriodUsage[];
}

@ObjectType({
  description: described(
    'A job position’s measured workload against its holders’ capacity in a period (Khanh Hoa’s method; an estimate to ' +
      'read over several months, see docs/analytics.md)',
    'Khối lượng công việc đo được của một vị trí việc làm so với khả năng của những người đảm nhiệm trong kỳ (cách làm của Khánh Hòa; ' +
      'là ước tính, cần xem qua nhiều tháng, xem docs/analytics.md)',
  ),
})
export class PositionStaffingNeed {
  @Field(() => JobPosition, { description: described('The job position', 'Vị trí việc làm') }) position: JobPosition;
  @Field(() => Agency, { description: described('Its agency', 'Cơ quan của vị trí') }) agency: Agency;
  @Field(() => Int, {
    description: described('People who held it at some time in the period', 'Số người đảm nhiệm vị trí vào một thời điểm trong kỳ'),
  })
  headcount: number;
  @Field(() => Float, {
    description: described(
      'People-equivalents who held it (stretches by their share of the person’s available days)',
      'Số người quy đổi đảm nhiệm vị trí (các giai đoạn theo tỷ lệ số ngày làm việc)',
    ),
  })
  holders: number;
  @Field(() => Float, {
    description: described(
      'Σ quantity × standard minutes of the approved work done in it (no coefficient)',
      'Σ số lượng × phút chuẩn của công việc đã duyệt tại vị trí (không nhân hệ số)',
    ),
  })
  workloadMinutes: number;
  @Field(() => Float, {
    description: described(
      'Σ the holders’ capacity in minutes: available days × the standard day (or the sector standard)',
      'Σ khả năng của người đảm nhiệm, tính bằng phút: số ngày làm việc × thời gian chuẩn một ngày (hoặc theo tiêu chuẩn ngành)',
    ),
  })
  capacityMinutes: number;
  @Field(() => Float, {
    nullable: true,
    description: described('Workload ÷ capacity; null: no capacity', 'Khối lượng ÷ khả năng; null: không có khả năng'),
  })
  utilisation: number | null;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'Workload ÷ (capacity ÷ holders), to one decimal; null: no capacity',
      'Khối lượng ÷ (khả năng ÷ số người đảm nhiệm), làm tròn một chữ số thập phân; null: không có khả năng',
    ),
  })
  positionsNeeded: number | null;
  @Field(() => Float, {
    nullable: true,
    description: described(
      'Positions needed − holders: positive means understaffed; null: no capacity',
      'Số vị trí cần − số người đảm nhiệm: dương là thiếu người; null: không có khả năng',
    ),
  })
  gap: number | null;
}
