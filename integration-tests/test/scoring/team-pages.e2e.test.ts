import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateEducation, loadDemoEducation } from '@kpi/demo';
import { education } from '@kpi/education';
import { scoring } from '@kpi/scoring';
import { graphql } from '../../src/graphql/index.js';
import { startDemoWorld, type DemoWorld } from '../../src/world.js';

/**
 * Issue 14, team pages: a province admin reads the first 10, 100 and 500 people of the province
 * (sorted by name, so every page mixes agencies, leaders of every level — agency heads whose units
 * run four levels deep — staff and teachers whose scores the education provider credits) with
 * their score of last month: live while the month is open, frozen once it is closed. Each page is
 * one computation whatever the people on it and however deep their units: the SQL statements of
 * every subgraph together stay the same from 10 to 500 people. The province is large enough
 * (2,500 people) that a level of the units below a page of 500 holds more than a directory page
 * (500 people): asked level by level and page by page, personnel ran 28, 28 and 38 statements.
 */
const NOW = '2026-11-20T10:00:00+07:00';
const MONTH = '2026-10'; // ended: the province admin may close it
const SIZES = [10, 100, 500] as const;
const SUBGRAPHS = ['personnel', 'catalogue', 'diary', 'scoring', 'education'];

let world: DemoWorld;
beforeAll(async () => {
  world = await startDemoWorld({ now: NOW, extra: [scoring, education], employees: 2500, diaryMonths: 2 });
  await loadDemoEducation(world.graph.databaseUrl, generateEducation(world.province, '2026-11-20'));
}, 240_000);
afterAll(() => world?.stop());

const TEAM = graphql(`
  query TeamPage($agencyId: ID!, $first: Int!, $period: String!) {
    employees(first: $first, filter: { agencyId: $agencyId }) {
      nodes {
        id
        fullName
        periodScore(period: $period) {
          score
          level
          frozen
          workPoints
          indicators {
            quantity
            timeliness
            quality
          }
        }
      }
    }
  }
`);
const RENAME = graphql(`
  mutation TeamPageRename($id: ID!, $fullName: String!) {
    updateEmployee(id: $id, input: { fullName: $fullName }) {
      id
    }
  }
`);
const CLOSE = graphql(`
  mutation TeamPageClose($period: String!) {
    closeScoringPeriod(period: $period) {
      status
    }
  }
`);

/**
 * The pages compared must ask the same kinds of thing, or they differ by a fixed handful of
 * statements that says nothing of their size: every page, the 10 too, holds the head of the
 * largest agency (the deepest units: head, deputies, division heads, their deputies, staff) and a
 * school's principal (whose teachers the education provider credits), renamed to sort first.
 */
async function leadersFirst() {
  const admin = await world.graph.as(world.user('province-admin'));
  const { agencies, employees } = world.province;
  const people = (agencyId: string) => employees.filter((e) => e.agencyId === agencyId).length;
  const school = (a: (typeof agencies)[number]) => a.sectorCodes.includes('EDUCATION');
  const largest = (candidates: typeof agencies) => candidates.sort((a, b) => people(b.id) - people(a.id))[0]!;
  const headOf = (agencyId: string) => employees.find((e) => e.agencyId === agencyId && e.role === 'head')!;
  const firsts = [headOf(largest(agencies.filter((a) => a.depth > 0 && !school(a))).id), headOf(largest(agencies.filter(school)).id)];
  for (const [i, person] of firsts.entries()) await admin.request(RENAME, { id: person.id, fullName: `Lê Văn A${'a'.repeat(i)}` });
  return firsts.map((p) => p.id);
}

type Page = { first: number; statements: Record<string, number>; scored: number; frozen: number; answered: number };

/**
 * Each page's statements by subgraph, and its people's scores: every page asked first since
 * personnel last changed (`asked first`: scoring asks the facts for the units it kept at once,
 * then fetches the units and, as they are new, their facts again), then asked again (`asked
 * again`: the units kept under personnel's revision, their facts asked once).
 */
async function pages(firsts: string[]) {
  const admin = await world.graph.as(world.user('province-admin'));
  const province = world.province.agencies.find((a) => a.depth === 0)!;
  const counters = SUBGRAPHS.map((name) => world.graph.queries(name));
  const page = async (first: number): Promise<Page> => {
    for (const counter of counters) counter.reset();
    const { employees } = await admin.request(TEAM, { agencyId: province.id, first, period: MONTH });
    const statements = Object.fromEntries(SUBGRAPHS.map((name, i) => [name, counters[i]!.count]));
    expect(employees.nodes).toHaveLength(first);
    expect(firsts.filter((id) => employees.nodes.some((n) => n.id === id))).toEqual(firsts);
    return {
      first,
      statements,
      scored: employees.nodes.filter((n) => typeof n.periodScore?.score === 'number').length,
      frozen: employees.nodes.filter((n) => n.periodScore?.frozen).length,
      answered: employees.nodes.filter((n) => n.periodScore).length,
    };
  };
  const askedFirst: Page[] = [];
  for (const first of SIZES) {
    // Asked once uncounted: what scoring keeps between requests (the sectors' standards, the
    // page's units) is then kept alike for every page counted.
    await page(first);
    // A statement on a covered table moves personnel's revision, even one that changes no row.
    await world.db.query('update personnel.job_position set title = title where false');
    askedFirst.push(await page(first));
  }
  const askedAgain: Page[] = [];
  for (const first of SIZES) {
    await page(first); // the revision moved since the page was asked: what was kept is gone
    askedAgain.push(await page(first));
  }
  return { askedFirst, askedAgain };
}

const sameForEverySize = (found: Page[]) => {
  for (const page of found.slice(1)) expect(page.statements).toEqual(found[0]!.statements);
};

describe('a team page', () => {
  it('costs the same SQL statements in every subgraph for 10, 100 and 500 people, live and closed', async () => {
    const firsts = await leadersFirst();
    const live = await pages(firsts);
    for (const page of [...live.askedFirst, ...live.askedAgain]) {
      expect(page.scored).toBeGreaterThan(page.first / 2);
      expect(page.frozen).toBe(0);
    }
    sameForEverySize(live.askedFirst);
    sameForEverySize(live.askedAgain);
    // Asked again, the people's units are kept: personnel answers its revision only.
    expect(live.askedAgain[0]!.statements.personnel).toBeLessThan(live.askedFirst[0]!.statements.personnel!);

    const admin = await world.graph.as(world.user('province-admin'));
    expect((await admin.request(CLOSE, { period: MONTH })).closeScoringPeriod.status).toBe('CLOSED');
    const closed = await pages(firsts);
    for (const page of [...closed.askedFirst, ...closed.askedAgain]) {
      expect(page.frozen).toBe(page.answered);
      expect(page.scored).toBeGreaterThan(page.first / 2);
    }
    sameForEverySize(closed.askedFirst);
    sameForEverySize(closed.askedAgain);
  }, 120_000);
});
