import { round } from '@kpi/platform';
import { DutyBasis, type SchoolLevel, type SchoolRegime, type TeachingRole } from '../entities/enums.js';

/**
 * The teaching load of a teacher (Circular 05/2025/TT-BGDĐT): the norm is the weekly norm of the
 * teacher's role at the school's level and regime times the term's teaching weeks; the load is
 * the periods taught (own lessons and substitutions alike) plus the period equivalents of the
 * duties held. What is above the norm is a surplus (paid as extra periods), below it a deficit.
 * Nothing here does I/O.
 */

export interface NormRow {
  level: SchoolLevel;
  regime: SchoolRegime;
  role: TeachingRole;
  periodsPerWeek: number;
  effectiveFrom: string;
  source: string;
}

export interface DutyKindRow {
  code: string;
  level: SchoolLevel | null;
  name: string;
  basis: DutyBasis;
  periods: number;
}

export interface DutyRow {
  termCode: string;
  kindCode: string;
  doneOn: string | null;
  occurrences: number;
}

export interface TermRow {
  code: string;
  startsOn: string;
  endsOn: string;
  teachingWeeks: number;
}

/** The weekly norm in force on a day for a role at a school: the latest row effective by then. */
export function weeklyNormOf(
  norms: readonly NormRow[],
  school: { level: SchoolLevel; regime: SchoolRegime },
  role: TeachingRole,
  on: string,
): NormRow | null {
  const candidates = norms
    .filter((n) => n.level === school.level && n.role === role && n.effectiveFrom <= on)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  // A regime without a norm of its own (e.g. semi-boarding upper secondary) takes the regular one.
  return candidates.find((n) => n.regime === school.regime) ?? candidates.find((n) => n.regime === 'REGULAR') ?? null;
}

/** A duty kind at a level: the row for that level when there is one, else the row for every level. */
export function dutyKindOf(kinds: readonly DutyKindRow[], code: string, level: SchoolLevel): DutyKindRow | null {
  return kinds.find((k) => k.code === code && k.level === level) ?? kinds.find((k) => k.code === code && k.level === null) ?? null;
}

/** A duty's period equivalent over a whole term. */
export function dutyPeriodsInTerm(kind: DutyKindRow, duty: DutyRow, term: TermRow): number {
  return kind.basis === DutyBasis.PER_WEEK ? kind.periods * term.teachingWeeks : kind.periods * duty.occurrences;
}

export interface LoadInputs {
  term: TermRow;
  school: { level: SchoolLevel; regime: SchoolRegime };
  role: TeachingRole;
  norms: readonly NormRow[];
  kinds: readonly DutyKindRow[];
  timetabledPerWeek: number;
  taught: number;
  substitutions: number;
  duties: readonly DutyRow[];
}

export interface DutyLoad {
  code: string;
  name: string;
  periods: number;
}

export interface TeachingLoad {
  weeklyNorm: number | null;
  normSource: string | null;
  normPeriods: number;
  timetabledPeriods: number;
  taughtPeriods: number;
  substitutionPeriods: number;
  dutyPeriods: number;
  duties: DutyLoad[];
  totalPeriods: number;
  /** total − norm: a surplus when positive, a deficit when negative. */
  balance: number;
}

export function teachingLoad(inputs: LoadInputs): TeachingLoad {
  const norm = weeklyNormOf(inputs.norms, inputs.school, inputs.role, inputs.term.startsOn);
  const normPeriods = norm ? norm.periodsPerWeek * inputs.term.teachingWeeks : 0;
  const byCode = new Map<string, DutyLoad>();
  for (const duty of inputs.duties) {
    const kind = dutyKindOf(inputs.kinds, duty.kindCode, inputs.school.level);
    if (!kind) continue; // recorded against a kind since withdrawn: counted nowhere, as the rules stand
    const line = byCode.get(kind.code) ?? { code: kind.code, name: kind.name, periods: 0 };
    line.periods += dutyPeriodsInTerm(kind, duty, inputs.term);
    byCode.set(kind.code, line);
  }
  const duties = [...byCode.values()].map((d) => ({ ...d, periods: round(d.periods) }));
  const dutyPeriods = round(duties.reduce((sum, d) => sum + d.periods, 0));
  const totalPeriods = round(inputs.taught + dutyPeriods);
  return {
    weeklyNorm: norm?.periodsPerWeek ?? null,
    normSource: norm?.source ?? null,
    normPeriods: round(normPeriods),
    timetabledPeriods: inputs.timetabledPerWeek * inputs.term.teachingWeeks,
    taughtPeriods: inputs.taught,
    substitutionPeriods: inputs.substitutions,
    dutyPeriods,
    duties,
    totalPeriods,
    balance: round(totalPeriods - normPeriods),
  };
}
