import { DomainError, forbidden } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CreativityRating, PeriodStatus, type Gate, type Level, type PeriodScore, type ScoringPeriod } from '../entities/index.js';
import { canRateCreativity, canReadScore, canReadUnitScores, type ScoreOwner } from '../rules/access.js';
import type { PersonResult } from '../rules/people.js';
import { actorOf, type ScoringContext } from './context.js';
import { computeFresh, periodOf } from './period.service.js';
import { periodRange } from '../rules/periods.js';
import type { LiveScore } from '../loaders.js';
import DataLoader from 'dataloader';
import { said } from '../messages.js';
import type { ItemGroupsNeed } from './inputs.service.js';

export interface Owner {
  id: string;
  agencyId?: string;
  divisionId?: string | null;
  supervisorId?: string | null;
}

const ownerOf = (employee: Owner): ScoreOwner => ({
  employeeId: employee.id,
  agencyId: employee.agencyId ?? '',
  divisionId: employee.divisionId ?? null,
  supervisorId: employee.supervisorId ?? null,
});

/**
 * A live result shaped as a stored score (not persisted): what the self view answers for open
 * periods. A plain object, not an entity: a team page makes hundreds, and each entity cost a fresh
 * uuid and the ORM's property setters for nothing.
 */
function asScore(code: string, policyVersion: number, r: PersonResult): PeriodScore {
  return {
    id: `live:${code}:${r.employeeId}`,
    periodId: '',
    periodCode: code,
    employeeId: r.employeeId,
    agencyId: r.agencyId,
    divisionId: r.divisionId,
    positionCategory: r.positionCategory,
    isLeadership: r.isLeadership,
    ownScore: r.ownScore,
    unitScore: r.unitScore,
    anySubordinateNotCompleted: r.anySubordinateNotCompleted,
    score: r.score,
    level: r.classification.level as Level,
    levelByBand: r.classification.byBand as Level,
    gate: r.classification.gate as Gate | null,
    overdueShare: r.overdueShare,
    workPoints: r.workPoints,
    capacityMinutes: r.capacityMinutes,
    availableDays: r.availableDays,
    policyVersion,
    frozen: false,
    computedAt: new Date(),
    stampedByPeriod: false,
    segments: r.segments,
    // Computed now: the groups are on the stretches' facts.
    itemGroups: null,
  };
}

/**
 * When a score was computed: its own time, or — a live stored score that a computation of the
 * whole period found unchanged (stampedByPeriod) — the period's last computation, if later. That
 * computation stamped the period rather than rewrite thousands of unchanged rows.
 */
export async function computedAtOf(ctx: ScoringContext, score: PeriodScore): Promise<Date> {
  if (score.frozen || !score.stampedByPeriod) return score.computedAt;
  const period = await ctx.loaders.period.load(score.periodCode);
  return period?.computedAt && period.computedAt > score.computedAt ? period.computedAt : score.computedAt;
}

/**
 * A person's score for a period. Closed: the frozen score. Open: computed live from today's
 * diaries and assignments — for the person and, if they lead, the people whose scores enter
 * theirs, never their whole agency; everyone asked for in the same tick (a team page) at once.
 * A live score asked without its explanation (`explained` false) reads the work points of the
 * diary's item groups rather than the groups: the same score, a fraction of the facts.
 */
export async function scoreOf(ctx: ScoringContext, employee: Owner, code: string, explained = true) {
  if (!canReadScore(ctx.identity, ownerOf(employee))) throw forbidden(said.thisPersonsScores());
  const { range, stored } = await periodOf(ctx, code);
  if (stored?.status === PeriodStatus.CLOSED) return ctx.loaders.score.load(ctx.loaders.key(code, employee.id));
  const frozen = await frozenScore(ctx, stored, employee.id);
  if (frozen) return frozen;
  const live = await liveScores(ctx, explained ? 'groups' : 'work points').load(ctx.loaders.key(range.code, employee.id));
  return live ? asScore(range.code, live.policyVersion, live.result) : null;
}

