import { describe, expect, it } from '@jest/globals';
import { inLanguage, Role } from '@kpi/platform';
import { actor, codeOf } from '@kpi/platform/testkit';
import { canReadScore, canReadUnitScores } from '../src/rules/access.js';
import { band, classify, leaderScore } from '../src/rules/classification.js';
import { combineSegments, decree335, scoreSegment, type DiaryFacts, type ProductFacts } from '../src/rules/indicators.js';
import { scorePeople, type StretchInput } from '../src/rules/people.js';
import { periodRange } from '../src/rules/periods.js';
import { assertRules, DECREE_335, KHANH_HOA, type ScoringRules } from '../src/rules/policy.js';

const code = codeOf;
const product = (over: Partial<ProductFacts>): ProductFacts => ({
  id: 'p',
  deadline: '2026-11-13',
  status: 'COMPLETED',
  timeliness: 'ON_TIME',
  quality: 'GOOD',
  majorErrors: 0,
  excusedErrors: 0,
  delays: 0,
  excusedDelays: 0,
  ...over,
});
const facts = (over: Partial<DiaryFacts> = {}): DiaryFacts => ({
  workingDays: 20,
  leaveDays: 2,
  declaredDays: 16,
  lateDeclarations: 2,
  daysOverStandard: 0,
  farAboveStandardEntries: 0,
  entries: 50,
  approvedEntries: 50,
  approvedActualMinutes: 7000,
  items: [
    {
      workItemId: 'i',
      version: 1,
      standardMinutes: 120,
      coefficient: 1.2,
      entries: 50,
      quantity: 50,
      actualMinutes: 7000,
      selfInitiatedQuantity: 50,
    },
  ],
  led: [],
  coOperated: [],
  ...over,
});
const plain = { standardDayMinutes: 480, sectorStandard: null, creativity: null };
/** Khanh Hoa's preset with leaders' own, stricter bands: 95 / 85 / 60. */
const strict: ScoringRules = {
  ...KHANH_HOA,
  leaderBands: [
    { level: 'EXCELLENT', min: 95, inclusive: true },
    { level: 'GOOD', min: 85, inclusive: true },
    { level: 'COMPLETED', min: 60, inclusive: true },
  ],
};

