/**
 * `pnpm start`: the whole graph on one machine. Database (DATABASE_URL or embedded PostgreSQL),
 * signing keys, migrations, the demo province on first start, every subgraph, then the gateway.
 * Ctrl-C stops everything cleanly.
 */
import { dataDir, loadGraphConfig, loadKeyRing, subgraphUrl } from '@kpi/platform';
import { openSubgraphDatabase } from '@kpi/platform/database';
import { join } from 'node:path';
import { resolveDatabase } from './database.js';
import { progressReporter } from './progress.js';
import { localSubgraphs } from './subgraphs.js';
import { Supervisor, type Service } from './supervisor.js';

process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
const started = performance.now();
const log = (line: string) => console.log(`[start]      ${line}`);
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

const database = await resolveDatabase(log);
log(`database: ${database.description}`);
const keysDir = process.env.KPI_KEYS_DIR ?? join(dataDir(), 'keys');
await loadKeyRing(keysDir, { generateIfMissing: true });

const subgraphs = await localSubgraphs();
for (const { definition } of subgraphs) {
  const db = await openSubgraphDatabase({
    url: database.url,
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
  if (definition.demo && !(await definition.demo.isLoaded(database.url))) {
    log(`${definition.name}: loading the demo province (first start)…`);
    const progress = progressReporter(definition.name);
    await definition.demo.load(database.url, { replace: false, onProgress: progress.update });
    progress.stop();
  }
}

let shuttingDown = false;
const shutdown = async (code: number) => {
  if (shuttingDown) return;
  shuttingDown = true;
  log('stopping…');
  await supervisor.stopAll();
  if (database.stop) await database.stop();
  log('stopped');
  process.exit(code);
};
const supervisor = new Supervisor((name, code) => {
  console.error(`[start]      ${name} exited unexpectedly (code ${code}); stopping the graph`);
  void shutdown(1);
});
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

const commonEnv = { DATABASE_URL: database.url, KPI_KEYS_DIR: keysDir, APOLLO_TELEMETRY_DISABLED: '1' };
try {
  const services: Service[] = subgraphs.map(({ entry }) => {
    const url = subgraphUrl(entry);
    return {
      name: entry.name,
      script: entry.entry!,
      env: { ...commonEnv, [`${entry.name.toUpperCase()}_PORT`]: String(new URL(url).port) },
      readyUrl: url.replace(/\/graphql$/, '/health/ready'),
    };
  });
  for (const service of services) supervisor.start(service);
  await Promise.all(services.map((service) => supervisor.waitReady(service)));

  const gatewayPort = process.env.GATEWAY_PORT ?? process.env.PORT ?? '4000';
  const gateway: Service = {
    name: 'gateway',
    script: 'gateway/src/index.ts',
    env: { ...commonEnv, GATEWAY_PORT: gatewayPort },
    readyUrl: `http://localhost:${gatewayPort}/health/ready`,
  };
  supervisor.start(gateway);
  await supervisor.waitReady(gateway);
  const external = loadGraphConfig()
    .subgraphs.filter((entry) => !entry.module)
    .map((entry) => entry.name);
  log(`the KPI graph is ready in ${seconds()} s: http://localhost:${gatewayPort}/graphql`);
  if (external.length) log(`external subgraphs expected at their URLs: ${external.join(', ')}`);
  log('dev tokens for each demo role: pnpm tokens   ·   stop: Ctrl-C');
} catch (error) {
  console.error(`[start]      ${(error as Error).message}`);
  await shutdown(1);
}
