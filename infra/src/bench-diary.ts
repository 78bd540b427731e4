/**
 * `pnpm bench:diary [--year]`: diary figures, not assertions.
 *
 * 1. The time to generate and COPY the demo diaries (two months; with --year a year as well).
 * 2. The write rate of `recordDiaryEntry` through the gateway (issue 14: ≥ 1,000 writes/s with
 *    many writers), on the graph as `pnpm start` runs it (every subgraph and the gateway a Node
 *    process under the Supervisor) over the 7,000-person demo province: BENCH_WRITERS (2,000)
 *    different members of staff record today's work in turn — each request another person, an item
 *    of their own job description, a note of its own (never a duplicate, never a day past 24 hours)
 *    — at 1, 10 and 50 connections (BENCH_CONNECTIONS=50,100,200 for others), once every writer has
 *    written once, for BENCH_WINDOW_SECONDS (10) each. Printed per window:
 *    writes/s, p50/p95 latency, the requests personnel and the catalogue answered per write (the
 *    diary's peer calls), PostgreSQL transactions per write, the share of the machine's CPU left
 *    idle (%: a window bounded by waiting rather than work leaves much of it), and the CPU each
 *    process spent per write (from /proc; PostgreSQL with its backends; the load generator, this
 *    process, on the same cores). The baseline of the same run is the floor of
 *    any diary mutation through the gateway: `markAllNotificationsRead` by the same people (one
 *    UPDATE, no peer call), at the same connections.
 * Uses DATABASE_URL when set (its PostgreSQL's CPU then includes whatever else it serves),
 * otherwise an embedded PostgreSQL.
 */
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase } from '@kpi/platform/database';
import { Role, todayInVietnam, type Identity } from '@kpi/platform';
import { generateCatalogue, generateDiaries, loadDemoDiaries } from '@kpi/demo';
import pg from 'pg';
import { startSupervisedGraph, type SupervisedGraph } from '../test/supervised-graph.js';
import { closedLoop, cpuByProcess, machineMeter, percentile, postgresPid, treeCpuSeconds, type LoadRequest } from './bench-load.js';

const WINDOW_SECONDS = Number(process.env.BENCH_WINDOW_SECONDS ?? 10);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 2000);
/** The connections of each window (BENCH_CONNECTIONS, comma-separated): 1, 10 and 50 unless told. */
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '1,10,50').split(',').map(Number);

process.env.LOG_LEVEL ??= 'warn';
const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ port: 54391 });
const server = process.env.DATABASE_URL ?? embedded!.url;
const database = withDatabase(server, `kpi_bench_diary_${Date.now()}`);
await ensureDatabase(database);
let graph: SupervisedGraph | undefined;
const cleanUp = async () => {
  await graph?.stop();
  await dropDatabase(database).catch(() => {});
  await embedded?.stop();
};
process.on('SIGINT', () => void cleanUp().then(() => process.exit(130)));

const RECORD = `mutation Record($input: RecordDiaryEntryInput!) { recordDiaryEntry(input: $input) { entry { id } warnings { code } } }`;
const FLOOR = `mutation Floor { markAllNotificationsRead }`;

/** The requests each subgraph has answered so far (its /metrics), to count the diary's peer calls. */
async function answered(port: number) {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('kpi_graphql_requests_total{'))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