describe('the indicators, worked by hand', () => {
  it('quantity: 50 × 120 min × 1.2 = 7,200 work points against 18 available days × 480 = 8,640 → 83.33', () => {
    const score = scoreSegment(facts(), plain, DECREE_335);
    expect(score.workPoints).toBe(7200);
    expect(score.capacityMinutes).toBe(8640);
    expect(score.indicators.quantity).toBe(83.33);
    // proactivity: 16 of 18 days declared = 88.89, less 2 of 50 entries late (× 0.96) = 85.33
    expect(score.indicators.proactivity).toBe(85.33);
    // nothing assigned or co-operated, no rating: only quantity (30) and proactivity (10) apply
    expect(score.indicators).toMatchObject({ timeliness: null, quality: null, coordination: null, creativity: null, overdue: null });
    // (30 × 83.333 + 10 × 85.333) ÷ 40 = (2,500 + 853.33) ÷ 40 = 83.83
    expect(score.kpi).toBe(83.83);
  });

  it('Decree 335 on four products: on time; late with one error; unsatisfactory; still overdue', () => {
    const led = [
      product({ id: 'A' }), // quality 1, progress 1
      product({ id: 'B', timeliness: 'LATE', delays: 1, majorErrors: 1 }), // quality 0.75, progress 0.75
      product({ id: 'C', quality: 'UNSATISFACTORY' }), // quality 0, progress 1
      product({ id: 'D', status: 'IN_PROGRESS', timeliness: 'OVERDUE', quality: null }), // 0 and 0
      product({ id: 'E', status: 'IN_PROGRESS', timeliness: 'PENDING', quality: null }), // not yet due: left out
      product({ id: 'F', status: 'CANCELLED', timeliness: 'CANCELLED', quality: null }), // counts nowhere
    ];
    expect(decree335(led, DECREE_335)).toEqual({
      assigned: 5,
      judged: 4,
      completed: 3,
      judgedUnits: 4, // facts without quantities: a unit a product
      completedUnits: 3,
      unitsMeetingRequirements: 2, // A and B (C is unsatisfactory)
      unitsOnTime: 2, // A and C
      quantityPct: 75, // 3 finished ÷ 4 judged
      qualityPct: 43.75, // (1 + 0.75 + 0 + 0) ÷ 4
      progressPct: 68.75, // (1 + 0.75 + 1 + 0) ÷ 4
      plainQualityPct: 50, // 2 meeting requirements ÷ 4, before B's error
      plainProgressPct: 50, // 2 on time ÷ 4, before the delays' deductions
    });
    const coOperated = [product({ id: 'X' }), product({ id: 'Y', timeliness: 'LATE', delays: 1 })];
    const score = scoreSegment(facts({ led, coOperated }), plain, DECREE_335);
    expect(score.indicators).toEqual({
      quantity: 79.17, // ½ × 83.333 + ½ × 75
      timeliness: 68.75,
      quality: 43.75,
      proactivity: 85.33,
      coordination: 50, // 1 of 2 co-operated on time
      creativity: null,
      overdue: 50, // (1 late + 1 overdue) ÷ 4 due = 0.5
    });
    // (30 × 79.167 + 20 × 68.75 + 20 × 43.75 + 10 × 85.333 + 5 × 50 + 10 × 50) ÷ 95 = 6,228.33 ÷ 95 = 65.56
    expect(score.kpi).toBe(65.56);
    expect(score.overdueShare).toBe(0.5);
  });

  it('each major error or delay takes 25 % of the product; excused ones take nothing; never below 0', () => {
    const q = (p: Partial<ProductFacts>) => decree335([product(p)], DECREE_335);
    expect(q({ majorErrors: 2 }).qualityPct).toBe(50);
    expect(q({ majorErrors: 2, excusedErrors: 1 }).qualityPct).toBe(75);
    expect(q({ majorErrors: 5 }).qualityPct).toBe(0);
    expect(q({ timeliness: 'LATE', delays: 3 }).progressPct).toBe(25);
    expect(q({ timeliness: 'LATE', delays: 1, excusedDelays: 1 }).progressPct).toBe(100);
    // Submitted late and not yet reviewed: one delay assumed; no quality verdict yet.
    expect(q({ status: 'SUBMITTED', timeliness: 'LATE', quality: null })).toMatchObject({ progressPct: 75, qualityPct: null });
  });

  it('counts units: 10 assigned and 8 done is 80 % of the quantity, and only the 8 can meet requirements or be on time', () => {
    const led = [
      product({ id: 'A', expectedQuantity: 10, quantityDone: 8 }), // completed, good, on time: 8 of 10 delivered
      product({ id: 'B', expectedQuantity: 2, quantityDone: 2, timeliness: 'LATE', delays: 1, majorErrors: 1 }), // 2 of 2, late, one error
      product({ id: 'C', expectedQuantity: 3, quantityDone: 5 }), // more reported than assigned: 3 of 3
      product({ id: 'D', expectedQuantity: 5, quantityDone: null, status: 'IN_PROGRESS', timeliness: 'OVERDUE', quality: null }), // 0 of 5
    ];
    expect(decree335(led, DECREE_335)).toEqual({
      assigned: 4,
      judged: 4,
      completed: 3,
      judgedUnits: 20,
      completedUnits: 13, // 8 + 2 + 3
      unitsMeetingRequirements: 13,
      unitsOnTime: 11, // A's 8 and C's 3
      quantityPct: 65, // 13 ÷ 20
      qualityPct: 62.5, // (8 + 2 × 0.75 + 3) ÷ 20
      progressPct: 62.5, // (8 + 2 × 0.75 + 3) ÷ 20
      plainQualityPct: 65, // 13 ÷ 20
      plainProgressPct: 55, // 11 ÷ 20
    });
    // Under a policy counting products (every version stored before units), the quantities are ignored as before.
    expect(decree335(led, { ...DECREE_335, productQuantity: 'PRODUCTS' })).toMatchObject({
      judgedUnits: 4,
      completedUnits: 3,
      quantityPct: 75,
    });
    const stored = { ...DECREE_335 };
    delete stored.productQuantity;
    expect(decree335(led, stored).quantityPct).toBe(75);
  });

  it('refuses a policy counting products in anything but UNITS or PRODUCTS, in the language asked', () => {
    const boxes = () => assertRules({ ...DECREE_335, productQuantity: 'BOXES' as 'UNITS' });
    expect(() => inLanguage('en', boxes)).toThrow('Products are counted in UNITS or PRODUCTS.');
    expect(() => inLanguage('vi', boxes)).toThrow('Sản phẩm được đếm theo UNITS (số đơn vị) hoặc PRODUCTS (số sản phẩm).');
  });

  it('a sector standard of 8,400 min a month is 400 a working day (÷ 21): 18 days = 7,200 → quantity 100', () => {
    const weights = { quantity: 50, timeliness: 10, quality: 10, proactivity: 10, coordination: 5, creativity: 5, overdue: 10 };
    const score = scoreSegment(
      facts(),
      { standardDayMinutes: 480, sectorStandard: { expectedMinutesPerMonth: 8400, weights }, creativity: 70 },
      DECREE_335,
    );
    expect(score.capacityMinutes).toBe(7200);
    expect(score.indicators.quantity).toBe(100);
    // (50 × 100 + 10 × 85.333 + 5 × 70) ÷ 65 = 6,203.33 ÷ 65 = 95.44
    expect(score.kpi).toBe(95.44);
    expect(score.weights).toBe(weights);
  });
});

