import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateEducation, loadDemoEducation, SCHOOLS, type DemoEducation } from '@kpi/demo';
import { education } from '@kpi/education';
import { WEEK_MINUTES } from '@kpi/education/model';
import { isProvinceSubgraph, loadGraphConfig } from '@kpi/platform';
import { actor, errorsOf } from '@kpi/platform/testkit';
import { scoring } from '@kpi/scoring';
import { graphql } from '../../src/graphql/index.js';
import { startDemoWorld, type DemoWorld } from '../../src/world.js';

// Friday 20 November 2026 in Vietnam: the first term of 2026-2027 is ten weeks in, October has ended.
const NOW = '2026-11-20T10:00:00+07:00';
const TERM = '2026-2027/HK1';
let world: DemoWorld;
let demo: DemoEducation;
const school = () => world.province.agencies.find((a) => a.code === SCHOOLS[0]!.code)!; // the upper secondary school
/** A plain teacher of the upper secondary school (a norm of 17 periods a week), with their facts. */
const teacher = () => {
  const roster = new Set(demo.teachers.filter((t) => t.role === 'TEACHER').map((t) => t.employeeId));
  return world.province.employees.find((e) => e.agencyId === school().id && e.role === 'staff' && roster.has(e.id))!;
};

beforeAll(async () => {
  // As deployed: the province's subgraphs decide readiness, education (a department's) does not.
  const province = loadGraphConfig().subgraphs.filter(isProvinceSubgraph);
  world = await startDemoWorld({
    now: NOW,
    extra: [scoring, education],
    employees: 400,
    gateway: { coreSubgraphs: province.map((entry) => entry.name) },
  });
  demo = generateEducation(world.province, '2026-11-20');
  await loadDemoEducation(world.graph.databaseUrl, demo);
});
afterAll(() => world?.stop());

const LOAD = graphql(`
  query EducationTeachingLoad($id: ID!, $term: String!) {
    employee(id: $id) {
      fullName
      teachingLoad(term: $term) {
        role
        weeklyNorm
        normSource
        normPeriods
        taughtPeriods
        substitutionPeriods
        dutyPeriods
        duties {
          code
          periods
        }
        totalPeriods
        balance
      }
    }
  }
`);

const TOTALS = graphql(`
  query EducationSchoolTotals($id: ID!, $term: String!) {
    agency(id: $id) {
      name
      school {
        level
      }
      teachingTotals(term: $term) {
        teachers
        normPeriods
        taughtPeriods
        dutyPeriods
        surplusPeriods
        deficitPeriods
      }
    }
  }
`);

const SCORE = graphql(`
  query EducationScore($id: ID!, $period: String!) {
    employee(id: $id) {
      periodScore(period: $period) {
        workPoints
        frozen
        segments {
          workPoints
          workSources {
            provider
            workPoints
            lines {
              code
              quantity
              workPoints
            }
          }
        }
      }
    }
  }
`);

const DELIVER = graphql(`
  mutation EducationDeliver($schoolId: ID!, $periods: [TaughtPeriodInput!]!) {
    recordTaughtPeriods(schoolId: $schoolId, periods: $periods) {
      externalId
      outcome
      code
    }
  }
`);

const CLOSE = graphql(`
  mutation EducationClose($period: String!) {
    closeScoringPeriod(period: $period) {
      status
    }
  }
`);

async function taughtInDb(teacherId: string, from: string, to: string) {
  const { rows } = await world.db.query(
    `select count(*)::int as taught, count(substitute_for)::int as substitutions
       from education.taught_period where teacher_id = $1 and taught_on between $2 and $3`,
    [teacherId, from, to],
  );
  return rows[0] as { taught: number; substitutions: number };
}

