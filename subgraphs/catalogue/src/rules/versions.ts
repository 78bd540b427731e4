import { DomainError } from '@kpi/platform';
import { formatDay } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { said } from '../messages.js';

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
export function assertStartsAfter(latest: Dated | null, effectiveFrom: string, what = said.aVersion()) {
  if (latest && effectiveFrom <= latest.effectiveFrom)
    throw new DomainError(
      ErrorCode.OVERLAPPING_VERSION,
      said.startsAfter({ what, latest: formatDay(latest.effectiveFrom), given: formatDay(effectiveFrom) }),
      { field: 'effectiveFrom', latestEffectiveFrom: latest.effectiveFrom },
    );
}