describe('classification', () => {
  it('Decree 335 bands 90 / 70 / 50 and Khanh Hoa’s 90 / > 80 / > 50', () => {
    expect([95, 90, 89.99, 80, 70, 69.99, 50, 49.99].map((s) => band(s, DECREE_335))).toEqual([
      'EXCELLENT',
      'EXCELLENT',
      'GOOD',
      'GOOD',
      'GOOD',
      'COMPLETED',
      'COMPLETED',
      'NOT_COMPLETED',
    ]);
    expect([90, 80.01, 80, 50.01, 50].map((s) => band(s, KHANH_HOA))).toEqual([
      'EXCELLENT',
      'GOOD',
      'COMPLETED',
      'COMPLETED',
      'NOT_COMPLETED',
    ]);
  });

  it('leaders are banded by their own bands where the policy sets them; both presets hold both groups', () => {
    expect([96, 92, 84, 59].map((s) => band(s, strict, true))).toEqual(['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED']);
    expect([96, 92, 84, 59].map((s) => band(s, strict, false))).toEqual(['EXCELLENT', 'EXCELLENT', 'GOOD', 'COMPLETED']);
    expect(classify(92, { overdueShare: null }, strict, true)).toEqual({ level: 'GOOD', byBand: 'GOOD', gate: null });
    // A version stored without leaders' bands bands everyone alike.
    const stored: ScoringRules = { ...strict };
    delete stored.leaderBands;
    expect(band(92, stored, true)).toBe('EXCELLENT');
    expect(KHANH_HOA.leaderBands).toEqual(KHANH_HOA.bands);
    expect(DECREE_335.leaderBands).toEqual(DECREE_335.bands);
  });

  it('refuses leaders’ bands out of order, naming them', () => {
    const reversed = () => assertRules({ ...DECREE_335, leaderBands: [...DECREE_335.bands].reverse() });
    expect(() => inLanguage('en', reversed)).toThrow('leaderBands: bands are EXCELLENT, GOOD and COMPLETED, in that order.');
    expect(() => inLanguage('vi', reversed)).toThrow('leaderBands: các khung điểm là EXCELLENT, GOOD và COMPLETED, theo đúng thứ tự đó.');
  });

  it('the overdue gate: exactly 20 % passes, just above does not, whatever the points', () => {
    expect(classify(95, { overdueShare: 0.2 }, DECREE_335)).toEqual({ level: 'EXCELLENT', byBand: 'EXCELLENT', gate: null }); // 1 of 5
    expect(classify(95, { overdueShare: 2 / 9 }, DECREE_335)).toEqual({ level: 'NOT_COMPLETED', byBand: 'EXCELLENT', gate: 'OVERDUE' }); // 22.2 %
    expect(classify(95, { overdueShare: null, disciplined: true }, DECREE_335).gate).toBe('DISCIPLINE');
    expect(classify(null, { overdueShare: null }, DECREE_335).level).toBe('NOT_COMPLETED');
  });

  it('the leader rule: the unit in full when all are at least completed, at 50 % otherwise', () => {
    // own 80, unit (90 + 70) ÷ 2 = 80: ½ × 80 + ½ × 80 = 80
    expect(
      leaderScore(
        80,
        [
          { score: 90, level: 'EXCELLENT' },
          { score: 70, level: 'GOOD' },
        ],
        DECREE_335,
      ),
    ).toEqual({
      own: 80,
      unit: 80,
      anySubordinateNotCompleted: false,
      score: 80,
    });
    // own 80, unit (90 + 40) ÷ 2 = 65, one not completed: ½ × 80 + ½ × 65 × 0.5 = 56.25
    expect(
      leaderScore(
        80,
        [
          { score: 90, level: 'EXCELLENT' },
          { score: 40, level: 'NOT_COMPLETED' },
        ],
        DECREE_335,
      ).score,
    ).toBe(56.25);
    expect(leaderScore(80, [], DECREE_335).score).toBe(80);
  });
});

