import { DomainError, forbidden, NO_PROGRESS, todayInVietnam, type JobProgress } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AgencyClose,
  PeriodKind,
  PeriodScore,
  PeriodStatus,
  ScoringPeriod,
  ScoringPolicy,
  segmentsOf,
  type SegmentRecord,
} from '../entities/index.js';
import { latestVersionForChange } from '@kpi/platform/database';
import { canComputeAgency, canManageScoring } from '../rules/access.js';
import { scorePeople, type PersonResult, type StretchInput } from '../rules/people.js';
import { periodRange, type PeriodRange } from '../rules/periods.js';
import type { ScoringRules } from '../rules/policy.js';
import { actorOf, audit, type ScoringContext } from './context.js';
import { placedIn, sectorStandards, standardKey, workFacts, type ItemGroupsNeed } from './inputs.service.js';
import { keptUnitOf, unitOf } from './unit.service.js';
import { policyOn, policyVersion } from './policy.service.js';
import { ScoringStore } from '../store/scoring.store.js';
import { day, said } from '../messages.js';

export async function periodOf(ctx: ScoringContext, code: string) {
  const range = periodRange(code);
  return { range, stored: await ctx.loaders.period.load(range.code) };
}

/** The period as stored, or — never computed yet — as it stands: open. */
export async function periodView(ctx: ScoringContext, code: string): Promise<ScoringPeriod> {
  const { range, stored } = await periodOf(ctx, code);
  return (
    stored ??
    Object.assign(new ScoringPeriod(), {
      id: `open:${range.code}`,
      code: range.code,
      kind: range.kind,
      fromDate: range.from,
      toDate: range.to,
      status: PeriodStatus.OPEN,
    })
  );
}

/** An open period is scored so far: capacity and due work up to today, not to its end. */
function soFar(range: PeriodRange): PeriodRange {
  const today = todayInVietnam();
  return range.to > today ? { ...range, to: today < range.from ? range.from : today } : range;
}

/**
 * Fresh inputs for a period through the graph, scored with the policy in force on the period's
 * last day: everyone, or — given employee ids — those people and everyone whose score enters
 * theirs by the leader rule (unitOf), which scores them exactly as everyone's computation would.
 * With `need` 'work points' the stretches' facts carry their item groups' work points only (the
 * same scores; no explanation of the groups), for live scores nobody asked to explain.
 */
export async function computeFresh(
  ctx: ScoringContext,
  range: PeriodRange,
  employeeIds?: readonly string[],
  progress: JobProgress = NO_PROGRESS,
  need: ItemGroupsNeed = 'groups',
) {
  await progress.phase('people');
  const upTo = soFar(range);
  // With the people's units kept, their facts are asked at once, beside personnel's revision, and
  // used only when the revision says the kept units still hold (unitOf answers the same array): a
  // live score waits for one peer call less. Otherwise they are asked again for the units found.
  const kept = employeeIds ? keptUnitOf(ctx, upTo, employeeIds)?.catch(() => null) : undefined;
  const early = kept?.then((unit) => unit && workFacts(ctx, unit, need));
  early?.catch(() => {}); // awaited only when used
  const [policy, people, standards, ratings] = await Promise.all([
    policyOn(ctx, range.to),
    employeeIds ? unitOf(ctx, upTo, employeeIds) : placedIn(ctx, upTo),
    sectorStandards(ctx, range.to),
    ctx.loaders.ratings.load(range.code),
  ]);
  await progress.phase('facts', people.length);
  const withFacts = early && (await kept) === people ? (await early)! : await workFacts(ctx, people, need);
  await progress.advance(people.length);
  await progress.phase('scoring', withFacts.length);
  const creativity = new Map(ratings.map((r) => [r.employeeId, Number(r.points)]));
  const inputs = withFacts.map((p) => ({
    employeeId: p.employeeId,
    stretches: p.stretches.map((s): StretchInput => ({
      ...s,
      context: {
        standardDayMinutes: s.standardDayMinutes,
        sectorStandard: (s.sectorCode && s.positionCategory && standards.get(standardKey(s.sectorCode, s.positionCategory))) || null,
        creativity: creativity.get(p.employeeId) ?? null,
      },
    })),
  }));
  const results = scorePeople(inputs, policy.rules);
  await progress.advance(results.length);
  return { policy, results };
}

