import { round } from '@kpi/platform';
import type { Level, ScoringRules } from './policy.js';

/** The bands of a person's group: leaders' own where the policy sets them, everyone's otherwise. */
export const bandsFor = (rules: ScoringRules, isLeadership: boolean) => (isLeadership && rules.leaderBands) || rules.bands;

/** The level a score earns by the bands of the person's group alone. */
export function band(score: number, rules: ScoringRules, isLeadership = false): Level {
  for (const b of bandsFor(rules, isLeadership)) if (b.inclusive ? score >= b.min : score > b.min) return b.level;
  return 'NOT_COMPLETED';
}

export interface Gates {
  /** Share of one's due work late or overdue. */
  overdueShare: number | null;
  /** Disciplined in the period (annual assessment): not completed whatever the points. */
  disciplined?: boolean;
}

/** Why a level was given: the band, or a gate that overrode it. */
export interface Classification {
  level: Level;
  byBand: Level;
  gate: 'OVERDUE' | 'DISCIPLINE' | null;
}

/** The group's bands, then the gates: more than `overdueGate` of due work late or overdue, or discipline ⇒ not completed. */
export function classify(score: number | null, gates: Gates, rules: ScoringRules, isLeadership = false): Classification {
  const byBand = score === null ? 'NOT_COMPLETED' : band(score, rules, isLeadership);
  if (gates.disciplined) return { level: 'NOT_COMPLETED', byBand, gate: 'DISCIPLINE' };
  if (gates.overdueShare !== null && gates.overdueShare > rules.overdueGate) return { level: 'NOT_COMPLETED', byBand, gate: 'OVERDUE' };
  return { level: byBand, byBand, gate: null };
}

export interface LeaderScore {
  own: number | null;
  unit: number | null;
  anySubordinateNotCompleted: boolean;
  score: number | null;
}

/**
 * Decree 335's leader rule: a leader's score takes in their unit's results (the mean score of
 * their subordinates) for `leaderUnitShare` of it — in full when every subordinate is at least
 * completed, at `leaderUnitFactorIfAnyNotCompleted` when any is not.
 */
export function leaderScore(own: number | null, subordinates: { score: number | null; level: Level }[], rules: ScoringRules): LeaderScore {
  const scored = subordinates.filter((s) => s.score !== null);
  const anyNot = subordinates.some((s) => s.level === 'NOT_COMPLETED');
  if (scored.length === 0) return { own, unit: null, anySubordinateNotCompleted: anyNot, score: own };
  const unit = scored.reduce((sum, s) => sum + s.score!, 0) / scored.length;
  const factor = anyNot ? rules.leaderUnitFactorIfAnyNotCompleted : 1;
  const score = (own === null ? 0 : (1 - rules.leaderUnitShare) * own) + rules.leaderUnitShare * unit * factor;
  return { own, unit: round(unit), anySubordinateNotCompleted: anyNot, score: round(own === null ? score / rules.leaderUnitShare : score) };
}
