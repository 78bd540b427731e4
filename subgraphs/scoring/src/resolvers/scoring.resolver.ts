import { Constraint, described, DomainError, forbidden, GraphQLLocalDate, Parent, selectedFields } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { Arg, Ctx, Directive, Float, FieldResolver, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
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
  segmentsOf,
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
import { ImportedFacts, PERIOD_ARG, RecomputeReport, ScoringPolicyInput, UnitScoreSummary } from './types.js';
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
  @Query(() => [ScoringPolicy], {
    description: described(
      'Every version of the scoring policy, oldest first (any signed-in person)',
      'Mọi phiên bản chính sách chấm điểm, cũ nhất trước (mọi người dùng đã đăng nhập)',
    ),
  })
  scoringPolicies(@Ctx() ctx: ScoringContext) {
    if (ctx.identity.kind !== 'person') throw forbidden(said.theScoringPolicy());
    return ctx.loaders.policies();
  }

  @Query(() => ScoringPolicy, {
    description: described(
      'The version in force on a date (any signed-in person)',
      'Phiên bản có hiệu lực vào một ngày (mọi người dùng đã đăng nhập)',
    ),
  })
  scoringPolicy(
    @Arg('on', () => GraphQLLocalDate, { description: described('The date', 'Ngày cần xem') }) on: string,
    @Ctx() ctx: ScoringContext,
  ) {
    if (ctx.identity.kind !== 'person') throw forbidden(said.theScoringPolicy());
    return policies.policyOn(ctx, on);
  }

  @Mutation(() => ScoringPolicy, {
    description: described(
      'Province admins: a new policy version from a date (audited)',
      'Quản trị cấp tỉnh: thêm phiên bản chính sách mới có hiệu lực từ một ngày (được ghi vết)',
    ),
  })
  setScoringPolicy(
    @Arg('input', { description: described('The new version', 'Phiên bản mới') }) input: ScoringPolicyInput,
    @Ctx() ctx: ScoringContext,
  ) {
    return policies.setPolicy(ctx, policyInput(input));
  }

  @Mutation(() => ScoringPolicy, {
    description: described(
      'Province admins: corrects a version no score, period or assessment used yet — its start (between its neighbours’), preset ' +
        'and rules — keeping what it was (scoringPolicyChanges) and auditing it; a version in use answers POLICY_VERSION_IN_USE',
      'Quản trị cấp tỉnh: sửa một phiên bản chưa được điểm, kỳ hay kết quả đánh giá nào dùng — ngày hiệu lực (giữa hai phiên bản liền kề), ' +
        'bộ mặc định và quy tắc — lưu lại bản cũ (scoringPolicyChanges) và ghi vết; phiên bản đã dùng trả lỗi POLICY_VERSION_IN_USE',
    ),
  })
  amendScoringPolicy(
    @Arg('version', () => Int, { description: described('The version to correct', 'Phiên bản cần sửa') }) version: number,
    @Arg('input', { description: described('What it becomes', 'Nội dung sau khi sửa') }) input: ScoringPolicyInput,
    @Ctx() ctx: ScoringContext,
  ) {
    return policies.amendPolicy(ctx, version, policyInput(input));
  }

  @Mutation(() => ScoringPolicy, {
    description: described(
      'Province admins: withdraws a version no score, period or assessment used yet (not the first); the version before it is in ' +
        'force again until the next. Answers the version as it was; kept in scoringPolicyChanges and audited. Its number is not given again',
      'Quản trị cấp tỉnh: thu hồi một phiên bản chưa được điểm, kỳ hay kết quả đánh giá nào dùng (trừ phiên bản đầu tiên); phiên bản trước đó ' +
        'có hiệu lực trở lại cho đến phiên bản kế tiếp. Trả về phiên bản như trước khi thu hồi; được lưu trong scoringPolicyChanges và ghi vết. Số phiên bản không được dùng lại',
    ),
  })
  withdrawScoringPolicy(
    @Arg('version', () => Int, { description: described('The version to withdraw', 'Phiên bản cần thu hồi') }) version: number,
    @Arg('reason', { description: described('Why (audited)', 'Lý do (được ghi vết)') }) reason: string,
    @Ctx() ctx: ScoringContext,
  ) {
    return policies.withdrawPolicy(ctx, version, reason);
  }

  @Query(() => [PolicyChange], {
    description: described(
      'Policy versions as they were before they were amended or withdrawn, latest first (any signed-in person)',
      'Các phiên bản chính sách như trước khi bị sửa hoặc thu hồi, mới nhất trước (mọi người dùng đã đăng nhập)',
    ),
  })
  scoringPolicyChanges(@Ctx() ctx: ScoringContext) {
    return policies.policyChanges(ctx);
  }
}

