import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, type Identity } from '@kpi/platform';
import { actor, errorsOf, type TestGraph } from '@kpi/platform/testkit';
import { demoUsers, type DemoProvince } from '@kpi/demo';
import type { DiaryFacts } from '@kpi/scoring/model';
import { graphql } from '../../src/graphql/index.js';
import { plainRowDifferences } from '../../src/plain-rows.js';
import { requestsAnswered } from '../../src/requests.js';
import pg from 'pg';
import { scoring } from '@kpi/scoring';
import { NOT_IN_CONTRACT, plainColleague, startDemoWorld, type DemoWorld } from '../../src/world.js';

// Friday 20 November 2026 in Vietnam: October has ended (it can be closed), November is open.
const NOW = '2026-11-20T10:00:00+07:00';
let graph: TestGraph;
let province: DemoProvince;
let users: ReturnType<typeof demoUsers>;
let db: pg.Client;
const user = (label: string) => users.find((u) => u.label === label)!.identity;
const as = (identity: Identity) => graph.as(identity);

let world: DemoWorld;
beforeAll(async () => {
  world = await startDemoWorld({ now: NOW, extra: [scoring], diaryMonths: 2 });
  ({ graph, province, users, db } = world);
});
afterAll(() => world?.stop());

const staffId = () => user('staff').employeeId!;

/**
 * What the graph says of stored scores' `computedAt`, by score id: asked of the scoring subgraph
 * as the gateway asks it for a reference to a stored score (a province admin may read any).
 */
async function computedAtOf(ids: readonly string[]): Promise<Map<string, number>> {
  const scoring = await graph.directAs('scoring', user('province-admin'));
  const { _entities: found } = await scoring.request<{ _entities: { id: string; computedAt: string }[] }>(
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on PeriodScore { id computedAt } } }',
    { r: ids.map((id) => ({ __typename: 'PeriodScore', id })) },
  );
  expect(found.map((score) => score.id)).toEqual(ids);
  return new Map(found.map((score) => [score.id, Date.parse(score.computedAt)]));
}

/** When a period's scores were last computed for everyone, as stored. */
async function periodComputedAt(code: string) {
  const { rows } = await db.query<{ computed_at: Date }>(`select computed_at from scoring.scoring_period where code = $1`, [code]);
  return rows[0]!.computed_at.getTime();
}
/** Σ quantity × standard minutes × coefficient of a person's approved entries, straight from the diary's rows. */
async function approvedPoints(employeeId: string, from: string, to: string) {
  const { rows } = await db.query(
    `select coalesce(sum(quantity * standard_minutes * coefficient), 0)::float8 as points, count(*)::int as entries
       from diary.diary_entry where employee_id = $1 and work_date between $2 and $3 and status = 'APPROVED'`,
    [employeeId, from, to],
  );
  return rows[0] as { points: number; entries: number };
}

graphql(`
  fragment ScoringScore on PeriodScore {
    score
    ownScore
    unitScore
    level
    levelByBand
    gate
    overdueShare
    workPoints
    capacityMinutes
    availableDays
    policyVersion
    frozen
    indicators {
      quantity
      timeliness
      quality
      proactivity
      coordination
      creativity
      overdue
    }
    segments {
      from
      to
      agencyId
      divisionId
      positionCategory
      kpi
      availableDays
      workPoints
      facts
    }
  }
`);
const MY_SCORE = graphql(`
  query ScoringMyScore($period: String!) {
    me {
      periodScore(period: $period) {
        ...ScoringScore
        period {
          status
        }
      }
    }
  }
`);

describe('the self view', () => {
  it('keeps the period’s ratings between requests, and sees one written behind scoring’s back at the next request', async () => {
    const client = await as(user('staff'));
    const before = (await client.request(MY_SCORE, { period: '2026-11' })).me!.periodScore!;
    expect(before.indicators.creativity).toBeNull();
    const queries = graph.queries('scoring');
    queries.reset();
    expect((await client.request(MY_SCORE, { period: '2026-11' })).me!.periodScore).toEqual(before);
    // Kept: neither the period nor its ratings are read again.
    const kept = queries.count;
    await db.query(
      `insert into scoring.creativity_rating (id, period_code, employee_id, points, rated_by) values (gen_random_uuid(), '2026-11', $1, 90, 'test')`,
      [staffId()],
    );
    try {
      queries.reset();
      const after = (await client.request(MY_SCORE, { period: '2026-11' })).me!.periodScore!;
      expect(queries.count).toBeGreaterThan(kept);
      expect(after.indicators.creativity).toBe(90);
    } finally {
      await db.query(`delete from scoring.creativity_rating where rated_by = 'test'`);
    }
    expect((await client.request(MY_SCORE, { period: '2026-11' })).me!.periodScore).toEqual(before);
  });

  it('is asked of scoring at once, beside personnel: scoring places the person as personnel does', async () => {
    const PLACE = '{ me { id agencyId divisionId supervisorId } }';
    const fromScoring = await (await graph.directAs('scoring', user('staff'))).request(PLACE);
    expect(fromScoring).toEqual(await (await graph.directAs('personnel', user('staff'))).request(PLACE));
    expect((fromScoring as { me: { id: string } }).me.id).toBe(staffId());
    await expect(graph.directAsService('scoring', 'diary').request('{ me { id } }')).rejects.toMatchObject({
      response: { errors: [{ extensions: { code: 'FORBIDDEN' } }] },
    });
    // The person's name and their live score: one request to each, sent together.
    const requests = (name: string) => requestsAnswered(graph, name);
    const client = await as(user('staff'));
    await client.request(MY_SCORE, { period: '2026-11' });
    const before = { personnel: await requests('personnel'), scoring: await requests('scoring') };
    const diaryStatements = graph.queries('diary');
    diaryStatements.reset();
    const { me } = await client.request(MY_SCORE, { period: '2026-11' });
    expect(me!.periodScore!.period.status).toBe('OPEN');
    expect({ personnel: (await requests('personnel')) - before.personnel, scoring: (await requests('scoring')) - before.scoring }).toEqual({
      personnel: 0,
      scoring: 1,
    });
    // The diary's facts of the month (entry totals, item groups, assignments, leave): one statement.
    expect(diaryStatements.count).toBe(1);
  });

  it('scores the open month so far, live, from the approved diary entries', async () => {
    const { me } = await (await as(user('staff'))).request(MY_SCORE, { period: '2026-11' });
    const score = me!.periodScore!;
    const facts = score.segments[0]!.facts as unknown as DiaryFacts;
    expect(score.period.status).toBe('OPEN');
    expect(score.frozen).toBe(false);
    // November so far: 1–20 November (Friday) = 15 working days.
    expect(score.segments).toHaveLength(1);
    expect(score.segments[0]).toMatchObject({ from: '2026-11-01', to: '2026-11-20' });
    expect(facts.workingDays).toBe(15);
    const { points, entries } = await approvedPoints(staffId(), '2026-11-01', '2026-11-20');
    expect(score.workPoints).toBeCloseTo(points, 1);
    expect(facts.approvedEntries).toBe(entries);
    // The explanation adds up: Σ over items of quantity × standard minutes × coefficient.
    const fromItems = facts.items.reduce((s: number, i) => s + i.quantity * i.standardMinutes * i.coefficient, 0);
    expect(fromItems).toBeCloseTo(points, 1);
    expect(score.score).toBeGreaterThan(0);
    expect(['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED']).toContain(score.level);
  });

  it('a colleague may not see it; the unit head and a province analyst may; the E-Office client may not', async () => {
    const staff = province.employees.find((e) => e.id === staffId())!;
    const colleague = plainColleague({ province, users }, staff, (e) => e.divisionId !== null);
    const ask = (identity: Identity) =>
      as(identity).then((c) =>
        c.request(
          graphql(`
            query ScoringEmployee($id: ID!) {
              employee(id: $id) {
                periodScore(period: "2026-11") {
                  score
                }
              }
            }
          `),
          { id: staffId() },
        ),
      );
    expect((await errorsOf(ask(actor.staff(colleague)))).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await ask(user('unit-head'))).employee!.periodScore!.score).toBeGreaterThan(0);
    expect((await ask(user('province-analyst'))).employee!.periodScore!.score).toBeGreaterThan(0);
    expect((await errorsOf(ask(user('eoffice')))).map((e) => e.extensions?.code)).toEqual([NOT_IN_CONTRACT]);
  });
});