/** A closed period recomputed from the inputs stored with it, by the policy version it was scored with. */
export function recomputeStored(scores: PeriodScore[], rules: ScoringRules): PersonResult[] {
  return scorePeople(
    scores.map((s) => ({ employeeId: s.employeeId, stretches: segmentsOf(s).map(stretchOf) })),
    rules,
  );
}

function stretchOf(seg: SegmentRecord): StretchInput {
  const { from, to, agencyId, divisionId, positionId, supervisorId, positionCategory, isLeadership, sectorCode, facts, context } = seg;
  return { from, to, agencyId, divisionId, positionId, supervisorId, positionCategory, isLeadership, sectorCode, facts, context };
}

async function ensurePeriod(em: EntityManager, range: PeriodRange) {
  const existing = await em.findOne(ScoringPeriod, { code: range.code });
  if (existing) return existing;
  const period = em.create(ScoringPeriod, {
    code: range.code,
    kind: range.kind as PeriodKind,
    fromDate: range.from,
    toDate: range.to,
  } as ScoringPeriod);
  await em.flush(); // the scores' bulk insert refers to it
  return period;
}

/**
 * Scores are stored only with the version they were computed by as it still stands: under the
 * policy line's lock (the one its corrections take), a version amended or withdrawn while the
 * period was computed is refused, to be computed again — never stored with rules it no longer has.
 */
async function assertPolicyUnchanged(em: EntityManager, policy: ScoringPolicy) {
  await latestVersionForChange(em, ScoringPolicy, 'scoring.scoring_policy');
  const now = await em.findOne(ScoringPolicy, { version: policy.version }, { refresh: true });
  if (!now || now.effectiveFrom !== policy.effectiveFrom || JSON.stringify(now.rules) !== JSON.stringify(policy.rules))
    throw new DomainError(
      ErrorCode.POLICY_CHANGED,
      now ? said.policyAmendedMeanwhile({ version: policy.version }) : said.policyWithdrawnMeanwhile({ version: policy.version }),
      { field: 'period' },
    );
}

/**
 * Under the lock of the period's scores, the period as it stands now: a computation never
 * overwrites the scores a close froze while it was computing.
 */
async function assertStillOpen(em: EntityManager, period: ScoringPeriod, code: string) {
  await new ScoringStore(em).lockScores(period.id);
  await em.refresh(period);
  if (period.status === PeriodStatus.CLOSED)
    throw new DomainError(ErrorCode.PERIOD_CLOSED, said.closedMeanwhile({ period: code }), { field: 'period' });
}

/**
 * Replaces a period's stored scores (in the caller's transaction) and stamps the period with its
 * policy and time — the time, too, of the live scores it found unchanged (replaceScores).
 */
async function store(
  em: EntityManager,
  period: ScoringPeriod,
  policy: ScoringPolicy,
  results: PersonResult[],
  frozen: boolean,
  progress: JobProgress,
) {
  await progress.phase('storing', results.length);
  await assertPolicyUnchanged(em, policy);
  await new ScoringStore(em).replaceScores(period, policy.version, results, frozen, (stored) => progress.advance(stored));
  period.policyVersion = policy.version;
  period.computedAt = new Date();
}

function assertManages(ctx: ScoringContext) {
  if (!canManageScoring(ctx.identity)) throw forbidden(said.managingPeriods());
}

/** The checks of computing, made again when a job runs (the period may have been closed meanwhile). */
export async function assertComputable(ctx: ScoringContext, code: string) {
  assertManages(ctx);
  const { range, stored } = await periodOf(ctx, code);
  if (stored?.status === PeriodStatus.CLOSED)
    throw new DomainError(ErrorCode.PERIOD_CLOSED, said.closedReopenFirst({ period: code }), { field: 'period' });
  return range;
}

