import { describe, expect, it } from '@jest/globals';
import { DutyBasis, SchoolLevel, SchoolRegime, TeachingRole } from '../src/entities/enums.js';
import { DUTY_KINDS, NORMS_FROM, TEACHING_NORMS } from '../src/migrations/norms.js';
import { dutyKindOf, teachingLoad, weeklyNormOf, type DutyKindRow, type NormRow } from '../src/rules/load.js';
import { schoolDays, WEEK_MINUTES, workFactsOfRange } from '../src/rules/work-facts.js';

const norms: NormRow[] = TEACHING_NORMS.map((n) => ({
  ...n,
  level: n.level as SchoolLevel,
  regime: n.regime as SchoolRegime,
  role: n.role as TeachingRole,
  effectiveFrom: NORMS_FROM,
  source: 'Circular 05/2025',
}));
const kinds: DutyKindRow[] = DUTY_KINDS.map((k) => ({ ...k, level: k.level as SchoolLevel | null, basis: k.basis as DutyBasis }));
const upper = { level: SchoolLevel.UPPER_SECONDARY, regime: SchoolRegime.REGULAR };
const term = { code: '2026-2027/HK1', startsOn: '2026-09-05', endsOn: '2027-01-16', teachingWeeks: 18 };

describe('teaching norms (Circular 05/2025/TT-BGDĐT, kept as data)', () => {
  it('gives 23, 19 and 17 periods a week to teachers of primary, lower and upper secondary schools', () => {
    const norm = (level: SchoolLevel) => weeklyNormOf(norms, { level, regime: SchoolRegime.REGULAR }, TeachingRole.TEACHER, '2026-10-01');
    expect([SchoolLevel.PRIMARY, SchoolLevel.LOWER_SECONDARY, SchoolLevel.UPPER_SECONDARY].map((l) => norm(l)?.periodsPerWeek)).toEqual([
      23, 19, 17,
    ]);
  });

  it('lowers the norm in boarding schools, falls back to the regular norm where a regime has none, and has none before it took effect', () => {
    expect(
      weeklyNormOf(norms, { level: SchoolLevel.UPPER_SECONDARY, regime: SchoolRegime.BOARDING }, TeachingRole.TEACHER, '2026-10-01')
        ?.periodsPerWeek,
    ).toBe(15);
    expect(
      weeklyNormOf(norms, { level: SchoolLevel.UPPER_SECONDARY, regime: SchoolRegime.SEMI_BOARDING }, TeachingRole.TEACHER, '2026-10-01')
        ?.periodsPerWeek,
    ).toBe(17);
    expect(weeklyNormOf(norms, upper, TeachingRole.TEACHER, '2025-01-01')).toBeNull();
  });

  it('takes the latest version in force: a new circular is a new row, not an edit', () => {
    const later: NormRow = {
      ...norms.find((n) => n.level === upper.level && n.role === TeachingRole.TEACHER && n.regime === 'REGULAR')!,
      periodsPerWeek: 16,
      effectiveFrom: '2027-09-01',
    };
    expect(weeklyNormOf([...norms, later], upper, TeachingRole.TEACHER, '2027-08-31')?.periodsPerWeek).toBe(17);
    expect(weeklyNormOf([...norms, later], upper, TeachingRole.TEACHER, '2027-09-01')?.periodsPerWeek).toBe(16);
  });

  it('counts homeroom as 3 periods a week in primary schools and 4 elsewhere', () => {
    expect(dutyKindOf(kinds, 'HOMEROOM', SchoolLevel.PRIMARY)?.periods).toBe(3);
    expect(dutyKindOf(kinds, 'HOMEROOM', SchoolLevel.UPPER_SECONDARY)?.periods).toBe(4);
  });
});