describe('the sectors’ KPI standards kept between scores', () => {
  it('are used only while the catalogue has not changed them', async () => {
    const read = async () => (await (await as(user('staff'))).request(MY_SCORE, { period: '2026-11' })).me!.periodScore!;
    const before = await read();
    expect((await read()).capacityMinutes).toBe(before.capacityMinutes);
    // Changed behind the catalogue's back, in SQL: its revision moves all the same (a trigger).
    await db.query(`update catalogue.sector_kpi_standard set expected_minutes_per_month = expected_minutes_per_month * 2`);
    try {
      const after = await read();
      expect(after.capacityMinutes).toBeCloseTo(2 * before.capacityMinutes, 0);
    } finally {
      await db.query(`update catalogue.sector_kpi_standard set expected_minutes_per_month = expected_minutes_per_month / 2`);
    }
    expect((await read()).capacityMinutes).toBe(before.capacityMinutes);
  });
});

/**
 * The staff member's current placement made to start on 16 November, in SQL behind personnel's
 * back (it started before November); answers what puts it back as it was.
 */
async function staffPlacedFrom16November() {
  const { rows } = await db.query<{ was: string }>(
    `update personnel.employee_placement p set effective_from = '2026-11-16' from personnel.employee_placement o
      where o.id = p.id and p.employee_id = $1 and p.effective_to is null and p.effective_from < '2026-11-01'
     returning o.effective_from::text as was`,
    [staffId()],
  );
  expect(rows).toHaveLength(1);
  return async () => {
    await db.query(`update personnel.employee_placement set effective_from = $2 where employee_id = $1 and effective_to is null`, [
      staffId(),
      rows[0]!.was,
    ]);
  };
}

describe('the people kept between live scores', () => {
  it('are used only while personnel has changed neither their placements nor their agencies', async () => {
    const read = async () =>
      (
        await (
          await as(user('staff'))
        ).request(
          graphql(`
            query ScoringMyStretches($period: String!) {
              me {
                periodScore(period: $period) {
                  segments {
                    from
                    sectorCode
                  }
                }
              }
            }
          `),
          { period: '2026-11' },
        )
      ).me!.periodScore!.segments;
    const staff = province.employees.find((e) => e.id === staffId())!;
    const before = await read();
    expect(before).toHaveLength(1);
    expect(before[0]!.from).toBe('2026-11-01');
    expect(before[0]!.sectorCode).not.toBeNull();
    expect(await read()).toEqual(before);
    // Changed behind personnel's back, in SQL, in tables no person's row is in: the revision moves all the same.
    const restorePlacement = await staffPlacedFrom16November();
    await db.query(`update personnel.agency set sector_codes = array['ZZ-TEST'] || sector_codes where id = $1`, [staff.agencyId]);
    try {
      // A sector with no KPI standard first: none applies.
      expect(await read()).toEqual([{ from: '2026-11-16', sectorCode: null }]);
    } finally {
      await db.query(`update personnel.agency set sector_codes = sector_codes[2:] where id = $1`, [staff.agencyId]);
      await restorePlacement();
    }
    expect(await read()).toEqual(before);
  });
});

/** A period computed for the province, or (agencyId) for one agency's people. */
const COMPUTE = graphql(`
  mutation ScoringComputeAgency($period: String!, $agencyId: ID) {
    computeScoringPeriod(period: $period, agencyId: $agencyId) {
      code
    }
  }
`);

