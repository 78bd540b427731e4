import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Identity } from '@kpi/platform';
import { actor, errorsOf, startTestGraph, type TestGraph } from '@kpi/platform/testkit';
import { catalogue } from '@kpi/catalogue';
import { generateCatalogue, loadDemoCatalogue } from '@kpi/catalogue/demo';
import { diary } from '@kpi/diary';
import { generateDiaries, loadDemoDiaries } from '@kpi/diary/demo';
import { personnel } from '@kpi/personnel';
import { demoUsers, generateProvince, loadDemoProvince, type DemoProvince } from '@kpi/personnel/demo';
import { gql } from 'graphql-request';
import pg from 'pg';
import { capOf } from '../src/rules/cap.js';
import { scoring } from '../src/subgraph.js';

// The year 2026 is assessed in early January 2027, from its stored monthly scores.
let graph: TestGraph;
let province: DemoProvince;
let users: ReturnType<typeof demoUsers>;
let db: pg.Client;
const user = (label: string) => users.find((u) => u.label === label)!.identity;
const as = (identity: Identity) => graph.as(identity);
let agencyId: string;

const ROW = `employee { id } agencyId positionCategory isLeadership months kpiScore kpiShare kpiPoints otherCriteria total level levelByBand gate rank capped tiedAtCap status`;

beforeAll(async () => {
  process.env.KPI_NOW = '2026-11-20T10:00:00+07:00';
  graph = await startTestGraph([personnel, catalogue, diary, scoring]);
  province = generateProvince({ targetEmployees: 400 });
  users = demoUsers(province);
  await loadDemoProvince(graph.databaseUrl, province);
  await loadDemoCatalogue(graph.databaseUrl, generateCatalogue(province));
  await loadDemoDiaries(graph.databaseUrl, generateDiaries({ months: 2, today: '2026-11-20', targetEmployees: 400 }));
  db = new pg.Client({ connectionString: graph.databaseUrl });
  await db.connect();
  const admin = await as(user('province-admin'));
  for (const period of ['2026-09', '2026-10'])
    await admin.request(
      gql`
        mutation ($p: String!) {
          closeScoringPeriod(period: $p) {
            status
          }
        }
      `,
      { p: period },
    );
  process.env.KPI_NOW = '2027-01-05T10:00:00+07:00';
  agencyId = user('agency-admin').agencyIds[0]!;
});
afterAll(async () => {
  delete process.env.KPI_NOW;
  await db?.end();
  await graph?.stop();
});

const prepare = async (identity: Identity) =>
  (await as(identity)).request<any>(gql`mutation ($a: ID!) { prepareAnnualAssessment(year: 2026, agencyId: $a) { ${ROW} } }`, {
    a: agencyId,
  });
const other = async (identity: Identity, employeeId: string, points: number, disciplined = false) =>
  (await as(identity)).request<any>(
    gql`mutation ($e: ID!, $p: Float!, $d: Boolean) { scoreOtherCriteria(year: 2026, employeeId: $e, input: { points: $p, disciplined: $d }) { ${ROW} } }`,
    { e: employeeId, p: points, d: disciplined },
  );

describe('the annual assessment', () => {
  it('an agency admin prepares the year from the stored monthly scores: the mean KPI converted to its share', async () => {
    const { prepareAnnualAssessment: rows } = await prepare(user('agency-admin'));
    const { rows: sql } = await db.query(
      `select employee_id, avg(score)::float8 as kpi, count(score)::int as months
         from scoring.period_score where period_code in ('2026-09', '2026-10') group by employee_id`,
    );
    const expected = new Map(sql.map((r: any) => [r.employee_id, r]));
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      expect(row.agencyId).toBe(agencyId);
      expect(Math.abs(row.kpiScore - expected.get(row.employee.id).kpi)).toBeLessThanOrEqual(0.005 + 1e-9); // rounded to cents
      expect(row.kpiShare).toBe(row.isLeadership ? 0.5 : 0.7);
      expect(row.kpiPoints).toBeCloseTo(row.kpiScore * row.kpiShare, 1);
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
      gql`
        mutation ($a: ID!) {
          confirmAnnualAssessment(year: 2026, agencyId: $a) {
            status
          }
        }
      `,
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
    const { annualAssessments: ranked } = await (
      await as(user('agency-admin'))
    ).request<any>(gql`query ($a: ID!) { annualAssessments(year: 2026, agencyId: $a) { ${ROW} } }`, { a: agencyId });
    for (const row of ranked) expect(row.total).toBeCloseTo(row.kpiPoints + (row.isLeadership ? 50 : 30), 1);
    expect(ranked.find((r: any) => r.employee.id === disciplined)).toMatchObject({ level: 'NOT_COMPLETED', gate: 'DISCIPLINE' });
    // Ranked by total, highest first.
    const totals = ranked.map((r: any) => r.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    // The cap holds within each group and in the agency, counted on those rated good or better.
    const asRanked = ranked.map((r: any) => ({ id: r.employee.id, group: r.positionCategory ?? 'NONE', total: r.total, level: r.level }));
    for (const people of [...Map.groupBy(asRanked, (r: any) => r.group).values(), asRanked]) {
      expect(people.filter((r: any) => r.level === 'EXCELLENT').length).toBeLessThanOrEqual(capOf(people as any, 0.2));
    }
    for (const row of ranked.filter((r: any) => r.capped)) expect(row.levelByBand).toBe('EXCELLENT');

    const { confirmAnnualAssessment } = await (
      await as(user('agency-admin'))
    ).request<any>(
      gql`
        mutation ($a: ID!) {
          confirmAnnualAssessment(year: 2026, agencyId: $a) {
            status
            level
          }
        }
      `,
      { a: agencyId },
    );
    expect(new Set(confirmAnnualAssessment.map((r: any) => r.status))).toEqual(new Set(['CONFIRMED']));
    // Final: nothing changes any more.
    expect((await errorsOf(other(user('agency-admin'), rows[1].employee.id, 10))).map((e) => e.extensions?.code)).toEqual([
      'ALREADY_DECIDED',
    ]);
    const { rewardProposals } = await (
      await as(user('province-analyst'))
    ).request<any>(
      gql`
        query ($a: ID!) {
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
      `,
      { a: agencyId },
    );
    const good = confirmAnnualAssessment.filter((r: any) => r.level === 'GOOD' || r.level === 'EXCELLENT').length;
    expect(rewardProposals).toHaveLength(good);
    for (const p of rewardProposals) expect(p.titles).toContain('LAO_DONG_TIEN_TIEN');
  });

  it('a person reads their own assessment; a colleague may not', async () => {
    const staff = province.employees.find((e) => e.id === user('staff').employeeId)!;
    const ask = async (identity: Identity) =>
      (await as(identity)).request<any>(
        gql`
          query ($id: ID!) {
            employee(id: $id) {
              annualAssessment(year: 2026) {
                status
                total
              }
            }
          }
        `,
        { id: staff.id },
      );
    expect((await ask(user('staff'))).employee.annualAssessment.status).toBe('CONFIRMED');
    const colleague = province.employees.find((e) => e.agencyId === staff.agencyId && e.role === 'staff' && e.id !== staff.id)!;
    expect((await errorsOf(ask(actor.staff(colleague)))).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
