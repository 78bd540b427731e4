import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Identity } from '@kpi/platform';
import { actor, errorsOf, type TestGraph } from '@kpi/platform/testkit';
import { demoUsers, type DemoProvince } from '@kpi/demo';
import type { GraphQLClient } from 'graphql-request';
import { graphql } from '../../src/graphql/index.js';
import pg from 'pg';
import { capOf } from '@kpi/scoring/model';
import { scoring } from '@kpi/scoring';
import { plainColleague, startDemoWorld, type DemoWorld } from '../../src/world.js';

// The year 2026 is assessed in early January 2027, from its stored monthly scores.
let graph: TestGraph;
let province: DemoProvince;
let users: ReturnType<typeof demoUsers>;
let db: pg.Client;
const user = (label: string) => users.find((u) => u.label === label)!.identity;
const as = (identity: Identity) => graph.as(identity);
let agencyId: string;

graphql(`
  fragment AssessmentRow on AnnualAssessment {
    employee {
      id
    }
    agencyId
    positionCategory
    isLeadership
    months
    kpiScore
    kpiShare
    kpiPoints
    otherCriteria
    total
    level
    levelByBand
    gate
    rank
    capped
    tiedAtCap
    status
  }
`);
const PREPARE = graphql(`
  mutation AssessmentPrepare($a: ID!) {
    prepareAnnualAssessment(year: 2026, agencyId: $a) {
      ...AssessmentRow
    }
  }
`);
const OTHER = graphql(`
  mutation AssessmentOther($e: ID!, $p: Float!, $d: Boolean) {
    scoreOtherCriteria(year: 2026, employeeId: $e, input: { points: $p, disciplined: $d }) {
      ...AssessmentRow
    }
  }
`);
const RANKED = graphql(`
  query AssessmentRanked($a: ID!, $year: Int!) {
    annualAssessments(year: $year, agencyId: $a) {
      ...AssessmentRow
    }
  }
`);

let world: DemoWorld;
beforeAll(async () => {
  world = await startDemoWorld({ now: '2026-11-20T10:00:00+07:00', extra: [scoring], diaryMonths: 2 });
  ({ graph, province, users, db } = world);
  const admin = await as(user('province-admin'));
  for (const period of ['2026-09', '2026-10'])
    await admin.request(
      graphql(`
        mutation AssessmentCloseScoringPeriod($p: String!) {
          closeScoringPeriod(period: $p) {
            status
          }
        }
      `),
      { p: period },
    );
  process.env.KPI_NOW = '2027-01-05T10:00:00+07:00';
  agencyId = user('agency-admin').agencyIds[0]!;
  // Two months closed for a province: about 40 s on a busy 2-core machine, so more than jest's minute.
}, 180_000);
afterAll(() => world?.stop());

const prepare = async (identity: Identity) => (await as(identity)).request(PREPARE, { a: agencyId });
const other = async (identity: Identity, employeeId: string, points: number, disciplined = false) =>
  (await as(identity)).request(OTHER, { e: employeeId, p: points, d: disciplined });