describe('the education subgraph in the graph', () => {
  it('gives a teacher their load in a term: the norm of Circular 05 × teaching weeks against the periods taught and duties', async () => {
    const who = teacher();
    const client = await world.graph.as(actor.staff(who));
    const { employee } = await client.request(LOAD, { id: who.id, term: TERM });
    const counts = await taughtInDb(who.id, '2026-09-05', '2027-01-16');
    const load = employee!.teachingLoad!;
    expect(load).toMatchObject({
      role: 'TEACHER',
      weeklyNorm: 17,
      normPeriods: 17 * 18,
      taughtPeriods: counts.taught,
      substitutionPeriods: counts.substitutions,
    });
    expect(load.normSource).toMatch(/05\/2025\/TT-BGDĐT/);
    expect(load.totalPeriods).toBeCloseTo(counts.taught + load.dutyPeriods, 5);
    expect(load.balance).toBeCloseTo(load.totalPeriods - 17 * 18, 5);
    // Someone on no school's roster has no load; a colleague with no say over the teacher may not read it.
    const outsider = world.user('staff');
    const { employee: none } = await (await world.graph.as(world.user('staff'))).request(LOAD, { id: outsider.employeeId!, term: TERM });
    expect(none!.teachingLoad).toBeNull();
    const colleague = world.province.employees.find(
      (e) => e.agencyId === school().id && e.role === 'staff' && e.id !== who.id && e.supervisorId !== who.id,
    )!;
    const refused = await errorsOf((await world.graph.as(actor.staff(colleague))).request(LOAD, { id: who.id, term: TERM }));
    expect(refused.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });

  it('sums a school’s roster for its admins, and refuses an unknown term with the terms there are', async () => {
    const admin = world.province.employees.find((e) => e.agencyId === school().id && e.role === 'head')!;
    const client = await world.graph.as(actor.agencyAdmin(admin));
    const { agency } = await client.request(TOTALS, { id: school().id, term: TERM });
    const { rows } = await world.db.query(`select count(*)::int as taught from education.taught_period where school_agency_id = $1`, [
      school().id,
    ]);
    expect(agency!.school!.level).toBe('UPPER_SECONDARY');
    expect(agency!.teachingTotals).toMatchObject({
      teachers: demo.teachers.filter((t) => t.schoolAgencyId === school().id).length,
      taughtPeriods: rows[0].taught,
    });
    const unknown = await errorsOf(client.request(TOTALS, { id: school().id, term: '2019-2020/HK9' }));
    expect(unknown[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(unknown[0]!.message).toContain(TERM);
  });

  it('answers a page of a school’s people’s loads in the same number of statements, 5 or 20 people', async () => {
    const PAGE = graphql(`
      query EducationLoadPage($agencyId: ID!, $first: Int!, $term: String!) {
        employees(first: $first, filter: { agencyId: $agencyId }) {
          nodes {
            teachingLoad(term: $term) {
              taughtPeriods
              dutyPeriods
              balance
            }
          }
        }
      }
    `);
    const client = await world.graph.as(actor.provinceAnalyst());
    const queries = world.graph.queries('education');
    const counts: number[] = [];
    for (const first of [5, 20]) {
      queries.reset();
      const { employees } = await client.request(PAGE, { agencyId: school().id, first, term: TERM });
      expect(employees.nodes).toHaveLength(first);
      // The school's office (2 people) is on no roster; everyone else teaches.
      expect(employees.nodes.filter((n) => n.teachingLoad).length).toBeGreaterThanOrEqual(first - 2);
      counts.push(queries.count);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it('takes taught periods idempotently, from the school’s admins and the system the school names — not from another client', async () => {
    const who = teacher();
    const schoolClass = demo.classes.find((c) => c.schoolAgencyId === school().id)!;
    const admin = world.province.employees.find((e) => e.agencyId === school().id && e.role === 'head')!;
    const client = await world.graph.as(actor.agencyAdmin(admin));
    // A Saturday lesson (make-up day) in period 1: a free slot.
    const period = {
      externalId: 'sms-2026-11-14-1',
      teacherId: who.id,
      classId: schoolClass.id,
      subject: 'Toán',
      taughtOn: '2026-11-14',
      periodNumber: 1,
    };
    const first = await client.request(DELIVER, {
      schoolId: school().id,
      periods: [
        period,
        { ...period, externalId: 'sms-2026-11-14-dup' },
        { ...period, externalId: 'x', teacherId: world.user('staff').employeeId! },
        { ...period, externalId: 'future', taughtOn: '2026-11-21', periodNumber: 2 },
      ],
    });
    expect(first.recordTaughtPeriods.map((r) => [r.outcome, r.code])).toEqual([
      ['RECORDED', null],
      ['REJECTED', 'SLOT_TAKEN'],
      ['REJECTED', 'NOT_ON_ROSTER'],
      ['REJECTED', 'FUTURE_DATE'],
    ]);
    const again = await client.request(DELIVER, { schoolId: school().id, periods: [period] });
    expect(again.recordTaughtPeriods[0]!.outcome).toBe('ALREADY_RECORDED');
    const { rows } = await world.db.query(
      `select count(*)::int as n from education.taught_period where external_id like 'sms-2026-11-14%'`,
    );
    expect(rows[0].n).toBe(1);
    // The school's system (named on its record) may deliver; E-Office may not.
    const system = await world.graph.directAs('education', actor.integrationClient('school-system'));
    const bySystem = await system.request(DELIVER, {
      schoolId: school().id,
      periods: [{ ...period, externalId: 'sms-2', periodNumber: 9 }],
    });
    expect(bySystem.recordTaughtPeriods[0]!.outcome).toBe('RECORDED');
    const eoffice = await world.graph.directAs('education', actor.integrationClient('eoffice'));
    expect((await errorsOf(eoffice.request(DELIVER, { schoolId: school().id, periods: [period] })))[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('counts a teacher’s teaching in their live score, through the contract, naming the provider', async () => {
    const who = teacher();
    const { employee } = await (await world.graph.as(actor.staff(who))).request(SCORE, { id: who.id, period: '2026-11' });
    const segment = employee!.periodScore!.segments[0]!;
    const sources = new Map(segment.workSources.map((s) => [s.provider, s]));
    expect([...sources.keys()]).toEqual(['diary', 'education']);
    const taught = sources.get('education')!.lines.find((l) => l.code === 'TAUGHT')!;
    const counts = await taughtInDb(who.id, '2026-11-01', '2026-11-20');
    expect(taught.quantity).toBe(counts.taught - counts.substitutions);
    expect(taught.workPoints).toBeCloseTo((taught.quantity * WEEK_MINUTES) / 17, 1);
    expect(segment.workPoints).toBeCloseTo(sources.get('diary')!.workPoints + sources.get('education')!.workPoints, 1);
    // Someone outside the education sector's agencies is not asked about.
    const staff = world.user('staff');
    const other = await (await world.graph.as(staff)).request(SCORE, { id: staff.employeeId!, period: '2026-11' });
    expect(other.employee!.periodScore!.segments[0]!.workSources.map((s) => s.provider)).toEqual(['diary']);
  });

  it('freezes the provider’s facts when a period closes', async () => {
    const who = teacher();
    const admin = await world.graph.as(actor.provinceAdmin());
    await admin.request(CLOSE, { period: '2026-10' });
    const read = async () =>
      (await (await world.graph.as(actor.staff(who))).request(SCORE, { id: who.id, period: '2026-10' })).employee!.periodScore!;
    const closed = await read();
    expect(closed.frozen).toBe(true);
    const frozen = closed.segments[0]!.workSources.find((s) => s.provider === 'education')!;
    expect(frozen.workPoints).toBeGreaterThan(0);
    // More teaching delivered for October afterwards changes nothing in the closed score.
    const schoolClass = demo.classes.find((c) => c.schoolAgencyId === school().id)!;
    await world.db.query(
      `insert into education.taught_period (id, source, external_id, school_agency_id, teacher_id, class_id, subject, taught_on, period_number)
       values (gen_random_uuid(), 'late', 'late-1', $1, $2, $3, 'Toán', '2026-10-10', 10)`,
      [school().id, who.id, schoolClass.id],
    );
    expect((await read()).segments[0]!.workSources.find((s) => s.provider === 'education')).toEqual(frozen);
  });

  it('fails a score loudly when the provider is down, while the rest of the graph answers', async () => {
    const who = teacher();
    await world.graph.subgraphs.get('education')!.stop();
    const client = await world.graph.as(actor.staff(who));
    const errors = await errorsOf(client.request(SCORE, { id: who.id, period: '2026-11' }));
    expect(errors[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', service: 'education' } });
    expect(errors[0]!.message).toMatch(/education.*not computed without them/);
    // Only education's fields fail: the person, and someone outside the sector's score, still answer.
    const partial = (await client.request(LOAD, { id: who.id, term: TERM }).then(
      (data) => ({ data, errors: [] }),
      (error: { response: { data: unknown; errors: unknown[] } }) => error.response,
    )) as { data: unknown; errors: unknown[] };
    expect(partial.errors.length).toBeGreaterThan(0);
    expect(partial.data).toMatchObject({ employee: { fullName: who.fullName, teachingLoad: null } });
    const staff = world.user('staff');
    const other = await (await world.graph.as(staff)).request(SCORE, { id: staff.employeeId!, period: '2026-11' });
    expect(other.employee!.periodScore!.workPoints).toBeGreaterThanOrEqual(0);
    // And the gateway stays ready: a department's subgraph is reported, never deciding.
    const health = await fetch(world.graph.gatewayUrl.replace(/graphql$/, 'health/ready'));
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ready', down: [], external: ['education'] });
  });
});
