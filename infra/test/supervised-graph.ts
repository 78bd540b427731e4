/**
 * The graph as `pnpm start` runs it — every subgraph and the gateway a real Node process under the
 * Supervisor — over a small world: a database of the test's choosing (migrated here), fresh keys
 * in a temp folder, a small demo province and its catalogue (no diaries), free ports. For the
 * fault tests: crash a process, stop the database, and watch the graph come back.
 */
import { loadGraphConfig, loadKeyRing, signUserToken, todayInVietnam, type Identity } from '@kpi/platform';
import { openSubgraphDatabase } from '@kpi/platform/database';
import { freePort } from '@kpi/platform/testkit';
import { demoUsers, generateCatalogue, generateProvince, loadDemoCatalogue, loadDemoProvince, type DemoProvince } from '@kpi/demo';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { localSubgraphs } from '../src/subgraphs.js';
import { Supervisor, type RestartPolicy, type Service } from '../src/supervisor.js';

const secondsSince = (start: number) => Number(((performance.now() - start) / 1000).toFixed(1));

export { freePort };

export interface SupervisedGraph {
  supervisor: Supervisor;
  gatewayUrl: string;
  /** Each service's port (subgraphs and gateway). */
  ports: Record<string, number>;
  /** The services' and the supervisor's output, for a failing test's message. */
  output(): string;
  /** How long the world took to load and the services to come up. */
  timings: string;
  /** The supervisor's own lines ("diary exited unexpectedly…", "diary is back…"). */
  supervisorLog: string[];
  user(label: string): Identity;
  /** A bearer token for a demo user. */
  token(label: string): Promise<string>;
  /** A bearer token for any identity (a benchmark's many people). */
  tokenFor(identity: Identity): Promise<string>;
  /** The demo province loaded. */
  province: DemoProvince;
  /** The keys every service reads (a peer gateway beside ours signs with the same gateway key). */
  keysDir: string;
  /** A service as the supervisor runs it: change its `env`, then `supervisor.restart(name)` starts it so. */
  service(name: string): Service;
  /** The real Node PID serving a service now (null while it is down). */
  pid(name: string): number | null;
  stop(): Promise<void>;
}

/** Kills what is left of a service process group, whatever happened to the test. */
function killQuietly(pid: number | null) {
  if (!pid) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

export async function startSupervisedGraph(options: {
  databaseUrl: string;
  employees?: number;
  policy?: Partial<RestartPolicy>;
  /** More environment for every service (tracing, logs). */
  env?: Record<string, string>;
}): Promise<SupervisedGraph> {
  const started = performance.now();
  const keysDir = mkdtempSync(join(tmpdir(), 'kpi-fault-keys-'));
  const keys = await loadKeyRing(keysDir, { generateIfMissing: true });
  const subgraphs = await localSubgraphs();
  for (const { definition } of subgraphs) {
    const db = await openSubgraphDatabase({
      url: options.databaseUrl,
      schema: definition.schema,
      entities: definition.entities,
      migrations: definition.migrations,
    });
    try {
      await db.migrate();
    } finally {
      await db.close();
    }
  }
  const province = generateProvince({ targetEmployees: options.employees ?? 150 });
  await loadDemoProvince(options.databaseUrl, province);
  await loadDemoCatalogue(options.databaseUrl, generateCatalogue(province));
  const users = demoUsers(province);
  const loadedIn = secondsSince(started);

  const ports: Record<string, number> = {};
  for (const entry of loadGraphConfig().subgraphs) ports[entry.name] = await freePort();
  ports.gateway = await freePort();
  let output = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      output += chunk;
      if (output.length > 200_000) output = output.slice(-100_000);
      done();
    },
  });
  const supervisorLog: string[] = [];
  const supervisor = new Supervisor({
    log: (line) => {
      supervisorLog.push(line);
      output += `[supervisor] ${line}\n`;
    },
    policy: options.policy,
    output: { stdout: sink, stderr: sink },
  });
  const commonEnv: Record<string, string> = {
    DATABASE_URL: options.databaseUrl,
    KPI_KEYS_DIR: keysDir,
    KPI_DATA_DIR: keysDir,
    APOLLO_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: 'warn',
    // As deployed (infra/deploy/kubernetes/base/config.yaml): graphql-js checks its types by a bare
    // `instanceof` only in production, and a bench measures what production runs.
    NODE_ENV: 'production',
    // Every service finds every other one on its test port.
    ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [`${name.toUpperCase()}_PORT`, String(port)])),
    ...options.env,
  };
  const services: Service[] = subgraphs.map(({ entry }) => ({
    name: entry.name,
    script: entry.entry!,
    env: commonEnv,
    readyUrl: `http://127.0.0.1:${ports[entry.name]}/health/ready`,
  }));
  const gateway: Service = {
    name: 'gateway',
    script: 'gateway/src/index.ts',
    // The fault tests send bursts from one caller: no rate limit of the gateway's in the way.
    env: { ...commonEnv, KPI_RATE_LIMIT_REQUESTS: '1000000' },
    readyUrl: `http://127.0.0.1:${ports.gateway}/health/ready`,
    upUrl: `http://127.0.0.1:${ports.gateway}/health/live`,
  };
  const stop = async () => {
    const pids = supervisor.list().map((service) => service.pid);
    // SIGTERM: every service closes its server and pool; the supervisor SIGKILLs after 10 s.
    await supervisor.stopAll();
    for (const pid of pids) killQuietly(pid);
    rmSync(keysDir, { recursive: true, force: true });
  };
  try {
    // All at once: the gateway plans over the static supergraph and needs no subgraph to start.
    for (const service of [...services, gateway]) supervisor.start(service);
    await Promise.all([...services, gateway].map((service) => supervisor.waitReady(service, { timeoutMs: 120_000 })));
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  const timings = `world migrated and loaded in ${loadedIn} s, every service up ${(secondsSince(started) - loadedIn).toFixed(1)} s later`;
  const user = (label: string) => users.find((u) => u.label === label)!.identity;
  return {
    supervisor,
    gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
    ports,
    output: () => output,
    timings,
    supervisorLog,
    user,
    token: (label) => signUserToken(user(label), keys.issuer.privateKey!),
    tokenFor: (identity) => signUserToken(identity, keys.issuer.privateKey!),
    province,
    keysDir,
    service: (name) => [...services, gateway].find((service) => service.name === name)!,
    pid: (name) => supervisor.list().find((service) => service.name === name)?.pid ?? null,
    stop,
  };
}

/** Days before today in Vietnam, as YYYY-MM-DD: the diary takes entries for past days of open periods. */
export function daysAgo(days: number) {
  const today = todayInVietnam();
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

export interface GraphQLAnswer<T = unknown> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; retryable?: boolean; [key: string]: unknown } }[];
  /** Set when the request got no HTTP answer at all. */
  failure?: string;
}

/** One GraphQL request, never throwing: its HTTP status and body, or why there was none. */
export async function ask<T = unknown>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
  timeoutMs = 15_000,
) {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json()) as Omit<GraphQLAnswer<T>, 'status'>;
    return { status: response.status, ...body } as GraphQLAnswer<T>;
  } catch (error) {
    const { message, cause } = error as Error & { cause?: { code?: string } };
    return { status: 0, failure: cause?.code ?? message } as GraphQLAnswer<T>;
  }
}