describe('the directory kept between computations of a period', () => {
  const staffStretches = async () =>
    (
      await db.query<{ from: string }>(
        `select s->>'from' as from from scoring.period_score, jsonb_array_elements(segments) s
          where period_code = '2026-11' and employee_id = $1 order by 1`,
        [staffId()],
      )
    ).rows.map((r) => r.from);

  it('is used only while personnel has changed no placement: the province’s and an agency’s people alike', async () => {
    const admin = await as(user('province-admin'));
    const agencyId = province.employees.find((e) => e.id === staffId())!.agencyId;
    const personnelStatements = async (work: () => Promise<unknown>) => {
      const queries = graph.queries('personnel');
      queries.reset();
      await work();
      return queries.count;
    };
    const computeBoth = async () => {
      await admin.request(COMPUTE, { period: '2026-11' });
      await admin.request(COMPUTE, { period: '2026-11', agencyId });
    };
    await computeBoth();
    expect(await staffStretches()).toEqual(['2026-11-01']);
    // Nothing changed: the people placed in the month are not asked again.
    expect(await personnelStatements(computeBoth)).toBe(0);
    // Changed behind personnel's back, in SQL: the next computation places the person anew.
    const restorePlacement = await staffPlacedFrom16November();
    try {
      await admin.request(COMPUTE, { period: '2026-11' });
      expect(await staffStretches()).toEqual(['2026-11-16']);
    } finally {
      await restorePlacement();
    }
    // An agency's computation too sees the placement as it is now.
    await admin.request(COMPUTE, { period: '2026-11', agencyId });
    expect(await staffStretches()).toEqual(['2026-11-01']);
  });
});

