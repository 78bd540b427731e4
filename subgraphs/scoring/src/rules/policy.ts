import { DomainError } from '@kpi/platform';
import { ErrorCode } from '../errors.js';

export const INDICATORS = ['quantity', 'timeliness', 'quality', 'proactivity', 'coordination', 'creativity', 'overdue'] as const;
export type Indicator = (typeof INDICATORS)[number];
export type Weights = Record<Indicator, number>;

export type Level = 'EXCELLENT' | 'GOOD' | 'COMPLETED' | 'NOT_COMPLETED';

/** A band: a score at or above `min` (strictly above when `inclusive` is false) earns `level`. */
export interface Band {
  level: Exclude<Level, 'NOT_COMPLETED'>;
  min: number;
  inclusive: boolean;
}

/**
 * Everything a score depends on that a province (or a year) may set differently. Versioned and
 * effective-dated in the database; a period is scored with the version in force on its last
 * day, and a closed period keeps the version it was scored with.
 */
export interface ScoringRules {
  /** The 7 indicator groups of the Hue model, whole percentages summing to 100 (province default; a sector's KPI standard overrides them). */
  weights: Weights;
  /** Decree 335: each major error takes this share of the product's quality points. */
  errorDeduction: number;
  /** Decree 335: each delay takes this share of the product's progress points. */
  delayDeduction: number;
  /** The share of the quantity indicator taken by Decree 335's completed ÷ assigned products, when any were assigned. */
  assignedShareOfQuantity: number;
  /**
   * What Decree 335's products are counted in: UNITS — each assignment's expected quantity, of which
   * the units reported done are delivered — or PRODUCTS, one an assignment whatever its quantity
   * (how versions stored before 5 December 2026 counted, and still do: absent means PRODUCTS).
   */
  productQuantity?: 'UNITS' | 'PRODUCTS';
  /** The standard working day in minutes when a position sets none. */
  standardDayMinutes: number;
  /** Working days in an average month: turns a sector's monthly standard into a daily one. */
  workingDaysPerMonth: number;
  /** Hue: more than this share of one's due work late or overdue ⇒ not completed. */
  overdueGate: number;
  /** Decree 335 leader rule: the share of a leader's KPI that is their unit's results … */
  leaderUnitShare: number;
  /** … counted at this factor when any subordinate is not completed (in full otherwise). */
  leaderUnitFactorIfAnyNotCompleted: number;
  /** Regulation 1636: the KPI part of the annual assessment, as a share of 100 points; the general criteria make up the rest. */
  kpiShareNonLeader: number;
  kpiShareLeader: number;
  /** Highest first: excellent, good, completed; below the last is not completed. */
  bands: Band[];
  /** Excellent ≤ this share of those rated good (or better), in an agency and in each group of similar tasks. */
  excellentCap: number;
}

/** Decree 335/2025 (in force 1 January 2026) with the Hue model's indicators and Regulation 1636's shares. */
export const DECREE_335: ScoringRules = {
  weights: { quantity: 30, timeliness: 20, quality: 20, proactivity: 10, coordination: 5, creativity: 5, overdue: 10 },
  errorDeduction: 0.25,
  delayDeduction: 0.25,
  assignedShareOfQuantity: 0.5,
  productQuantity: 'UNITS',
  standardDayMinutes: 480,
  workingDaysPerMonth: 21,
  overdueGate: 0.2,
  leaderUnitShare: 0.5,
  leaderUnitFactorIfAnyNotCompleted: 0.5,
  kpiShareNonLeader: 0.7,
  kpiShareLeader: 0.5,
  bands: [
    { level: 'EXCELLENT', min: 90, inclusive: true },
    { level: 'GOOD', min: 70, inclusive: true },
    { level: 'COMPLETED', min: 50, inclusive: true },
  ],
  excellentCap: 0.2,
};

/** Khanh Hoa's own bands for non-leaders (90–100 / > 80–90 / > 50–80 / < 50); the rest as Decree 335. */
export const KHANH_HOA: ScoringRules = {
  ...DECREE_335,
  bands: [
    { level: 'EXCELLENT', min: 90, inclusive: true },
    { level: 'GOOD', min: 80, inclusive: false },
    { level: 'COMPLETED', min: 50, inclusive: false },
  ],
};

export const PRESETS = { DECREE_335, KHANH_HOA } as const;
export type PresetName = keyof typeof PRESETS;

const share = (value: number) => Number.isFinite(value) && value >= 0 && value <= 1;

/** A policy that cannot score sensibly is refused with the field at fault. */
export function assertRules(rules: ScoringRules) {
  const bad = (field: string, message: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, { field });
  const weights = INDICATORS.map((i) => rules.weights[i]);
  if (weights.some((w) => !Number.isInteger(w) || w < 0 || w > 100))
    throw bad('weights', 'Each weight is a whole percentage from 0 to 100.');
  if (weights.reduce((a, b) => a + b, 0) !== 100)
    throw new DomainError(ErrorCode.INVALID_WEIGHTS, 'The 7 indicator weights must sum to 100.', { field: 'weights' });
  for (const field of [
    'errorDeduction',
    'delayDeduction',
    'assignedShareOfQuantity',
    'overdueGate',
    'leaderUnitShare',
    'leaderUnitFactorIfAnyNotCompleted',
    'kpiShareNonLeader',
    'kpiShareLeader',
    'excellentCap',
  ] as const)
    if (!share(rules[field])) throw bad(field, `${field} is a share between 0 and 1.`);
  if (!Number.isInteger(rules.standardDayMinutes) || rules.standardDayMinutes < 60 || rules.standardDayMinutes > 720)
    throw bad('standardDayMinutes', 'The standard day is 60–720 minutes.');
  if (!(rules.workingDaysPerMonth >= 15 && rules.workingDaysPerMonth <= 26))
    throw bad('workingDaysPerMonth', 'An average month has 15–26 working days.');
  if (rules.productQuantity !== undefined && rules.productQuantity !== 'UNITS' && rules.productQuantity !== 'PRODUCTS')
    throw bad('productQuantity', 'Products are counted in UNITS or PRODUCTS.');
  const levels = rules.bands.map((b) => b.level).join(',');
  if (levels !== 'EXCELLENT,GOOD,COMPLETED') throw bad('bands', 'Bands are EXCELLENT, GOOD and COMPLETED, in that order.');
  for (let i = 0; i < rules.bands.length; i += 1) {
    const band = rules.bands[i]!;
    if (!(band.min >= 0 && band.min <= 100)) throw bad('bands', 'A band starts between 0 and 100 points.');
    if (i > 0 && !(band.min < rules.bands[i - 1]!.min)) throw bad('bands', 'Each band starts below the one above it.');
  }
}
