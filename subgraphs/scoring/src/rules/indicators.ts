import { round } from '@kpi/platform';
import { INDICATORS, type Indicator, type ScoringRules, type Weights } from './policy.js';
import { workPointsOf } from './item-groups.js';

/** What the diary knows of one person over one stretch of time (see the diary's scoringFacts). */
export interface ItemFacts {
  workItemId: string;
  version: number;
  standardMinutes: number;
  coefficient: number;
  entries: number;
  quantity: number;
  actualMinutes: number;
  selfInitiatedQuantity: number;
}

export type Timeliness = 'PENDING' | 'ON_TIME' | 'LATE' | 'OVERDUE' | 'CANCELLED';

export interface ProductFacts {
  id: string;
  deadline: string;
  status: string;
  timeliness: Timeliness;
  /** The units assigned (the assignment's expected quantity) and those the lead reported done; absent in facts stored before units counted. */
  expectedQuantity?: number;
  quantityDone?: number | null;
  quality: string | null;
  majorErrors: number;
  excusedErrors: number;
  delays: number;
  excusedDelays: number;
  /** True when a history import brought the assignment in (absent otherwise). */
  imported?: boolean;
}

/** One line of a provider's work facts (the scoring-facts contract): a kind of work, its quantity, its points. */
export interface ProvidedLine {
  code: string;
  label: string;
  quantity: number;
  unit: string;
  workPoints: number;
}

/** What a provider of the scoring-facts contract (a sector's subgraph) credits a stretch with. */
export interface ProvidedFacts {
  provider: string;
  workPoints: number;
  lines: ProvidedLine[];
}

export interface DiaryFacts {
  workingDays: number;
  leaveDays: number;
  declaredDays: number;
  lateDeclarations: number;
  daysOverStandard: number;
  farAboveStandardEntries: number;
  entries: number;
  approvedEntries: number;
  approvedActualMinutes: number;
  /** Of the approved entries, those a history import brought in (absent in scores stored before imports existed). */
  importedEntries?: number;
  items: ItemFacts[];
  led: ProductFacts[];
  coOperated: ProductFacts[];
  /** Work facts from the providers of the scoring-facts contract whose sectors cover the stretch (absent: none). */
  providers?: ProvidedFacts[];
}

/** The inputs of one segment's score beyond the diary: the day's length and a sector's standard. */
export interface SegmentContext {
  standardDayMinutes: number | null;
  sectorStandard: { expectedMinutesPerMonth: number; weights: Weights } | null;
  /** The leader's own rating of creativity for the period (0–100), when given. */
  creativity: number | null;
}

export type IndicatorValues = Record<Indicator, number | null>;

export interface SegmentScore {
  indicators: IndicatorValues;
  weights: Weights;
  /** Σ weight × value over the indicators that apply, ÷ Σ of their weights; null with no data at all. */
  kpi: number | null;
  workPoints: number;
  capacityMinutes: number;
  availableDays: number;
  /** Decree 335: products judged (due or submitted), and the shares. */
  products: ProductShares;
  /** (late + overdue) ÷ (on time + late + overdue) of the work led; null when none was due. */
  overdueShare: number | null;
}

const pct = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : null);
const roundOrNull = (value: number | null) => (value === null ? null : round(value));
const finished = (p: ProductFacts) => p.status === 'COMPLETED' || p.status === 'SUBMITTED';

/** Where a stretch's work points came from: the diary, then each provider, as its explanation shows them. */
export function workSourcesOf(facts: DiaryFacts): ProvidedFacts[] {
  return [{ provider: 'diary', workPoints: round(workPointsOf(facts)), lines: [] }, ...(facts.providers ?? [])];
}

/** Decree 335 on the products a person led in a stretch: counts, units, and the shares with and without deductions. */
export interface ProductShares {
  /** Products assigned (not cancelled), judged (due or submitted) and finished (submitted or completed). */
  assigned: number;
  judged: number;
  completed: number;
  /** The units of the judged products (each assignment's expected quantity; 1 a product under a PRODUCTS policy) … */
  judgedUnits: number;
  /** … those delivered (finished, as reported done, at most as assigned), meeting requirements, and delivered on time. */
  completedUnits: number;
  unitsMeetingRequirements: number;
  unitsOnTime: number;
  /** Quantity: completed ÷ judged units. */
  quantityPct: number | null;
  /** Quality and progress after the deductions for major errors and delays. */
  qualityPct: number | null;
  progressPct: number | null;
  /** The law's plain ratios before any deduction: meeting requirements ÷ units with a verdict, on time ÷ judged units. */
  plainQualityPct: number | null;
  plainProgressPct: number | null;
}