describe('a transfer mid-period', () => {
  it('splits the month: each stretch scored where the person worked then, combined by available days', async () => {
    const person = province.employees.find((e) => e.role === 'staff' && e.status === 'ACTIVE' && e.divisionId && e.id !== staffId())!;
    const target = province.positions.find((p) => p.agencyId !== person.agencyId && !p.isLeadership)!;
    await (
      await as(user('province-admin'))
    ).request(
      graphql(`
        mutation ScoringTransferEmployee($input: PlacementInput!) {
          transferEmployee(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          employeeId: person.id,
          agencyId: target.agencyId,
          positionId: target.id,
          effectiveFrom: '2026-10-16',
          decisionNumber: '88/QĐ-UBND',
        },
      },
    );
    const { employee } = await (
      await as(user('province-analyst'))
    ).request(
      graphql(`
        query ScoringEmployee2($id: ID!) {
          employee(id: $id) {
            periodScore(period: "2026-10") {
              ownScore
              agency {
                id
              }
              segments {
                from
                to
                agencyId
                kpi
                availableDays
              }
            }
          }
        }
      `),
      { id: person.id },
    );
    const score = employee!.periodScore;
    expect(score!.segments.map((s) => [s.from, s.to, s.agencyId])).toEqual([
      ['2026-10-01', '2026-10-15', person.agencyId],
      ['2026-10-16', '2026-10-31', target.agencyId],
    ]);
    // 1–15 October: 11 working days; 16–31 October: 12 (less any leave).
    expect(score!.segments[0].availableDays).toBeLessThanOrEqual(11);
    expect(score!.segments[1].availableDays).toBeLessThanOrEqual(12);
    const [a, b] = score!.segments;
    const combined = (a.kpi! * a.availableDays + b.kpi! * b.availableDays) / (a.availableDays + b.availableDays);
    expect(score!.ownScore).toBeCloseTo(combined, 1);
    expect(score!.agency.id).toBe(b.availableDays >= a.availableDays ? target.agencyId : person.agencyId);
  });
});

describe('closing a period', () => {
  it('only province admins close, and only a period that has ended', async () => {
    const close = (identity: Identity, period: string) =>
      as(identity).then((c) =>
        c.request(
          graphql(`
            mutation ScoringCloseScoringPeriod($p: String!) {
              closeScoringPeriod(period: $p) {
                status
              }
            }
          `),
          { p: period },
        ),
      );
    expect((await errorsOf(close(user('agency-admin'), '2026-10'))).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await errorsOf(close(user('province-admin'), '2026-11'))).map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('freezes October: after catalogue, policy and diary changes, a recompute gives exactly the same numbers', async () => {
    const admin = await as(user('province-admin'));
    const closed = await admin.request(
      graphql(`
        mutation ScoringCloseScoringPeriod2 {
          closeScoringPeriod(period: "2026-10", reason: "Chốt số liệu tháng 10") {
            status
            policyVersion
          }
        }
      `),
    );
    expect(closed.closeScoringPeriod).toEqual({ status: 'CLOSED', policyVersion: 1 });
    const { rows } = await db.query(`select count(*)::int as n from scoring.period_score where period_code = '2026-10'`);
    expect(rows[0].n).toBeGreaterThan(300);
    const read = async () => (await (await as(user('staff'))).request(MY_SCORE, { period: '2026-10' })).me!.periodScore!;
    const before = await read();
    expect(before.frozen).toBe(true);
    const { points } = await approvedPoints(staffId(), '2026-10-01', '2026-10-31');
    expect(before.workPoints).toBeCloseTo(points, 1);

    // Everything moves underneath: a new policy from October (Khanh Hoa's bands), late diary changes.
    await admin.request(
      graphql(`
        mutation ScoringSetScoringPolicy {
          setScoringPolicy(input: { effectiveFrom: "2026-10-01", preset: "KHANH_HOA", reason: "Áp dụng khung điểm của tỉnh" }) {
            version
          }
        }
      `),
    );
    await db.query(`delete from diary.diary_entry where employee_id = $1 and work_date between '2026-10-01' and '2026-10-15'`, [staffId()]);
    await db.query(`update catalogue.sector_kpi_standard set expected_minutes_per_month = expected_minutes_per_month * 2`);

    const { recomputeScoringPeriod } = await admin.request(
      graphql(`
        mutation ScoringRecomputeScoringPeriod {
          recomputeScoringPeriod(period: "2026-10") {
            people
            changed
          }
        }
      `),
    );
    expect(recomputeScoringPeriod.changed).toBe(0);
    expect(recomputeScoringPeriod.people).toBe(rows[0].n);
    expect(await read()).toEqual(before);

    // Reopening is explicit and audited; the next computation takes in the changes.
    const reopened = await admin.request(
      graphql(`
        mutation ScoringReopenScoringPeriod {
          reopenScoringPeriod(period: "2026-10", reason: "Bổ sung số liệu") {
            status
          }
        }
      `),
    );
    expect(reopened.reopenScoringPeriod.status).toBe('OPEN');
    const { rows: audit } = await db.query(`select action, reason from scoring.scoring_audit where period_code = '2026-10' order by at`);
    expect(audit.map((a) => a.action)).toEqual(['close', 'recompute', 'reopen']);
    await admin.request(
      graphql(`
        mutation ScoringComputeScoringPeriod {
          computeScoringPeriod(period: "2026-10") {
            status
          }
        }
      `),
    );
    const after = await read();
    expect(after.policyVersion).toBe(2);
    expect(after.workPoints).toBeLessThan(before.workPoints);
  });

  it('summarises a unit’s stored scores by level', async () => {
    const divisionId = province.employees.find((e) => e.id === staffId())!.divisionId!;
    const { agency } = await (
      await as(user('unit-head'))
    ).request(
      graphql(`
        query ScoringAgency($id: ID!) {
          agency(id: $id) {
            scoreSummary(period: "2026-10") {
              people
              scored
              meanScore
              excellent
              good
              completed
              notCompleted
            }
          }
        }
      `),
      { id: divisionId },
    );
    const { rows } = await db.query(
      `select count(*)::int as people, count(*) filter (where level = 'NOT_COMPLETED')::int as not_completed
         from scoring.period_score where period_code = '2026-10' and division_id = $1`,
      [divisionId],
    );
    expect(agency!.scoreSummary.people).toBe(rows[0].people);
    expect(agency!.scoreSummary.notCompleted).toBe(rows[0].not_completed);
    const s = agency!.scoreSummary;
    expect(s.excellent + s.good + s.completed + s.notCompleted).toBe(s.people);
  });
});

describe('no N+1', () => {
  it('a page of people with their frozen scores costs the same statements at 10 and 60 people', async () => {
    await (
      await as(user('province-admin'))
    ).request(
      graphql(`
        mutation ScoringCloseScoringPeriod3 {
          closeScoringPeriod(period: "2026-10") {
            status
          }
        }
      `),
    );
    const client = await as(user('province-analyst'));
    const queries = graph.queries('scoring');
    const counts: number[] = [];
    // Each size asked twice, the second counted: the first of all reads the periods and ratings
    // scoring then keeps between requests (loaders.ts).
    for (const first of [10, 10, 60, 60]) {
      queries.reset();
      const { employees } = await client.request(
        graphql(`
          query ScoringEmployees($first: Int!) {
            employees(first: $first) {
              nodes {
                id
                periodScore(period: "2026-10") {
                  score
                  level
                  period {
                    status
                  }
                }
                creativityRating(period: "2026-10") {
                  points
                }
                annualAssessment(year: 2026) {
                  total
                }
              }
            }
          }
        `),
        { first },
      );
      expect(employees.nodes).toHaveLength(first);
      counts.push(queries.count);
    }
    expect(counts[3]).toBe(counts[1]);
  });
});

describe('integration clients', () => {
  it('read nothing, unless granted the province analyst role (an analytics system): the headline of the contract', async () => {
    const OVERVIEW = graphql(`
      query ScoringProvinceOverview {
        provinceOverview(period: "2026-10") {
          distribution {
            people
          }
        }
      }
    `);
    const eoffice = await errorsOf((await as(user('eoffice'))).request(OVERVIEW));
    expect(eoffice.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const analytics = { ...actor.integrationClient('analytics'), roles: [Role.INTEGRATION_CLIENT, Role.PROVINCE_ANALYST] };
    const { provinceOverview } = await (await as(analytics)).request(OVERVIEW);
    const { rows } = await db.query(`select count(*)::int as n from scoring.period_score where period_code = '2026-10'`);
    expect(provinceOverview!.distribution.people).toBeCloseTo(rows[0].n, 0);
    // What the contract leaves out (per-agency groups, personal records) is not there for it.
    const beyond = await errorsOf(
      (await as(analytics)).request(
        graphql(`
          query ScoringEmployee3($id: ID!) {
            employee(id: $id) {
              fullName
            }
            provinceOverview(period: "2026-10") {
              byAgency {
                meanScore
              }
            }
          }
        `),
        { id: staffId() },
      ),
    );
    expect(beyond.map((e) => e.extensions?.code)).toEqual([NOT_IN_CONTRACT]);
    expect(beyond[0]!.extensions!.problems).toHaveLength(2);
  });
});

describe('the policy', () => {
  it('refuses unknown rules, weights that do not sum to 100, and anyone but a province admin — writing nothing', async () => {
    const set = async (identity: Identity, overrides: Record<string, unknown>) =>
      errorsOf(
        (await as(identity)).request(
          graphql(`
            mutation ScoringSetScoringPolicy2($o: JSONObject) {
              setScoringPolicy(input: { effectiveFrom: "2027-01-01", preset: "DECREE_335", overrides: $o, reason: "test" }) {
                version
              }
            }
          `),
          { o: overrides },
        ),
      );
    const before = (await db.query('select count(*)::int as n from scoring.scoring_policy')).rows[0].n;
    expect((await set(user('province-admin'), { overdueGates: 0.3 })).map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect((await set(user('province-admin'), { weights: { quantity: 40 } })).map((e) => e.extensions?.code)).toEqual(['INVALID_WEIGHTS']);
    expect((await set(user('agency-admin'), {})).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await db.query('select count(*)::int as n from scoring.scoring_policy')).rows[0].n).toBe(before);
  });
});

describe('Decree 335 in units', () => {
  const PRODUCTS = graphql(`
    query ScoringProducts($period: String!) {
      me {
        periodScore(period: $period) {
          policyVersion
          segments {
            products {
              judged
              completed
              judgedUnits
              completedUnits
              unitsMeetingRequirements
              unitsOnTime
              quantityPct
              qualityPct
              progressPct
              plainQualityPct
              plainProgressPct
            }
          }
        }
      }
    }
  `);
  const products = async () =>
    (await (await as(user('staff'))).request(PRODUCTS, { period: '2026-11' })).me!.periodScore!.segments[0]!.products;

  it('an assignment of 10 submitted with 8 done and completed adds 10 units judged and 8 delivered, not a whole product', async () => {
    const { rows } = await db.query(
      `select work_item_id from diary.diary_entry where employee_id = $1 and status = 'APPROVED' group by 1 order by count(*) desc limit 1`,
      [staffId()],
    );
    const before = await products();
    const head = await as(user('unit-head'));
    const { assignWork } = await head.request(
      graphql(`
        mutation ScoringAssignTen($input: AssignWorkInput!) {
          assignWork(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          leadId: staffId(),
          workItemId: rows[0].work_item_id,
          title: 'Thẩm định 10 hồ sơ',
          expectedQuantity: 10,
          // Due today: the live month runs to today, and a stretch's facts hold the work due in it.
          deadline: '2026-11-20',
        },
      },
    );
    const staff = await as(user('staff'));
    await staff.request(
      graphql(`
        mutation ScoringAcceptTen($id: ID!) {
          acceptAssignment(id: $id) {
            id
          }
        }
      `),
      { id: assignWork.id },
    );
    await staff.request(
      graphql(`
        mutation ScoringSubmitEight($id: ID!) {
          submitAssignment(id: $id, input: { quantityDone: 8 }) {
            id
          }
        }
      `),
      { id: assignWork.id },
    );
    await head.request(
      graphql(`
        mutation ScoringCompleteEight($id: ID!) {
          completeAssignment(id: $id, input: { quality: GOOD }) {
            id
          }
        }
      `),
      { id: assignWork.id },
    );
    const after = await products();
    expect(after.judged - before.judged).toBe(1);
    expect(after.completed - before.completed).toBe(1);
    expect(after.judgedUnits! - before.judgedUnits!).toBe(10);
    expect(after.completedUnits! - before.completedUnits!).toBe(8);
    expect(after.unitsMeetingRequirements! - before.unitsMeetingRequirements!).toBe(8);
    expect(after.unitsOnTime! - before.unitsOnTime!).toBe(8);
    // The shares follow the units, and the plain ratios are the units' own.
    expect(after.quantityPct).toBeCloseTo((100 * after.completedUnits!) / after.judgedUnits!, 1);
    expect(after.plainProgressPct).toBeCloseTo((100 * after.unitsOnTime!) / after.judgedUnits!, 1);
    expect(after.quantityPct!).toBeLessThan(100);
  });

  it('the seeded Decree 335 version counts units: the migration amended it, audited, as no score used it', async () => {
    const { rows } = await db.query(`select rules->>'productQuantity' as basis from scoring.scoring_policy where version = 1`);
    expect(rows[0].basis).toBe('UNITS');
    const audit = await db.query(`select reason from scoring.scoring_audit where action = 'amend-policy' and actor = 'migration'`);
    expect(audit.rows.map((r) => r.reason)).toEqual([expect.stringContaining('Version 1')]);
  });
});

describe('leaders’ bands', () => {
  const SET = graphql(`
    mutation ScoringSetLeaderBands($o: JSONObject) {
      setScoringPolicy(input: { effectiveFrom: "2027-03-01", preset: "KHANH_HOA", overrides: $o, reason: "leaders' own bands" }) {
        version
        rules
      }
    }
  `);
  const band = (level: string, min: number) => ({ level, min, inclusive: true });

  it('a version may set leaders’ bands apart; out of order they are refused, naming them, and nothing is written', async () => {
    const admin = await as(user('province-admin'));
    const wrong = await errorsOf(
      admin.request(SET, { o: { leaderBands: [band('EXCELLENT', 80), band('GOOD', 85), band('COMPLETED', 60)] } }),
    );
    expect(wrong.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'leaderBands']]);
    const leaderBands = [band('EXCELLENT', 95), band('GOOD', 85), band('COMPLETED', 60)];
    const { setScoringPolicy } = await admin.request(SET, { o: { leaderBands } });
    expect(setScoringPolicy.rules).toMatchObject({ leaderBands, bands: [{ min: 90 }, { min: 80 }, { min: 50 }], productQuantity: 'UNITS' });
  });
});

