import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Identity } from '@kpi/platform';
import { errorsOf, type TestGraph } from '@kpi/platform/testkit';
import { demoUsers, type DemoProvince } from '@kpi/demo';
import { graphql } from '../../src/graphql/index.js';
import type { ResultOf } from '@graphql-typed-document-node/core';
import pg from 'pg';
import { scoring } from '@kpi/scoring';
import { startDemoWorld, type DemoWorld } from '../../src/world.js';

// Friday 20 November 2026 in Vietnam: the demo diaries run from late September to yesterday.
const NOW = '2026-11-20T10:00:00+07:00';
let graph: TestGraph;
let province: DemoProvince;
let users: ReturnType<typeof demoUsers>;
let db: pg.Client;
const user = (label: string) => users.find((u) => u.label === label)!.identity;
const as = (identity: Identity) => graph.as(identity);

/** Someone made to over-declare in October, and someone transferred into the staff user's agency on 16 October. */
let overDeclarer: { id: string; ratio: number };
let transferred: { id: string; from: string; to: string };

const OVERVIEW = graphql(`
  query AnalyticsProvinceOverview($period: String!, $first: Int!, $agencyId: ID) {
    provinceOverview(period: $period) {
      period {
        code
        status
      }
      distribution {
        people
        scored
        meanScore
        levels {
          excellent
          good
          completed
          notCompleted
        }
        histogram {
          from
          to
          people
        }
      }
      byAgency {
        key
        headcount
        people
        scored
        meanScore
        levels {
          excellent
          good
          completed
          notCompleted
        }
        agency {
          id
        }
      }
      bySector {
        key
        people
        meanScore
      }
      byCategory {
        key
        category
        people
        meanScore
      }
      trend(months: 6) {
        period
        people
        scored
        meanScore
        notCompletedShare
        declaredHoursPerWorkingDay
      }
      diaryDiscipline {
        agency {
          id
        }
        headcount
        availableDays
        declaredDays
        missingDiaryRate
        daysOverStandard
        overStandardDayShare
        entries
        lateDeclarations
        lateDeclarationShare
      }
      anomalies {
        kind
        agency {
          id
        }
        employee {
          id
        }
        figure
        baseline
        measure
        message
        rank
        found
      }
      catalogueUsage(first: $first) {
        itemsUsed
        mostUsed {
          workItem {
            id
          }
          entries
          people
          quantity
          actualMinutes
          standardMinutes
          actualToStandard
        }
        leastUsed {
          workItem {
            id
          }
          entries
        }
      }
      staffingNeeds(agencyId: $agencyId) {
        position {
          id
        }
        agency {
          id
        }
        headcount
        holders
        workloadMinutes
        capacityMinutes
        utilisation
        positionsNeeded
        gap
      }
    }
  }
`);

let overview: NonNullable<ResultOf<typeof OVERVIEW>['provinceOverview']>;
const staffAgency = () => user('staff').agencyIds[0]!;

let world: DemoWorld;
beforeAll(async () => {
  world = await startDemoWorld({ now: NOW, extra: [scoring], diaryMonths: 2 });
  ({ graph, province, users, db } = world);

  // An over-declarer: someone whose approved October time is close to standard now claims three times as much.
  const demoIds = new Set(users.map((u) => u.identity.employeeId));
  const { rows: candidates } = await db.query(
    `select employee_id, sum(actual_minutes)::float8 / sum(quantity * standard_minutes)::float8 as ratio
       from diary.diary_entry
      where work_date between '2026-10-01' and '2026-10-31' and status = 'APPROVED'
      group by employee_id
     having count(*) >= 40 and sum(actual_minutes)::float8 / sum(quantity * standard_minutes)::float8 < 1.2
      order by employee_id`,
  );
  const chosen = candidates.find((c) => !demoIds.has(c.employee_id))!;
  await db.query(
    `update diary.diary_entry set actual_minutes = least(1440, actual_minutes * 3)
      where employee_id = $1 and work_date between '2026-10-01' and '2026-10-31' and status = 'APPROVED'`,
    [chosen.employee_id],
  );
  const { rows: after } = await db.query(
    `select sum(actual_minutes)::float8 / sum(quantity * standard_minutes)::float8 as ratio
       from diary.diary_entry where employee_id = $1 and work_date between '2026-10-01' and '2026-10-31' and status = 'APPROVED'`,
    [chosen.employee_id],
  );
  overDeclarer = { id: chosen.employee_id, ratio: after[0].ratio };

  // A transfer in the middle of October: the person's October is scored where they worked, when.
  const admin = await as(user('province-admin'));
  const mover = province.employees.find(
    (e) => e.agencyId !== staffAgency() && e.role === 'staff' && e.status === 'ACTIVE' && !demoIds.has(e.id) && e.id !== overDeclarer.id,
  )!;
  const target = province.positions.find((p) => p.agencyId === staffAgency() && p.category === 'PROFESSIONAL' && !p.isLeadership)!;
  await admin.request(
    graphql(`
      mutation AnalyticsTransferEmployee($input: PlacementInput!) {
        transferEmployee(input: $input) {
          id
        }
      }
    `),
    { input: { employeeId: mover.id, agencyId: staffAgency(), positionId: target.id, effectiveFrom: '2026-10-16', reason: 'Điều động' } },
  );
  transferred = { id: mover.id, from: mover.agencyId, to: staffAgency() };

  for (const period of ['2026-09', '2026-10'])
    await admin.request(
      graphql(`
        mutation AnalyticsComputeScoringPeriod($period: String!) {
          computeScoringPeriod(period: $period) {
            status
          }
        }
      `),
      { period },
    );
  overview = (await (await as(user('province-analyst'))).request(OVERVIEW, { period: '2026-10', first: 20, agencyId: staffAgency() }))
    .provinceOverview!;
}, 120_000);

