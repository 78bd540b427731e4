import { Constraint, DomainError, forbidden, GraphQLLocalDate } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { Arg, Ctx, Directive, Float, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  Agency,
  AgencyClose,
  CreativityRating,
  Employee,
  Indicators,
  PeriodScore,
  PolicyChange,
  ScoreSegment,
  ScoringPeriod,
  ScoringPolicy,
  WorkSource,
  type SegmentRecord,
} from '../entities/index.js';
import { workSourcesOf } from '../rules/indicators.js';
import { canReadScore } from '../rules/access.js';
import { INDICATORS } from '../rules/policy.js';
import { periodRange } from '../rules/periods.js';
import * as personnel from '../peers/personnel.js';
import type { ScoringContext } from '../services/context.js';
import * as periods from '../services/period.service.js';
import * as policies from '../services/policy.service.js';
import * as scores from '../services/score.service.js';
import { assertNoPeriodJob } from '../services/jobs.service.js';
import { ImportedFacts, RecomputeReport, ScoringPolicyInput, UnitScoreSummary } from './types.js';
import type { PresetName, ScoringRules } from '../rules/policy.js';
import { said } from '../messages.js';

const policyInput = (input: ScoringPolicyInput): policies.PolicyInput => ({
  effectiveFrom: input.effectiveFrom,
  preset: input.preset as PresetName,
  overrides: (input.overrides ?? null) as Partial<ScoringRules> | null,
  reason: input.reason,
});

@Resolver(() => ScoringPolicy)
export class ScoringPolicyResolver {
  @Query(() => [ScoringPolicy], { description: 'Every version of the scoring policy, oldest first' })
  scoringPolicies(@Ctx() ctx: ScoringContext) {
    if (ctx.identity.kind !== 'person') throw forbidden(said.theScoringPolicy());
    return ctx.loaders.policies();
  }

  @Query(() => ScoringPolicy, { description: 'The version in force on a date' })
  scoringPolicy(@Arg('on', () => GraphQLLocalDate) on: string, @Ctx() ctx: ScoringContext) {
    if (ctx.identity.kind !== 'person') throw forbidden(said.theScoringPolicy());
    return policies.policyOn(ctx, on);
  }

  @Mutation(() => ScoringPolicy, { description: 'Province admins: a new policy version from a date (audited)' })
  setScoringPolicy(@Arg('input') input: ScoringPolicyInput, @Ctx() ctx: ScoringContext) {
    return policies.setPolicy(ctx, policyInput(input));
  }

  @Mutation(() => ScoringPolicy, {
    description:
      'Province admins: corrects a version no score, period or assessment used yet — its start (between its neighbours’), preset ' +
      'and rules — keeping what it was (scoringPolicyChanges) and auditing it; a version in use answers POLICY_VERSION_IN_USE',
  })
  amendScoringPolicy(@Arg('version', () => Int) version: number, @Arg('input') input: ScoringPolicyInput, @Ctx() ctx: ScoringContext) {
    return policies.amendPolicy(ctx, version, policyInput(input));
  }

  @Mutation(() => ScoringPolicy, {
    description:
      'Province admins: withdraws a version no score, period or assessment used yet (not the first); the version before it is in ' +
      'force again until the next. Answers the version as it was; kept in scoringPolicyChanges and audited. Its number is not given again',
  })
  withdrawScoringPolicy(@Arg('version', () => Int) version: number, @Arg('reason') reason: string, @Ctx() ctx: ScoringContext) {
    return policies.withdrawPolicy(ctx, version, reason);
  }

  @Query(() => [PolicyChange], { description: 'Policy versions as they were before they were amended or withdrawn, latest first' })
  scoringPolicyChanges(@Ctx() ctx: ScoringContext) {
    return policies.policyChanges(ctx);
  }
}

@Resolver(() => ScoringPeriod)
export class ScoringPeriodResolver {
  @Query(() => ScoringPeriod, { description: 'A period (2026-11, 2026-Q4, 2026): open until closed' })
  async scoringPeriod(@Constraint({ period: true }) @Arg('period') code: string, @Ctx() ctx: ScoringContext) {
    if (ctx.identity.kind !== 'person') throw forbidden(said.scoringPeriods());
    return periods.periodView(ctx, code);
  }