@Resolver(() => ScoringPeriod)
export class ScoringPeriodResolver {
  @Query(() => ScoringPeriod, {
    description: described(
      'A period (2026-11, 2026-Q4, 2026): open until closed (any signed-in person)',
      'Một kỳ (2026-11, 2026-Q4, 2026): mở cho đến khi khóa sổ (mọi người dùng đã đăng nhập)',
    ),
  })
  async scoringPeriod(@Constraint({ period: true }) @Arg('period', { description: PERIOD_ARG }) code: string, @Ctx() ctx: ScoringContext) {
    if (ctx.identity.kind !== 'person') throw forbidden(said.scoringPeriods());
    return periods.periodView(ctx, code);
  }

  @Mutation(() => ScoringPeriod, {
    description: described(
      'Compute and store an open period’s scores (for aggregates and assessments): the whole province (province admins), or — ' +
        'given agencyId — one agency’s people only, scored as the province’s computation would (its admins too); others’ stay as stored',
      'Tính và lưu điểm của một kỳ đang mở (để tổng hợp và đánh giá): toàn tỉnh (quản trị cấp tỉnh), hoặc — khi có agencyId — chỉ người ' +
        'của một cơ quan, chấm như khi tính toàn tỉnh (quản trị của cơ quan cũng được làm); điểm của người khác giữ nguyên như đã lưu',
    ),
  })
  async computeScoringPeriod(
    @Constraint({ period: true }) @Arg('period', { description: PERIOD_ARG }) code: string,
    @Arg('agencyId', () => ID, {
      nullable: true,
      description: described(
        'Only this agency’s people (and its units’); absent: the province',
        'Chỉ người của cơ quan này (và các đơn vị trực thuộc); bỏ trống: toàn tỉnh',
      ),
    })
    agencyId: string | undefined,
    @Ctx() ctx: ScoringContext,
  ) {
    await assertNoPeriodJob(ctx, code);
    return agencyId ? periods.computeAgencyPeriod(ctx, code, agencyId) : periods.computePeriod(ctx, code);
  }

  @Mutation(() => ScoringPeriod, {
    description: described(
      'Compute once more and freeze the scores with their inputs: the whole province (province admins), or — given agencyId — ' +
        'one agency’s people before the province (its admins too), the rest staying live. The province’s close keeps an agency’s frozen scores',
      'Tính lần cuối và khóa điểm cùng dữ liệu đầu vào: toàn tỉnh (quản trị cấp tỉnh), hoặc — khi có agencyId — người của một cơ quan ' +
        'trước toàn tỉnh (quản trị của cơ quan cũng được làm), những người khác vẫn cập nhật. Khi toàn tỉnh khóa sổ, điểm đã khóa của cơ quan được giữ nguyên',
    ),
  })
  async closeScoringPeriod(
    @Constraint({ period: true }) @Arg('period', { description: PERIOD_ARG }) code: string,
    @Arg('reason', () => String, { nullable: true, description: described('Why (audited)', 'Lý do (được ghi vết)') })
    reason: string | undefined,
    @Arg('agencyId', () => ID, {
      nullable: true,
      description: described('Only this agency’s people; absent: the province', 'Chỉ người của cơ quan này; bỏ trống: toàn tỉnh'),
    })
    agencyId: string | undefined,
    @Ctx() ctx: ScoringContext,
  ) {
    await assertNoPeriodJob(ctx, code);
    return agencyId ? periods.closeAgencyPeriod(ctx, code, agencyId, reason) : periods.closePeriod(ctx, code, reason);
  }

