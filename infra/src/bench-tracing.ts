/**
 * `pnpm bench:tracing`: what observability costs the gateway's throughput — figures, not assertions.
 *
 * Two copies of the graph as `pnpm start` runs it (every subgraph and the gateway a Node process
 * under the Supervisor, each on its own database with the same small province), up side by side:
 *  - off: request logs off (LOG_LEVEL=warn), no tracing;
 *  - on:  request logs on (LOG_LEVEL=info, to a file), tracing on as configured by default (one
 *         request in ten), exporting by OTLP/HTTP (protobuf, the default) to a receiver in this
 *         process that accepts and discards; BENCH_ON_ENV='K=V;K=V' adds settings (e.g.
 *         OTEL_TRACES_SAMPLER=parentbased_always_on, OTEL_NODE_DISABLED_INSTRUMENTATIONS=pg).
 * Prometheus metrics are on in both (they cannot be turned off). 8 callers send one query that
 * crosses gateway → personnel and diary → SQL, for 10 s
 * (BENCH_CONCURRENCY, BENCH_WINDOW_SECONDS) to one graph, then the other, in the order off on on
 * off, ROUNDS times (BENCH_ROUNDS, default 5) after a window each to warm up — so that a
 * neighbour's load on the machine falls on both alike. Prints each window's req/s and the CPU the
 * graph's processes spent per request (from /proc: unlike req/s, not moved by what else the
 * machine runs), each side's mean and the ratios on/off.
 * Uses DATABASE_URL when set, otherwise an embedded PostgreSQL.
 */
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase } from '@kpi/platform/database';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { daysAgo, startSupervisedGraph, type SupervisedGraph } from '../test/supervised-graph.js';
import { closedLoop, cpuByProcess, percentile } from './bench-load.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WINDOW_SECONDS = Number(process.env.BENCH_WINDOW_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ port: 54392 });
const server = process.env.DATABASE_URL ?? embedded!.url;
const folder = mkdtempSync(join(tmpdir(), 'kpi-bench-tracing-'));
const logFile = join(folder, 'graph.log');

// The collector: takes every export and throws it away, as a healthy collector answers at once.
let exports = 0;
let exportedBytes = 0;
const collector = createServer((req, res) => {
  req.on('data', (chunk: Buffer) => (exportedBytes += chunk.length));
  req.on('end', () => {
    exports += 1;
    res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
  });
});
await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;

/** More settings for the "on" graph, `K=V;K=V` (e.g. a sampler, or instrumentations left out), to find where the cost goes. */
const onEnv = Object.fromEntries(
  (process.env.BENCH_ON_ENV ?? '')
    .split(';')
    .filter(Boolean)
    .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);

const databases = {
  off: withDatabase(server, `kpi_bench_trace_off_${Date.now()}`),
  on: withDatabase(server, `kpi_bench_trace_on_${Date.now()}`),
};
for (const url of Object.values(databases)) await ensureDatabase(url);

const graphs: Partial<Record<'off' | 'on', SupervisedGraph>> = {};
const cleanUp = async () => {
  for (const graph of Object.values(graphs)) await graph?.stop();
  collector.close();
  for (const url of Object.values(databases)) await dropDatabase(url).catch(() => {});
  await embedded?.stop();
  rmSync(folder, { recursive: true, force: true });
};
process.on('SIGINT', () => void cleanUp().then(() => process.exit(130)));

