/**
 * `pnpm start`: the whole graph on one machine. Database (DATABASE_URL, per-subgraph
 * `<NAME>_DATABASE_URL`, or embedded PostgreSQL), signing keys, migrations, the demo province on
 * first start, every subgraph, then the gateway, and a control endpoint through which `pnpm dev`
 * restarts one service. A service that crashes is restarted with back-off while the rest keep
 * running (infra/src/supervisor.ts, RestartPolicy); external subgraphs (a department's own) are
 * never waited for. Ctrl-C stops everything cleanly.
 */
import { dataDir, isProvinceSubgraph, loadGraphConfig, loadKeyRing, subgraphUrl, workspaceRoot } from '@kpi/platform';
import { execFileSync } from 'node:child_process';
import { openSubgraphDatabase, redactUrl } from '@kpi/platform/database';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { controlPort, startControlServer } from './control.js';
import { resolveDatabase, subgraphDatabase } from './database.js';
import { demoMissing, demoParts, loadDemo } from './demo.js';
import type { DemoResult } from './demo-job.js';
import { localSubgraphs } from './subgraphs.js';
import { Supervisor, type Service } from './supervisor.js';
import { identityProviderSettings, trustedIssuers } from './identity-settings.js';

process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
const started = performance.now();
const log = (line: string) => console.log(`[start]      ${line}`);
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

const subgraphs = await localSubgraphs();
const database = await resolveDatabase(
  log,
  subgraphs.map(({ definition }) => definition.name),
);
log(`database: ${database.description}`);
const keysDir = process.env.KPI_KEYS_DIR ?? join(dataDir(), 'keys');
await loadKeyRing(keysDir, { generateIfMissing: true });

// What every service gets on top of this process's environment; a subgraph then reads
// `<NAME>_DATABASE_URL` or this DATABASE_URL — and so do its migrations and demo data here.
const commonEnv: Record<string, string | undefined> = { DATABASE_URL: database.url, KPI_KEYS_DIR: keysDir, APOLLO_TELEMETRY_DISABLED: '1' };
const childEnv = { ...process.env, ...commonEnv };

/** The migrations of one subgraph. */
async function migrate({ definition }: (typeof subgraphs)[number]) {
  const { url, own } = subgraphDatabase(definition.name, childEnv);
  if (own) log(`${definition.name}: its own database, ${redactUrl(url)} (${definition.name.toUpperCase()}_DATABASE_URL)`);
  const db = await openSubgraphDatabase({
    url,
    schema: definition.schema,
    entities: definition.entities,
    migrations: definition.migrations,
  });
  try {
    const applied = await db.migrate();
    if (applied.length) log(`${definition.name}: applied migrations ${applied.join(', ')}`);
  } finally {
    await db.close();
  }
}

// The province's subgraphs must be prepared for the graph to start; a department's failing to
// prepare (a bad migration, its demo) is reported and that subgraph left out, the rest starts.
const leftOut = new Set<string>();
for (const subgraph of subgraphs) {
  if (isProvinceSubgraph(subgraph.entry)) await migrate(subgraph);
  else
    await migrate(subgraph).catch((error: Error) => {
      leftOut.add(subgraph.entry.name);
      console.error(`[start]      ${subgraph.entry.name} (a department's subgraph) could not be prepared: ${error.message}; left out`);
    });
}

// The demo province on first start: a job (infra/src/demo-job.ts), worked here before anything serves.
const prepared = subgraphs.filter(({ entry }) => !leftOut.has(entry.name));
const parts = demoParts(prepared, childEnv);
if (await demoMissing(parts)) {
  const job = await loadDemo(prepared, parts, childEnv, { replace: false, log });
  for (const { part } of (job.result as DemoResult | null)?.failed ?? []) {
    leftOut.add(part);
    console.error(`[start]      ${part} (a department's subgraph) could not load its demo; left out`);
  }
}