/** A period closes (for the province or an agency) once it has ended, and only once. */
async function assertEnded(ctx: ScoringContext, code: string) {
  const { range, stored } = await periodOf(ctx, code);
  if (stored?.status === PeriodStatus.CLOSED)
    throw new DomainError(ErrorCode.ALREADY_DECIDED, said.alreadyClosed({ period: code }), { field: 'period' });
  if (range.to >= todayInVietnam())
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.notEnded({ period: code, to: day(range.to) }), { field: 'period' });
  return range;
}

export async function assertClosable(ctx: ScoringContext, code: string) {
  assertManages(ctx);
  return assertEnded(ctx, code);
}

/**
 * Whose scores an agency's computation or close makes: the people placed in it (or its units) in
 * the period, and those whose stored score of the period has their main stretch there.
 */
async function agencyPeople(ctx: ScoringContext, range: PeriodRange, agencyId: string) {
  const placed = await placedIn(ctx, soFar(range), { agencyId });
  const ids = new Set([...placed.map((p) => p.employeeId), ...(await ctx.loaders.store.employeesScoredIn(range.code, agencyId))]);
  if (ids.size === 0) throw new DomainError(ErrorCode.NOT_FOUND, said.noOnePlaced({ agencyId, period: range.code }), { field: 'agencyId' });
  return ids;
}

/** Under the lock of the period's scores: an agency closed meanwhile keeps its frozen scores. */
async function assertAgencyOpen(em: EntityManager, period: ScoringPeriod, agencyId: string, code: string) {
  if (await new ScoringStore(em).agencyClose(period.id, agencyId))
    throw new DomainError(ErrorCode.PERIOD_CLOSED, said.agencyClosedReopenFirst({ period: code }), { field: 'agencyId' });
}

/**
 * Computes and stores one agency's scores of an open period (agencyPeople). Scored as the
 * province's computation would (unitOf: a leader's whole unit is seen, wherever its members sit);
 * only the agency's people's scores are replaced, everyone else's stay as stored.
 */
export async function computeAgencyPeriod(ctx: ScoringContext, code: string, agencyId: string, progress: JobProgress = NO_PROGRESS) {
  return (await computeAgencyScores(ctx, code, agencyId, progress)).period;
}

/** computeAgencyPeriod, saying how many people's scores it made. */
async function computeAgencyScores(ctx: ScoringContext, code: string, agencyId: string, progress: JobProgress) {
  if (!canComputeAgency(ctx.identity, agencyId)) throw forbidden(said.computingAgencyScores());
  const { range, stored } = await periodOf(ctx, code);
  if (stored?.status === PeriodStatus.CLOSED)
    throw new DomainError(ErrorCode.PERIOD_CLOSED, said.closedReopenFirst({ period: code }), { field: 'period' });
  const ids = await agencyPeople(ctx, range, agencyId);
  const { policy, results } = await computeFresh(ctx, range, [...ids], progress);
  const theirs = results.filter((r) => ids.has(r.employeeId));
  return ctx.em.transactional(async (em: EntityManager) => {
    const period = await ensurePeriod(em, range);
    await assertStillOpen(em, period, code);
    await assertAgencyOpen(em, period, agencyId, code);
    await assertPolicyUnchanged(em, policy);
    await progress.phase('storing', theirs.length);
    await new ScoringStore(em).replaceScores(period, policy.version, theirs, false, (n) => progress.advance(n), [...ids]);
    period.policyVersion = policy.version;
    audit(ctx, em, 'compute', code, `agency ${agencyId}: ${theirs.length} people`);
    await em.flush();
    return { period, people: ids.size };
  });
}

/** The checks of closing one agency's period, made again when a job runs. */
export async function assertAgencyClosable(ctx: ScoringContext, code: string, agencyId: string) {
  if (!canComputeAgency(ctx.identity, agencyId)) throw forbidden(said.closingAgencyScores());
  const range = await assertEnded(ctx, code);
  const { stored } = await periodOf(ctx, code);
  if (stored && (await ctx.loaders.agencyCloses.load(stored.id)).some((c) => c.agencyId === agencyId))
    throw new DomainError(ErrorCode.ALREADY_DECIDED, said.agencyAlreadyClosed({ period: code }), { field: 'agencyId' });
  return range;
}