describe('correcting a policy version no score used', () => {
  const SET = graphql(`
    mutation ScoringSetToCorrect($from: LocalDate!) {
      setScoringPolicy(input: { effectiveFrom: $from, preset: "DECREE_335", reason: "a version with a mistake" }) {
        version
        effectiveFrom
      }
    }
  `);
  const AMEND = graphql(`
    mutation ScoringAmend($version: Int!, $input: ScoringPolicyInput!) {
      amendScoringPolicy(version: $version, input: $input) {
        version
        effectiveFrom
        rules
      }
    }
  `);
  const WITHDRAW = graphql(`
    mutation ScoringWithdraw($version: Int!, $reason: String!) {
      withdrawScoringPolicy(version: $version, reason: $reason) {
        version
      }
    }
  `);
  const LINE = graphql(`
    query ScoringPolicyLine {
      scoringPolicies {
        version
        effectiveFrom
        effectiveTo
      }
      scoringPolicyChanges {
        version
        action
        effectiveFrom
        rules
        changedBy
        reason
      }
    }
  `);

  it('keeps the versions between requests, and reads them again once they change, even behind scoring’s back', async () => {
    const admin = await as(user('province-admin'));
    const before = await admin.request(LINE);
    const queries = graph.queries('scoring');
    queries.reset();
    await admin.request(LINE);
    // Kept: the versions are not read again (the changes are: they are not kept).
    const kept = queries.count;
    // The latest version, the one without an end.
    const latest = before.scoringPolicies.at(-1)!;
    expect(latest.effectiveTo).toBeNull();
    await db.query(`update scoring.scoring_policy set effective_to = '2099-12-31' where version = $1`, [latest.version]);
    try {
      queries.reset();
      const after = await admin.request(LINE);
      expect(queries.count).toBeGreaterThan(kept);
      expect(after.scoringPolicies.at(-1)).toMatchObject({ version: latest.version, effectiveTo: '2099-12-31' });
    } finally {
      await db.query(`update scoring.scoring_policy set effective_to = null where version = $1`, [latest.version]);
    }
    expect(await admin.request(LINE)).toEqual(before);
  });

  it('amends a version’s start and rules, keeping what it was; withdraws it, the one before in force again; its number never comes back', async () => {
    const admin = await as(user('province-admin'));
    const { setScoringPolicy: wrong } = await admin.request(SET, { from: '2027-05-01' });
    const amended = (
      await admin.request(AMEND, {
        version: wrong.version,
        input: {
          effectiveFrom: '2027-06-01',
          preset: 'DECREE_335',
          overrides: { overdueGate: 0.15 },
          reason: 'the gate is 15 %, from June',
        },
      })
    ).amendScoringPolicy;
    expect(amended).toMatchObject({ version: wrong.version, effectiveFrom: '2027-06-01', rules: { overdueGate: 0.15 } });
    let line = await admin.request(LINE);
    const previous = line.scoringPolicies.at(-2)!;
    expect(previous.effectiveTo).toBe('2027-05-31');
    expect(line.scoringPolicyChanges[0]).toMatchObject({
      version: wrong.version,
      action: 'AMEND',
      effectiveFrom: '2027-05-01',
      rules: { overdueGate: 0.2 },
      reason: 'the gate is 15 %, from June',
    });

    await admin.request(WITHDRAW, { version: wrong.version, reason: 'not adopted after all' });
    line = await admin.request(LINE);
    expect(line.scoringPolicies.map((p) => p.version)).not.toContain(wrong.version);
    expect(line.scoringPolicies.at(-1)).toMatchObject({ version: previous.version, effectiveTo: null });
    expect(line.scoringPolicyChanges[0]).toMatchObject({ version: wrong.version, action: 'WITHDRAW', effectiveFrom: '2027-06-01' });
    const audit = await db.query(`select action from scoring.scoring_audit where action like $1 order by at`, [
      `policy v${wrong.version} %`,
    ]);
    expect(audit.rows.map((r) => r.action)).toEqual([`policy v${wrong.version} amended`, `policy v${wrong.version} withdrawn`]);
    const { setScoringPolicy: next } = await admin.request(SET, { from: '2027-07-01' });
    expect(next.version).toBe(wrong.version + 1);
  });

  it('refuses a version that scored stored scores, a start outside its neighbours, an unknown version and anyone but a province admin — writing nothing', async () => {
    const admin = await as(user('province-admin'));
    const codeOf = async (request: Promise<unknown>) => (await errorsOf(request)).map((e) => [e.extensions?.code, e.extensions?.field]);
    const before = await db.query(`select version, effective_from, rules from scoring.scoring_policy order by version`);
    const used = (await db.query(`select policy_version from scoring.period_score limit 1`)).rows[0].policy_version;
    const input = { effectiveFrom: '2025-01-01', preset: 'DECREE_335', reason: 'try' };
    expect(await codeOf(admin.request(AMEND, { version: used, input }))).toEqual([['POLICY_VERSION_IN_USE', 'version']]);
    expect(await codeOf(admin.request(WITHDRAW, { version: used, reason: 'try' }))).toEqual([['POLICY_VERSION_IN_USE', 'version']]);
    const latest = before.rows.at(-1)!;
    expect(await codeOf(admin.request(AMEND, { version: latest.version, input: { ...input, effectiveFrom: '2025-06-01' } }))).toEqual([
      ['OUT_OF_RANGE', 'effectiveFrom'],
    ]);
    expect(await codeOf(admin.request(AMEND, { version: 999, input }))).toEqual([['NOT_FOUND', 'version']]);
    expect(await codeOf((await as(user('agency-admin'))).request(WITHDRAW, { version: latest.version, reason: 'try' }))).toEqual([
      ['FORBIDDEN', undefined],
    ]);
    const after = await db.query(`select version, effective_from, rules from scoring.scoring_policy order by version`);
    expect(after.rows).toEqual(before.rows);
  });
});