/**
 * Decree 335 on assigned products. A product is judged once it is due or submitted (work not yet
 * due and not yet submitted is left out: it may still be on time); cancelled ones count nowhere.
 * Everything is counted in units (`rules.productQuantity`, UNITS): an assignment of 10 submitted
 * with 8 done delivers 8 of its 10, and only the delivered units can meet requirements or be on
 * time. Quantity: completed ÷ judged units. Quality: delivered units of completed products not
 * rated unsatisfactory, each unexcused major error taking `errorDeduction` of them, ÷ the units
 * with a verdict (a product submitted but not yet reviewed has none). Progress: delivered units,
 * each unexcused delay taking `delayDeduction` (a product still overdue delivers none), ÷ judged
 * units. A policy stored before units counted (no `productQuantity`) counts products, as it did.
 */
export function decree335(products: ProductFacts[], rules: ScoringRules): ProductShares {
  const byUnits = (rules.productQuantity ?? 'PRODUCTS') === 'UNITS';
  const live = products.filter((p) => p.timeliness !== 'CANCELLED');
  const judged = live.filter((p) => p.timeliness !== 'PENDING');
  const unitsOf = (p: ProductFacts) => (byUnits && p.expectedQuantity !== undefined ? p.expectedQuantity : 1);
  const deliveredOf = (p: ProductFacts) => {
    if (!finished(p)) return 0;
    const units = unitsOf(p);
    if (!byUnits || p.quantityDone === null || p.quantityDone === undefined) return units;
    return Math.min(units, Math.max(0, p.quantityDone));
  };
  let judgedUnits = 0;
  let completedUnits = 0;
  let verdictUnits = 0;
  let quality = 0;
  let meeting = 0;
  let progress = 0;
  let onTime = 0;
  for (const p of judged) {
    const units = unitsOf(p);
    const delivered = deliveredOf(p);
    judgedUnits += units;
    completedUnits += delivered;
    if (p.status === 'COMPLETED' || !finished(p)) {
      verdictUnits += units;
      if (p.status === 'COMPLETED' && p.quality !== 'UNSATISFACTORY') {
        meeting += delivered;
        quality += delivered * Math.max(0, 1 - rules.errorDeduction * (p.majorErrors - p.excusedErrors));
      }
    }
    if (finished(p)) {
      const delays = p.status === 'COMPLETED' ? p.delays - p.excusedDelays : p.timeliness === 'LATE' ? 1 : 0;
      progress += delivered * Math.max(0, 1 - rules.delayDeduction * delays);
      if (p.timeliness === 'ON_TIME') onTime += delivered;
    }
  }
  return {
    assigned: live.length,
    judged: judged.length,
    completed: judged.filter(finished).length,
    judgedUnits: round(judgedUnits),
    completedUnits: round(completedUnits),
    unitsMeetingRequirements: round(meeting),
    unitsOnTime: round(onTime),
    quantityPct: pct(completedUnits, judgedUnits),
    // A product submitted but not yet reviewed has no quality verdict yet.
    qualityPct: pct(quality, verdictUnits),
    progressPct: pct(progress, judgedUnits),
    plainQualityPct: pct(meeting, verdictUnits),
    plainProgressPct: pct(onTime, judgedUnits),
  };
}

export function overdueShareOf(products: ProductFacts[]): number | null {
  const due = products.filter((p) => p.timeliness === 'ON_TIME' || p.timeliness === 'LATE' || p.timeliness === 'OVERDUE');
  if (due.length === 0) return null;
  return due.filter((p) => p.timeliness !== 'ON_TIME').length / due.length;
}

