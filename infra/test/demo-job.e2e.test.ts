import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoLoaders } from '@kpi/demo';
import { personnel } from '@kpi/personnel';
import { catalogue } from '@kpi/catalogue';
import { openSubgraphDatabase } from '@kpi/platform/database';
import { createTestDatabase } from '@kpi/platform/testkit';
import pg from 'pg';
import { DEMO_JOB_KIND, loadDemoAsJob, type DemoPart, type DemoResult } from '../src/demo-job.js';

/**
 * The demo province loads as a job (infra/src/demo-job.ts): recorded in personnel's job table, one
 * at a time — a second launcher joins the job under way — safe to run again, a department's part
 * failing reported without stopping the province's, a province part failing the job with its reason.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
const employees = process.env.KPI_DEMO_EMPLOYEES;

beforeAll(async () => {
  process.env.KPI_DEMO_EMPLOYEES = '250';
  database = await createTestDatabase();
  for (const definition of [personnel, catalogue]) {
    const db = await openSubgraphDatabase({ url: database.url, ...definition });
    await db.migrate();
    await db.close();
  }
}, 60_000);
afterAll(async () => {
  if (employees === undefined) delete process.env.KPI_DEMO_EMPLOYEES;
  else process.env.KPI_DEMO_EMPLOYEES = employees;
  await database?.drop();
});

const part = (name: 'personnel' | 'catalogue'): DemoPart => ({ name, url: database.url, loader: demoLoaders[name]!, departmental: false });
const load = (parts: DemoPart[], replace = false, onProgress?: Parameters<typeof loadDemoAsJob>[0]['onProgress']) =>
  loadDemoAsJob({ parts, personnel: { definition: personnel, url: database.url }, replace, onProgress });

async function sqlOn(text: string) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}
const count = async (table: string) => Number((await sqlOn(`select count(*) as n from ${table}`))[0].n);

describe('the demo job', () => {
  it('loads each part once, as one job a second launcher joins', async () => {
    const [first, second] = await Promise.all([load([part('personnel'), part('catalogue')]), load([part('personnel'), part('catalogue')])]);
    expect(second.id).toBe(first.id);
    expect(first).toMatchObject({
      kind: DEMO_JOB_KIND,
      scope: 'province',
      state: 'SUCCEEDED',
      errors: [],
      requestedBy: expect.stringMatching(/^service:launcher/),
    });
    expect(first.result).toEqual({ loaded: ['personnel', 'catalogue'], skipped: [], failed: [] });
    expect(await count('personnel.employee')).toBeGreaterThan(200);
    expect(await count(`personnel.job where kind = '${DEMO_JOB_KIND}'`)).toBe(1);
  });

  it('says on its row which part it is loading and how far along', async () => {
    let seen: () => void;
    const halfway = new Promise<void>((resolve) => (seen = resolve));
    const observed: string[] = [];
    const slow: DemoPart = {
      name: 'education',
      url: database.url,
      departmental: true,
      loader: {
        isLoaded: async () => false,
        load: async (_url, { onProgress }) => {
          onProgress!(40, 100);
          await halfway; // held until the row said so
          onProgress!(100, 100);
        },
      },
    };
    const job = await load([slow], false, ({ phase, done, total }) => {
      observed.push(`${phase} ${done}/${total}`);
      if (phase === 'education' && done === 40) seen();
    });
    expect(observed).toContain('education 40/100');
    expect(job.result).toEqual({ loaded: ['education'], skipped: [], failed: [] });
  });

  it('is safe to run again: a part already there is skipped, a reload replaces it with the same rows', async () => {
    const people = await count('personnel.employee');
    const again = await load([part('personnel'), part('catalogue')]);
    expect(again.result).toEqual({ loaded: [], skipped: ['personnel', 'catalogue'], failed: [] });
    expect(again.summary).toMatch(/already there: personnel, catalogue/);
    // Replacing empties what refers to the demo's rows too (a client's operations), not only its own tables.
    await sqlOn(`insert into personnel.client_operation (client_id, operation_id, name, document, registered_by)
      select client_id, repeat('a', 64), 'DiaryIntake', '{ __typename }', 'test' from personnel.integration_client limit 1`);
    expect(await count('personnel.client_operation')).toBe(1);
    const reload = await load([part('personnel')], true);
    expect(reload.errors).toEqual([]);
    expect(await count('personnel.client_operation')).toBe(0);
    expect(reload.result).toEqual({ loaded: ['personnel'], skipped: [], failed: [] });
    expect(await count('personnel.employee')).toBe(people);
  });

  it("reports a department's failing part and goes on; a province part failing fails the job with its reason", async () => {
    const broken = (departmental: boolean): DemoPart => ({
      name: 'education',
      url: database.url,
      departmental,
      loader: { isLoaded: async () => false, load: async () => Promise.reject(new Error('relation "education.school" does not exist')) },
    });
    const departmental = await load([broken(true), part('catalogue')]);
    expect(departmental.state).toBe('SUCCEEDED');
    expect((departmental.result as DemoResult).failed).toEqual([
      { part: 'education', message: 'relation "education.school" does not exist' },
    ]);
    expect(departmental.summary).toMatch(/education failed/);

    const province = await load([broken(false)]);
    expect(province.state).toBe('FAILED');
    expect(province.errors.at(-1)).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', attempt: 1 });
    // The scope is free again: the next launcher starts a new job rather than waiting on this one.
    expect((await load([part('catalogue')])).id).not.toBe(province.id);
  });
});
