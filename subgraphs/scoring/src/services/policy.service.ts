import { dayBefore, DomainError, forbidden } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ScoringPolicy } from '../entities/index.js';
import { canManageScoring } from '../rules/access.js';
import { assertRules, PRESETS, type PresetName, type ScoringRules } from '../rules/policy.js';
import { actorOf, audit, type ScoringContext } from './context.js';
import { latestVersionForChange } from '@kpi/platform/database';

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
  if (!canManageScoring(ctx.identity)) throw forbidden('the scoring policy');
  if (!(input.preset in PRESETS))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Presets: ${Object.keys(PRESETS).join(', ')}.`, { field: 'preset' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.effectiveFrom))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'effectiveFrom is a date written YYYY-MM-DD.', { field: 'effectiveFrom' });
  if (!input.reason?.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Say why the policy changes.', { field: 'reason' });
  const preset = PRESETS[input.preset];
  const unknown = Object.keys(input.overrides ?? {}).filter((key) => !(key in preset));
  if (unknown.length)
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      `Unknown rules: ${unknown.join(', ')}; the rules are ${Object.keys(preset).join(', ')}.`,
      {
        field: 'overrides',
      },
    );
  const rules: ScoringRules = {
    ...preset,
    ...(input.overrides ?? {}),
    weights: { ...preset.weights, ...(input.overrides?.weights ?? {}) },
  };
  assertRules(rules);
  return ctx.em.transactional(async (em: EntityManager) => {
    const latest = await latestVersionForChange(em, ScoringPolicy, 'scoring.scoring_policy');
    if (latest && input.effectiveFrom <= latest.effectiveFrom)
      throw new DomainError(ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS, `A new version starts after the latest (${latest.effectiveFrom}).`, {
        field: 'effectiveFrom',
      });
    if (latest) {
      latest.effectiveTo = dayBefore(input.effectiveFrom);
    }
    const policy = em.create(ScoringPolicy, {
      version: (latest?.version ?? 0) + 1,
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