/**
 * Closes one agency's period before the province's: its people's scores computed once more from
 * fresh inputs (as the province's computation would) and frozen with them; the rest of the
 * province stays live. The province's close later freezes everyone else and keeps these as they are.
 */
export async function closeAgencyPeriod(
  ctx: ScoringContext,
  code: string,
  agencyId: string,
  reason?: string | null,
  progress: JobProgress = NO_PROGRESS,
) {
  const range = await assertAgencyClosable(ctx, code, agencyId);
  const ids = await agencyPeople(ctx, range, agencyId);
  const { policy, results } = await computeFresh(ctx, range, [...ids], progress);
  const theirs = results.filter((r) => ids.has(r.employeeId));
  const closed = await ctx.em.transactional(async (em: EntityManager) => {
    const period = await ensurePeriod(em, range);
    await assertStillOpen(em, period, code);
    await assertAgencyOpen(em, period, agencyId, code);
    await assertPolicyUnchanged(em, policy);
    await progress.phase('storing', theirs.length);
    // Someone another agency's close froze already (they moved between the two) stays as it froze them.
    const kept = await new ScoringStore(em).replaceScores(period, policy.version, theirs, true, (n) => progress.advance(n), [...ids]);
    const frozen = theirs.map((r) => r.employeeId).filter((id) => !kept.has(id));
    em.create(AgencyClose, {
      periodId: period.id,
      agencyId,
      employeeIds: frozen,
      closedBy: actorOf(ctx),
      reason: reason?.trim() || null,
    } as AgencyClose);
    period.policyVersion = policy.version;
    audit(ctx, em, 'close', code, `agency ${agencyId}: ${frozen.length} people${reason?.trim() ? `; ${reason.trim()}` : ''}`);
    await em.flush();
    return period;
  });
  ctx.loaders.agencyCloses.clear(closed.id); // read before the close, in this request
  return closed;
}

/** Province admins reopen one agency's close (audited): the people it froze are live again. */
export async function reopenAgencyPeriod(ctx: ScoringContext, code: string, agencyId: string, reason: string) {
  assertManages(ctx);
  if (!reason?.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.sayWhyAgencyReopened(), { field: 'reason' });
  const reopened = await ctx.em.transactional(async (em: EntityManager) => {
    const period = await em.findOne(ScoringPeriod, { code: periodRange(code).code });
    const store = new ScoringStore(em);
    if (period) await store.lockScores(period.id);
    if (period?.status === PeriodStatus.CLOSED)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, said.closedForProvince({ period: code }), { field: 'period' });
    const close = period && (await store.agencyClose(period.id, agencyId));
    if (!period || !close) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.agencyNotClosed({ period: code }), { field: 'agencyId' });
    await store.unfreezeScores(period.id, close.employeeIds);
    em.remove(close);
    audit(ctx, em, 'reopen', code, `agency ${agencyId}: ${reason.trim()}`);
    await em.flush();
    return period;
  });
  ctx.loaders.agencyCloses.clear(reopened.id);
  return reopened;
}

/** Computes and stores an open period's scores (for aggregates and analytics); a closed one is refused. */
export async function computePeriod(ctx: ScoringContext, code: string, progress: JobProgress = NO_PROGRESS) {
  const range = await assertComputable(ctx, code);
  const { policy, results } = await computeFresh(ctx, range, undefined, progress);
  return ctx.em.transactional(async (em: EntityManager) => {
    const period = await ensurePeriod(em, range);
    await assertStillOpen(em, period, code);
    await store(em, period, policy, results, false, progress);
    audit(ctx, em, 'compute', code, null);
    await em.flush();
    return period;
  });
}