  @Mutation(() => ScoringPeriod, {
    description:
      'Compute and store an open period’s scores (for aggregates and assessments): the whole province (province admins), or — ' +
      'given agencyId — one agency’s people only, scored as the province’s computation would (its admins too); others’ stay as stored',
  })
  async computeScoringPeriod(
    @Constraint({ period: true }) @Arg('period') code: string,
    @Arg('agencyId', () => ID, { nullable: true, description: 'Only this agency’s people (and its units’)' }) agencyId: string | undefined,
    @Ctx() ctx: ScoringContext,
  ) {
    await assertNoPeriodJob(ctx, code);
    return agencyId ? periods.computeAgencyPeriod(ctx, code, agencyId) : periods.computePeriod(ctx, code);
  }

  @Mutation(() => ScoringPeriod, {
    description:
      'Compute once more and freeze the scores with their inputs: the whole province (province admins), or — given agencyId — ' +
      'one agency’s people before the province (its admins too), the rest staying live. The province’s close keeps an agency’s frozen scores',
  })
  async closeScoringPeriod(
    @Constraint({ period: true }) @Arg('period') code: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @Arg('agencyId', () => ID, { nullable: true, description: 'Only this agency’s people' }) agencyId: string | undefined,
    @Ctx() ctx: ScoringContext,
  ) {
    await assertNoPeriodJob(ctx, code);
    return agencyId ? periods.closeAgencyPeriod(ctx, code, agencyId, reason) : periods.closePeriod(ctx, code, reason);
  }

  @Mutation(() => ScoringPeriod, {
    description: 'Province admins: reopen a closed period — or one agency’s close — (audited); those scores are live again',
  })
  async reopenScoringPeriod(
    @Constraint({ period: true }) @Arg('period') code: string,
    @Arg('reason') reason: string,
    @Arg('agencyId', () => ID, { nullable: true, description: 'Only this agency’s close' }) agencyId: string | undefined,
    @Ctx() ctx: ScoringContext,
  ) {
    await assertNoPeriodJob(ctx, code);
    return agencyId ? periods.reopenAgencyPeriod(ctx, code, agencyId, reason) : periods.reopenPeriod(ctx, code, reason);
  }

  @Mutation(() => RecomputeReport, {
    description:
      'Recompute (province admins; an agency’s admins for it): frozen scores from their stored inputs (nothing may change), live ones afresh',
  })
  async recomputeScoringPeriod(
    @Constraint({ period: true }) @Arg('period') code: string,
    @Arg('agencyId', () => ID, { nullable: true, description: 'Only this agency’s people' }) agencyId: string | undefined,
    @Ctx() ctx: ScoringContext,
  ) {
    await assertNoPeriodJob(ctx, code);
    return periods.recomputePeriod(ctx, code, undefined, agencyId ?? null);
  }

  @FieldResolver(() => [AgencyClose], { description: 'Agencies closed before the province’s close, first closed first' })
  async agencyCloses(@Root() period: ScoringPeriod, @Ctx() ctx: ScoringContext) {
    if (period.id.startsWith('open:')) return [];
    return ctx.loaders.agencyCloses.load(period.id);
  }
}

/** Indicators over a person's stretches, each weighted by the stretch's available days. */
function combinedIndicators(score: PeriodScore): Indicators {
  const out = {} as Record<string, number | null>;
  for (const indicator of INDICATORS) {
    const parts = score.segments.filter((s) => s.indicators[indicator] !== null);
    const days = parts.reduce((sum, s) => sum + s.availableDays, 0);
    out[indicator] =
      parts.length === 0
        ? null
        : days === 0
          ? parts[0]!.indicators[indicator]
          : Math.round((parts.reduce((sum, s) => sum + s.indicators[indicator]! * s.availableDays, 0) / days) * 100) / 100;
  }
  return out as unknown as Indicators;
}

@Resolver(() => ScoreSegment)
export class ScoreSegmentResolver {
  @FieldResolver(() => [WorkSource], {
    description: 'Where the stretch’s work points came from: the diary, then each provider of scoring facts by name',
  })
  workSources(@Root() segment: SegmentRecord) {
    return workSourcesOf(segment.facts);
  }

