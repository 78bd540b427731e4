import { round } from '@kpi/platform';
import { classify, type Classification } from './classification.js';
import type { ScoringRules } from './policy.js';

export interface AnnualInputs {
  /** The mean of the person's monthly KPI scores in the year. */
  kpiScore: number | null;
  isLeadership: boolean;
  /** General criteria scored by the evaluating body (political qualities, ethics, discipline…): up to 100 − the KPI share. */
  otherCriteria: number | null;
  disciplined: boolean;
  /** (late + overdue) ÷ due over the year's led work. */
  overdueShare: number | null;
}

export interface AnnualResult {
  kpiShare: number;
  kpiPoints: number | null;
  total: number | null;
  classification: Classification;
}

/**
 * The annual assessment on 100 points (Decree 335): the KPI part converted to its share —
 * 70 points for staff, 50 for leaders (Regulation 1636) — plus the general criteria making up
 * the rest (30, or 50 for leaders; Decree 335's 30 general points are the staff case); then the bands and the gates (discipline, the overdue share). Without the general
 * criteria yet, the total is not known and the person is not classified.
 */
export function assessYear(inputs: AnnualInputs, rules: ScoringRules): AnnualResult {
  const kpiShare = inputs.isLeadership ? rules.kpiShareLeader : rules.kpiShareNonLeader;
  const kpiPoints = inputs.kpiScore === null ? null : round(inputs.kpiScore * kpiShare);
  const total = kpiPoints === null || inputs.otherCriteria === null ? null : round(kpiPoints + inputs.otherCriteria);
  return {
    kpiShare,
    kpiPoints,
    total,
    classification: classify(total, { overdueShare: inputs.overdueShare, disciplined: inputs.disciplined }, rules, inputs.isLeadership),
  };
}

/** The most the general criteria can add: what the KPI share leaves of 100 points. */
export const otherCriteriaMax = (isLeadership: boolean, rules: ScoringRules) =>
  round(100 * (1 - (isLeadership ? rules.kpiShareLeader : rules.kpiShareNonLeader)));
