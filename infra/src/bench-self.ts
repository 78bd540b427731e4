/**
 * `pnpm bench:self`: the self view — what one member of staff's front page costs — figures, not
 * assertions (issue 14's first target: p50 ≤ 20 ms at 1 connection, ≥ 150 req/s at 10).
 *
 * The graph as `pnpm start` runs it (every subgraph and the gateway a Node process under the
 * Supervisor) on the demo province (BENCH_EMPLOYEES, default 7,000 people) with two months of
 * diaries. 400 different members of staff × {last month, this month} send the staff dashboard —
 * themselves, their position and agency, the month's diary figures and entries, their assignments
 * and their live score — in turn (no two requests alike in a row, so nothing is answered from a
 * cache of the same question). At 1 and at 10 connections (BENCH_WINDOW_SECONDS each, after a
 * warm-up): req/s, p50 and p95 latency, the share of the machine's CPU left idle, and the CPU
 * each process spent per request (from /proc; PostgreSQL with its backends; the load generator,
 * this process, on the same cores).
 * Then each part of the dashboard alone at 1 connection, with the CPU each process spent on it, to
 * say where the time goes; then team
 * pages (the target: SQL constant and ≤ 300 ms for 500 people): a province admin reads the first
 * 10, 100 and 500 people of the largest agencies with their score of last month: live while the
 * month is open, then frozen once it is closed.
 * Uses DATABASE_URL when set, otherwise an embedded PostgreSQL.
 */
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase } from '@kpi/platform/database';
import { Role, todayInVietnam, type Identity } from '@kpi/platform';
import { demoUsers, generateDiaries, loadDemoDiaries } from '@kpi/demo';
import { startSupervisedGraph, type SupervisedGraph } from '../test/supervised-graph.js';
import { closedLoop, cpuByProcess, machineMeter, percentile, postgresPid, treeCpuSeconds } from './bench-load.js';
import { DASHBOARD } from './bench-dashboard.js';

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 7000);
const WINDOW_SECONDS = Number(process.env.BENCH_WINDOW_SECONDS ?? 15);
const PEOPLE = 400;

const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ port: 54394 });
const server = process.env.DATABASE_URL ?? embedded!.url;
const database = withDatabase(server, `kpi_bench_self_${Date.now()}`);
await ensureDatabase(database);
let graph: SupervisedGraph | undefined;
const cleanUp = async () => {
  await graph?.stop();
  await dropDatabase(database).catch(() => {});
  await embedded?.stop();
};
process.on('SIGINT', () => void cleanUp().then(() => process.exit(130)));

/** The dashboard's parts, each asked alone. */
const PARTS: Record<string, string> = {
  personnel: `query P { me { id code fullName staffType position { title category } agency { code name } division { name } } }`,
  'diary period': `query D($from: LocalDate!, $to: LocalDate!) { me { diaryPeriod(from: $from, to: $to) { workingDays workPoints missingDays } } }`,
  entries: `query E($from: LocalDate!, $to: LocalDate!) { me { diaryEntries(from: $from, to: $to) { id workDate status workPoints workItem { code name } } } }`,
  assignments: `query A { myAssignments(filter: { statuses: [ASSIGNED, IN_PROGRESS, RETURNED] }) { id title deadline workItem { name } } }`,
  'live score': `query S($period: String!) { me { periodScore(period: $period) { score level indicators { quantity timeliness } } } }`,
};

const TEAM = `query Team($agencyId: ID!, $first: Int!, $period: String!) {
  employees(first: $first, filter: { agencyId: $agencyId }) {
    nodes { id fullName periodScore(period: $period) { score level frozen workPoints indicators { quantity timeliness quality } } }
  }
}`;
const TEAM_SIZES = [10, 100, 500];

const monthOf = (date: string) => date.slice(0, 7);
const lastDay = (month: string) => new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0)).toISOString().slice(0, 10);
const previousMonth = (month: string) => {
  const d = new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7) - 2, 1));
  return d.toISOString().slice(0, 7);
};

