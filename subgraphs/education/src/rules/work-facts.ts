import { round } from '@kpi/platform';
import { DutyBasis, type SchoolLevel, type SchoolRegime, type TeachingRole } from '../entities/enums.js';
import { dutyKindOf, weeklyNormOf, type DutyKindRow, type DutyRow, type NormRow, type TermRow } from './load.js';

/**
 * Education's rule for turning teaching into work points (minutes of standard work), the unit
 * scoring counts a diary in. A teacher's working week is 40 hours (5 days × 8 h, the Labour Code's
 * standard week that scoring's capacity also counts); the weekly norm is what the law expects of
 * that week, preparation, marking and meetings included. So one period is worth the week's
 * minutes ÷ the weekly norm (upper secondary: 2,400 ÷ 17 ≈ 141 minutes), and a teacher who
 * teaches their norm, duties counted, fills their capacity exactly. Weekly duties count for the
 * school days of the range inside their term (÷ 5 a week); duties per occurrence on the day done.
 */
export const WEEK_MINUTES = 5 * 8 * 60;

export interface WorkFactLine {
  code: string;
  label: string;
  quantity: number;
  unit: string;
  workPoints: number;
}

export interface WorkFactsOfRange {
  workPoints: number;
  lines: WorkFactLine[];
}

export interface RangeInputs {
  from: string;
  to: string;
  school: { level: SchoolLevel; regime: SchoolRegime };
  role: TeachingRole;
  norms: readonly NormRow[];
  kinds: readonly DutyKindRow[];
  terms: readonly TermRow[];
  /** Periods the teacher taught in the range: their own lessons, and in place of others. */
  taught: number;
  substitutions: number;
  duties: readonly DutyRow[];
}

const PERIOD_UNIT = 'tiết';

/** Monday to Friday between two days, inclusive (school days; holidays are the school calendar's to mark off). */
export function schoolDays(from: string, to: string): number {
  let count = 0;
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

export function workFactsOfRange(inputs: RangeInputs): WorkFactsOfRange {
  const norm = weeklyNormOf(inputs.norms, inputs.school, inputs.role, inputs.to);
  if (!norm) return { workPoints: 0, lines: [] };
  const perPeriod = WEEK_MINUTES / norm.periodsPerWeek;
  const lines: WorkFactLine[] = [];
  const line = (code: string, label: string, quantity: number) => {
    if (quantity > 0) lines.push({ code, label, quantity: round(quantity), unit: PERIOD_UNIT, workPoints: round(quantity * perPeriod) });
  };
  line('TAUGHT', 'Tiết dạy theo thời khóa biểu', inputs.taught - inputs.substitutions);
  line('SUBSTITUTION', 'Tiết dạy thay', inputs.substitutions);
  const dutyPeriods = new Map<string, { label: string; periods: number }>();
  for (const duty of inputs.duties) {
    const kind = dutyKindOf(inputs.kinds, duty.kindCode, inputs.school.level);
    const term = inputs.terms.find((t) => t.code === duty.termCode);
    if (!kind || !term) continue;
    let periods = 0;
    if (kind.basis === DutyBasis.PER_WEEK) {
      const from = term.startsOn > inputs.from ? term.startsOn : inputs.from;
      const to = term.endsOn < inputs.to ? term.endsOn : inputs.to;
      if (from <= to) periods = (kind.periods * schoolDays(from, to)) / 5;
    } else if (duty.doneOn && duty.doneOn >= inputs.from && duty.doneOn <= inputs.to) {
      periods = kind.periods * duty.occurrences;
    }
    const found = dutyPeriods.get(kind.code) ?? { label: kind.name, periods: 0 };
    found.periods += periods;
    dutyPeriods.set(kind.code, found);
  }
  for (const [code, { label, periods }] of dutyPeriods) line(code, label, periods);
  return { workPoints: round(lines.reduce((sum, l) => sum + l.workPoints, 0)), lines };
}