try {
  const started = performance.now();
  graph = await startSupervisedGraph({ databaseUrl: database, employees: 7000 });
  console.log(`## Diary figures (7,000-person demo province; ${graph.timings})`);
  for (const months of process.argv.includes('--year') ? [2, 12] : [2]) {
    const loading = performance.now();
    const rows = await loadDemoDiaries(database, generateDiaries({ months }), { replace: true });
    const seconds = (performance.now() - loading) / 1000;
    console.log(
      `demo diaries, ${months} months: ${rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString('en')} rows/s, generate + COPY + analyze)`,
    );
  }

  // Writers spread over the province, each recording today's work from their job description.
  const today = todayInVietnam();
  const catalogue = generateCatalogue(graph.province);
  const staff = graph.province.employees.filter((e) => e.status === 'ACTIVE' && e.role === 'staff');
  const people = Array.from({ length: Math.min(WRITERS, staff.length) }, (_, i) => staff[Math.floor((i * staff.length) / WRITERS)]!);
  const writers = await Promise.all(
    people.map(async (e) => {
      const identity: Identity = {
        subject: e.id,
        kind: 'person',
        employeeId: e.id,
        name: e.fullName,
        roles: [Role.STAFF],
        agencyIds: [e.agencyId],
        unitIds: [],
      };
      const items = catalogue.jobDescriptions.filter((j) => j.positionId === e.positionId).map((j) => j.workItemId);
      return { headers: { authorization: `Bearer ${await graph!.tokenFor(identity)}` }, items };
    }),
  );
  let sent = 0;
  /** The next write: the next person, their next item, a note no other write has. */
  const write = (): LoadRequest => {
    const n = sent++;
    const { headers, items } = writers[n % writers.length]!;
    const round = Math.floor(n / writers.length);
    const input = {
      workDate: today,
      workItemId: items[round % items.length],
      quantity: 1,
      actualMinutes: 1 + (round % 3),
      note: `bench ${n}`,
    };
    return { headers, body: JSON.stringify({ query: RECORD, variables: { input } }) };
  };
  const floor = writers.map(({ headers }) => ({ headers, body: JSON.stringify({ query: FLOOR }) }));

  const services = ['gateway', 'personnel', 'catalogue', 'diary'];
  const postgres = await postgresPid(database);
  const cpu = (): Record<string, number> => ({
    ...cpuByProcess(Object.fromEntries(services.map((name) => [name, graph!.pid(name)]))),
    postgres: treeCpuSeconds(postgres),
  });
  const db = new pg.Client({ connectionString: database });
  await db.connect();
  const transactions = async () =>
    Number(
      (await db.query<{ n: string }>('select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()'))
        .rows[0]!.n,
    );
  const peers = async () => ({ personnel: await answered(graph!.ports.personnel!), catalogue: await answered(graph!.ports.catalogue!) });

  const measure = async (name: string, concurrency: number, requests: LoadRequest[] | (() => LoadRequest)) => {
    const [cpuBefore, peersBefore, xactsBefore] = [cpu(), await peers(), await transactions()];
    const meter = machineMeter();
    const window = await closedLoop({ url: graph!.gatewayUrl, concurrency, seconds: WINDOW_SECONDS, requests });
    const machine = meter(window.answered);
    const [cpuAfter, peersAfter, xactsAfter] = [cpu(), await peers(), await transactions()];
    const per = (value: number) => (value / Math.max(1, window.answered + window.failed)).toFixed(2);
    const cpuMs = Object.keys(cpuAfter).map((p) => (((cpuAfter[p]! - cpuBefore[p]!) * 1000) / Math.max(1, window.answered)).toFixed(1));
    console.log(
      `${name.padEnd(16)} | ${String(concurrency).padStart(5)} | ${window.perSecond.toFixed(0).padStart(8)} | ${percentile(window.latencies, 50).toFixed(1).padStart(6)} | ${percentile(window.latencies, 95).toFixed(1).padStart(6)} | ${String(window.failed).padStart(6)} | ${per(peersAfter.personnel - peersBefore.personnel).padStart(9)} | ${per(peersAfter.catalogue - peersBefore.catalogue).padStart(9)} | ${per(xactsAfter - xactsBefore).padStart(8)} | ${machine.idlePercent.toFixed(0).padStart(4)} | ${cpuMs.join(', ')}, ${machine.loadGeneratorMs.toFixed(1)}`,
    );
    if (window.failed) console.log(`  first failure: ${window.firstFailure}`);
    return window;
  };

  const first = await closedLoop({ url: graph.gatewayUrl, concurrency: 1, seconds: 0.5, requests: write });
  if (first.failed) throw new Error(`a write fails: ${first.firstFailure}`);
  // Warm-up: every writer writes once, as each has by the day's busy hour (the gateway has read
  // their access, the diary their facts), then 10 s more.
  const warming = performance.now();
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (sent < writers.length) {
        const { headers, body } = write();
        await (
          await fetch(graph!.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
        ).text();
      }
    }),
  );
  console.log(`(every writer's first write: ${((performance.now() - warming) / 1000).toFixed(1)} s)`);
  await closedLoop({ url: graph.gatewayUrl, concurrency: 10, seconds: 10, requests: write });

  console.log(`\nWrites of today (${today}) by ${writers.length.toLocaleString('en')} people in turn, ${WINDOW_SECONDS} s a window:`);
  console.log(
    'mutation         | conns | writes/s | p50 ms | p95 ms | failed | personnel | catalogue | PG xacts | idle | CPU ms per write: ' +
      [...services, 'postgres', 'load generator'].join(', '),
  );
  // By window: the same number of connections may be asked for more than once (windows in turns).
  const ratios: string[] = [];
  for (const concurrency of CONNECTIONS) {
    const floorRate = (await measure('floor (mark read)', concurrency, floor)).perSecond;
    const recordRate = (await measure('recordDiaryEntry', concurrency, write)).perSecond;
    ratios.push(`${concurrency} conns ${(recordRate / floorRate).toFixed(2)}×`);
  }
  console.log(`\nrecordDiaryEntry ÷ the floor: ${ratios.join(', ')}`);
  await db.end();
  console.log(`(whole run ${((performance.now() - started) / 1000).toFixed(0)} s)`);
} finally {
  await cleanUp();
}
process.exit(0);
