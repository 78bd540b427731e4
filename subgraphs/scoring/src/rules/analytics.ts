import { type Identity, readsProvince, round } from '@kpi/platform';
import { periodRange } from './periods.js';

/**
 * Province analytics as plain functions: the statistics behind the overview (median and MAD
 * robust z-scores, score buckets, the staffing estimate) and the thresholds that decide what is
 * flagged. The database aggregates; these turn its sums into figures. See docs/analytics.md.
 */

/**
 * What is flagged, as policy (docs/analytics.md explains each choice). Changing one changes what
 * the province sees flagged, not any score.
 */
export const ANALYTICS_POLICY = {
  /**
   * An agency's mean declared minutes per declared day stands out when its modified z-score
   * 0.6745 × (x − median) ÷ MAD passes this (Iglewicz & Hoaglin 1993 recommend 3.5).
   */
  robustZThreshold: 3.5,
  /** Agencies with fewer declared days than this (about one person-month) are neither baseline nor flagged: too few to judge. */
  agencyMinDeclaredDays: 20,
  /** A person's approved actual minutes ÷ the standard minutes of that work above this is flagged… */
  claimsRatioThreshold: 1.5,
  /** …when it rests on at least this many approved entries. */
  claimsMinApprovedEntries: 20,
  /** A score that moved by at least this many points against the previous period's stored score. */
  suddenJumpPoints: 25,
  /** At most this many flags of each kind, the largest first (the flag says how many there were). */
  anomaliesPerKind: 50,
  /** Score histogram buckets, in points. */
  bucketWidth: 10,
} as const;

/** Province analytics: province roles only (people, or a system granted the analyst role), never the graph's own services. */
export const canReadProvinceAnalytics = (who: Identity) => readsProvince(who) && who.kind !== 'service';

/** Iglewicz & Hoaglin's constant: 0.6745 = Φ⁻¹(0.75), so that MAD ÷ 0.6745 estimates σ for normal data. */
export const MAD_FACTOR = 0.6745;
/** When MAD is 0 (over half the values equal), the mean absolute deviation × √(π/2) ≈ 1.2533 estimates σ instead. */
export const MEAN_AD_FACTOR = 1.253314;

/** The median (the mean of the two middle values for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median absolute deviation from the median (unscaled). */
export function mad(values: readonly number[]): number | null {
  const m = median(values);
  return m === null ? null : median(values.map((v) => Math.abs(v - m)));
}

export interface RobustZ {
  median: number | null;
  mad: number | null;
  /** One per value, in order: 0.6745 × (x − median) ÷ MAD; 0 for all when the values do not spread at all. */
  z: number[];
}

/**
 * Modified z-scores (Iglewicz & Hoaglin 1993): unlike the mean and standard deviation, the
 * median and MAD are not dragged by the outliers they are meant to find. With MAD = 0 the mean
 * absolute deviation scaled by 1.2533 stands in; with no spread at all nothing stands out.
 */
export function robustZ(values: readonly number[]): RobustZ {
  const m = median(values);
  const d = mad(values);
  if (m === null || d === null) return { median: null, mad: null, z: [] };
  if (d > 0) return { median: m, mad: d, z: values.map((v) => (MAD_FACTOR * (v - m)) / d) };
  const meanAd = values.reduce((sum, v) => sum + Math.abs(v - m), 0) / values.length;
  return { median: m, mad: 0, z: values.map((v) => (meanAd > 0 ? (v - m) / (MEAN_AD_FACTOR * meanAd) : 0)) };
}

/** The values that stand out on the high side: robust z above the threshold, the largest first. */
export function highOutliers<T>(
  items: readonly T[],
  valueOf: (item: T) => number,
  threshold: number = ANALYTICS_POLICY.robustZThreshold,
): { median: number | null; mad: number | null; outliers: { item: T; value: number; z: number }[] } {
  const values = items.map(valueOf);
  const { median: m, mad: d, z } = robustZ(values);
  const outliers = items
    .map((item, i) => ({ item, value: values[i]!, z: z[i]! }))
    .filter((o) => o.z > threshold)
    .sort((a, b) => b.z - a.z);
  return { median: m, mad: d, outliers };
}