/** In an open period, the score an agency's close froze, if it froze this person's. */
async function frozenScore(ctx: ScoringContext, period: ScoringPeriod | null, employeeId: string) {
  if (!period || (await ctx.loaders.agencyCloses.load(period.id)).length === 0) return null;
  const score = await ctx.loaders.score.load(ctx.loaders.key(period.code, employeeId));
  return score?.frozen ? score : null;
}

/**
 * The request's loader of live scores with what they need of the item groups: keys
 * `period|employeeId`, one computation per period asked.
 */
function liveScores(ctx: ScoringContext, need: ItemGroupsNeed) {
  return (ctx.loaders.live[need] ??= new DataLoader<string, LiveScore | null>(
    async (keys) => {
      const asked = Map.groupBy(
        keys.map((key) => key.split('|') as [string, string]),
        ([code]) => code,
      );
      const found = new Map<string, LiveScore>();
      for (const [code, pairs] of asked) {
        const { policy, results } = await computeFresh(
          ctx,
          periodRange(code),
          pairs.map(([, employeeId]) => employeeId),
          undefined,
          need,
        );
        for (const result of results) found.set(ctx.loaders.key(code, result.employeeId), { policyVersion: policy.version, result });
      }
      return keys.map((key) => found.get(key) ?? null);
    },
    { maxBatchSize: 500 },
  ));
}

/** A stored score by id (entity references), for those who may read it. */
export async function storedScore(ctx: ScoringContext, id: string) {
  const score = await ctx.loaders.scoreById.load(id);
  if (!score || !canReadScore(ctx.identity, { employeeId: score.employeeId, agencyId: score.agencyId, divisionId: score.divisionId }))
    throw forbidden(said.thisScore());
  return score;
}

/** Level counts and mean score of a unit's stored scores for a period. */
export async function unitSummary(ctx: ScoringContext, unit: { id: string; parentId?: string | null }, code: string) {
  if (!canReadUnitScores(ctx.identity, unit)) throw forbidden(said.thisUnitsScores());
  const { range } = await periodOf(ctx, code);
  const counts = await ctx.loaders.levelCounts.load(ctx.loaders.key(range.code, unit.id));
  return {
    period: range.code,
    people: counts?.people ?? 0,
    scored: counts?.scored ?? 0,
    meanScore: counts?.meanScore ?? null,
    excellent: counts?.excellent ?? 0,
    good: counts?.good ?? 0,
    completed: counts?.completed ?? 0,
    notCompleted: counts?.notCompleted ?? 0,
  };
}

/** A supervisor or unit head rates a person's creativity for a period (0–100); it enters the live score. */
export async function rateCreativity(ctx: ScoringContext, employee: Owner, code: string, points: number, note?: string | null) {
  if (!canRateCreativity(ctx.identity, ownerOf(employee))) throw forbidden(said.ratingThisPerson());
  if (!(points >= 0 && points <= 100)) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.creativityRange(), { field: 'points' });
  const { range, stored } = await periodOf(ctx, code);
  if (stored?.status === PeriodStatus.CLOSED || (await frozenScore(ctx, stored, employee.id)))
    throw new DomainError(ErrorCode.PERIOD_CLOSED, said.closedForPersonsAgency({ period: code }), {
      field: 'period',
    });
  return ctx.em.transactional(async (em: EntityManager) => {
    const existing = await em.findOne(CreativityRating, { periodCode: range.code, employeeId: employee.id });
    const rating = existing ?? em.create(CreativityRating, { periodCode: range.code, employeeId: employee.id } as CreativityRating);
    Object.assign(rating, { points, note: note?.trim() || null, ratedBy: actorOf(ctx), ratedAt: new Date() });
    await em.flush();
    return rating;
  });
}
