import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seededRandom, type DemoEmployee } from '@kpi/demo';
import { scoring } from '@kpi/scoring';
import { graphql } from '../../src/graphql/index.js';
import { startDemoWorld, type DemoWorld } from '../../src/world.js';

/**
 * Issue 14, the self view: a person's live score is computed for that person and — for a leader —
 * the people whose scores enter theirs, never for their agency; it must stay exactly what a
 * computation of everyone gives. The province's history is shaken at random first (people rotated
 * mid-month to other divisions, positions — leading ones too — and supervisors; supervisors
 * changed), so that units change inside the period; then every leader's and a sample of others'
 * live scores, asked one person a request (the self view) and a whole agency a request (a team
 * page), are compared with the scores `computeScoringPeriod` stores for everyone.
 * KPI_PROPERTY_SEED replays a history.
 */
const NOW = '2026-11-20T10:00:00+07:00';
const MONTH = '2026-11';
const SEED = Number(process.env.KPI_PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));

let world: DemoWorld;
beforeAll(async () => {
  // A few hundred self views from one caller in seconds: this test is about scores, not the rate limit.
  const rateLimit = process.env.KPI_RATE_LIMIT_REQUESTS;
  process.env.KPI_RATE_LIMIT_REQUESTS = '1000000';
  world = await startDemoWorld({ now: NOW, extra: [scoring], employees: 400, diaryMonths: 1 });
  if (rateLimit === undefined) delete process.env.KPI_RATE_LIMIT_REQUESTS;
  else process.env.KPI_RATE_LIMIT_REQUESTS = rateLimit;
}, 240_000);
afterAll(() => world?.stop());

const ROTATE = graphql(`
  mutation LiveRotate($input: PlacementInput!) {
    rotateEmployee(input: $input) {
      id
    }
  }
`);
const SUPERVISE = graphql(`
  mutation LiveSupervise($id: ID!, $supervisorId: ID) {
    updateEmployee(id: $id, input: { supervisorId: $supervisorId }) {
      id
    }
  }
`);
const COMPUTE = graphql(`
  mutation LiveCompute($period: String!) {
    computeScoringPeriod(period: $period) {
      code
    }
  }
`);
graphql(`
  fragment LiveFigures on PeriodScore {
    score
    ownScore
    unitScore
    level
    workPoints
  }
`);
const ONE = graphql(`
  query LiveOne($id: ID!, $period: String!) {
    employee(id: $id) {
      periodScore(period: $period) {
        ...LiveFigures
      }
    }
  }
`);
const TEAM = graphql(`
  query LiveTeam($agencyId: ID!, $period: String!) {
    employees(first: 500, filter: { agencyId: $agencyId }) {
      nodes {
        id
        periodScore(period: $period) {
          ...LiveFigures
        }
      }
    }
  }
`);

const EXPLAINED = graphql(`
  query LiveExplained($id: ID!, $period: String!) {
    employee(id: $id) {
      periodScore(period: $period) {
        ...LiveFigures
        segments {
          workPoints
          facts
        }
      }
    }
  }
`);

interface Figures {
  score: number | null;
  ownScore: number | null;
  unitScore: number | null;
  level: string;
  workPoints: number | null;
}
const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));
const figuresOf = (live: { score?: unknown; ownScore?: unknown; unitScore?: unknown; level: string; workPoints?: unknown }): Figures => ({
  score: num(live.score),
  ownScore: num(live.ownScore),
  unitScore: num(live.unitScore),
  level: live.level,
  workPoints: num(live.workPoints),
});

/** Rotations and supervisor changes inside the open month, at random but replayable; refused ones (a cycle, a date before the placement) are left out. */
async function shakeHistory() {
  const random = seededRandom(SEED);
  const { province } = world;
  const admin = await world.graph.as(world.user('province-admin'));
  const inService = province.employees.filter((e) => e.status === 'ACTIVE');
  const colleaguesOf = (person: DemoEmployee) => inService.filter((e) => e.agencyId === person.agencyId && e.id !== person.id);
  let applied = 0;
  for (let i = 0; i < 40; i += 1) {
    const person = random.pick(inService);
    const colleagues = colleaguesOf(person);
    if (!colleagues.length) continue;
    const supervisor = random.pick(colleagues);
    try {
      if (random.chance(0.5)) {
        const positions = province.positions.filter((p) => p.agencyId === person.agencyId);
        const leading = positions.filter((p) => p.isLeadership);
        const position = random.chance(0.3) && leading.length ? random.pick(leading) : random.pick(positions);
        await admin.request(ROTATE, {
          input: {
            employeeId: person.id,
            divisionId: supervisor.divisionId,
            positionId: position.id,
            supervisorId: supervisor.id,
            effectiveFrom: `${MONTH}-${String(random.int(2, 20)).padStart(2, '0')}`,
            reason: 'live score property test',
          },
        });
      } else {
        await admin.request(SUPERVISE, { id: person.id, supervisorId: supervisor.id });
      }
      applied += 1;
    } catch {
      // The graph refused this change (a cycle, a date before the current placement): the history goes on without it.
    }
  }
  return applied;
}