/** The bucket of a score: 0 for [0, 10), …, 9 for [90, 100] (100 falls in the last bucket). */
export function bucketOf(score: number, width: number = ANALYTICS_POLICY.bucketWidth): number {
  const last = Math.ceil(100 / width) - 1;
  return Math.min(last, Math.max(0, Math.floor(score / width)));
}

export interface HistogramBucket {
  from: number;
  to: number;
  people: number;
}

/**
 * Every bucket from 0 to 100, empty ones included, from counts per whole point (floor of the
 * score, as the database groups them: floor(floor(x) ÷ 10) = floor(x ÷ 10)).
 */
export function histogram(countsByPoint: readonly { point: number; people: number }[], width: number = ANALYTICS_POLICY.bucketWidth) {
  const buckets: HistogramBucket[] = [];
  for (let from = 0; from < 100; from += width) buckets.push({ from, to: Math.min(100, from + width), people: 0 });
  for (const { point, people } of countsByPoint) buckets[bucketOf(point, width)]!.people += people;
  return buckets;
}

/** part ÷ whole, or null when there is nothing to divide by. */
export const ratio = (part: number, whole: number, digits = 4) => (whole > 0 ? round(part / whole, digits) : null);

export interface DisciplineSums {
  workingDays: number;
  leaveDays: number;
  declaredDays: number;
  daysOverStandard: number;
  entries: number;
  lateDeclarations: number;
}

/**
 * Diary discipline over some stretches' facts:
 * - missing-diary rate = 1 − Σ declared days ÷ Σ (working days − leave days);
 * - over-standard-day share = Σ days over the standard day ÷ Σ declared days;
 * - late-declaration share = Σ entries declared late ÷ Σ entries.
 */
export function discipline(s: DisciplineSums) {
  const available = Math.max(0, s.workingDays - s.leaveDays);
  const declared = ratio(s.declaredDays, available);
  return {
    availableDays: available,
    missingDiaryRate: declared === null ? null : round(Math.max(0, 1 - declared), 4),
    overStandardDayShare: ratio(s.daysOverStandard, s.declaredDays),
    lateDeclarationShare: ratio(s.lateDeclarations, s.entries),
  };
}

export interface StaffingInput {
  /** Σ quantity × standard minutes of the approved work done in the position (no coefficient). */
  workloadMinutes: number;
  /** Σ capacity minutes of its holders' stretches (available days × the standard day). */
  capacityMinutes: number;
  /** People-equivalent holding it in the period. */
  holders: number;
}

/**
 * Khanh Hoa's measured-workload estimate of a position's staffing need:
 * utilisation = workload ÷ capacity; positions needed = workload ÷ (capacity ÷ holders), i.e.
 * the measured standard work divided by what one holder could do in the period, to one decimal;
 * gap = needed − holders (positive: understaffed). Nothing can be said without capacity.
 */
export function staffingEstimate({ workloadMinutes, capacityMinutes, holders }: StaffingInput) {
  if (!(capacityMinutes > 0) || !(holders > 0)) return { utilisation: null, positionsNeeded: null, gap: null };
  const perHolder = capacityMinutes / holders;
  const needed = round(workloadMinutes / perHolder, 1);
  return {
    utilisation: round(workloadMinutes / capacityMinutes, 4),
    positionsNeeded: needed,
    gap: round(needed - round(holders, 1), 1),
  };
}

/** The period of the same kind just before: 2026-10 → 2026-09, 2026-01 → 2025-12, 2026-Q1 → 2025-Q4, 2026 → 2025. */
export function previousPeriodCode(code: string): string {
  const range = periodRange(code);
  const year = Number(code.slice(0, 4));
  if (range.kind === 'YEAR') return String(year - 1);
  if (range.kind === 'QUARTER') {
    const q = Number(code.slice(6));
    return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
  }
  const m = Number(code.slice(5, 7));
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}