describe('a teacher’s load in a term', () => {
  it('is the norm × teaching weeks against periods taught plus duty equivalents', () => {
    const load = teachingLoad({
      term,
      school: upper,
      role: TeachingRole.TEACHER,
      norms,
      kinds,
      timetabledPerWeek: 14,
      taught: 250,
      substitutions: 6,
      duties: [
        { termCode: term.code, kindCode: 'HOMEROOM', doneOn: null, occurrences: 1 },
        { termCode: term.code, kindCode: 'EXAM_SESSION', doneOn: '2026-12-20', occurrences: 3 },
      ],
    });
    expect(load.normPeriods).toBe(17 * 18);
    expect(load.timetabledPeriods).toBe(14 * 18);
    expect(load.duties).toEqual([
      { code: 'HOMEROOM', name: 'Chủ nhiệm lớp', periods: 4 * 18 },
      { code: 'EXAM_SESSION', name: 'Coi thi, chấm thi (một buổi)', periods: 6 },
    ]);
    expect(load.totalPeriods).toBe(250 + 72 + 6);
    expect(load.balance).toBe(250 + 72 + 6 - 306);
  });

  it('gives a principal the leader’s norm of a few periods', () => {
    const load = teachingLoad({
      term,
      school: upper,
      role: TeachingRole.PRINCIPAL,
      norms,
      kinds,
      timetabledPerWeek: 2,
      taught: 30,
      substitutions: 0,
      duties: [],
    });
    expect(load.normPeriods).toBe(2 * 18);
    expect(load.balance).toBe(30 - 36);
  });
});

describe('teaching as work points (the scoring-facts contract)', () => {
  it('makes a teacher who teaches their norm fill a working week exactly', () => {
    // One week, Monday to Friday: 17 periods taught by an upper secondary teacher.
    const facts = workFactsOfRange({
      from: '2026-10-05',
      to: '2026-10-09',
      school: upper,
      role: TeachingRole.TEACHER,
      norms,
      kinds,
      terms: [term],
      taught: 17,
      substitutions: 0,
      duties: [],
    });
    expect(facts.workPoints).toBeCloseTo(WEEK_MINUTES, 0);
    expect(facts.lines).toEqual([
      { code: 'TAUGHT', label: 'Tiết dạy theo thời khóa biểu', quantity: 17, unit: 'tiết', workPoints: facts.workPoints },
    ]);
  });

  it('counts substitutions apart, weekly duties for the school days of the range inside the term, occurrences on their day', () => {
    const facts = workFactsOfRange({
      from: '2027-01-01',
      to: '2027-01-31',
      school: upper,
      role: TeachingRole.TEACHER,
      norms,
      kinds,
      terms: [term],
      taught: 40,
      substitutions: 4,
      duties: [
        { termCode: term.code, kindCode: 'HOMEROOM', doneOn: null, occurrences: 1 },
        { termCode: term.code, kindCode: 'EXAM_SESSION', doneOn: '2027-01-12', occurrences: 2 },
        { termCode: term.code, kindCode: 'EXAM_SESSION', doneOn: '2026-12-12', occurrences: 5 },
      ],
    });
    const perPeriod = WEEK_MINUTES / 17;
    // Term days in January: the 1st to the 16th, of which 11 are Monday to Friday.
    expect(schoolDays('2027-01-01', '2027-01-16')).toBe(11);
    expect(facts.lines.map((l) => [l.code, l.quantity])).toEqual([
      ['TAUGHT', 36],
      ['SUBSTITUTION', 4],
      ['HOMEROOM', 8.8],
      ['EXAM_SESSION', 4],
    ]);
    expect(facts.workPoints).toBeCloseTo((36 + 4 + 8.8 + 4) * perPeriod, 0);
  });

  it('gives no work points to someone whose role has no norm on record', () => {
    expect(
      workFactsOfRange({
        from: '2024-10-01',
        to: '2024-10-31',
        school: upper,
        role: TeachingRole.TEACHER,
        norms,
        kinds,
        terms: [],
        taught: 40,
        substitutions: 0,
        duties: [],
      }),
    ).toEqual({
      workPoints: 0,
      lines: [],
    });
  });
});