try {
  const started = performance.now();
  graph = await startSupervisedGraph({ databaseUrl: database, employees: EMPLOYEES });
  const entries = await loadDemoDiaries(database, generateDiaries({ months: 2, targetEmployees: EMPLOYEES }));
  console.log(
    `## The self view: ${EMPLOYEES.toLocaleString('en')}-person province, ${entries.toLocaleString('en')} diary entries, up in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );

  // 400 members of staff spread over the province, each with this month and the last.
  const staff = graph.province.employees.filter((e) => e.status === 'ACTIVE' && e.role === 'staff');
  const people = Array.from({ length: PEOPLE }, (_, i) => staff[Math.floor((i * staff.length) / PEOPLE)]!);
  const identity = (e: (typeof people)[number]): Identity => ({
    subject: e.id,
    kind: 'person',
    employeeId: e.id,
    name: e.fullName,
    roles: [Role.STAFF],
    agencyIds: [e.agencyId],
    unitIds: [],
  });
  const tokens = await Promise.all(people.map((e) => graph!.tokenFor(identity(e))));
  const thisMonth = monthOf(todayInVietnam());
  const months = [previousMonth(thisMonth), thisMonth];
  // Consecutive requests are different people (spread over the province) and alternate months.
  const requestsOf = (query: string) =>
    tokens
      .flatMap((token, i) => [
        { token, month: months[0]! },
        { token: tokens[(i + PEOPLE / 2) % PEOPLE]!, month: months[1]! },
      ])
      .map(({ token, month }) => ({
        headers: { authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables: { from: `${month}-01`, to: lastDay(month), period: month } }),
      }));

  // PostgreSQL with its backends (with DATABASE_URL, whatever else that server runs counts too).
  const postgres = await postgresPid(database);
  const services = ['gateway', 'personnel', 'catalogue', 'diary', 'scoring', 'education', 'postgres'];
  const cpu = (): Record<string, number> => ({
    ...cpuByProcess(Object.fromEntries(services.slice(0, -1).map((name) => [name, graph!.pid(name)]))),
    postgres: treeCpuSeconds(postgres),
  });
  const dashboard = requestsOf(DASHBOARD);
  const first = await closedLoop({ url: graph.gatewayUrl, concurrency: 1, seconds: 1, requests: dashboard.slice(0, 1) });
  if (first.failed) throw new Error(`the dashboard fails: ${first.firstFailure}`);
  await closedLoop({ url: graph.gatewayUrl, concurrency: 4, seconds: WINDOW_SECONDS, requests: dashboard }); // warm-up

  console.log('connections | req/s  | p50 ms | p95 ms | failed | idle | CPU ms per request: ' + [...services, 'load generator'].join(', '));
  for (const concurrency of [1, 10]) {
    const before = cpu();
    const meter = machineMeter();
    const window = await closedLoop({ url: graph.gatewayUrl, concurrency, seconds: WINDOW_SECONDS, requests: dashboard });
    const machine = meter(window.answered);
    const after = cpu();
    const perRequest = services.map((name) => (((after[name]! - before[name]!) * 1000) / Math.max(1, window.answered)).toFixed(1));
    console.log(
      `${String(concurrency).padStart(11)} | ${window.perSecond.toFixed(1).padStart(6)} | ${percentile(window.latencies, 50).toFixed(1).padStart(6)} | ${percentile(window.latencies, 95).toFixed(1).padStart(6)} | ${String(window.failed).padStart(6)} | ${machine.idlePercent.toFixed(0).padStart(4)} | ${perRequest.join(', ')}, ${machine.loadGeneratorMs.toFixed(1)}`,
    );
    if (window.failed) console.log(`  first failure: ${window.firstFailure}`);
  }

  console.log('\nEach part alone, 1 connection:');
  console.log('part          | p50 ms | p95 ms | CPU ms per request: ' + services.join(', '));
  for (const [part, query] of Object.entries(PARTS)) {
    const before = cpu();
    const window = await closedLoop({
      url: graph.gatewayUrl,
      concurrency: 1,
      seconds: Math.max(3, WINDOW_SECONDS / 3),
      requests: requestsOf(query),
    });
    const after = cpu();
    const perRequest = services.map((name) => (((after[name]! - before[name]!) * 1000) / Math.max(1, window.answered)).toFixed(1));
    console.log(
      `${part.padEnd(13)} | ${percentile(window.latencies, 50).toFixed(1).padStart(6)} | ${percentile(window.latencies, 95).toFixed(1).padStart(6)} | ${perRequest.join(', ')}`,
    );
  }

  // Team pages, as a province admin, on last month (a whole month of facts): live while it is
  // open, then frozen once it is closed.
  const admin = demoUsers(graph.province).find((u) => u.label === 'province-admin')!;
  const adminHeaders = { authorization: `Bearer ${await graph.tokenFor(admin.identity)}` };
  const headcount = (agency: { path: string }) =>
    graph!.province.employees.filter((e) => graph!.province.agencies.find((a) => a.id === e.agencyId)!.path.startsWith(agency.path)).length;
  const agencies = graph.province.agencies.map((agency) => ({ agency, people: headcount(agency) })).sort((a, b) => b.people - a.people);
  const teamPages = async (kind: string) => {
    for (const first of TEAM_SIZES) {
      const asked = agencies.filter((a) => a.people >= first).slice(0, 8);
      const window = await closedLoop({
        url: graph!.gatewayUrl,
        concurrency: 1,
        seconds: Math.max(3, WINDOW_SECONDS / 3),
        requests: asked.map(({ agency }) => ({
          headers: adminHeaders,
          body: JSON.stringify({ query: TEAM, variables: { agencyId: agency.id, first, period: months[0] } }),
        })),
      });
      if (window.failed) console.log(`  first failure: ${window.firstFailure}`);
      console.log(
        `${String(first).padStart(6)} | ${`${kind} ${months[0]}`.padEnd(14)} | ${percentile(window.latencies, 50).toFixed(1).padStart(6)} | ${percentile(window.latencies, 95).toFixed(1).padStart(6)} | ${asked.length}`,
      );
    }
  };
  console.log('\nTeam pages, 1 connection:');
  console.log('people | scores         | p50 ms | p95 ms | agencies asked');
  await teamPages('live');
  const closing = performance.now();
  const closed = await fetch(graph.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...adminHeaders },
    body: JSON.stringify({ query: 'mutation C($p: String!) { closeScoringPeriod(period: $p) { code } }', variables: { p: months[0] } }),
  }).then((response) => response.text());
  if (JSON.parse(closed).errors) throw new Error(`closing ${months[0]} failed: ${closed.slice(0, 300)}`);
  console.log(`(${months[0]} closed in ${((performance.now() - closing) / 1000).toFixed(1)} s)`);
  await teamPages('closed');
} finally {
  await cleanUp();
}
process.exit(0);
