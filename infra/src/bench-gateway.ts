/**
 * `pnpm bench:gateway`: our gateway beside a peer on the same graph — figures, not assertions
 * (issue 14's "gateway efficiency": at 50 connections ≥ 0.9× the direct path's throughput, and
 * no more CPU per request than Hive Gateway with its Rust planner).
 *
 * The graph as `pnpm start` runs it (every subgraph and our gateway a Node process under the
 * Supervisor) on the demo province (BENCH_EMPLOYEES, default 7,000 people) with two months of
 * diaries. Beside it, each in its own process, Hive Gateway 2.15 with its JavaScript planner and
 * with its Rust one (@graphql-hive/router-runtime), installed on demand into BENCH_PEERS_DIR (never
 * into the workspace) and serving the same supergraph from the same subgraphs, with the graph's
 * identity hop (bench-peer-hive.ts). A fourth target, "direct", fetches the same data straight from
 * the subgraphs as the query plan does (bench-direct.ts): what the subgraphs give at most.
 *
 * Every target must first return the same data for a sample of the requests (whatever the key
 * order), or nothing is measured. The request is the staff dashboard of `pnpm bench:self`, sent by
 * 400 different members of staff × {last month, this month} in turn (no two alike in a row, so no
 * cache or merging of identical requests flatters anyone), and every answer during the load must
 * be a 200 without errors and the same bytes as that request's first answer. At each of
 * BENCH_CONNECTIONS (default 1, 10, 50) the targets take turns, BENCH_ROUNDS times (default 3; the
 * order rotates each round, so a neighbour's load on the machine falls on all alike), each a short
 * warm-up then a window of BENCH_WINDOW_SECONDS (default 10) taken in two halves, the second half
 * in the mirrored order (a drift of the machine within the round falls on every target alike). Prints req/s, p50 and p99 latency
 * and the CPU each process spent per request (from /proc: the gateway, each subgraph, PostgreSQL
 * when embedded, this process as the client) with ratios to ours, then ours ÷ direct per round.
 * Uses DATABASE_URL when set, otherwise an embedded PostgreSQL.
 */
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase } from '@kpi/platform/database';
import { Role, todayInVietnam, workspaceRoot, type Identity } from '@kpi/platform';
import { accessDirectory, subgraphAgent } from '@kpi/gateway';
import { generateDiaries, loadDemoDiaries } from '@kpi/demo';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK } from 'jose';
import { loadKeyRing } from '@kpi/platform';
import { freePort, startSupervisedGraph, type SupervisedGraph } from '../test/supervised-graph.js';
import { cpuSecondsOf, drive, keepAliveClient, percentile, treeCpuSeconds, type LoadWindow } from './bench-load.js';
import { DASHBOARD } from './bench-dashboard.js';
import { canonicalJson, firstDifference, median, spread } from './bench-compare.js';
import { directDashboard, type DashboardVariables } from './bench-direct.js';
import { installPeers, peersFolder, startHive, type HivePeer } from './bench-peers.js';

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 7000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WINDOW_SECONDS = Number(process.env.BENCH_WINDOW_SECONDS ?? 10);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '1,10,50').split(',').map(Number);
const WARM_UP_SECONDS = 2;
const PEOPLE = 400;
/** How many of the requests every target must answer alike before anything is timed. */
const VERIFIED = 24;

const monthOf = (date: string) => date.slice(0, 7);
const lastDay = (month: string) => new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0)).toISOString().slice(0, 10);
const previousMonth = (month: string) => new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7) - 2, 1)).toISOString().slice(0, 7);