describe('people, stretches and the leader line', () => {
  const stretch = (over: Partial<StretchInput>): StretchInput => ({
    from: '2026-11-01',
    to: '2026-11-30',
    agencyId: 'A',
    divisionId: 'A1',
    positionId: 'p',
    supervisorId: 'boss',
    positionCategory: 'PROFESSIONAL' as StretchInput['positionCategory'],
    isLeadership: false,
    sectorCode: null,
    facts: facts(),
    context: plain,
    ...over,
  });

  it('a period bands a leader by the leaders’ bands and a member of staff by everyone’s, on the same 92 points', () => {
    // 53.6 × 120 min × 1.2 = 7,718.4 points ÷ 8,640 = 89.33; all 18 days declared on time: (30 × 89.33 + 10 × 100) ÷ 40 = 92
    const worked = facts({
      declaredDays: 18,
      lateDeclarations: 0,
      items: [{ ...facts().items[0]!, quantity: 53.6 }],
    });
    const [leader, member] = scorePeople(
      [
        { employeeId: 'L', stretches: [stretch({ isLeadership: true, supervisorId: null, facts: worked })] },
        { employeeId: 'M', stretches: [stretch({ divisionId: 'B1', supervisorId: null, facts: worked })] },
      ],
      strict,
    );
    expect([leader!.score, member!.score]).toEqual([92, 92]);
    expect([leader!.classification.level, member!.classification.level]).toEqual(['GOOD', 'EXCELLENT']);
  });

  it('a transfer mid-month: each stretch scored where the person worked, combined by available days', () => {
    // 10 days at 80 and 8 days at 60: (800 + 480) ÷ 18 = 71.11
    expect(
      combineSegments([
        { kpi: 80, availableDays: 10 },
        { kpi: 60, availableDays: 8 },
      ]),
    ).toBe(71.11);
    const busy = facts({ workingDays: 10, leaveDays: 0, declaredDays: 10, lateDeclarations: 0, entries: 30 });
    const quiet = facts({ workingDays: 11, leaveDays: 0, declaredDays: 5, lateDeclarations: 0, entries: 10, items: [] });
    const [moved] = scorePeople(
      [
        {
          employeeId: 'e',
          stretches: [
            stretch({ to: '2026-11-14', agencyId: 'A', divisionId: 'A1', facts: busy }),
            stretch({ from: '2026-11-15', agencyId: 'B', divisionId: 'B1', facts: quiet }),
          ],
        },
      ],
      DECREE_335,
    );
    expect(moved!.segments.map((s) => [s.agencyId, s.availableDays])).toEqual([
      ['A', 10],
      ['B', 11],
    ]);
    // A: quantity 100 (7,200 ÷ 4,800 capped), proactivity 100 → 100. B: quantity 0, proactivity 45.45 → (0 + 454.5) ÷ 40 = 11.36
    expect(moved!.segments.map((s) => s.kpi)).toEqual([100, 11.36]);
    // (100 × 10 + 11.36 × 11) ÷ 21 = 53.57; counted in B, where more days were worked
    expect(moved!.ownScore).toBe(53.57);
    expect(moved!.agencyId).toBe('B');
  });

  it('leaders take in their reports bottom-up, and the same inputs always give the same numbers', () => {
    const people = [
      { employeeId: 'boss', stretches: [stretch({ isLeadership: true, supervisorId: null })] },
      { employeeId: 'x', stretches: [stretch({})] },
      { employeeId: 'y', stretches: [stretch({ facts: facts({ items: [], declaredDays: 3, lateDeclarations: 0 }) })] },
    ];
    const first = scorePeople(people, DECREE_335);
    const boss = first.find((p) => p.employeeId === 'boss')!;
    const y = first.find((p) => p.employeeId === 'y')!;
    expect(y.classification.level).toBe('NOT_COMPLETED'); // (0 + 10 × 16.67) ÷ 40 = 4.17
    expect(boss.unitScore).toBe(Math.round(((83.83 + y.score!) / 2) * 100) / 100);
    // ½ × 83.83 + ½ × unit × 0.5 (y is not completed)
    expect(boss.score).toBe(Math.round((0.5 * 83.83 + 0.5 * boss.unitScore! * 0.5) * 100) / 100);
    expect(scorePeople(people, DECREE_335)).toEqual(first);
  });

  it('gives everyone the same numbers whatever order the people come in: unit means and supervisor cycles alike', () => {
    // A seeded generator: the same province every run. 300 leaders of 2–30 people each, whose own
    // scores differ in their decimals, and two leaders who supervise each other.
    let seed = 20261206;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const person = (employeeId: string, over: Partial<StretchInput>) => ({
      employeeId,
      stretches: [
        stretch({ facts: facts({ items: [{ ...facts().items[0]!, quantity: 20 + Math.floor(random() * 4000) / 100 }] }), ...over }),
      ],
    });
    const people = [
      person('cycle-a', { isLeadership: true, supervisorId: 'cycle-b' }),
      person('cycle-b', { isLeadership: true, supervisorId: 'cycle-a' }),
    ];
    for (let l = 0; l < 300; l++) {
      people.push(person(`leader-${l}`, { isLeadership: true, supervisorId: 'cycle-a' }));
      const size = 2 + Math.floor(random() * 29);
      for (let m = 0; m < size; m++) people.push(person(`member-${l}-${m}`, { supervisorId: `leader-${l}` }));
    }
    const byId = (results: ReturnType<typeof scorePeople>) => new Map(results.map((r) => [r.employeeId, r]));
    const first = byId(scorePeople(people, DECREE_335));
    for (let round = 0; round < 5; round++) {
      const shuffled = people
        .map((p) => ({ p, at: random() }))
        .sort((a, b) => a.at - b.at)
        .map(({ p }) => p);
      const again = byId(scorePeople(shuffled, DECREE_335));
      const differing = [...first.keys()].filter((id) => again.get(id)!.score !== first.get(id)!.score);
      expect(differing).toEqual([]);
      expect(again).toEqual(first);
    }
  });
});

