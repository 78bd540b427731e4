import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startDemoWorld, type DemoWorld } from '../../src/world.js';
import { errorsOf } from '@kpi/platform/testkit';
import { graphql } from '../../src/graphql/index.js';

/**
 * The cost limit through the real gateway, on a small demo province: what the audit ran is refused
 * before any subgraph is asked, with a code that says to page or narrow; the same question asked in
 * pages passes.
 */
const NOW = '2026-11-20T10:00:00+07:00';
let world: DemoWorld;
beforeAll(async () => {
  world = await startDemoWorld({ now: NOW, employees: 120 });
});
afterAll(() => world?.stop());

const SUBGRAPHS = ['personnel', 'catalogue', 'diary'];
const statements = () => SUBGRAPHS.reduce((sum, name) => sum + world.graph.queries(name).count, 0);
const resetStatements = () => SUBGRAPHS.forEach((name) => world.graph.queries(name).reset());

const DIARIES = graphql(`
  query CostEmployees($first: Int!, $from: LocalDate!, $to: LocalDate!) {
    employees(first: $first) {
      nodes {
        code
        diaryEntries(from: $from, to: $to) {
          id
          workDate
          quantity
          workItem {
            code
          }
        }
      }
    }
  }
`);

describe('the cost limit', () => {
  it('refuses 500 people × a year of diary entries as a province admin, before any subgraph works, with OPERATION_TOO_COSTLY', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    resetStatements();
    const [error] = await errorsOf(admin.request(DIARIES, { first: 500, from: '2026-01-01', to: '2026-12-31' }));
    expect(error!.extensions!.code).toBe('OPERATION_TOO_COSTLY');
    expect(error!.message).toMatch(/smaller pages .*narrower date range/);
    expect(error!.extensions!.cost).toBeGreaterThan(1_000_000);
    expect(error!.extensions!.maxCost).toBe(20_000);
    expect(statements()).toBe(0);
  });

  it('answers the same question asked in pages of 20 people and a month', async () => {
    const admin = await world.graph.as(world.user('province-admin'));
    const { employees } = await admin.request(DIARIES, { first: 20, from: '2026-11-01', to: '2026-11-19' });
    expect(employees.nodes).toHaveLength(20);
    expect(employees.nodes.some((person) => person.diaryEntries.length > 0)).toBe(true);
  });

  it('refuses 15 aliases of nearDuplicateWorkItems as staff; one is answered', async () => {
    const staff = await world.graph.as(world.user('staff'));
    const aliases = Array.from({ length: 15 }, (_, i) => `d${i}: nearDuplicateWorkItems { similarity }`).join('\n');
    resetStatements();
    const [error] = await errorsOf(staff.request(`{ ${aliases} }`));
    expect(error!.extensions!.code).toBe('OPERATION_TOO_COSTLY');
    expect(statements()).toBe(0);
    const { nearDuplicateWorkItems } = await staff.request('{ nearDuplicateWorkItems { similarity } }');
    expect(Array.isArray(nearDuplicateWorkItems)).toBe(true);
  });
});