describe('one agency at a time', () => {
  const scoresOf = async () =>
    (
      await db.query<{ employee_id: string; agency_id: string; score: string | null; level: string; computed_at: Date }>(
        `select employee_id, agency_id, score, level, computed_at from scoring.period_score where period_code = '2026-11' order by employee_id`,
      )
    ).rows;

  it('an agency’s admin recomputes its people only, exactly as the province’s computation scores them; everyone else stays as stored', async () => {
    await (await as(user('province-admin'))).request(COMPUTE, { period: '2026-11' });
    const before = await scoresOf();
    const agencyId = user('agency-admin').agencyIds[0]!;
    await (await as(user('agency-admin'))).request(COMPUTE, { period: '2026-11', agencyId });
    const after = await scoresOf();
    expect(after.map((r) => r.employee_id)).toEqual(before.map((r) => r.employee_id));
    const theirs = (rows: typeof before) => rows.filter((r) => r.agency_id === agencyId);
    const others = (rows: typeof before) => rows.filter((r) => r.agency_id !== agencyId);
    expect(theirs(after).length).toBeGreaterThan(10);
    expect(theirs(after).map(({ employee_id, score, level }) => ({ employee_id, score, level }))).toEqual(
      theirs(before).map(({ employee_id, score, level }) => ({ employee_id, score, level })),
    );
    expect(theirs(after).every((r, i) => r.computed_at > theirs(before)[i]!.computed_at)).toBe(true);
    expect(others(after)).toEqual(others(before));
  });

  it('refuses another agency to its admin and any agency to a member of staff, writing nothing', async () => {
    const before = await scoresOf();
    const mine = user('agency-admin').agencyIds[0]!;
    const another = province.agencies.find((a) => a.id !== mine && !a.path.startsWith(province.agencies.find((b) => b.id === mine)!.path))!;
    const codes = async (identity: Identity, agencyId: string) =>
      (await errorsOf((await as(identity)).request(COMPUTE, { period: '2026-11', agencyId }))).map((e) => e.extensions?.code);
    expect(await codes(user('agency-admin'), another.id)).toEqual(['FORBIDDEN']);
    expect(await codes(user('staff'), mine)).toEqual(['FORBIDDEN']);
    expect(await scoresOf()).toEqual(before);
  });
});