describe('policy, periods and access', () => {
  it('refuses weights that do not sum to 100 and bands out of order', () => {
    expect(code(() => assertRules(DECREE_335))).toBeNull();
    expect(code(() => assertRules(KHANH_HOA))).toBeNull();
    expect(code(() => assertRules({ ...DECREE_335, weights: { ...DECREE_335.weights, quantity: 31 } }))).toBe('INVALID_WEIGHTS');
    expect(code(() => assertRules({ ...DECREE_335, bands: [...DECREE_335.bands].reverse() }))).toBe('BAD_USER_INPUT');
    expect(code(() => assertRules({ ...DECREE_335, overdueGate: 1.5 }))).toBe('BAD_USER_INPUT');
  });

  it('reads months, quarters and years', () => {
    expect(periodRange('2026-02')).toEqual({ code: '2026-02', kind: 'MONTH', from: '2026-02-01', to: '2026-02-28' });
    expect(periodRange('2026-Q4')).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodRange('2026')).toMatchObject({ kind: 'YEAR', from: '2026-01-01', to: '2026-12-31' });
    expect(code(() => periodRange('2026-13'))).toBe('BAD_USER_INPUT');
  });

  it('a person sees their own scores, heads their unit’s, analysts the province, integration clients nothing unless granted', () => {
    const owner = { employeeId: 'e', agencyId: 'A', divisionId: 'A1', supervisorId: 'boss' };
    expect(canReadScore(actor.person('e', [Role.STAFF], ['A']), owner)).toBe(true);
    expect(canReadScore(actor.person('other', [Role.STAFF], ['A']), owner)).toBe(false);
    expect(canReadScore(actor.person('boss', [Role.STAFF], ['A']), owner)).toBe(true);
    expect(canReadScore(actor.person('h', [Role.UNIT_HEAD], ['A'], ['A1']), owner)).toBe(true);
    expect(canReadScore(actor.person('h2', [Role.UNIT_HEAD], ['A'], ['A2']), owner)).toBe(false);
    expect(canReadScore(actor.provinceAnalyst(), owner)).toBe(true);
    expect(canReadScore(actor.integrationClient(), owner)).toBe(false);
    expect(canReadScore({ ...actor.integrationClient('analytics'), roles: [Role.INTEGRATION_CLIENT, Role.PROVINCE_ANALYST] }, owner)).toBe(
      true,
    );
    expect(canReadUnitScores(actor.person('h', [Role.UNIT_HEAD], ['A'], ['A1']), { id: 'A1', parentId: 'A' })).toBe(true);
    expect(canReadUnitScores(actor.person('s', [Role.STAFF], ['A']), { id: 'A1', parentId: 'A' })).toBe(false);
  });
});
