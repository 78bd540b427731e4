import type { Identity, SubgraphDefinition } from '@kpi/platform';
import { type TestGraph } from '@kpi/platform/testkit';
import { catalogue } from '@kpi/catalogue';
import {
  type DemoCatalogue,
  type DemoProvince,
  demoUsers,
  generateCatalogue,
  generateDiaries,
  generateProvince,
  loadDemoCatalogue,
  loadDemoDiaries,
  loadDemoProvince,
} from '@kpi/demo';
import { personnel } from '@kpi/personnel';
import pg from 'pg';
import { diary } from '@kpi/diary';
import { startGraph } from './graph.js';

export interface DemoWorld {
  graph: TestGraph;
  province: DemoProvince;
  demo: DemoCatalogue;
  users: ReturnType<typeof demoUsers>;
  /** A plain SQL client on the world's database, for assertions against the rows. */
  db: pg.Client;
  /** A demo user's identity: staff, unit-head, agency-admin, province-analyst, province-admin, eoffice. */
  user(label: string): Identity;
  stop(): Promise<void>;
}

/**
 * The demo province for an end-to-end test file: the real graph (personnel, catalogue, diary and
 * any `extra` subgraphs, e.g. scoring) on its own fresh database, with the clock pinned to `now`,
 * `employees` people, their catalogue, and `diaryMonths` of demo diaries and assignments up to
 * the day before `now`.
 */
export async function startDemoWorld(options: {
  now: string;
  extra?: SubgraphDefinition<unknown>[];
  employees?: number;
  diaryMonths?: number;
  /** More of the gateway's options (a fixed port, the web app). */
  gateway?: Parameters<typeof startGraph>[1];
}): Promise<DemoWorld> {
  const { now, extra = [], employees = 400, diaryMonths = 1 } = options;
  process.env.KPI_NOW = now;
  // No daily reminder schedule unless the test asks for one: a run at 07:00 would add statements to the N+1 counts.
  const cron = process.env.KPI_REMINDERS_CRON;
  process.env.KPI_REMINDERS_CRON = cron ?? 'off';
  const graph = await startGraph([personnel, catalogue, diary, ...extra], options.gateway);
  const province = generateProvince({ targetEmployees: employees });
  const demo = generateCatalogue(province);
  const users = demoUsers(province);
  await loadDemoProvince(graph.databaseUrl, province);
  await loadDemoCatalogue(graph.databaseUrl, demo);
  const today = new Date(Date.parse(now) + 7 * 3600_000).toISOString().slice(0, 10);
  await loadDemoDiaries(graph.databaseUrl, generateDiaries({ months: diaryMonths, today, targetEmployees: employees }));
  const db = new pg.Client({ connectionString: graph.databaseUrl });
  await db.connect();
  return {
    graph,
    province,
    demo,
    users,
    db,
    user: (label) => users.find((u) => u.label === label)!.identity,
    async stop() {
      delete process.env.KPI_NOW;
      if (cron === undefined) delete process.env.KPI_REMINDERS_CRON;
      await db.end();
      await graph.stop();
    },
  };
}

/**
 * A colleague of `of` with no say over them: in service in the same agency, plain staff, not their
 * supervisor, and none of the demo users (who hold grants in the records). `also` narrows further.
 */
export function plainColleague(
  world: Pick<DemoWorld, 'province' | 'users'>,
  of: { id: string; agencyId: string; supervisorId?: string | null },
  also: (employee: DemoProvince['employees'][number]) => boolean = () => true,
) {
  const demoUser = new Set(world.users.map((u) => u.identity.employeeId));
  const colleague = world.province.employees.find(
    (e) =>
      e.agencyId === of.agencyId &&
      e.id !== of.id &&
      e.role === 'staff' &&
      e.status === 'ACTIVE' &&
      e.id !== of.supervisorId &&
      !demoUser.has(e.id) &&
      also(e),
  );
  if (!colleague) throw new Error(`no plain colleague of ${of.id} in the demo province`);
  return colleague;
}

/**
 * What an integration client gets for a field outside the partner contract: on `/partner/graphql`
 * it does not exist (the subgraphs' own refusals, FORBIDDEN, stand behind it: see the direct calls).
 */
export const NOT_IN_CONTRACT = 'GRAPHQL_VALIDATION_FAILED';