describe('a period computed again', () => {
  const stored = async () =>
    (
      await db.query<{ id: string; employee_id: string; computed_at: Date; digest: string | null }>(
        `select id, employee_id, computed_at, digest, score::text, level, frozen, policy_version, segments::text as segments,
                item_groups::text as item_groups
           from scoring.period_score where period_code = '2026-11' order by employee_id`,
      )
    ).rows;
  /** What a score holds, but its id and time. */
  const content = (rows: Awaited<ReturnType<typeof stored>>) => rows.map(({ id: _id, computed_at: _at, ...rest }) => rest);

  it('rewrites only the scores whose inputs changed, and stores exactly what a computation from scratch stores', async () => {
    const admin = await as(user('province-admin'));
    await admin.request(COMPUTE, { period: '2026-11' });
    const first = await stored();
    expect(first.length).toBeGreaterThan(300);
    expect(first.every((r) => r.digest)).toBe(true);

    // Nothing changed: no score is written, not even stamped — each reads the period's new time.
    await admin.request(COMPUTE, { period: '2026-11' });
    const again = await stored();
    expect(again).toEqual(first);
    const computed = await periodComputedAt('2026-11');
    expect(computed).toBeGreaterThan(Math.max(...first.map((r) => r.computed_at.getTime())));
    const times = await computedAtOf(again.map((r) => r.id));
    expect(new Set(again.map((r) => times.get(r.id)))).toEqual(new Set([computed]));

    // One person's approved work changes underneath: their score is written again, and their
    // leaders' (the leader rule), not the province's.
    const [entry] = (
      await db.query<{ id: string; quantity: string }>(
        `select id, quantity from diary.diary_entry
          where employee_id = $1 and status = 'APPROVED' and work_date between '2026-11-01' and '2026-11-19' order by work_date, id limit 1`,
        [staffId()],
      )
    ).rows;
    await db.query(`update diary.diary_entry set quantity = quantity + 1 where id = $1`, [entry!.id]);
    try {
      await admin.request(COMPUTE, { period: '2026-11' });
      const changed = await stored();
      expect(changed.map((r) => r.employee_id)).toEqual(again.map((r) => r.employee_id));
      const rewritten = changed.filter((r, i) => r.id !== again[i]!.id).map((r) => r.employee_id);
      expect(rewritten).toContain(staffId());
      expect(rewritten.length).toBeLessThan(again.length / 10);
      // What a computation from nothing stores, score for score.
      await db.query(`delete from scoring.period_score where period_code = '2026-11'`);
      await admin.request(COMPUTE, { period: '2026-11' });
      expect(content(await stored())).toEqual(content(changed));
    } finally {
      await db.query(`update diary.diary_entry set quantity = $2 where id = $1`, [entry!.id, entry!.quantity]);
    }
  });
});