/**
 * One segment's indicators (0–100, or null where nothing applies) and KPI:
 * - quantity: work points (the diary's and every provider's) against capacity (working days not on leave × the standard day, or the
 *   sector's monthly standard per working day), capped at 100; blended with Decree 335's
 *   finished ÷ assigned products when work was assigned;
 * - timeliness and quality: Decree 335's progress and quality percentages;
 * - proactivity: keeping the diary unprompted — declared days ÷ available days, less the share
 *   of entries declared late;
 * - coordination: the share of co-operated work finished on time;
 * - creativity: the leader's rating, when given;
 * - overdue: 100 × (1 − overdue share).
 * Weights of indicators that do not apply are shared out among the others.
 */
export function scoreSegment(facts: DiaryFacts, context: SegmentContext, rules: ScoringRules): SegmentScore {
  const availableDays = Math.max(0, facts.workingDays - facts.leaveDays);
  const perDay = context.sectorStandard
    ? context.sectorStandard.expectedMinutesPerMonth / rules.workingDaysPerMonth
    : (context.standardDayMinutes ?? rules.standardDayMinutes);
  const capacity = availableDays * perDay;
  // The diary's approved work and what every provider credits (taught periods…) count alike.
  const points = workPointsOf(facts) + (facts.providers ?? []).reduce((sum, p) => sum + p.workPoints, 0);
  const products = decree335(facts.led, rules);
  const overdueShare = overdueShareOf(facts.led);
  const byPoints = capacity > 0 ? Math.min(100, (100 * points) / capacity) : null;
  const quantity =
    byPoints === null
      ? products.quantityPct
      : products.quantityPct === null
        ? byPoints
        : (1 - rules.assignedShareOfQuantity) * byPoints + rules.assignedShareOfQuantity * products.quantityPct;
  const lateShare = facts.entries > 0 ? facts.lateDeclarations / facts.entries : 0;
  const proactivity = availableDays > 0 ? Math.min(100, (100 * facts.declaredDays) / availableDays) * (1 - lateShare) : null;
  const coJudged = facts.coOperated.filter((p) => p.timeliness !== 'CANCELLED' && p.timeliness !== 'PENDING');
  const coordination = pct(coJudged.filter((p) => p.timeliness === 'ON_TIME').length, coJudged.length);
  const indicators: IndicatorValues = {
    quantity,
    timeliness: products.progressPct,
    quality: products.qualityPct,
    proactivity,
    coordination,
    creativity: context.creativity,
    overdue: overdueShare === null ? null : 100 * (1 - overdueShare),
  };
  const weights = context.sectorStandard?.weights ?? rules.weights;
  const applying = INDICATORS.filter((i) => indicators[i] !== null && weights[i] > 0);
  const weightSum = applying.reduce((sum, i) => sum + weights[i], 0);
  const kpi = weightSum > 0 ? applying.reduce((sum, i) => sum + weights[i] * indicators[i]!, 0) / weightSum : null;
  return {
    indicators: Object.fromEntries(INDICATORS.map((i) => [i, indicators[i] === null ? null : round(indicators[i]!)])) as IndicatorValues,
    weights,
    kpi: kpi === null ? null : round(kpi),
    workPoints: round(points),
    capacityMinutes: round(capacity),
    availableDays,
    products: {
      ...products,
      quantityPct: roundOrNull(products.quantityPct),
      qualityPct: roundOrNull(products.qualityPct),
      progressPct: roundOrNull(products.progressPct),
      plainQualityPct: roundOrNull(products.plainQualityPct),
      plainProgressPct: roundOrNull(products.plainProgressPct),
    },
    overdueShare: overdueShare === null ? null : round(overdueShare, 4),
  };
}

/** A person's period over several segments (a transfer): KPIs weighted by available days. */
export function combineSegments(segments: { kpi: number | null; availableDays: number }[]): number | null {
  const scored = segments.filter((s) => s.kpi !== null);
  const days = scored.reduce((sum, s) => sum + s.availableDays, 0);
  if (scored.length === 0) return null;
  if (days === 0) return round(scored.reduce((sum, s) => sum + s.kpi!, 0) / scored.length);
  return round(scored.reduce((sum, s) => sum + s.kpi! * s.availableDays, 0) / days);
}
