import { describe, expect, it } from '@jest/globals';
import { assessYear, otherCriteriaMax } from '../src/rules/assessment.js';
import { applyExcellentCap, capOf, type Ranked } from '../src/rules/cap.js';
import { band } from '../src/rules/classification.js';
import { DECREE_335 } from '../src/rules/policy.js';

/** People of one group with these totals, levels by Decree 335's bands. */
const group = (name: string, totals: number[]): Ranked[] =>
  totals.map((total, i) => ({ id: `${name}${i + 1}`, group: name, total, level: band(total, DECREE_335) }));
const excellent = (result: { id: string; level: string }[]) => result.filter((r) => r.level === 'EXCELLENT').map((r) => r.id);

describe('the annual total', () => {
  it('staff: 70 % of the KPI plus up to 30 general points — 85 × 0.7 + 28 = 87.5, good', () => {
    const r = assessYear({ kpiScore: 85, isLeadership: false, otherCriteria: 28, disciplined: false, overdueShare: 0.1 }, DECREE_335);
    expect(r).toEqual({ kpiShare: 0.7, kpiPoints: 59.5, total: 87.5, classification: { level: 'GOOD', byBand: 'GOOD', gate: null } });
  });

  it('leaders: 50 % of the KPI plus up to 50 — 90 × 0.5 + 46 = 91, excellent', () => {
    expect(otherCriteriaMax(true, DECREE_335)).toBe(50);
    expect(otherCriteriaMax(false, DECREE_335)).toBe(30);
    const r = assessYear({ kpiScore: 90, isLeadership: true, otherCriteria: 46, disciplined: false, overdueShare: null }, DECREE_335);
    expect([r.kpiPoints, r.total, r.classification.level]).toEqual([45, 91, 'EXCELLENT']);
  });

  it('gates: discipline, or more than 20 % of the year’s work late or overdue, means not completed', () => {
    const base = { kpiScore: 95, isLeadership: false, otherCriteria: 30, disciplined: false, overdueShare: 0.2 };
    expect(assessYear(base, DECREE_335).classification.level).toBe('EXCELLENT'); // 96.5, exactly 20 %
    expect(assessYear({ ...base, overdueShare: 0.21 }, DECREE_335).classification).toEqual({
      level: 'NOT_COMPLETED',
      byBand: 'EXCELLENT',
      gate: 'OVERDUE',
    });
    expect(assessYear({ ...base, disciplined: true }, DECREE_335).classification.gate).toBe('DISCIPLINE');
    expect(assessYear({ ...base, otherCriteria: null }, DECREE_335).total).toBeNull();
  });
});

describe('the excellent cap: at most 20 % of those rated good or better', () => {
  it('10 people, 8 good or better: ⌊0.2 × 8⌋ = 1 excellent; the next three are rated good', () => {
    const people = group('P', [95, 93, 92, 91, 85, 80, 75, 72, 60, 40]);
    expect(capOf(people, 0.2)).toBe(1);
    const result = applyExcellentCap(people, 0.2);
    expect(excellent(result)).toEqual(['P1']);
    expect(result.filter((r) => r.capped).map((r) => r.id)).toEqual(['P2', 'P3', 'P4']);
    expect(result.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('a tie at the edge is not broken by chance: 94 and 94 for one place — neither is kept, both marked tied', () => {
    const people = group('P', [94, 94, 88, 85, 80, 60, 40]); // 5 good or better → cap 1
    const result = applyExcellentCap(people, 0.2);
    expect(excellent(result)).toEqual([]);
    expect(result.filter((r) => r.tiedAtCap).map((r) => r.id)).toEqual(['P1', 'P2']);
    expect(result.slice(0, 2).map((r) => r.rank)).toEqual([1, 1]); // ties share a rank
    // With 10 good or better the cap is 2 and both fit.
    expect(excellent(applyExcellentCap(group('P', [94, 94, 88, 85, 80, 78, 75, 72, 71, 70]), 0.2))).toEqual(['P1', 'P2']);
  });

  it('97 is kept; 93 and 93 tie for the second and last place — left to the agency', () => {
    const people = group('P', [97, 93, 93, 88, 86, 84, 82, 80, 78, 75]); // 10 good or better → cap 2
    const result = applyExcellentCap(people, 0.2);
    expect(excellent(result)).toEqual(['P1']);
    expect(result.filter((r) => r.tiedAtCap).map((r) => r.id)).toEqual(['P2', 'P3']);
  });

  it('within each group of similar tasks too: 4 support staff rated good or better allow none', () => {
    const people = [...group('PRO', [97, 95, 91, 88, 86, 84, 82, 80, 78, 55]), ...group('SUP', [96, 85, 80, 75, 60])];
    // PRO: 9 good or better → 1; SUP: 4 → ⌊0.8⌋ = 0; agency: 13 → 2. The support staff’s 96 is capped.
    const result = applyExcellentCap(people, 0.2);
    expect(excellent(result)).toEqual(['PRO1']);
    expect(result.find((r) => r.id === 'SUP1')).toMatchObject({ level: 'GOOD', capped: true, tiedAtCap: false });
  });
});