afterAll(() => world?.stop());

/** Each stretch with its share of the person's available days (equal shares when the person had none), straight from the stored rows. */
const STRETCHES = `
  select s.employee_id, s.score, s.level, g.value as seg,
         coalesce((g.value->>'availableDays')::numeric
                    / nullif((select sum((h->>'availableDays')::numeric) from jsonb_array_elements(s.segments) h), 0),
                  1.0 / jsonb_array_length(s.segments)) as share,
         -- The stretch's packed item groups: kept apart from it, or (stored before) inside it.
         coalesce((s.item_groups -> (g.n::int - 1))::jsonb, g.value->'facts'->'items') as items
    from scoring.period_score s, jsonb_array_elements(s.segments) with ordinality as g(value, n)
   where s.period_code = $1`;

describe('who reads the province overview', () => {
  const ask = (identity: Identity) =>
    as(identity).then((c) =>
      c.request(
        graphql(`
          query AnalyticsProvinceOverview2 {
            provinceOverview(period: "2026-10") {
              distribution {
                people
              }
            }
          }
        `),
      ),
    );

  it('province roles only: a staff member, an agency admin and the E-Office client get FORBIDDEN', async () => {
    for (const label of ['staff', 'agency-admin', 'eoffice'])
      expect((await errorsOf(ask(user(label)))).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await ask(user('province-admin'))).provinceOverview!.distribution.people).toBeGreaterThan(300);
  });

  it('a period never computed has no overview; a malformed one is refused', async () => {
    const client = await as(user('province-analyst'));
    const { provinceOverview } = await client.request(
      graphql(`
        query AnalyticsProvinceOverview3 {
          provinceOverview(period: "2026-08") {
            period {
              code
            }
          }
        }
      `),
    );
    expect(provinceOverview).toBeNull();
    const errors = await errorsOf(
      client.request(
        graphql(`
          query AnalyticsProvinceOverview4 {
            provinceOverview(period: "October") {
              period {
                code
              }
            }
          }
        `),
      ),
    );
    expect(errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the province overview of October, checked against the stored rows', () => {
  it('distribution: the level counts, the mean and the histogram are those of scoring.period_score', async () => {
    const { rows } = await db.query(
      `select count(*)::int as people, count(score)::int as scored, round(avg(score), 2)::float8 as mean,
              count(*) filter (where level = 'EXCELLENT')::int as excellent, count(*) filter (where level = 'GOOD')::int as good,
              count(*) filter (where level = 'COMPLETED')::int as completed, count(*) filter (where level = 'NOT_COMPLETED')::int as not_completed,
              count(*) filter (where score >= 70 and score < 80)::int as seventies
         from scoring.period_score where period_code = '2026-10'`,
    );
    const d = overview.distribution;
    expect(overview.period).toEqual({ code: '2026-10', status: 'OPEN' });
    expect(d.people).toBe(rows[0].people);
    expect(d.scored).toBe(rows[0].scored);
    expect(d.meanScore).toBeCloseTo(rows[0].mean, 2);
    expect(d.levels).toEqual({
      excellent: rows[0].excellent,
      good: rows[0].good,
      completed: rows[0].completed,
      notCompleted: rows[0].not_completed,
    });
    expect(d.histogram).toHaveLength(10);
    expect(d.histogram[7]).toEqual({ from: 70, to: 80, people: rows[0].seventies });
    expect(d.histogram.reduce((s: number, b) => s + b.people, 0)).toBe(d.scored);
  });

  it('byAgency: the staff user’s agency’s mean score, recomputed in SQL over the stretches worked there', async () => {
    const { rows } = await db.query(
      `with x as (${STRETCHES})
       select sum(share)::float8 as people, count(distinct employee_id)::int as headcount,
              (sum(share * score) filter (where score is not null) / sum(share) filter (where score is not null))::float8 as mean
         from x where seg->>'agencyId' = $2`,
      ['2026-10', staffAgency()],
    );
    const row = overview.byAgency.find((a) => a.key === staffAgency())!;
    expect(row.agency).toEqual({ id: staffAgency() });
    expect(row.headcount).toBe(rows[0].headcount);
    expect(row.people).toBeCloseTo(rows[0].people, 2);
    expect(row.meanScore).toBeCloseTo(rows[0].mean, 2);
    // Every person once in the province: the agencies' people and levels add up to the distribution.
    const sum = (f: (a: (typeof overview.byAgency)[number]) => number) => overview.byAgency.reduce((s: number, a) => s + f(a), 0);
    expect(sum((a) => a.people)).toBeCloseTo(overview.distribution.people, 0);
    expect(sum((a) => a.levels.notCompleted)).toBeCloseTo(overview.distribution.levels.notCompleted, 0);
    expect(overview.bySector.reduce((s: number, g) => s + g.people, 0)).toBeCloseTo(overview.distribution.people, 0);
    expect(overview.byCategory.reduce((s: number, g) => s + g.people, 0)).toBeCloseTo(overview.distribution.people, 0);
    expect(overview.byCategory.map((g) => g.category)).toEqual(expect.arrayContaining(['PROFESSIONAL', 'LEADERSHIP']));
  });

  it('a person transferred on 16 October counts in both agencies, each by the share of available days worked there', async () => {
    const { rows } = await db.query(`select segments from scoring.period_score where period_code = '2026-10' and employee_id = $1`, [
      transferred.id,
    ]);
    const segments = rows[0].segments as { agencyId: string; availableDays: number }[];
    expect(segments.map((s) => s.agencyId)).toEqual([transferred.from, transferred.to]);
    const total = segments[0]!.availableDays + segments[1]!.availableDays;
    const { rows: there } = await db.query(
      `with x as (${STRETCHES}) select share::float8 from x where employee_id = $2 and seg->>'agencyId' = $3`,
      ['2026-10', transferred.id, transferred.from],
    );
    expect(there[0].share).toBeCloseTo(segments[0]!.availableDays / total, 6);
    expect(there[0].share).toBeGreaterThan(0);
    expect(there[0].share).toBeLessThan(1);
    const from = overview.byAgency.find((a) => a.key === transferred.from)!;
    expect(from.people % 1).not.toBe(0); // a part of a person
  });

  it('diaryDiscipline: the staff user’s agency’s missing-diary rate, recomputed by hand from the stretches', async () => {
    const { rows } = await db.query(`select segments from scoring.period_score where period_code = '2026-10'`);
    let available = 0;
    let declared = 0;
    let over = 0;
    let entries = 0;
    let late = 0;
    for (const row of rows)
      for (const seg of row.segments)
        if (seg.agencyId === staffAgency()) {
          available += seg.facts.workingDays - seg.facts.leaveDays;
          declared += seg.facts.declaredDays;
          over += seg.facts.daysOverStandard;
          entries += seg.facts.entries;
          late += seg.facts.lateDeclarations;
        }
    const mine = overview.diaryDiscipline.find((d) => d.agency.id === staffAgency())!;
    expect(mine.availableDays).toBe(available);
    expect(mine.declaredDays).toBe(declared);
    expect(mine.missingDiaryRate).toBeCloseTo(1 - declared / available, 4);
    expect(mine.overStandardDayShare).toBeCloseTo(over / declared, 4);
    expect(mine.lateDeclarationShare).toBeCloseTo(late / entries, 4);
    // The demo's forgetful 5 % miss about 30 % of their days, the others 2 %: a few percent overall, worst agency first.
    expect(mine.missingDiaryRate).toBeGreaterThan(0);
    expect(mine.missingDiaryRate).toBeLessThan(0.3);
    const rates = overview.diaryDiscipline.map((d) => d.missingDiaryRate).filter((r: number | null) => r !== null);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
  });

  it('anomalies: the over-declarer is among the claims far above standard, with their ratio from the diary', async () => {
    const claims = overview.anomalies.filter((a) => a.kind === 'CLAIMS_FAR_ABOVE_STANDARD');
    const flag = claims.find((a) => a.employee!.id === overDeclarer.id)!;
    expect(flag).toBeDefined();
    expect(flag.figure).toBeCloseTo(overDeclarer.ratio, 1);
    expect(flag.figure).toBeGreaterThan(1.5);
    expect(flag.baseline).toBeLessThan(1.5);
    expect(flag.message).toContain('standard time');
    expect(claims.length).toBeLessThanOrEqual(50);
    expect(claims.map((c) => c.figure)).toEqual([...claims.map((c) => c.figure)].sort((a, b) => b - a));
    // The demo's own over-declarers (3 %, claiming 1.6–2.4 × the standard) are found too.
    expect(claims[0].found).toBeGreaterThan(3);
  });

  it('anomalies: sudden jumps are the people whose stored score moved by 25 points or more since September', async () => {
    const { rows } = await db.query(
      `select count(*)::int as n from scoring.period_score c
         join scoring.period_score p on p.employee_id = c.employee_id and p.period_code = '2026-09'
        where c.period_code = '2026-10' and abs(c.score - p.score) >= 25`,
    );
    const jumps = overview.anomalies.filter((a) => a.kind === 'SUDDEN_JUMP');
    // September is only partly covered by the demo diaries, so many people "jump" in October.
    expect(rows[0].n).toBeGreaterThan(0);
    expect(jumps.length).toBe(Math.min(50, rows[0].n));
    expect(jumps[0].found).toBe(rows[0].n);
    for (const j of jumps) expect(Math.abs(j.figure)).toBeGreaterThanOrEqual(25);
  });

  it('trend: September and October, with the means of their stored scores', async () => {
    const { rows } = await db.query(
      `select period_code, count(*)::int as people, round(avg(score), 2)::float8 as mean from scoring.period_score group by 1 order by 1`,
    );
    expect(overview.trend.map((t) => t.period)).toEqual(['2026-09', '2026-10']);
    overview.trend.forEach((t, i: number) => {
      expect(t.people).toBe(rows[i].people);
      expect(t.meanScore).toBeCloseTo(rows[i].mean, 2);
    });
    // The demo declares 6–8 hours a day; September's diaries start late in the month.
    expect(overview.trend[1].declaredHoursPerWorkingDay).toBeGreaterThan(4);
    expect(overview.trend[1].declaredHoursPerWorkingDay).toBeLessThan(10);
    expect(overview.trend[0].declaredHoursPerWorkingDay).toBeLessThan(overview.trend[1].declaredHoursPerWorkingDay!);
  });

  it('catalogueUsage: the most used item’s approved entries are those of the diary rows of October', async () => {
    const usage = overview.catalogueUsage;
    expect(usage.mostUsed).toHaveLength(20);
    expect(usage.leastUsed).toHaveLength(20);
    expect(usage.itemsUsed).toBeGreaterThan(20);
    const top = usage.mostUsed[0];
    expect(top.entries).toBeGreaterThanOrEqual(usage.mostUsed[1].entries);
    expect(usage.leastUsed[0].entries).toBeLessThanOrEqual(usage.leastUsed[1].entries);
    const { rows } = await db.query(
      `select count(*)::int as entries, count(distinct employee_id)::int as people
         from diary.diary_entry where work_item_id = $1 and work_date between '2026-10-01' and '2026-10-31' and status = 'APPROVED'`,
      [top.workItem.id],
    );
    expect(top.entries).toBe(rows[0].entries);
    expect(top.people).toBe(rows[0].people);
    expect(top.actualToStandard).toBeCloseTo(top.actualMinutes / top.standardMinutes, 2);
  });

  it('staffingNeeds of an agency: per position, workload ÷ (capacity ÷ holders), from the stretches’ approved items', async () => {
    const needs = overview.staffingNeeds;
    expect(needs.length).toBeGreaterThan(0);
    for (const n of needs) expect(n.agency.id).toBe(staffAgency());
    const busiest = needs.find((n) => n.headcount > 1) ?? needs[0];
    const { rows } = await db.query(
      `with x as (${STRETCHES})
       select count(distinct employee_id)::int as headcount, sum(share)::float8 as holders,
              sum((seg->>'capacityMinutes')::numeric)::float8 as capacity,
              sum((select coalesce(sum(q::numeric * m::numeric), 0)
                     from rows from (string_to_table(items->>'quantity', ','),
                                     string_to_table(items->>'standardMinutes', ',')) as i (q, m)))::float8 as workload
         from x where seg->>'positionId' = $2 and seg->>'agencyId' = $3`,
      ['2026-10', busiest.position.id, staffAgency()],
    );
    const r = rows[0];
    expect(busiest.headcount).toBe(r.headcount);
    expect(busiest.workloadMinutes).toBeCloseTo(r.workload, 0);
    expect(busiest.capacityMinutes).toBeCloseTo(r.capacity, 0);
    expect(busiest.utilisation).toBeCloseTo(r.workload / r.capacity, 3);
    expect(busiest.positionsNeeded).toBeCloseTo(Math.round((r.workload / (r.capacity / r.holders)) * 10) / 10, 5);
    expect(busiest.gap).toBeCloseTo(busiest.positionsNeeded! - Math.round(r.holders * 10) / 10, 5);
    const gaps = needs.map((n) => n.gap).filter((g: number | null) => g !== null);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
  });
});

describe('cost', () => {
  it('the whole overview is a constant number of statements: the same for catalogueUsage(first: 5) and (first: 50)', async () => {
    const client = await as(user('province-analyst'));
    const queries = graph.queries('scoring');
    const cold: number[] = [];
    const warm: number[] = [];
    for (const first of [5, 50]) {
      // Nothing kept: every figure computed (and kept); then asked again, every figure read as kept.
      await db.query('delete from scoring.analytics_memo');
      for (const counts of [cold, warm]) {
        queries.reset();
        const { provinceOverview } = await client.request(OVERVIEW, { period: '2026-10', first, agencyId: null });
        expect(provinceOverview!.catalogueUsage.mostUsed).toHaveLength(first);
        expect(provinceOverview!.staffingNeeds.length).toBeGreaterThan(overview.staffingNeeds.length);
        counts.push(queries.count);
      }
    }
    expect(cold[1]).toBe(cold[0]);
    expect(warm[1]).toBe(warm[0]);
    // The period and the scores' generation, then seven figures — the shared agency/sector/category groups,
    // distribution, trend, two anomaly kinds, catalogue, staffing — each looked up, and when not kept, computed and kept.
    expect(warm[0]).toBeLessThanOrEqual(2 + 7);
    expect(cold[0]).toBeLessThanOrEqual(2 + 7 * 3);
  });

  it('a period’s figures are kept once computed, and computed afresh once its scores are stored again', async () => {
    const client = await as(user('province-analyst'));
    const queries = graph.queries('scoring');
    queries.keepStatements = true;
    try {
      const ask = async () => {
        queries.reset();
        const answer = (await client.request(OVERVIEW, { period: '2026-10', first: 7, agencyId: staffAgency() })).provinceOverview!;
        return { answer, readScores: queries.statements.filter((sql) => sql.includes('scoring.period_score')).length };
      };
      const first = await ask();
      expect(first.readScores).toBeGreaterThan(0);
      // Asked again: the same answer, and not one statement over the stored scores.
      const again = await ask();
      expect(again).toEqual({ answer: first.answer, readScores: 0 });

      // Storing October's scores again moves the generation on: nothing kept is read, the figures are computed again.
      const admin = await as(user('province-admin'));
      await admin.request(`mutation { computeScoringPeriod(period: "2026-10") { status } }`);
      const { rows } = await db.query(
        `select count(*)::int as stale from scoring.analytics_memo where generation < (select n from scoring.score_generation)`,
      );
      expect(rows[0].stale).toBe(0);
      const afterCompute = await ask();
      expect(afterCompute.readScores).toBeGreaterThan(0);
      expect(afterCompute.answer).toEqual(first.answer);
    } finally {
      queries.keepStatements = false;
    }
  });
});

describe('the item groups kept with each stretch', () => {
  const formsOf = async () =>
    (
      await db.query(
        `select distinct case when s.item_groups is not null and g->'facts'->'items' is null then 'apart'
                              when s.item_groups is not null then 'both'
                              when jsonb_typeof(g->'facts'->'items') = 'array' then 'objects'
                              when jsonb_typeof(g->'facts'->'items'->'workItemId') = 'string' then 'packed' else 'columns' end as form
           from scoring.period_score s cross join lateral jsonb_array_elements(s.segments) g where s.period_code = '2026-10'`,
      )
    ).rows.map((r) => r.form);
  const SEGMENTS = `query AnalyticsSegments($id: ID!) { employee(id: $id) { periodScore(period: "2026-10") { score segments { facts } } } }`;

  it('are stored apart from the stretches as packed columns, and scores stored before (inside them: packed, as columns, as objects) read and analyse the same', async () => {
    expect(await formsOf()).toEqual(['apart']);
    const analyst = await as(user('province-analyst'));
    const ask = async () => {
      await db.query('delete from scoring.analytics_memo');
      return {
        overview: (await analyst.request(OVERVIEW, { period: '2026-10', first: 7, agencyId: staffAgency() })).provinceOverview,
        score: await analyst.request(SEGMENTS, { id: transferred.id }),
      };
    };
    const asStored = await ask();
    const { items } = (asStored.score as { employee: { periodScore: { segments: { facts: { items: unknown[] } }[] } } }).employee
      .periodScore.segments[0]!.facts;
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]).toEqual(expect.objectContaining({ workItemId: expect.any(String), quantity: expect.any(Number) }));

    // October's scores rewritten as they were stored from 11 December: each stretch's packed groups inside it.
    await db.query(
      `update scoring.period_score s
          set segments = (select jsonb_agg(jsonb_set(g.value, '{facts,items}', (s.item_groups -> (g.n::int - 1))::jsonb) order by g.n)
                            from jsonb_array_elements(s.segments) with ordinality as g(value, n)),
              item_groups = null
        where s.period_code = '2026-10'`,
    );
    expect(await formsOf()).toEqual(['packed']);
    expect(await ask()).toEqual(asStored);

    // As they were stored from 10 December: each column a list of values.
    await db.query(
      `with columns as (
         select s.id, g.n, jsonb_set(g.value, '{facts,items}', (
                  select jsonb_object_agg(k, case when k = 'workItemId' then to_jsonb(string_to_array(v, ','))
                                                  else to_jsonb(string_to_array(v, ',')::float8[]) end)
                    from jsonb_each_text(g.value->'facts'->'items') as e(k, v))) as segment
           from scoring.period_score s cross join lateral jsonb_array_elements(s.segments) with ordinality as g(value, n)
          where s.period_code = '2026-10'
       )
       update scoring.period_score s set segments = (select jsonb_agg(c.segment order by c.n) from columns c where c.id = s.id)
        where s.period_code = '2026-10'`,
    );
    expect(await formsOf()).toEqual(['columns']);
    expect(await ask()).toEqual(asStored);

    // And as they were stored before: each stretch's groups a list of objects.
    await db.query(
      `with objects as (
         select s.id, g.n, jsonb_set(g.value, '{facts,items}', coalesce((
                  select jsonb_agg(jsonb_build_object('workItemId', w, 'version', v, 'standardMinutes', sm, 'coefficient', c, 'entries', e,
                                                      'quantity', q, 'actualMinutes', am, 'selfInitiatedQuantity', si) order by i.n)
                    from rows from (jsonb_array_elements(g.value->'facts'->'items'->'workItemId'), jsonb_array_elements(g.value->'facts'->'items'->'version'),
                                    jsonb_array_elements(g.value->'facts'->'items'->'standardMinutes'), jsonb_array_elements(g.value->'facts'->'items'->'coefficient'),
                                    jsonb_array_elements(g.value->'facts'->'items'->'entries'), jsonb_array_elements(g.value->'facts'->'items'->'quantity'),
                                    jsonb_array_elements(g.value->'facts'->'items'->'actualMinutes'), jsonb_array_elements(g.value->'facts'->'items'->'selfInitiatedQuantity'))
                         with ordinality as i (w, v, sm, c, e, q, am, si, n)), '[]')) as segment
           from scoring.period_score s cross join lateral jsonb_array_elements(s.segments) with ordinality as g(value, n)
          where s.period_code = '2026-10'
       )
       update scoring.period_score s set segments = (select jsonb_agg(o.segment order by o.n) from objects o where o.id = s.id)
        where s.period_code = '2026-10'`,
    );
    expect(await formsOf()).toEqual(['objects']);
    expect(await ask()).toEqual(asStored);
  });
});