let shuttingDown = false;
let control: Server | undefined;
const shutdown = async (code: number) => {
  if (shuttingDown) return;
  shuttingDown = true;
  log('stopping…');
  control?.close();
  control?.closeAllConnections();
  await supervisor.stopAll();
  if (database.stop) await database.stop();
  log('stopped');
  process.exit(code);
};
// Faults are normal: a crashed service comes back by itself, the others keep running.
const supervisor = new Supervisor({ log });
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  const services: Service[] = subgraphs
    .filter(({ entry }) => !leftOut.has(entry.name))
    .map(({ entry }) => {
      const url = subgraphUrl(entry);
      return {
        name: entry.name,
        script: entry.entry!,
        env: { ...commonEnv, [`${entry.name.toUpperCase()}_PORT`]: String(new URL(url).port) },
        readyUrl: url.replace(/\/graphql$/, '/health/ready'),
      };
    });
  for (const service of services) supervisor.start(service);
  // One that does not come up (it keeps crashing) is reported; the graph runs without it. A
  // department's subgraph is not waited for at all: it costs the graph only its own fields.
  const missing: string[] = [];
  const departmental = new Set(subgraphs.filter(({ entry }) => !isProvinceSubgraph(entry)).map(({ entry }) => entry.name));
  const waitFor = (service: Service) =>
    supervisor.waitReady(service).then(
      () => true,
      (error: Error) => {
        if (!departmental.has(service.name)) missing.push(service.name);
        console.error(`[start]      ${error.message}; the graph starts without it (see /health/ready)`);
        return false;
      },
    );
  for (const service of services.filter((s) => departmental.has(s.name)))
    void waitFor(service).then((ready) => ready && log(`${service.name} (a department's subgraph) is ready`));
  await Promise.all(services.filter((s) => !departmental.has(s.name)).map(waitFor));

  // The web app: built at each start (about a second), served by the gateway at its root.
  buildWebApp();

  // People sign in at the embedded OpenID Provider, unless the deployment has its own.
  const identity = identityProviderSettings();
  if (identity.enabled) {
    const provider: Service = {
      name: 'identity',
      script: 'infra/src/identity.ts',
      env: { ...commonEnv },
      readyUrl: `http://localhost:${identity.port}/health/ready`,
    };
    supervisor.start(provider);
    await supervisor.waitReady(provider);
  }

  const gatewayPort = process.env.GATEWAY_PORT ?? process.env.PORT ?? '4000';
  const gateway: Service = {
    name: 'gateway',
    script: 'gateway/src/index.ts',
    env: { ...commonEnv, GATEWAY_PORT: gatewayPort, KPI_OIDC_ISSUERS: trustedIssuers() },
    readyUrl: `http://localhost:${gatewayPort}/health/ready`,
    // Serving is what counts: the gateway answers (partially) while a subgraph is down.
    upUrl: `http://localhost:${gatewayPort}/health/live`,
  };
  supervisor.start(gateway);
  await supervisor.waitReady(gateway);
  control = await startControlServer(supervisor, log);
  const external = loadGraphConfig()
    .subgraphs.filter((entry) => !entry.module)
    .map((entry) => entry.name);
  if (missing.length) log(`the KPI graph is up in ${seconds()} s WITHOUT ${missing.join(', ')}: http://localhost:${gatewayPort}/graphql`);
  else log(`the KPI graph is ready in ${seconds()} s: http://localhost:${gatewayPort}/graphql`);
  // Never waited for: they come and go on their own; /health/ready reports them without deciding.
  if (external.length) log(`external subgraphs expected at their URLs (not waited for): ${external.join(', ')}`);
  log(`the web app: http://localhost:${gatewayPort}/`);
  if (identity.enabled)
    log(`sign in: ${identity.issuer} (any employee code, password ${identity.password}) · GraphiQL has a Sign in button`);
  log('dev tokens for each demo role: pnpm tokens   ·   stop: Ctrl-C');
  if (control) log(`restart one service: pnpm dev <name> (on every change) or pnpm dev:restart <name> (control port ${controlPort()})`);
} catch (error) {
  console.error(`[start]      ${(error as Error).message}`);
  await shutdown(1);
}

/** `vite build` of web/ into web/dist, in a process of its own; a failure stops the start with Vite's message. */
function buildWebApp() {
  const web = join(workspaceRoot(), 'web');
  execFileSync(process.execPath, [join(web, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
    cwd: web,
    stdio: 'inherit',
  });
}