describe('the annual assessment', () => {
  it('an agency admin prepares the year from the stored monthly scores: the mean KPI converted to its share', async () => {
    const { prepareAnnualAssessment: rows } = await prepare(user('agency-admin'));
    const { rows: sql } = await db.query(
      `select employee_id, avg(score)::float8 as kpi, count(score)::int as months
         from scoring.period_score where period_code in ('2026-09', '2026-10') group by employee_id`,
    );
    const expected = new Map(sql.map((r) => [r.employee_id, r]));
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      expect(row.agencyId).toBe(agencyId);
      expect(Math.abs(row.kpiScore! - expected.get(row.employee.id).kpi)).toBeLessThanOrEqual(0.005 + 1e-9); // rounded to cents
      expect(row.kpiShare).toBe(row.isLeadership ? 0.5 : 0.7);
      expect(row.kpiPoints).toBeCloseTo(row.kpiScore! * row.kpiShare, 1);
      expect([row.total, row.level, row.status]).toEqual([null, null, 'DRAFT']); // no general criteria yet
    }
  });

  it('refuses others, out-of-range criteria and an incomplete confirmation, writing nothing', async () => {
    const first = (await prepare(user('agency-admin'))).prepareAnnualAssessment[0];
    expect((await errorsOf(prepare(user('staff')))).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await errorsOf(other(user('unit-head'), first.employee.id, 20))).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const max = first.isLeadership ? 50 : 30;
    expect((await errorsOf(other(user('agency-admin'), first.employee.id, max + 1))).map((e) => e.extensions?.code)).toEqual([
      'BAD_USER_INPUT',
    ]);
    const confirm = (await as(user('agency-admin'))).request(
      graphql(`
        mutation AssessmentConfirmAnnualAssessment($a: ID!) {
          confirmAnnualAssessment(year: 2026, agencyId: $a) {
            status
          }
        }
      `),
      {
        a: agencyId,
      },
    );
    expect((await errorsOf(confirm)).map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const { rows } = await db.query(
      `select count(*)::int as n from scoring.annual_assessment where other_criteria is not null or status = 'CONFIRMED'`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('ranks the agency, applies the gates and the excellent cap per task group, and the agency confirms', async () => {
    const { prepareAnnualAssessment: rows } = await prepare(user('agency-admin'));
    const disciplined = rows[0].employee.id;
    for (const row of rows) await other(user('agency-admin'), row.employee.id, row.isLeadership ? 50 : 30, row.employee.id === disciplined);
    const { annualAssessments: ranked } = await (await as(user('agency-admin'))).request(RANKED, { a: agencyId, year: 2026 });
    for (const row of ranked) expect(row.total).toBeCloseTo(row.kpiPoints! + (row.isLeadership ? 50 : 30), 1);
    expect(ranked.find((r) => r.employee.id === disciplined)).toMatchObject({ level: 'NOT_COMPLETED', gate: 'DISCIPLINE' });
    // Ranked by total, highest first.
    const totals = ranked.map((r) => r.total);
    expect(totals).toEqual([...totals].sort((a, b) => b! - a!));
    // The cap holds within each group and in the agency, counted on those rated good or better.
    const asRanked = ranked.map((r) => ({ id: r.employee.id, group: r.positionCategory ?? 'NONE', total: r.total!, level: r.level! }));
    for (const people of [...Map.groupBy(asRanked, (r) => r.group).values(), asRanked]) {
      expect(people.filter((r) => r.level === 'EXCELLENT').length).toBeLessThanOrEqual(capOf(people, 0.2));
    }
    for (const row of ranked.filter((r) => r.capped)) expect(row.levelByBand).toBe('EXCELLENT');

    const { confirmAnnualAssessment } = await (
      await as(user('agency-admin'))
    ).request(
      graphql(`
        mutation AssessmentConfirmAnnualAssessment2($a: ID!) {
          confirmAnnualAssessment(year: 2026, agencyId: $a) {
            status
            level
          }
        }
      `),
      { a: agencyId },
    );
    expect(new Set(confirmAnnualAssessment.map((r) => r.status))).toEqual(new Set(['CONFIRMED']));
    // Final: nothing changes any more.
    expect((await errorsOf(other(user('agency-admin'), rows[1].employee.id, 10))).map((e) => e.extensions?.code)).toEqual([
      'ALREADY_DECIDED',
    ]);
    const { rewardProposals } = await (
      await as(user('province-analyst'))
    ).request(
      graphql(`
        query AssessmentRewardProposals($a: ID!) {
          rewardProposals(year: 2026, agencyId: $a) {
            titles
            assessment {
              level
              employee {
                id
              }
            }
          }
        }
      `),
      { a: agencyId },
    );
    const good = confirmAnnualAssessment.filter((r) => r.level === 'GOOD' || r.level === 'EXCELLENT').length;
    expect(rewardProposals).toHaveLength(good);
    for (const p of rewardProposals) expect(p.titles).toContain('LAO_DONG_TIEN_TIEN');
  });

  it('a person reads their own assessment; a colleague may not', async () => {
    const staff = province.employees.find((e) => e.id === user('staff').employeeId)!;
    const ask = async (identity: Identity) =>
      (await as(identity)).request(
        graphql(`
          query AssessmentEmployee($id: ID!) {
            employee(id: $id) {
              annualAssessment(year: 2026) {
                status
                total
              }
            }
          }
        `),
        { id: staff.id },
      );
    expect((await ask(user('staff'))).employee!.annualAssessment!.status).toBe('CONFIRMED');
    const colleague = plainColleague({ province, users }, staff);
    expect((await errorsOf(ask(actor.staff(colleague)))).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('a tie at the cap, confirmed by the agency', () => {
  // 2025 has no demo scores: seven people of the agency get one stored month each, so that with
  // full general criteria their totals are 94, 94, 88, 85, 80, 60, 40 (KPI = (total − 30) ÷ 0.7).
  const totals = [94, 94, 88, 85, 80, 60, 40];
  let people: string[];

  beforeAll(async () => {
    people = province.employees
      .filter((e) => e.agencyId === agencyId && e.role === 'staff' && e.status === 'ACTIVE')
      .slice(0, totals.length)
      .map((e) => e.id);
    const period = '01936a2e-0000-7000-8000-000000002506';
    await db.query(
      `insert into scoring.scoring_period (id, code, kind, from_date, to_date, status, closed_at) values ($1, '2025-06', 'MONTH', '2025-06-01', '2025-06-30', 'CLOSED', now())`,
      [period],
    );
    for (const [i, employeeId] of people.entries())
      await db.query(
        `insert into scoring.period_score (id, period_id, period_code, employee_id, agency_id, position_category, score, level, level_by_band, policy_version, frozen)
         values (gen_random_uuid(), $1, '2025-06', $2, $3, 'PROFESSIONAL', $4, 'GOOD', 'GOOD', 1, true)`,
        [period, employeeId, agencyId, Math.round(((totals[i]! - 30) / 0.7) * 100) / 100],
      );
  });

  let adminClient: GraphQLClient;
  beforeAll(async () => {
    adminClient = await as(user('agency-admin'));
  });

  it('leaves the two 94s to the agency: ⌊0.2 × 5 good or better⌋ = 1 place, and one of them may take it', async () => {
    await adminClient.request(
      graphql(`
        mutation AssessmentPrepareAnnualAssessment($a: ID!) {
          prepareAnnualAssessment(year: 2025, agencyId: $a) {
            total
          }
        }
      `),
      { a: agencyId },
    );
    for (const employeeId of people)
      await adminClient.request(
        graphql(`
          mutation AssessmentScoreOtherCriteria($e: ID!) {
            scoreOtherCriteria(year: 2025, employeeId: $e, input: { points: 30 }) {
              total
            }
          }
        `),
        { e: employeeId },
      );
    const { annualAssessments: rows } = await adminClient.request(RANKED, { a: agencyId, year: 2025 });
    expect(rows.map((r) => r.total)).toEqual(totals);
    expect(rows.slice(0, 2).map((r) => [r.level, r.tiedAtCap, r.rank])).toEqual([
      ['GOOD', true, 1],
      ['GOOD', true, 1],
    ]);
    // Both would exceed the cap of one; nothing is written.
    const both = await errorsOf(
      adminClient.request(
        graphql(`
          mutation AssessmentConfirmAnnualAssessment3($a: ID!, $x: [ID!]) {
            confirmAnnualAssessment(year: 2025, agencyId: $a, excellentIds: $x) {
              level
            }
          }
        `),
        { a: agencyId, x: people.slice(0, 2) },
      ),
    );
    expect(both.map((e) => e.extensions?.code)).toEqual(['OUT_OF_RANGE']);
    // Someone not tied cannot be chosen.
    const third = await errorsOf(
      adminClient.request(
        graphql(`
          mutation AssessmentConfirmAnnualAssessment4($a: ID!, $x: [ID!]) {
            confirmAnnualAssessment(year: 2025, agencyId: $a, excellentIds: $x) {
              level
            }
          }
        `),
        { a: agencyId, x: [people[2]] },
      ),
    );
    expect(third.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const { confirmAnnualAssessment } = await adminClient.request(
      graphql(`
        mutation AssessmentConfirmAnnualAssessment5($a: ID!, $x: [ID!]) {
          confirmAnnualAssessment(year: 2025, agencyId: $a, excellentIds: $x) {
            employee {
              id
            }
            level
            status
            tiedAtCap
          }
        }
      `),
      { a: agencyId, x: [people[1]] },
    );
    expect(confirmAnnualAssessment.filter((r) => r.level === 'EXCELLENT').map((r) => r.employee.id)).toEqual([people[1]]);
    const { rewardProposals } = await adminClient.request(
      graphql(`
        query AssessmentRewardProposals2($a: ID!) {
          rewardProposals(year: 2025, agencyId: $a) {
            titles
            assessment {
              employee {
                id
              }
              level
            }
          }
        }
      `),
      { a: agencyId },
    );
    expect(rewardProposals.find((p) => p.assessment.employee.id === people[1])!.titles).toEqual([
      'LAO_DONG_TIEN_TIEN',
      'CHIEN_SI_THI_DUA_CO_SO',
    ]);
    expect(rewardProposals.find((p) => p.assessment.employee.id === people[0])!.titles).toEqual(['LAO_DONG_TIEN_TIEN']);
    expect(rewardProposals).toHaveLength(5); // 94, 94, 88, 85, 80: good or better
  });
});