  @Mutation(() => ScoringPeriod, {
    description: described(
      'Province admins: reopen a closed period — or one agency’s close — (audited); those scores are live again',
      'Quản trị cấp tỉnh: mở lại một kỳ đã khóa sổ — hoặc kỳ đã khóa của một cơ quan — (được ghi vết); các điểm đó cập nhật trở lại',
    ),
  })
  async reopenScoringPeriod(
    @Constraint({ period: true }) @Arg('period', { description: PERIOD_ARG }) code: string,
    @Arg('reason', { description: described('Why (audited)', 'Lý do (được ghi vết)') }) reason: string,
    @Arg('agencyId', () => ID, {
      nullable: true,
      description: described('Only this agency’s close; absent: the province’s', 'Chỉ kỳ đã khóa của cơ quan này; bỏ trống: của toàn tỉnh'),
    })
    agencyId: string | undefined,
    @Ctx() ctx: ScoringContext,
  ) {
    await assertNoPeriodJob(ctx, code);
    return agencyId ? periods.reopenAgencyPeriod(ctx, code, agencyId, reason) : periods.reopenPeriod(ctx, code, reason);
  }

  @Mutation(() => RecomputeReport, {
    description: described(
      'Recompute (province admins; an agency’s admins for it): frozen scores from their stored inputs (nothing may change), live ones afresh',
      'Tính lại (quản trị cấp tỉnh; quản trị của cơ quan với cơ quan mình): điểm đã khóa từ dữ liệu đầu vào đã lưu (không được thay đổi), điểm đang cập nhật thì tính mới',
    ),
  })
  async recomputeScoringPeriod(
    @Constraint({ period: true }) @Arg('period', { description: PERIOD_ARG }) code: string,
    @Arg('agencyId', () => ID, {
      nullable: true,
      description: described('Only this agency’s people; absent: the province', 'Chỉ người của cơ quan này; bỏ trống: toàn tỉnh'),
    })
    agencyId: string | undefined,
    @Ctx() ctx: ScoringContext,
  ) {
    await assertNoPeriodJob(ctx, code);
    return periods.recomputePeriod(ctx, code, undefined, agencyId ?? null);
  }

  @FieldResolver(() => [AgencyClose], {
    description: described(
      'Agencies closed before the province’s close, first closed first',
      'Các cơ quan đã khóa sổ trước toàn tỉnh, khóa trước xếp trước',
    ),
  })
  async agencyCloses(@Parent() period: ScoringPeriod, @Ctx() ctx: ScoringContext) {
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
    description: described(
      'Where the stretch’s work points came from: the diary, then each provider of scoring facts by name',
      'Nguồn điểm công việc của giai đoạn: nhật ký, rồi từng nguồn cung cấp số liệu chấm điểm theo tên',
    ),
  })
  workSources(@Parent() segment: SegmentRecord) {
    return workSourcesOf(segment.facts);
  }

  @FieldResolver(() => ImportedFacts, {
    description: described(
      'What of the stretch came in by a history import from the previous software: the explanation says so',
      'Phần của giai đoạn được nhập từ dữ liệu lịch sử của phần mềm cũ: phần giải thích nêu rõ',
    ),
  })
  imported(@Parent() segment: SegmentRecord): ImportedFacts {
    const { importedEntries, led, coOperated } = segment.facts;
    return {
      entries: importedEntries ?? 0,
      products: [...led, ...coOperated].filter((p) => p.imported).length,
    };
  }
}

@Resolver(() => PeriodScore)
export class PeriodScoreResolver {
  @FieldResolver(() => Employee, { description: described('The person scored', 'Người được chấm điểm') })
  employee(@Parent() score: PeriodScore) {
    return { id: score.employeeId };
  }

  @FieldResolver(() => Agency, {
    description: described('Where the person worked longest in the period', 'Cơ quan nơi người đó làm việc lâu nhất trong kỳ'),
  })
  agency(@Parent() score: PeriodScore) {
    return { id: score.agencyId };
  }

  @FieldResolver(() => Indicators, {
    description: described(
      'The indicators over the whole period (stretches weighted by available days)',
      'Các chỉ số của cả kỳ (các giai đoạn tính theo số ngày làm việc)',
    ),
  })
  indicators(@Parent() score: PeriodScore) {
    return combinedIndicators(score);
  }

  @FieldResolver(() => [ScoreSegment], {
    description: described(
      'The explanation: each stretch, its facts, indicators, weights and KPI',
      'Phần giải thích: từng giai đoạn, số liệu, các chỉ số, trọng số và điểm KPI',
    ),
  })
  segments(@Parent() score: PeriodScore) {
    return segmentsOf(score);
  }