describe('a live score', () => {
  it('is exactly what a computation of everyone gives, for leaders and staff, one at a time and a team at once', async () => {
    const applied = await shakeHistory();
    expect(applied).toBeGreaterThan(10);

    const admin = await world.graph.as(world.user('province-admin'));
    await admin.request(COMPUTE, { period: MONTH });
    const { rows } = await world.db.query(
      `select employee_id, agency_id, score, own_score, unit_score, level, work_points, is_leadership from scoring.period_score where period_code = $1`,
      [MONTH],
    );
    const full = new Map<string, Figures & { agencyId: string }>(
      rows.map((r) => [
        r.employee_id as string,
        {
          score: num(r.score),
          ownScore: num(r.own_score),
          unitScore: num(r.unit_score),
          level: r.level as string,
          workPoints: num(r.work_points),
          agencyId: r.agency_id as string,
        },
      ]),
    );
    expect(full.size).toBeGreaterThan(300);

    // Every leader whose unit counted, and as many others picked at random.
    const random = seededRandom(SEED + 1);
    const leaders = rows.filter((r) => r.unit_score !== null).map((r) => r.employee_id as string);
    const others = rows.filter((r) => r.unit_score === null).map((r) => r.employee_id as string);
    const sample = [...leaders, ...Array.from({ length: Math.max(15, leaders.length) }, () => random.pick(others))];
    expect(leaders.length).toBeGreaterThan(3);

    const mismatches: string[] = [];
    for (const id of new Set(sample)) {
      const { employee } = await admin.request(ONE, { id, period: MONTH });
      const live = employee?.periodScore;
      const expected = full.get(id)!;
      const got = live && figuresOf(live);
      if (JSON.stringify(got) !== JSON.stringify({ ...expected, agencyId: undefined }))
        mismatches.push(`${id}: live ${JSON.stringify(got)}, everyone's ${JSON.stringify(expected)}`);
    }
    expect({ seed: SEED, mismatches }).toEqual({ seed: SEED, mismatches: [] });

    // Asked with its explanation, a live score reads the diary's item groups (the figures above
    // read only their work points): the same figures, and the groups each stretch's points add up from.
    for (const id of [...new Set(sample)].slice(0, 12)) {
      const { employee } = await admin.request(EXPLAINED, { id, period: MONTH });
      const live = employee!.periodScore!;
      expect({ id, figures: figuresOf(live) }).toEqual({ id, figures: { ...full.get(id)!, agencyId: undefined } });
      for (const segment of live.segments) {
        const facts = segment.facts as {
          items: { quantity: number; standardMinutes: number; coefficient: number }[];
          providers?: { workPoints: number }[];
        };
        expect(Array.isArray(facts.items)).toBe(true);
        const points =
          facts.items.reduce((sum, g) => sum + g.quantity * g.standardMinutes * g.coefficient, 0) +
          (facts.providers ?? []).reduce((sum, p) => sum + p.workPoints, 0);
        expect(segment.workPoints).toBeCloseTo(points, 2);
      }
    }
    expect(sample.some((id) => (full.get(id)!.workPoints ?? 0) > 0)).toBe(true);

    // A team page: a whole agency's people asked in one request.
    const agencies = [...new Set(leaders.map((id) => full.get(id)!.agencyId))].slice(0, 3);
    for (const agencyId of agencies) {
      const { employees } = await admin.request(TEAM, { agencyId, period: MONTH });
      expect(employees.nodes.length).toBeGreaterThan(0);
      for (const node of employees.nodes) {
        const expected = full.get(node.id);
        if (!expected) continue; // placed here only after the month's computation could see them
        const live = node.periodScore!;
        const got = figuresOf(live);
        if (JSON.stringify(got) !== JSON.stringify({ ...expected, agencyId: undefined }))
          mismatches.push(`${node.id} (team page): live ${JSON.stringify(got)}, everyone's ${JSON.stringify(expected)}`);
      }
    }
    expect({ seed: SEED, mismatches }).toEqual({ seed: SEED, mismatches: [] });
  }, 300_000);

  it('costs the same SQL for a team page of 10, 100 and 400 people, in every subgraph it asks', async () => {
    const analyst = await world.graph.as(world.user('province-analyst'));
    const PAGE = graphql(`
      query LivePage($first: Int!, $period: String!) {
        employees(first: $first, orderBy: { field: CODE }) {
          nodes {
            id
            periodScore(period: $period) {
              score
              level
            }
          }
        }
      }
    `);
    const subgraphs = ['personnel', 'catalogue', 'diary', 'scoring'];
    const counters = subgraphs.map((name) => world.graph.queries(name));
    const counts: Record<number, Record<string, number>> = {};
    for (const first of [10, 100, 400]) {
      for (const counter of counters) counter.reset();
      const { employees } = await analyst.request(PAGE, { first, period: MONTH });
      expect(employees.nodes).toHaveLength(first);
      expect(employees.nodes.filter((n) => n.periodScore?.score !== null && n.periodScore?.score !== undefined).length).toBeGreaterThan(
        first / 2,
      );
      counts[first] = Object.fromEntries(subgraphs.map((name, i) => [name, counters[i]!.count]));
    }
    // The people asked for are one computation: more people, the same statements — personnel too,
    // asked once for the people and every level of the units below the leaders among them. The
    // diary's facts of a small batch (up to 64 ranges: the page of 10) go as one statement, a larger
    // batch's one per kind, side by side.
    expect(counts[400]).toEqual(counts[100]);
    expect(counts[10]).toEqual({ ...counts[100], diary: 1 });
    expect(counts[100]!.diary).toBe(4);
  }, 120_000);
});
