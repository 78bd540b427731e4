import { describe, expect, it } from '@jest/globals';
import { Role } from '@kpi/platform';
import { actor } from '@kpi/platform/testkit';
import {
  ANALYTICS_POLICY,
  bucketOf,
  canReadProvinceAnalytics,
  discipline,
  highOutliers,
  histogram,
  mad,
  median,
  previousPeriodCode,
  robustZ,
  staffingEstimate,
} from '../src/rules/analytics.js';

describe('median and MAD, worked by hand', () => {
  it('median: [3, 1, 2] → 2; [4, 1, 3, 2] → (2 + 3) ÷ 2 = 2.5; [] → null', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('MAD of [420, 430, 440, 450, 460, 700]: median 445, deviations 25 15 5 5 15 255 → median 15', () => {
    expect(mad([420, 430, 440, 450, 460, 700])).toBe(15);
  });
});

describe('robust z-scores (Iglewicz & Hoaglin): 0.6745 × (x − median) ÷ MAD', () => {
  it('agencies at 420–460 minutes a declared day and one at 700: z(700) = 0.6745 × 255 ÷ 15 = 11.47 > 3.5, z(460) = 0.67', () => {
    const minutes = [420, 430, 440, 450, 460, 700];
    const { median: m, mad: d, z } = robustZ(minutes);
    expect(m).toBe(445);
    expect(d).toBe(15);
    expect(z[5]).toBeCloseTo(11.4665, 3);
    expect(z[4]).toBeCloseTo(0.6745, 4);
    expect(z[0]).toBeCloseTo(-1.1242, 3); // 0.6745 × (420 − 445) ÷ 15

    const { outliers } = highOutliers(
      minutes.map((value, i) => ({ agency: `A${i}`, value })),
      (a) => a.value,
    );
    expect(outliers.map((o) => o.item.agency)).toEqual(['A5']);
  });

  it('only the high side stands out: an agency far below (z = 0.6745 × (190 − 442.5) ÷ 10 = −17) is not flagged as high hours', () => {
    const { outliers } = highOutliers([190, 430, 440, 450, 460, 445], (v) => v);
    expect(outliers).toEqual([]);
  });

  it('MAD = 0 (most agencies at exactly 480): the mean absolute deviation stands in — 120 ÷ (1.2533 × 24) = 3.99 > 3.5', () => {
    // [480, 480, 480, 480, 600]: median 480, deviations 0 0 0 0 120 → MAD 0; mean deviation 120 ÷ 5 = 24.
    const { mad: d, z } = robustZ([480, 480, 480, 480, 600]);
    expect(d).toBe(0);
    expect(z[4]).toBeCloseTo(3.989, 3);
    expect(z[0]).toBe(0);
    expect(highOutliers([480, 480, 480, 480, 600], (v) => v).outliers.map((o) => o.value)).toEqual([600]);
  });

  it('no spread at all: nothing stands out; no values: no median', () => {
    expect(robustZ([480, 480, 480]).z).toEqual([0, 0, 0]);
    expect(robustZ([])).toEqual({ median: null, mad: null, z: [] });
  });

  it('the threshold is policy: 3.5 as Iglewicz & Hoaglin recommend', () => {
    expect(ANALYTICS_POLICY.robustZThreshold).toBe(3.5);
    // z(560) over [420…460, 560] = 0.6745 × (560 − 445) ÷ 15 = 5.17: flagged at 3.5, not at 6.
    expect(highOutliers([420, 430, 440, 450, 460, 560], (v) => v).outliers).toHaveLength(1);
    expect(highOutliers([420, 430, 440, 450, 460, 560], (v) => v, 6).outliers).toHaveLength(0);
  });
});

describe('score histogram in 10-point buckets', () => {
  it('bucketOf: 0 and 9.99 → [0, 10); 10 → [10, 20); 89.99 → [80, 90); 90 and 100 → [90, 100]', () => {
    expect([0, 9.99, 10, 89.99, 90, 100].map((s) => bucketOf(s))).toEqual([0, 0, 1, 8, 9, 9]);
  });

  it('people per whole point → 10 buckets: 3 at 49 → [40, 50); 2 at 50 → [50, 60); 4 at 95 + 1 at 100 → [90, 100]', () => {
    const buckets = histogram([
      { point: 49, people: 3 },
      { point: 50, people: 2 },
      { point: 95, people: 4 },
      { point: 100, people: 1 },
    ]);
    expect(buckets).toHaveLength(10);
    expect(buckets[0]).toEqual({ from: 0, to: 10, people: 0 });
    expect(buckets[4]).toEqual({ from: 40, to: 50, people: 3 });
    expect(buckets[5]).toEqual({ from: 50, to: 60, people: 2 });
    expect(buckets[9]).toEqual({ from: 90, to: 100, people: 5 });
    expect(buckets.reduce((sum, b) => sum + b.people, 0)).toBe(10);
  });
});

describe('diary discipline', () => {
  it('22 working days − 2 leave = 20 available, 17 declared → missing 1 − 17 ÷ 20 = 0.15; 3 days over ÷ 17 = 0.1765; 6 late ÷ 120 = 0.05', () => {
    expect(discipline({ workingDays: 22, leaveDays: 2, declaredDays: 17, daysOverStandard: 3, entries: 120, lateDeclarations: 6 })).toEqual(
      {
        availableDays: 20,
        missingDiaryRate: 0.15,
        overStandardDayShare: 0.1765,
        lateDeclarationShare: 0.05,
      },
    );
  });

  it('a whole month of leave: nothing available, no rate (not 100 % missing)', () => {
    const d = discipline({ workingDays: 21, leaveDays: 21, declaredDays: 0, daysOverStandard: 0, entries: 0, lateDeclarations: 0 });
    expect(d).toEqual({ availableDays: 0, missingDiaryRate: null, overStandardDayShare: null, lateDeclarationShare: null });
  });
});

describe('staffing estimate (measured standard workload against capacity)', () => {
  it('3 holders × 21 days × 480 min = 30,240 min capacity, 36,000 min of standard work → utilisation 1.1905, 36,000 ÷ 10,080 = 3.57 → 3.6 needed, gap +0.6', () => {
    expect(staffingEstimate({ workloadMinutes: 36_000, capacityMinutes: 30_240, holders: 3 })).toEqual({
      utilisation: 1.1905,
      positionsNeeded: 3.6,
      gap: 0.6,
    });
  });

  it('2.5 people-equivalents (one left mid-month), 25,200 min capacity, 20,000 min of work → 20,000 ÷ 10,080 = 1.98 → 2.0 needed, gap −0.5', () => {
    expect(staffingEstimate({ workloadMinutes: 20_000, capacityMinutes: 25_200, holders: 2.5 })).toEqual({
      utilisation: 0.7937,
      positionsNeeded: 2,
      gap: -0.5,
    });
  });

  it('no capacity (everyone on leave): nothing can be estimated', () => {
    expect(staffingEstimate({ workloadMinutes: 0, capacityMinutes: 0, holders: 1 })).toEqual({
      utilisation: null,
      positionsNeeded: null,
      gap: null,
    });
  });
});

describe('periods and access', () => {
  it('the previous period of the same kind: 2026-10 → 2026-09, 2026-01 → 2025-12, 2026-Q1 → 2025-Q4, 2026-Q3 → 2026-Q2, 2026 → 2025', () => {
    expect(['2026-10', '2026-01', '2026-Q1', '2026-Q3', '2026'].map(previousPeriodCode)).toEqual([
      '2026-09',
      '2025-12',
      '2025-Q4',
      '2026-Q2',
      '2025',
    ]);
  });

  it('province roles read the analytics; staff, agency admins, integration clients and the graph’s services do not', () => {
    expect(canReadProvinceAnalytics(actor.provinceAnalyst())).toBe(true);
    expect(canReadProvinceAnalytics(actor.provinceAdmin())).toBe(true);
    const someone = { id: '00000000-0000-4000-8000-000000000001', agencyId: '00000000-0000-4000-8000-000000000002' };
    expect(canReadProvinceAnalytics(actor.staff(someone))).toBe(false);
    expect(canReadProvinceAnalytics(actor.agencyAdmin(someone))).toBe(false);
    expect(canReadProvinceAnalytics(actor.integrationClient())).toBe(false);
    expect(canReadProvinceAnalytics({ ...actor.integrationClient('bi'), roles: [Role.PROVINCE_ANALYST] })).toBe(true); // a system granted the analyst role, as for scores
    expect(
      canReadProvinceAnalytics({
        subject: 'service:diary',
        kind: 'service',
        employeeId: null,
        name: null,
        roles: [Role.SERVICE, Role.PROVINCE_ANALYST],
        agencyIds: [],
        unitIds: [],
      }),
    ).toBe(false);
  });
});