describe('one agency closed before the province', () => {
  const START = graphql(`
    mutation ScoringStartAgencyJob($period: String!, $action: ScoringPeriodAction!, $agencyId: ID, $reason: String) {
      startScoringPeriodJob(period: $period, action: $action, agencyId: $agencyId, reason: $reason) {
        id
      }
    }
  `);
  const JOB = graphql(`
    query ScoringAgencyJob($id: ID!) {
      scoringJob(id: $id) {
        state
        summary
        errors {
          code
        }
      }
    }
  `);
  const CLOSE = graphql(`
    mutation ScoringCloseAgency($period: String!, $agencyId: ID, $reason: String) {
      closeScoringPeriod(period: $period, agencyId: $agencyId, reason: $reason) {
        status
        agencyCloses {
          agencyId
          people
          closedBy
          reason
        }
      }
    }
  `);
  const REOPEN = graphql(`
    mutation ScoringReopenAgency($period: String!, $agencyId: ID, $reason: String!) {
      reopenScoringPeriod(period: $period, agencyId: $agencyId, reason: $reason) {
        status
        agencyCloses {
          agencyId
        }
      }
    }
  `);
  const RECOMPUTE = graphql(`
    mutation ScoringRecomputeAgency($period: String!, $agencyId: ID) {
      recomputeScoringPeriod(period: $period, agencyId: $agencyId) {
        people
        changed
      }
    }
  `);
  const COMPUTE = graphql(`
    mutation ScoringComputeOctober($agencyId: ID) {
      computeScoringPeriod(period: "2026-10", agencyId: $agencyId) {
        status
      }
    }
  `);
  const RATE = graphql(`
    mutation ScoringRateClosed($id: ID!) {
      rateCreativity(employeeId: $id, period: "2026-10", points: 80) {
        points
      }
    }
  `);
  const agencyId = () => user('agency-admin').agencyIds[0]!;
  const stored = async () =>
    (
      await db.query<{ id: string; employee_id: string; agency_id: string; score: string | null; frozen: boolean; computed_at: Date }>(
        `select id, employee_id, agency_id, score, frozen, computed_at from scoring.period_score where period_code = '2026-10' order by employee_id`,
      )
    ).rows;
  const codes = async (request: Promise<unknown>) => (await errorsOf(request)).map((e) => e.extensions?.code);

  it('freezes the agency’s people only, through a job; the province’s compute leaves them be and its close keeps them as they froze', async () => {
    const admin = await as(user('province-admin'));
    await admin.request(REOPEN, { period: '2026-10', reason: 'Chốt theo từng cơ quan' });
    await admin.request(COMPUTE, {});
    const agencyAdmin = await as(user('agency-admin'));
    const { startScoringPeriodJob: job } = await agencyAdmin.request(START, {
      period: '2026-10',
      action: 'CLOSE',
      agencyId: agencyId(),
      reason: 'Cơ quan chốt tháng 10',
    });
    let state = (await agencyAdmin.request(JOB, { id: job.id })).scoringJob!;
    for (let i = 0; i < 120 && !['SUCCEEDED', 'FAILED'].includes(state.state); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      state = (await agencyAdmin.request(JOB, { id: job.id })).scoringJob!;
    }
    expect(state).toMatchObject({ state: 'SUCCEEDED', errors: [], summary: expect.stringMatching(/^Closed 2026-10 for agency/) });

    const closed = await stored();
    const theirs = closed.filter((r) => r.frozen);
    expect(theirs.length).toBeGreaterThan(10);
    expect(theirs.every((r) => r.agency_id === agencyId())).toBe(true);
    expect(closed.filter((r) => r.agency_id === agencyId()).every((r) => r.frozen)).toBe(true);
    const { scoringPeriod } = await admin.request(
      graphql(`
        query ScoringPeriodCloses {
          scoringPeriod(period: "2026-10") {
            status
            agencyCloses {
              agencyId
              people
              reason
            }
          }
        }
      `),
    );
    expect(scoringPeriod).toEqual({
      status: 'OPEN',
      agencyCloses: [{ agencyId: agencyId(), people: theirs.length, reason: 'Cơ quan chốt tháng 10' }],
    });

    // The staff member's month is frozen for good, the province analyst's (another agency) still live.
    const mine = async (label: string) => (await (await as(user(label))).request(MY_SCORE, { period: '2026-10' })).me!.periodScore!;
    const before = await mine('staff');
    expect(before.frozen).toBe(true);
    expect((await mine('province-analyst')).frozen).toBe(false);
    await db.query(`delete from diary.diary_entry where employee_id = $1 and work_date between '2026-10-16' and '2026-10-31'`, [staffId()]);
    expect(await mine('staff')).toEqual(before);

    // Nothing rewrites the agency's scores while it is closed.
    expect(await codes(agencyAdmin.request(COMPUTE, { agencyId: agencyId() }))).toEqual(['PERIOD_CLOSED']);
    expect(await codes(agencyAdmin.request(CLOSE, { period: '2026-10', agencyId: agencyId() }))).toEqual(['ALREADY_DECIDED']);
    expect(await codes(agencyAdmin.request(REOPEN, { period: '2026-10', agencyId: agencyId(), reason: 'thử' }))).toEqual(['FORBIDDEN']);
    expect(await codes((await as(user('unit-head'))).request(RATE, { id: staffId() }))).toEqual(['PERIOD_CLOSED']);
    expect((await agencyAdmin.request(RECOMPUTE, { period: '2026-10', agencyId: agencyId() })).recomputeScoringPeriod).toEqual({
      people: theirs.length,
      changed: 0,
    });
    await admin.request(COMPUTE, {});
    const recomputed = await stored();
    expect(recomputed.filter((r) => r.frozen)).toEqual(theirs);
    // Everyone else computed after the agency froze; the agency's people when it froze them.
    const frozeAt = Math.max(...theirs.map((r) => r.computed_at.getTime()));
    const times = await computedAtOf(recomputed.map((r) => r.id));
    expect(recomputed.filter((r) => !r.frozen).every((r) => times.get(r.id)! > frozeAt)).toBe(true);
    expect(recomputed.filter((r) => r.frozen).map((r) => times.get(r.id))).toEqual(theirs.map((r) => r.computed_at.getTime()));

    // The province's close freezes everyone else and keeps the agency's scores exactly as they froze.
    const { closeScoringPeriod } = await admin.request(CLOSE, { period: '2026-10' });
    expect(closeScoringPeriod.status).toBe('CLOSED');
    const all = await stored();
    expect(all.every((r) => r.frozen)).toBe(true);
    expect(all.filter((r) => r.agency_id === agencyId())).toEqual(theirs);
  });

  it('a province admin reopens one agency’s close (audited): its people are live again, the rest of the province untouched', async () => {
    const admin = await as(user('province-admin'));
    await admin.request(REOPEN, { period: '2026-10', reason: 'Mở lại để chốt theo cơ quan' });
    expect((await admin.request(CLOSE, { period: '2026-10', agencyId: agencyId() })).closeScoringPeriod.agencyCloses).toHaveLength(1);
    expect(await codes(admin.request(REOPEN, { period: '2026-10', agencyId: agencyId(), reason: ' ' }))).toEqual(['BAD_USER_INPUT']);
    // A computation of the province while the agency is closed does not compute its people…
    const frozen = (await stored()).filter((r) => r.frozen);
    await admin.request(COMPUTE, {});
    const { reopenScoringPeriod } = await admin.request(REOPEN, { period: '2026-10', agencyId: agencyId(), reason: 'Bổ sung nhật ký' });
    expect(reopenScoringPeriod).toEqual({ status: 'OPEN', agencyCloses: [] });
    const reopened = await stored();
    expect(reopened.some((r) => r.frozen)).toBe(false);
    // …so, live again, they say when their close computed them, not when the province last computed.
    const times = await computedAtOf(reopened.map((r) => r.id));
    const closedAt = new Map(frozen.map((r) => [r.employee_id, r.computed_at.getTime()]));
    expect(frozen.length).toBeGreaterThan(10);
    expect(reopened.filter((r) => closedAt.has(r.employee_id)).map((r) => times.get(r.id))).toEqual(
      reopened.filter((r) => closedAt.has(r.employee_id)).map((r) => closedAt.get(r.employee_id)),
    );
    expect(await periodComputedAt('2026-10')).toBeGreaterThan(Math.max(...closedAt.values()));
    // The next computation of the province finds them unchanged and they read its time, as everyone.
    await admin.request(COMPUTE, {});
    const computed = await periodComputedAt('2026-10');
    expect(new Set((await computedAtOf(reopened.map((r) => r.id))).values())).toEqual(new Set([computed]));
    expect(await codes(admin.request(REOPEN, { period: '2026-10', agencyId: agencyId(), reason: 'lần nữa' }))).toEqual(['BAD_USER_INPUT']);
    const { rows } = await db.query(
      `select action, reason from scoring.scoring_audit where period_code = '2026-10' and reason like 'agency %'`,
    );
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['close', 'reopen', 'recompute']));
    expect(rows.find((r) => r.action === 'reopen')!.reason).toBe(`agency ${agencyId()}: Bổ sung nhật ký`);
    // Closed for the whole province afterwards, as every other test leaves October.
    await admin.request(CLOSE, { period: '2026-10' });
  });
});

describe('rows kept between requests', () => {
  it('hold exactly the values the entities of the same rows hold', async () => {
    const differences = await plainRowDifferences(graph.subgraphs.get('scoring')!.database.orm, [
      'ScoringPolicy',
      'ScoringPeriod',
      'AgencyClose',
      'CreativityRating',
    ]);
    expect(differences.slice(0, 10)).toEqual([]);
  });
});
