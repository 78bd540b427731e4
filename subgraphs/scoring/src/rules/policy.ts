import { DomainError } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { said } from '../messages.js';

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
  /** Highest first: excellent, good, completed; below the last is not completed. Everyone's, or non-leaders' when leaders have their own. */
  bands: Band[];
  /** Leaders' and managers' own bands, as a regulation may set them apart (absent: the bands above for everyone). */
  leaderBands?: Band[];
  /** Excellent ≤ this share of those rated good (or better), in an agency and in each group of similar tasks. */
  excellentCap: number;
}

const DECREE_335_BANDS: Band[] = [
  { level: 'EXCELLENT', min: 90, inclusive: true },
  { level: 'GOOD', min: 70, inclusive: true },
  { level: 'COMPLETED', min: 50, inclusive: true },
];

/**
 * Khanh Hoa's bands (Regulation 1636 of 28 February 2025, as reported by Lao Động on the
 * province's KPI system): staff without a leading or managing position are excellent at 90–100,
 * good above 80 to 90, completed above 50 to 80, not completed below 50; for those holding one,
 * "the completion scores are similar", their responsibilities and breakthrough tasks set apart.
 */
const KHANH_HOA_BANDS: Band[] = [
  { level: 'EXCELLENT', min: 90, inclusive: true },
  { level: 'GOOD', min: 80, inclusive: false },
  { level: 'COMPLETED', min: 50, inclusive: false },
];

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
  bands: DECREE_335_BANDS,
  // Decree 335 classifies leaders on the same levels and thresholds: their own copy, to set apart by a version.
  leaderBands: DECREE_335_BANDS,
  excellentCap: 0.2,
};

/** Khanh Hoa's own bands, for non-leaders and leaders as its regulation sets each group (the same thresholds today); the rest as Decree 335. */
export const KHANH_HOA: ScoringRules = {
  ...DECREE_335,
  bands: KHANH_HOA_BANDS,
  leaderBands: KHANH_HOA_BANDS,
};

export const PRESETS = { DECREE_335, KHANH_HOA } as const;
export type PresetName = keyof typeof PRESETS;

const share = (value: number) => Number.isFinite(value) && value >= 0 && value <= 1;

/** A policy that cannot score sensibly is refused with the field at fault. */
export function assertRules(rules: ScoringRules) {
  const bad = (field: string, message: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, { field });
  const weights = INDICATORS.map((i) => rules.weights[i]);
  if (weights.some((w) => !Number.isInteger(w) || w < 0 || w > 100)) throw bad('weights', said.weightRange());
  if (weights.reduce((a, b) => a + b, 0) !== 100) throw new DomainError(ErrorCode.INVALID_WEIGHTS, said.weightsSum(), { field: 'weights' });
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
    if (!share(rules[field])) throw bad(field, said.shareBetween({ field }));
  if (!Number.isInteger(rules.standardDayMinutes) || rules.standardDayMinutes < 60 || rules.standardDayMinutes > 720)
    throw bad('standardDayMinutes', said.standardDay());
  if (!(rules.workingDaysPerMonth >= 15 && rules.workingDaysPerMonth <= 26)) throw bad('workingDaysPerMonth', said.workingDaysPerMonth());
  if (rules.productQuantity !== undefined && rules.productQuantity !== 'UNITS' && rules.productQuantity !== 'PRODUCTS')
    throw bad('productQuantity', said.productQuantity());
  assertBands('bands', rules.bands);
  if (rules.leaderBands !== undefined) assertBands('leaderBands', rules.leaderBands);
}

function assertBands(field: 'bands' | 'leaderBands', bands: Band[]) {
  const bad = (message: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, { field });
  if (!Array.isArray(bands)) throw bad(said.bandsList({ field }));
  const levels = bands.map((b) => b.level).join(',');
  if (levels !== 'EXCELLENT,GOOD,COMPLETED') throw bad(said.bandsOrder({ field }));
  for (let i = 0; i < bands.length; i += 1) {
    const band = bands[i]!;
    if (!(band.min >= 0 && band.min <= 100)) throw bad(said.bandStart({ field }));
    if (i > 0 && !(band.min < bands[i - 1]!.min)) throw bad(said.bandsDescending({ field }));
  }
}