  @FieldResolver(() => ImportedFacts, {
    description: 'What of the stretch came in by a history import from the previous software: the explanation says so',
  })
  imported(@Root() segment: SegmentRecord): ImportedFacts {
    const { importedEntries, led, coOperated } = segment.facts;
    return {
      entries: importedEntries ?? 0,
      products: [...led, ...coOperated].filter((p) => p.imported).length,
    };
  }
}

@Resolver(() => PeriodScore)
export class PeriodScoreResolver {
  @FieldResolver(() => Employee)
  employee(@Root() score: PeriodScore) {
    return { id: score.employeeId };
  }

  @FieldResolver(() => Agency, { description: 'Where the person worked longest in the period' })
  agency(@Root() score: PeriodScore) {
    return { id: score.agencyId };
  }

  @FieldResolver(() => Indicators, { description: 'The indicators over the whole period (stretches weighted by available days)' })
  indicators(@Root() score: PeriodScore) {
    return combinedIndicators(score);
  }

  @FieldResolver(() => [ScoreSegment], { description: 'The explanation: each stretch, its facts, indicators, weights and KPI' })
  segments(@Root() score: PeriodScore) {
    return score.segments;
  }

  @FieldResolver(() => ScoringPeriod)
  async period(@Root() score: PeriodScore, @Ctx() ctx: ScoringContext) {
    return periods.periodView(ctx, score.periodCode);
  }
}

const REQUIRES = '@requires(fields: "agencyId divisionId supervisorId")';

@Resolver(() => Employee)
export class EmployeeScoreResolver {
  @FieldResolver(() => PeriodScore, { nullable: true, description: 'The score for a period: live while it is open, frozen once closed' })
  @Directive(REQUIRES)
  periodScore(@Root() employee: Employee, @Constraint({ period: true }) @Arg('period') code: string, @Ctx() ctx: ScoringContext) {
    return scores.scoreOf(
      ctx,
      { id: employee.id, agencyId: employee.agencyId, divisionId: employee.divisionId, supervisorId: employee.supervisorId },
      code,
    );
  }

  @FieldResolver(() => CreativityRating, { nullable: true, description: 'The leader’s creativity rating for a period' })
  @Directive(REQUIRES)
  async creativityRating(
    @Root() employee: Employee,
    @Constraint({ period: true }) @Arg('period') code: string,
    @Ctx() ctx: ScoringContext,
  ) {
    const owner = {
      employeeId: employee.id,
      agencyId: employee.agencyId ?? '',
      divisionId: employee.divisionId ?? null,
      supervisorId: employee.supervisorId,
    };
    if (!canReadScore(ctx.identity, owner)) throw forbidden(said.thisPersonsScores());
    return (await ctx.loaders.ratings.load(periodRange(code).code)).find((r) => r.employeeId === employee.id) ?? null;
  }
}

@Resolver(() => Agency)
export class AgencyScoreResolver {
  @FieldResolver(() => UnitScoreSummary, { description: 'Its people’s stored scores for a period: levels and the mean' })
  @Directive('@requires(fields: "parentId")')
  scoreSummary(@Root() agency: Agency, @Constraint({ period: true }) @Arg('period') code: string, @Ctx() ctx: ScoringContext) {
    return scores.unitSummary(ctx, agency, code);
  }
}

@Resolver(() => CreativityRating)
export class CreativityResolver {
  @Mutation(() => CreativityRating, { description: 'A supervisor or unit head rates a person’s creativity for an open period (0–100)' })
  async rateCreativity(
    @Arg('employeeId', () => ID) employeeId: string,
    @Constraint({ period: true }) @Arg('period') code: string,
    @Arg('points', () => Float) points: number,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: ScoringContext,
  ) {
    const employee = await personnel.ratedPerson(ctx.peers, employeeId);
    if (!employee) throw new DomainError(ErrorCode.INVALID_REFERENCE, said.noEmployee({ id: employeeId }), { field: 'employeeId' });
    return scores.rateCreativity(ctx, employee, code, points, note);
  }
}