try {
  console.log(`## Observability's cost to the gateway's throughput (2 graphs as pnpm start runs them, ${CONCURRENCY} callers)`);
  const started = performance.now();
  graphs.off = await startSupervisedGraph({ databaseUrl: databases.off, env: { LOG_LEVEL: 'warn' } });
  graphs.on = await startSupervisedGraph({
    databaseUrl: databases.on,
    env: { LOG_LEVEL: 'info', KPI_LOG_FILE: logFile, OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, ...onEnv },
  });
  console.log(`both graphs up in ${((performance.now() - started) / 1000).toFixed(0)} s`);

  const QUERY = `query BenchMonth { me { fullName agency { name } position { title } diaryEntries(from: "${daysAgo(30)}", to: "${daysAgo(1)}") { id workDate } } }`;
  const tokens = { off: await graphs.off.token('staff'), on: await graphs.on.token('staff') };

  const services = ['gateway', 'personnel', 'catalogue', 'diary', 'scoring', 'education'];
  const cpuByService = (graph: SupervisedGraph) => cpuByProcess(Object.fromEntries(services.map((name) => [name, graph.pid(name)])));
  const cpuSeconds = (graph: SupervisedGraph) => Object.values(cpuByService(graph)).reduce((sum, v) => sum + v, 0);

  /** CONCURRENCY callers, each sending the query again as soon as it is answered, for `seconds`. */
  async function load(side: 'off' | 'on', seconds: number) {
    const cpuBefore = cpuSeconds(graphs[side]!);
    const body = JSON.stringify({ query: QUERY });
    const headers = { authorization: `Bearer ${tokens[side]}` };
    const window = await closedLoop({ url: graphs[side]!.gatewayUrl, concurrency: CONCURRENCY, seconds, requests: [{ body, headers }] });
    const cpuMsPerRequest = ((cpuSeconds(graphs[side]!) - cpuBefore) * 1000) / Math.max(1, window.answered + window.failed);
    return { perSecond: window.perSecond, failed: window.failed, median: percentile(window.latencies, 50), cpuMsPerRequest };
  }

  // Warm-up: JIT, connection pools, the gateway's plan cache and the caller's session.
  await load('off', WINDOW_SECONDS);
  await load('on', WINDOW_SECONDS);
  const cpuAtStart = { off: cpuByService(graphs.off), on: cpuByService(graphs.on) };

  const totals = { off: [] as number[], on: [] as number[] };
  const cpu = { off: [] as number[], on: [] as number[] };
  console.log('round | side | req/s  | median ms | CPU ms/request | failed');
  for (let round = 1; round <= ROUNDS; round += 1)
    for (const side of round % 2 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
      const window = await load(side, WINDOW_SECONDS);
      if (window.failed) console.log(`  ${window.failed} requests failed in this window`);
      totals[side].push(window.perSecond);
      cpu[side].push(window.cpuMsPerRequest);
      console.log(
        `${String(round).padStart(5)} | ${side.padEnd(4)} | ${window.perSecond.toFixed(1).padStart(6)} | ${window.median.toFixed(1).padStart(9)} | ${window.cpuMsPerRequest.toFixed(2).padStart(14)} | ${window.failed}`,
      );
    }
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const off = mean(totals.off);
  const on = mean(totals.on);
  console.log(`\noff (no request logs, no tracing):                 ${off.toFixed(1)} req/s`);
  console.log(
    `on  (request logs + metrics + tracing, exported${process.env.BENCH_ON_ENV ? `; ${process.env.BENCH_ON_ENV}` : ''}): ${on.toFixed(1)} req/s`,
  );
  console.log(`ratio on/off: ${(on / off).toFixed(3)} (${((1 - on / off) * 100).toFixed(1)} % fewer requests per second)`);
  const cpuOff = mean(cpu.off);
  const cpuOn = mean(cpu.on);
  console.log(
    `CPU per request, all services: off ${cpuOff.toFixed(2)} ms, on ${cpuOn.toFixed(2)} ms, ratio ${(cpuOn / cpuOff).toFixed(3)} (the cost itself, whatever else the machine runs)`,
  );
  // Where the difference goes: each service's CPU over the measured windows, per request answered.
  const requests = { off: 0, on: 0 };
  for (const side of ['off', 'on'] as const)
    requests[side] = Math.max(
      1,
      totals[side].reduce((sum, v) => sum + v * WINDOW_SECONDS, 0),
    );
  const perService = (side: 'off' | 'on') => {
    const now = cpuByService(graphs[side]!);
    return services.map((name) => `${name} ${(((now[name]! - cpuAtStart[side][name]!) * 1000) / requests[side]).toFixed(2)}`).join(', ');
  };
  console.log(`CPU ms per request by service, off: ${perService('off')}`);
  console.log(`CPU ms per request by service, on:  ${perService('on')}`);
  console.log(
    `exported: ${exports} OTLP requests, ${(exportedBytes / 1e6).toFixed(1)} MB; log file ${(statSync(logFile).size / 1e6).toFixed(1)} MB`,
  );
} finally {
  await cleanUp();
}
process.exit(0);
