import { dayBefore, DomainError, forbidden } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PolicyChange, PolicyChangeAction, ScoringPolicy } from '../entities/index.js';
import { canManageScoring } from '../rules/access.js';
import { assertRules, PRESETS, type PresetName, type ScoringRules } from '../rules/policy.js';
import { actorOf, audit, type ScoringContext } from './context.js';
import { PolicyStore } from '../store/policy.store.js';
import { latestVersionForChange } from '@kpi/platform/database';
import { day, figure, said } from '../messages.js';

/** The policy in force on a date (the first one for earlier dates). */
export async function policyOn(ctx: ScoringContext, date: string): Promise<ScoringPolicy> {
  const all = await ctx.loaders.policies();
  return all.filter((p) => p.effectiveFrom <= date).at(-1) ?? all[0]!;
}

export async function policyVersion(ctx: ScoringContext, version: number): Promise<ScoringPolicy> {
  const found = (await ctx.loaders.policies()).find((p) => p.version === version);
  if (!found) throw new Error(`scoring policy version ${version} is missing`);
  return found;
}

export interface PolicyInput {
  effectiveFrom: string;
  preset: PresetName;
  /** Rules that differ from the preset. */
  overrides?: Partial<ScoringRules> | null;
  reason: string;
}

/**
 * A new version from a date: the preset with the province's overrides, validated. Versions are
 * a line: a new one starts after the latest, which then ends the day before. Periods already
 * closed keep the version they were scored with.
 */
export async function setPolicy(ctx: ScoringContext, input: PolicyInput) {
  if (!canManageScoring(ctx.identity)) throw forbidden(said.theScoringPolicy());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.effectiveFrom))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.effectiveFromWritten(), { field: 'effectiveFrom' });
  if (!input.reason?.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.sayWhyPolicy(), { field: 'reason' });
  const rules = rulesOf(input);
  return ctx.em.transactional(async (em: EntityManager) => {
    const latest = await latestVersionForChange(em, ScoringPolicy, 'scoring.scoring_policy');
    if (latest && input.effectiveFrom <= latest.effectiveFrom)
      throw new DomainError(ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS, said.startsAfterLatest({ latest: day(latest.effectiveFrom) }), {
        field: 'effectiveFrom',
      });
    if (latest) {
      latest.effectiveTo = dayBefore(input.effectiveFrom);
    }
    const policy = em.create(ScoringPolicy, {
      version: (await new PolicyStore(em).highestVersion()) + 1,
      effectiveFrom: input.effectiveFrom,
      preset: input.preset,
      rules,
      recordedBy: actorOf(ctx),
      reason: input.reason.trim(),
    } as ScoringPolicy);
    audit(ctx, em, `policy v${policy.version}`, null, input.reason);
    await em.flush();
    return policy;
  });
}

/** A preset with the province's overrides, every rule known and the whole validated. */
function rulesOf(input: Pick<PolicyInput, 'preset' | 'overrides'>): ScoringRules {
  if (!(input.preset in PRESETS))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.presets({ presets: Object.keys(PRESETS).join(', ') }), { field: 'preset' });
  const preset = PRESETS[input.preset];
  const unknown = Object.keys(input.overrides ?? {}).filter((key) => !(key in preset));
  if (unknown.length)
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      said.unknownRules({ unknown: unknown.join(', '), rules: Object.keys(preset).join(', ') }),
      { field: 'overrides' },
    );
  const rules: ScoringRules = {
    ...preset,
    ...(input.overrides ?? {}),
    weights: { ...preset.weights, ...(input.overrides?.weights ?? {}) },
  };
  assertRules(rules);
  return rules;
}

/**
 * A version may be corrected only while nothing was scored by it: no stored score, no period
 * stamped with it, no annual assessment. (Live scores are computed on every request and stored
 * nowhere.) Versions are read under the policy line's lock, which storing scores takes too: a
 * computation that used the version stores nothing once it changed (POLICY_CHANGED).
 */
