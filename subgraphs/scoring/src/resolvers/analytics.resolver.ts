import { Constraint, PARTNER } from '@kpi/platform';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
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

/** Province analytics from the stored scores: each field its own resolver and a constant number of statements. */
@Resolver(() => ProvinceOverview)
export class ProvinceAnalyticsResolver {
  @Directive(PARTNER)
  @Query(() => ProvinceOverview, {
    nullable: true,
    description: 'Province roles: analytics of a period’s stored scores; null until a province admin computes or closes the period',
  })
  provinceOverview(@Constraint({ period: true }) @Arg('period') code: string, @Ctx() ctx: ScoringContext) {
    return analytics.provinceOverview(ctx, code);
  }

  @Directive(PARTNER)
  @FieldResolver(() => ScoreDistribution, { description: 'Levels, the mean score and a histogram, province-wide' })
  distribution(@Root() overview: ProvinceOverview, @Ctx() ctx: ScoringContext) {
    return analytics.distribution(ctx, overview);
  }

  @FieldResolver(() => [AgencyScoreGroup], { description: 'Per agency (the stretches worked in it), the highest mean score first' })
  byAgency(@Root() overview: ProvinceOverview, @Ctx() ctx: ScoringContext) {
    return analytics.byAgency(ctx, overview);
  }

  @FieldResolver(() => [ScoreGroup], {
    description: 'Per sector of the stretches (key null: no sector standard applied), the highest mean score first',
  })
  bySector(@Root() overview: ProvinceOverview, @Ctx() ctx: ScoringContext) {
    return analytics.bySector(ctx, overview);
  }

  @FieldResolver(() => [CategoryScoreGroup], { description: 'Per position category of the stretches, the highest mean score first' })
  byCategory(@Root() overview: ProvinceOverview, @Ctx() ctx: ScoringContext) {
    return analytics.byCategory(ctx, overview);
  }

  @FieldResolver(() => [ScoreTrendPoint], {
    description: 'The period and up to months − 1 before it (same kind) that have stored scores, oldest first',
  })
  trend(@Root() overview: ProvinceOverview, @Arg('months', () => Int, { defaultValue: 6 }) months: number, @Ctx() ctx: ScoringContext) {
    return analytics.trend(ctx, overview, months);
  }

  @FieldResolver(() => [AgencyDiaryDiscipline], {
    description: 'Per agency: missing diaries, days over the standard day, late declarations; the highest missing-diary rate first',
  })
  diaryDiscipline(@Root() overview: ProvinceOverview, @Ctx() ctx: ScoringContext) {
    return analytics.diaryDiscipline(ctx, overview);
  }

  @FieldResolver(() => [ScoringAnomaly], {
    description: 'Outliers to look at, by kind (agencies’ hours, claims above standard, sudden jumps), at most `first` of each',
  })
  anomalies(
    @Root() overview: ProvinceOverview,
    @Arg('first', () => Int, { defaultValue: ANALYTICS_POLICY.anomaliesPerKind }) first: number,
    @Ctx() ctx: ScoringContext,
  ) {
    return analytics.anomalies(ctx, overview, first);
  }

  @FieldResolver(() => CatalogueUsageReport, { description: 'The most and least used work items of the period (approved entries)' })
  catalogueUsage(
    @Root() overview: ProvinceOverview,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: ScoringContext,
  ) {
    return analytics.catalogueUsage(ctx, overview, first);
  }

  @FieldResolver(() => [PositionStaffingNeed], {
    description: 'Per job position (of one agency, or all): measured standard workload against capacity; the largest gap first',
  })
  staffingNeeds(
    @Root() overview: ProvinceOverview,
    @Arg('agencyId', () => ID, { nullable: true }) agencyId: string | undefined,
    @Ctx() ctx: ScoringContext,
  ) {
    return analytics.staffingNeeds(ctx, overview, agencyId ?? null);
  }
}