const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ port: 54396 });
const server = process.env.DATABASE_URL ?? embedded!.url;
const database = withDatabase(server, `kpi_bench_gateway_${Date.now()}`);
let graph: SupervisedGraph | undefined;
const peers: HivePeer[] = [];
/** The supergraph the peers serve, pointed at this run's subgraphs. */
const supergraphFile = join(peersFolder(), `supergraph-${process.pid}.graphql`);
const cleanUp = async () => {
  await Promise.all(peers.map((peer) => peer.stop()));
  rmSync(supergraphFile, { force: true });
  await graph?.stop();
  await dropDatabase(database).catch(() => {});
  await embedded?.stop();
};
process.on('SIGINT', () => void cleanUp().then(() => process.exit(130)));

interface Target {
  name: string;
  /** The gateway's process (null for the direct path). */
  pid: number | null;
  /** Connections the client keeps to each origin at most: a gateway is one origin, the direct path asks each subgraph several things at once. */
  perOrigin: (connections: number) => number;
  /** One request of the set, by index: null when answered well, otherwise why not. */
  send: (post: ReturnType<typeof keepAliveClient>['post'], index: number) => Promise<string | null>;
  /** One request's data, for the check that every target answers alike. */
  data: (post: ReturnType<typeof keepAliveClient>['post'], index: number) => Promise<unknown>;
}

interface Run {
  round: number;
  connections: number;
  target: string;
  window: LoadWindow;
  /** CPU ms per answered request, by process. */
  cpu: Record<string, number>;
}