/** Closing computes once more from fresh inputs and freezes the scores with those inputs. */
export async function closePeriod(ctx: ScoringContext, code: string, reason?: string | null, progress: JobProgress = NO_PROGRESS) {
  const range = await assertClosable(ctx, code);
  const { policy, results } = await computeFresh(ctx, range, undefined, progress);
  return ctx.em.transactional(async (em: EntityManager) => {
    const period = await ensurePeriod(em, range);
    await store(em, period, policy, results, true, progress);
    period.status = PeriodStatus.CLOSED;
    period.closedAt = new Date();
    period.closedBy = actorOf(ctx);
    audit(ctx, em, 'close', code, reason);
    await em.flush();
    return period;
  });
}

/** An explicit, audited reopening: scores are live again until the next close. */
export async function reopenPeriod(ctx: ScoringContext, code: string, reason: string) {
  assertManages(ctx);
  if (!reason?.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.sayWhyReopened(), { field: 'reason' });
  const reopened = await ctx.em.transactional(async (em: EntityManager) => {
    const period = await em.findOne(ScoringPeriod, { code: periodRange(code).code });
    if (!period || period.status !== PeriodStatus.CLOSED)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, said.notClosed({ period: code }), { field: 'period' });
    period.status = PeriodStatus.OPEN;
    period.closedAt = null;
    period.closedBy = null;
    const store = new ScoringStore(em);
    await store.unfreezeScores(period.id);
    await store.dropAgencyCloses(period.id);
    audit(ctx, em, 'reopen', code, reason);
    await em.flush();
    return period;
  });
  ctx.loaders.agencyCloses.clear(reopened.id);
  return reopened;
}

export interface RecomputeReport {
  period: string;
  people: number;
  changed: number;
}

/**
 * Recomputes a period — or one agency's people. Frozen scores (a closed period's, a closed agency's)
 * are recomputed from their stored inputs by their stored policy version and compared with what is
 * stored: nothing may change (`changed` says otherwise). Live ones are computed and stored afresh.
 */
export async function recomputePeriod(
  ctx: ScoringContext,
  code: string,
  progress: JobProgress = NO_PROGRESS,
  agencyId: string | null = null,
): Promise<RecomputeReport> {
  if (agencyId) {
    if (!canComputeAgency(ctx.identity, agencyId)) throw forbidden(said.computingAgencyScores());
  } else assertManages(ctx);
  const { stored } = await periodOf(ctx, code);
  const close = agencyId && stored ? (await ctx.loaders.agencyCloses.load(stored.id)).find((c) => c.agencyId === agencyId) : undefined;
  if (!stored || (stored.status !== PeriodStatus.CLOSED && !close)) {
    if (agencyId) {
      const { people } = await computeAgencyScores(ctx, code, agencyId, progress);
      return { period: code, people, changed: 0 };
    }
    const period = await computePeriod(ctx, code, progress);
    return { period: code, people: (await ctx.loaders.store.scoresOfPeriod(period.id)).length, changed: 0 };
  }
  await progress.phase('recomputing');
  // Everyone's stored inputs, so a leader's unit is seen whole; compared for those asked about.
  const all = await ctx.loaders.store.scoresOfPeriod(stored.id);
  const frozenByClose = close ? new Set(close.employeeIds) : null;
  const asked = (s: PeriodScore) => (frozenByClose ? frozenByClose.has(s.employeeId) : !agencyId || s.agencyId === agencyId);
  const scores = all.filter((s) => s.frozen && asked(s));
  const byVersion = Map.groupBy(all, (s) => s.policyVersion);
  const again = new Map<string, PersonResult>();
  for (const [version, group] of byVersion)
    for (const r of recomputeStored(group, (await policyVersion(ctx, version)).rules)) again.set(r.employeeId, r);
  const same = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Number(a) === Number(b));
  const changed = scores.filter((s) => {
    const r = again.get(s.employeeId)!;
    return !same(s.score, r.score) || s.level !== r.classification.level;
  }).length;
  await ctx.em.transactional(async (em: EntityManager) => {
    audit(ctx, em, 'recompute', code, `${agencyId ? `agency ${agencyId}: ` : ''}${changed} of ${scores.length} changed`);
    await em.flush();
  });
  return { period: code, people: scores.length, changed };
}