async function correctable(em: EntityManager, version: number) {
  await latestVersionForChange(em, ScoringPolicy, 'scoring.scoring_policy');
  const store = new PolicyStore(em);
  const line = await store.line();
  const index = line.findIndex((p) => p.version === version);
  if (index < 0)
    throw new DomainError(ErrorCode.NOT_FOUND, said.noVersion({ version, versions: line.map((p) => p.version).join(', ') }), {
      field: 'version',
    });
  const used = await store.usesOf(version);
  if (used.scores || used.periods || used.assessments)
    throw new DomainError(
      ErrorCode.POLICY_VERSION_IN_USE,
      said.versionInUse({
        version,
        scores: figure(used.scores),
        periods: figure(used.periods),
        assessments: figure(used.assessments),
      }),
      { field: 'version' },
    );
  return { line, index, policy: line[index]! };
}

/** What a version was before its correction, kept with who corrected it, when and why. */
function keep(ctx: ScoringContext, em: EntityManager, policy: ScoringPolicy, action: PolicyChangeAction, reason: string) {
  em.create(PolicyChange, {
    version: policy.version,
    action,
    effectiveFrom: policy.effectiveFrom,
    preset: policy.preset,
    rules: policy.rules,
    recordedBy: policy.recordedBy,
    recordedAt: policy.recordedAt,
    changedBy: actorOf(ctx),
    reason,
  } as PolicyChange);
}

const reasonOf = (reason: string | null | undefined) => {
  if (!reason?.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.sayWhyVersion(), { field: 'reason' });
  return reason.trim();
};

/** Where an amended version may start: after the one before it and before the one after it (one of them at least exists). */
function neighbours(version: number, before: ScoringPolicy | undefined, after: ScoringPolicy | undefined) {
  const b = before && { before: before.version, beforeFrom: day(before.effectiveFrom) };
  const a = after && { after: after.version, afterFrom: day(after.effectiveFrom) };
  if (b && a) return said.versionBetween({ version, ...b, ...a });
  return b ? said.versionAfterOnly({ version, ...b }) : said.versionBeforeOnly({ version, ...a });
}

/**
 * Amends a version no score used yet: its start (still between its neighbours'), its preset and
 * rules, in place; what it was is kept in the policy's changes and audited.
 */
export async function amendPolicy(ctx: ScoringContext, version: number, input: PolicyInput) {
  if (!canManageScoring(ctx.identity)) throw forbidden(said.theScoringPolicy());
  const reason = reasonOf(input.reason);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.effectiveFrom))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.effectiveFromWritten(), { field: 'effectiveFrom' });
  const rules = rulesOf(input);
  return ctx.em.transactional(async (em: EntityManager) => {
    const { line, index, policy } = await correctable(em, version);
    const before = line[index - 1];
    const after = line[index + 1];
    if ((before && input.effectiveFrom <= before.effectiveFrom) || (after && input.effectiveFrom >= after.effectiveFrom))
      throw new DomainError(ErrorCode.OUT_OF_RANGE, neighbours(version, before, after), { field: 'effectiveFrom' });
    keep(ctx, em, policy, PolicyChangeAction.AMEND, reason);
    policy.effectiveFrom = input.effectiveFrom;
    policy.preset = input.preset;
    policy.rules = rules;
    if (before) before.effectiveTo = dayBefore(input.effectiveFrom);
    audit(ctx, em, `policy v${version} amended`, null, reason);
    await em.flush();
    return policy;
  });
}

/**
 * Withdraws a version no score used yet: the version before it is in force until the next one
 * again (or for good). The first version of all stays: scoring needs one. Kept and audited.
 */
export async function withdrawPolicy(ctx: ScoringContext, version: number, why: string) {
  if (!canManageScoring(ctx.identity)) throw forbidden(said.theScoringPolicy());
  const reason = reasonOf(why);
  return ctx.em.transactional(async (em: EntityManager) => {
    const { line, index, policy } = await correctable(em, version);
    if (index === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.firstVersion({ version }), { field: 'version' });
    keep(ctx, em, policy, PolicyChangeAction.WITHDRAW, reason);
    const before = line[index - 1]!;
    const after = line[index + 1];
    before.effectiveTo = after ? dayBefore(after.effectiveFrom) : null;
    em.remove(policy);
    audit(ctx, em, `policy v${version} withdrawn`, null, reason);
    await em.flush();
    return policy;
  });
}

/** The corrections of the policy's versions, latest first. */
export function policyChanges(ctx: ScoringContext) {
  if (ctx.identity.kind !== 'person') throw forbidden(said.theScoringPolicy());
  return new PolicyStore(ctx.em).changes();
}
