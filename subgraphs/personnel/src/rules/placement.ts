import { DomainError, formatDay, isCalendarDate } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { said } from '../messages.js';

/** The day before an ISO date (the last day of the placement a new one replaces). */
export { dayBefore } from '@kpi/platform';

/**
 * A career is a line: each placement starts after the previous one started, which then ends the
 * day before. Back-dating before the current placement would rewrite history scores rely on.
 */
export function assertFollows(previousFrom: string | null, effectiveFrom: string) {
  if (!isCalendarDate(effectiveFrom))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.effectiveFromShape(), { field: 'effectiveFrom' });
  if (previousFrom !== null && effectiveFrom <= previousFrom)
    throw new DomainError(
      ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS,
      said.placementMustFollow({ previous: formatDay(previousFrom), given: formatDay(effectiveFrom) }),
      { field: 'effectiveFrom', previousEffectiveFrom: previousFrom },
    );
}

/** Which of a person's placements covered a date (placements do not overlap). */
export function placementOn<P extends { effectiveFrom: string; effectiveTo: string | null }>(placements: P[], date: string): P | null {
  return placements.find((p) => p.effectiveFrom <= date && (p.effectiveTo === null || date <= p.effectiveTo)) ?? null;
}
