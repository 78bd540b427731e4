import { Constraint, described, PARTNER, Parent } from '@kpi/platform';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver } from 'type-graphql';
import { ANALYTICS_POLICY } from '../rules/analytics.js';
import * as analytics from '../services/analytics.service.js';
import type { ScoringContext } from '../services/context.js';
import {
  AgencyDiaryDiscipline,
  AgencyScoreGroup,
  CatalogueUsageReport,
  CategoryScoreGroup,
  PositionStaffingNeed,
  ProvinceOverview,
  ScoreDistribution,
  ScoreGroup,
  ScoreTrendPoint,
  ScoringAnomaly,
} from '../services/analytics.types.js';
import { PERIOD_ARG } from './types.js';

/** Province analytics from the stored scores: each field its own resolver and a constant number of statements. */
@Resolver(() => ProvinceOverview)
export class ProvinceAnalyticsResolver {
  @Directive(PARTNER)
  @Query(() => ProvinceOverview, {
    nullable: true,
    description: described(
      'Province roles: analytics of a period’s stored scores; null until a province admin computes or closes the period',
      'Các vai trò cấp tỉnh: phân tích điểm đã lưu của một kỳ; null cho đến khi quản trị cấp tỉnh tính hoặc khóa sổ kỳ',
    ),
  })
  provinceOverview(@Constraint({ period: true }) @Arg('period', { description: PERIOD_ARG }) code: string, @Ctx() ctx: ScoringContext) {
    return analytics.provinceOverview(ctx, code);
  }

  @Directive(PARTNER)
  @FieldResolver(() => ScoreDistribution, {
    description: described(
      'Levels, the mean score and a histogram, province-wide',
      'Mức xếp loại, điểm bình quân và biểu đồ phân bố của toàn tỉnh',
    ),
  })
  distribution(@Parent() overview: ProvinceOverview, @Ctx() ctx: ScoringContext) {
    return analytics.distribution(ctx, overview);
  }

  @FieldResolver(() => [AgencyScoreGroup], {
    description: described(
      'Per agency (the stretches worked in it), the highest mean score first',
      'Theo cơ quan (các giai đoạn làm việc tại đó), điểm bình quân cao nhất trước',
    ),
  })
  byAgency(@Parent() overview: ProvinceOverview, @Ctx() ctx: ScoringContext) {
    return analytics.byAgency(ctx, overview);
  }

  @FieldResolver(() => [ScoreGroup], {
    description: described(
      'Per sector of the stretches (key null: no sector standard applied), the highest mean score first',
      'Theo ngành của các giai đoạn (key null: không áp dụng tiêu chuẩn ngành), điểm bình quân cao nhất trước',
    ),
  })
  bySector(@Parent() overview: ProvinceOverview, @Ctx() ctx: ScoringContext) {
    return analytics.bySector(ctx, overview);
  }

  @FieldResolver(() => [CategoryScoreGroup], {
    description: described(
      'Per position category of the stretches, the highest mean score first',
      'Theo nhóm vị trí việc làm của các giai đoạn, điểm bình quân cao nhất trước',
    ),
  })
  byCategory(@Parent() overview: ProvinceOverview, @Ctx() ctx: ScoringContext) {
    return analytics.byCategory(ctx, overview);
  }

  @FieldResolver(() => [ScoreTrendPoint], {
    description: described(
      'The period and up to months − 1 before it (same kind) that have stored scores, oldest first',
      'Kỳ này và tối đa months − 1 kỳ trước đó (cùng loại) đã có điểm lưu, cũ nhất trước',
    ),
  })
  trend(
    @Parent() overview: ProvinceOverview,
    @Arg('months', () => Int, { defaultValue: 6, description: described('How many periods, this one included', 'Số kỳ, tính cả kỳ này') })
    months: number,
    @Ctx() ctx: ScoringContext,
  ) {
    return analytics.trend(ctx, overview, months);
  }

  @FieldResolver(() => [AgencyDiaryDiscipline], {
    description: described(
      'Per agency: missing diaries, days over the standard day, late declarations; the highest missing-diary rate first',
      'Theo cơ quan: ngày thiếu nhật ký, ngày vượt thời gian chuẩn, kê khai muộn; tỷ lệ thiếu nhật ký cao nhất trước',
    ),
  })
  diaryDiscipline(@Parent() overview: ProvinceOverview, @Ctx() ctx: ScoringContext) {
    return analytics.diaryDiscipline(ctx, overview);
  }

  @FieldResolver(() => [ScoringAnomaly], {
    description: described(
      'Outliers to look at, by kind (agencies’ hours, claims above standard, sudden jumps), at most `first` of each',
      'Các trường hợp bất thường cần xem xét, theo loại (giờ làm của cơ quan, kê khai vượt chuẩn, điểm thay đổi đột ngột), tối đa `first` mỗi loại',
    ),
  })
  anomalies(
    @Parent() overview: ProvinceOverview,
    @Arg('first', () => Int, {
      defaultValue: ANALYTICS_POLICY.anomaliesPerKind,
      description: described('At most how many of each kind', 'Số lượng tối đa mỗi loại'),
    })
    first: number,
    @Ctx() ctx: ScoringContext,
  ) {
    return analytics.anomalies(ctx, overview, first);
  }

  @FieldResolver(() => CatalogueUsageReport, {
    description: described(
      'The most and least used work items of the period (approved entries)',
      'Các đầu công việc được dùng nhiều nhất và ít nhất trong kỳ (mục đã duyệt)',
    ),
  })
  catalogueUsage(
    @Parent() overview: ProvinceOverview,
    @Arg('first', () => Int, { defaultValue: 20, description: described('How many in each list', 'Số lượng mỗi danh sách') }) first: number,
    @Ctx() ctx: ScoringContext,
  ) {
    return analytics.catalogueUsage(ctx, overview, first);
  }

  @FieldResolver(() => [PositionStaffingNeed], {
    description: described(
      'Per job position (of one agency, or all): measured standard workload against capacity; the largest gap first',
      'Theo vị trí việc làm (của một cơ quan, hoặc tất cả): khối lượng chuẩn đo được so với khả năng; chênh lệch lớn nhất trước',
    ),
  })
  staffingNeeds(
    @Parent() overview: ProvinceOverview,
    @Arg('agencyId', () => ID, {
      nullable: true,
      description: described('Only this agency’s positions; absent: all', 'Chỉ các vị trí của cơ quan này; bỏ trống: tất cả'),
    })
    agencyId: string | undefined,
    @Ctx() ctx: ScoringContext,
  ) {
    return analytics.staffingNeeds(ctx, overview, agencyId ?? null);
  }
}