  @FieldResolver(() => Date, {
    description: described('When it was computed (now, for a live score)', 'Thời điểm tính (là hiện tại với điểm đang cập nhật)'),
  })
  computedAt(@Parent() score: PeriodScore, @Ctx() ctx: ScoringContext) {
    return scores.computedAtOf(ctx, score);
  }

  @FieldResolver(() => ScoringPeriod, { description: described('The period scored', 'Kỳ được chấm điểm') })
  async period(@Parent() score: PeriodScore, @Ctx() ctx: ScoringContext) {
    return periods.periodView(ctx, score.periodCode);
  }
}

const REQUIRES = '@requires(fields: "agencyId divisionId supervisorId")';

@Resolver(() => Employee)
export class EmployeeScoreResolver {
  @FieldResolver(() => PeriodScore, {
    nullable: true,
    description: described(
      'The score for a period: live while it is open, frozen once closed. Read by the person, their supervisor and unit head, their agency’s admins and province roles',
      'Điểm của một kỳ: cập nhật khi kỳ đang mở, khóa khi kỳ đã khóa sổ. Người được xem: bản thân, cấp trên trực tiếp và trưởng đơn vị, quản trị của cơ quan và các vai trò cấp tỉnh',
    ),
  })
  @Directive(REQUIRES)
  periodScore(
    @Parent() employee: Employee,
    @Constraint({ period: true }) @Arg('period', { description: PERIOD_ARG }) code: string,
    @Ctx() ctx: ScoringContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return scores.scoreOf(
      ctx,
      { id: employee.id, agencyId: employee.agencyId, divisionId: employee.divisionId, supervisorId: employee.supervisorId },
      code,
      // Only the explanation shows the diary's item groups: a score without it reads their work points.
      selectedFields(info).has('segments'),
    );
  }

  @FieldResolver(() => CreativityRating, {
    nullable: true,
    description: described(
      'The leader’s creativity rating for a period; null: not rated (read as the person’s scores are)',
      'Điểm sáng tạo lãnh đạo chấm cho một kỳ; null: chưa chấm (quyền xem như với điểm của người đó)',
    ),
  })
  @Directive(REQUIRES)
  async creativityRating(
    @Parent() employee: Employee,
    @Constraint({ period: true }) @Arg('period', { description: PERIOD_ARG }) code: string,
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
  @FieldResolver(() => UnitScoreSummary, {
    description: described(
      'Its people’s stored scores for a period: levels and the mean (its head, its agency’s admins, province roles)',
      'Điểm đã lưu của người thuộc đơn vị trong kỳ: mức xếp loại và điểm bình quân (trưởng đơn vị, quản trị của cơ quan, các vai trò cấp tỉnh)',
    ),
  })
  @Directive('@requires(fields: "parentId")')
  scoreSummary(
    @Parent() agency: Agency,
    @Constraint({ period: true }) @Arg('period', { description: PERIOD_ARG }) code: string,
    @Ctx() ctx: ScoringContext,
  ) {
    return scores.unitSummary(ctx, agency, code);
  }
}

@Resolver(() => CreativityRating)
export class CreativityResolver {
  @Mutation(() => CreativityRating, {
    description: described(
      'A supervisor or unit head rates a person’s creativity for an open period (0–100); rating again replaces it',
      'Cấp trên trực tiếp hoặc trưởng đơn vị chấm điểm sáng tạo của một người cho kỳ đang mở (0–100); chấm lại sẽ thay điểm cũ',
    ),
  })
  async rateCreativity(
    @Arg('employeeId', () => ID, { description: described('The person rated', 'Người được chấm') }) employeeId: string,
    @Constraint({ period: true }) @Arg('period', { description: PERIOD_ARG }) code: string,
    @Arg('points', () => Float, { description: described('The rating, 0–100', 'Điểm chấm, thang 0–100') }) points: number,
    @Arg('note', () => String, { nullable: true, description: described('Why, in the rater’s words', 'Nhận xét của người chấm') })
    note: string | undefined,
    @Ctx() ctx: ScoringContext,
  ) {
    const employee = await personnel.ratedPerson(ctx.peers, employeeId);
    if (!employee) throw new DomainError(ErrorCode.INVALID_REFERENCE, said.noEmployee({ id: employeeId }), { field: 'employeeId' });
    return scores.rateCreativity(ctx, employee, code, points, note);
  }
}
