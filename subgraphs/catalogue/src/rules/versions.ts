import { DomainError } from '@kpi/platform';
import { ErrorCode } from '../errors.js';

export interface Dated {
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** The version in force on a date; versions never overlap, so at most one matches. */
export function versionOn<V extends Dated>(versions: readonly V[], date: string): V | null {
  return versions.find((v) => v.effectiveFrom <= date && (v.effectiveTo === null || date <= v.effectiveTo)) ?? null;
}

/**
 * A new version starts strictly after the latest one started (which then ends the day before).
 * Starting on or before it would overlap it, or rewrite what past entries earned.
 */
export function assertStartsAfter(latest: Dated | null, effectiveFrom: string, what = 'version') {
  if (latest && effectiveFrom <= latest.effectiveFrom)
    throw new DomainError(
      ErrorCode.OVERLAPPING_VERSION,
      `A new ${what} must start after the latest one, which starts on ${latest.effectiveFrom}; got ${effectiveFrom}.`,
      { field: 'effectiveFrom', latestEffectiveFrom: latest.effectiveFrom },
    );
}