try {
  const installedIn = installPeers(peersFolder(), console.log);
  const started = performance.now();
  await ensureDatabase(database);
  graph = await startSupervisedGraph({ databaseUrl: database, employees: EMPLOYEES });
  const entries = await loadDemoDiaries(database, generateDiaries({ months: 2, targetEmployees: EMPLOYEES }));
  const subgraphs = Object.keys(graph.ports).filter((name) => name !== 'gateway');
  const subgraphUrls = Object.fromEntries(subgraphs.map((name) => [name, `http://127.0.0.1:${graph!.ports[name]}/graphql`]));

  // The peers serve the same supergraph, pointed at the same subgraphs.
  writeFileSync(
    supergraphFile,
    readFileSync(join(workspaceRoot(), 'schema/supergraph.graphql'), 'utf8').replace(
      /@join__graph\(name: "([^"]+)", url: "[^"]+"\)/g,
      (whole, name: string) => (subgraphUrls[name] ? `@join__graph(name: "${name}", url: "${subgraphUrls[name]}")` : whole),
    ),
  );
  for (const routerRuntime of [false, true])
    peers.push(
      await startHive({
        peersDir: peersFolder(),
        port: await freePort(),
        supergraphFile,
        keysDir: graph.keysDir,
        subgraphUrls,
        routerRuntime,
      }),
    );
  const [hive, hiveRust] = peers as [HivePeer, HivePeer];
  console.log(
    `## Our gateway beside Hive Gateway: ${EMPLOYEES.toLocaleString('en')}-person province, ${entries.toLocaleString('en')} diary entries, ` +
      `up in ${((performance.now() - started) / 1000).toFixed(0)} s${installedIn ? ` (peers installed in ${installedIn.toFixed(0)} s)` : ''}`,
  );

  // 400 members of staff spread over the province, each with last month and this one; consecutive
  // requests are different people and alternate months.
  const staff = graph.province.employees.filter((e) => e.status === 'ACTIVE' && e.role === 'staff');
  const people = Array.from({ length: PEOPLE }, (_, i) => staff[Math.floor((i * staff.length) / PEOPLE)]!);
  const identityOf = (e: (typeof people)[number]): Identity => ({
    subject: e.id,
    kind: 'person',
    employeeId: e.id,
    name: e.fullName,
    roles: [Role.STAFF],
    agencyIds: [e.agencyId],
    unitIds: [],
  });
  const tokens = await Promise.all(people.map((e) => graph!.tokenFor(identityOf(e))));
  const thisMonth = monthOf(todayInVietnam());
  const months = [previousMonth(thisMonth), thisMonth];
  const requests = people.flatMap((_, i) =>
    [
      { person: i, month: months[0]! },
      { person: (i + PEOPLE / 2) % PEOPLE, month: months[1]! },
    ].map(({ person, month }) => {
      const variables: DashboardVariables = { from: `${month}-01`, to: lastDay(month), period: month };
      return {
        person,
        variables,
        headers: { authorization: `Bearer ${tokens[person]}` },
        body: JSON.stringify({ query: DASHBOARD, variables }),
      };
    }),
  );

  // The direct path knows who asks beforehand: each person's access read once, as the gateway reads it.
  const keys = await loadKeyRing(graph.keysDir);
  const { kty, crv, x } = await exportJWK(keys.gateway.publicKey);
  const gatewayKeyId = await calculateJwkThumbprint({ kty, crv, x });
  const directory = accessDirectory(
    {
      subgraphUrls,
      gatewayPrivateKey: keys.gateway.privateKey!,
      access: { subgraph: 'personnel', cacheSeconds: 24 * 3600, revisionMs: 0 },
    },
    subgraphAgent(),
    gatewayKeyId,
  );
  // A few at a time: 400 sign-ins at once would outwait the directory's 5 s on a busy machine.
  const identities: Identity[] = [];
  for (let i = 0; i < people.length; i += 8)
    identities.push(
      ...(await Promise.all(
        people.slice(i, i + 8).map((e, j) => directory.identityOf({ session: tokens[i + j]!, employee: { by: 'id', value: e.id } })),
      )),
    );

  /** Each target's first answer to each request: every later one must be the same bytes. */
  const seen = new Map<string, Map<number, string>>();
  const sameAsBefore = (target: string, index: number, text: string) => {
    let answers = seen.get(target);
    if (!answers) seen.set(target, (answers = new Map()));
    const before = answers.get(index);
    if (before === undefined) answers.set(index, text);
    return before === undefined || before === text ? null : `request ${index} answered differently than before: ${text.slice(0, 200)}`;
  };
  const gatewayTarget = (name: string, url: string, pid: number | null): Target => ({
    name,
    pid,
    perOrigin: (connections) => connections,
    send: async (post, index) => {
      const answer = await post(url, requests[index]!.body, requests[index]!.headers);
      if (answer.status !== 200 || answer.text.includes('"errors"')) return `${answer.status} ${answer.text.slice(0, 300)}`;
      return sameAsBefore(name, index, answer.text);
    },
    data: async (post, index) => {
      const answer = await post(url, requests[index]!.body, requests[index]!.headers);
      const json = JSON.parse(answer.text) as { data?: unknown; errors?: unknown[] };
      if (answer.status !== 200 || json.errors || !json.data)
        throw new Error(`${name} answered ${answer.status} ${answer.text.slice(0, 500)}`);
      return json.data;
    },
  });
  const direct = (post: ReturnType<typeof keepAliveClient>['post']) =>
    directDashboard({ subgraphUrls, gatewayKey: keys.gateway.privateKey!, gatewayKeyId, post });
  const targets: Target[] = [
    gatewayTarget('ours', graph.gatewayUrl, graph.pid('gateway')),
    gatewayTarget('Hive', hive.url, hive.pid),
    gatewayTarget('Hive + Rust planner', hiveRust.url, hiveRust.pid),
    {
      name: 'direct',
      pid: null,
      // As many as our gateway keeps to each subgraph.
      perOrigin: () => 64,
      send: async (post, index) => {
        const request = requests[index]!;
        return sameAsBefore('direct', index, JSON.stringify(await direct(post)(identities[request.person]!, request.variables)));
      },
      data: async (post, index) => direct(post)(identities[requests[index]!.person]!, requests[index]!.variables),
    },
  ];

  // Nothing is timed unless every target answers every sampled request with the same data.
  const checker = keepAliveClient(4);
  const sample = spread(requests.length, VERIFIED);
  let size = 0;
  for (const index of sample) {
    const answers = await Promise.all(targets.map((target) => target.data(checker.post, index)));
    for (const [i, answer] of answers.entries()) {
      if (canonicalJson(answer) === canonicalJson(answers[0])) continue;
      const difference = firstDifference(answers[0], answer);
      throw new Error(
        `${targets[i]!.name} and ${targets[0]!.name} answer request ${index} differently at ${difference?.path}: ` +
          `${JSON.stringify(difference?.b)?.slice(0, 300)} against ${JSON.stringify(difference?.a)?.slice(0, 300)}`,
      );
    }
    size = Math.max(size, canonicalJson(answers[0]).length);
  }
  checker.close();
  console.log(
    `All ${targets.length} targets answer ${sample.length} of the ${requests.length} requests with the same data (up to ${(size / 1000).toFixed(1)} kB).`,
  );

  // The processes whose CPU is read around each window.
  const processes: Record<string, () => number> = {
    ...Object.fromEntries(targets.filter((t) => t.pid !== null).map((t) => [t.name, () => cpuSecondsOf(t.pid)])),
    ...Object.fromEntries(subgraphs.map((name) => [name, () => cpuSecondsOf(graph!.pid(name))])),
    ...(embedded
      ? { PostgreSQL: () => treeCpuSeconds(Number(readFileSync(join(embedded.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])) }
      : {}),
    client: () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1e6;
    },
  };
  const cpuNow = () => Object.fromEntries(Object.entries(processes).map(([name, read]) => [name, read()]));

  const measure = async (target: Target, connections: number, seconds: number) => {
    const client = keepAliveClient(target.perOrigin(connections));
    try {
      await drive({ concurrency: connections, seconds: WARM_UP_SECONDS, count: requests.length, send: (i) => target.send(client.post, i) });
      const before = cpuNow();
      const window = await drive({ concurrency: connections, seconds, count: requests.length, send: (i) => target.send(client.post, i) });
      const after = cpuNow();
      const cpu = Object.fromEntries(
        Object.keys(processes).map((name) => [name, ((after[name]! - before[name]!) * 1000) / Math.max(1, window.answered)]),
      );
      return { window, cpu };
    } finally {
      client.close();
    }
  };

  /** A target's halves as one window: requests and CPU added up, latencies merged. */
  const joined = (parts: Awaited<ReturnType<typeof measure>>[]) => {
    const answered = parts.reduce((sum, part) => sum + part.window.answered, 0);
    const window: LoadWindow = {
      // Each half's own length, as its rate was measured.
      perSecond: answered / parts.reduce((sum, part) => sum + part.window.answered / Math.max(part.window.perSecond, 1e-9), 0),
      answered,
      failed: parts.reduce((sum, part) => sum + part.window.failed, 0),
      latencies: parts.flatMap((part) => part.window.latencies).sort((a, b) => a - b),
      firstFailure: parts.find((part) => part.window.firstFailure)?.window.firstFailure,
    };
    const cpu = Object.fromEntries(
      Object.keys(processes).map((name) => [
        name,
        parts.reduce((sum, part) => sum + part.cpu[name]! * part.window.answered, 0) / Math.max(1, answered),
      ]),
    );
    return { window, cpu };
  };

  // A warm-up of every target before the first round — JIT, caches, connections — at the most
  // connections measured, so that every pool (the subgraphs', PostgreSQL's backends) has grown to
  // the rounds' load before any window is timed.
  for (const target of targets) await measure(target, Math.max(...CONNECTIONS), WINDOW_SECONDS / 2);

  const runs: Run[] = [];
  const minutes = Math.ceil((ROUNDS * CONNECTIONS.length * targets.length * (WINDOW_SECONDS + 2 * WARM_UP_SECONDS)) / 60);
  console.log(
    `${ROUNDS} rounds × connections ${CONNECTIONS.join(', ')} × ${targets.length} targets × ${WINDOW_SECONDS} s windows: ~${minutes} min`,
  );
  for (let round = 1; round <= ROUNDS; round++) {
    for (const connections of CONNECTIONS) {
      const order = targets.map((_, i) => targets[(i + round - 1) % targets.length]!);
      // Each target's window in two halves, the second half in the mirrored order (A B C D, then
      // D C B A): the machine's speed drifts 15–20 % within minutes here, and a drift over the
      // round then falls on every target alike instead of on whichever came last.
      const halves = new Map<Target, Awaited<ReturnType<typeof measure>>[]>();
      for (const target of [...order, ...[...order].reverse()])
        halves.set(target, [...(halves.get(target) ?? []), await measure(target, connections, WINDOW_SECONDS / 2)]);
      for (const target of order) {
        const { window, cpu } = joined(halves.get(target)!);
        runs.push({ round, connections, target: target.name, window, cpu });
        console.log(
          `  round ${round}, ${String(connections).padStart(2)} connections, ${target.name.padEnd(19)} ${window.perSecond.toFixed(1).padStart(6)} req/s, ` +
            `p50 ${percentile(window.latencies, 50).toFixed(1)} ms, gateway CPU ${target.pid === null ? '-' : cpu[target.name]!.toFixed(1)} ms/req` +
            `${window.failed ? `, ${window.failed} failed: ${window.firstFailure}` : ''}`,
        );
      }
    }
  }

  // Medians over the rounds, at each connection level; ratios to ours.
  const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');
  const columns = [...subgraphs, ...(embedded ? ['PostgreSQL'] : []), 'client'];
  for (const connections of CONNECTIONS) {
    const of = (name: string) => runs.filter((run) => run.connections === connections && run.target === name);
    const perSecond = (name: string) => median(of(name).map((run) => run.window.perSecond));
    const p50 = (name: string) => median(of(name).map((run) => percentile(run.window.latencies, 50)));
    const gatewayCpu = (target: Target) => (target.pid === null ? NaN : median(of(target.name).map((run) => run.cpu[target.name]!)));
    const ours = targets[0]!;
    console.log(`\n### ${connections} connection${connections === 1 ? '' : 's'} (medians of ${ROUNDS} rounds)\n`);
    console.log(
      `| target | req/s (min–max) | p50 ms | p99 ms | failed | req/s ÷ ours | p50 ÷ ours | gateway CPU ms/req | ÷ ours | CPU ms/req: ${columns.join(', ')} |`,
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const target of targets) {
      const rates = of(target.name).map((run) => run.window.perSecond);
      console.log(
        `| ${target.name} | ${fixed(perSecond(target.name))} (${fixed(Math.min(...rates))}–${fixed(Math.max(...rates))}) | ${fixed(p50(target.name))} | ` +
          `${fixed(median(of(target.name).map((run) => percentile(run.window.latencies, 99))))} | ${of(target.name).reduce((sum, run) => sum + run.window.failed, 0)} | ` +
          `${fixed(perSecond(target.name) / perSecond(ours.name), 2)} | ${fixed(p50(target.name) / p50(ours.name), 2)} | ${fixed(gatewayCpu(target))} | ` +
          `${fixed(gatewayCpu(target) / gatewayCpu(ours), 2)} | ${columns.map((name) => fixed(median(of(target.name).map((run) => run.cpu[name]!)))).join(', ')} |`,
      );
    }
    const perRound = Array.from({ length: ROUNDS }, (_, i) => {
      const rate = (name: string) =>
        runs.find((run) => run.round === i + 1 && run.connections === connections && run.target === name)!.window.perSecond;
      return (rate(ours.name) / rate('direct')).toFixed(2);
    });
    console.log(`\nours ÷ direct, req/s in each round: ${perRound.join(', ')}`);
  }
  console.log(
    '\nCPU ms/req: CPU time a process spent per answered request during the window (the client is this process: the load and, on the direct path, the plan run by hand).',
  );
} finally {
  await cleanUp();
}
process.exit(0);
