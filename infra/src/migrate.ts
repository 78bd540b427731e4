/**
 * `pnpm migrate`: applies every in-repo subgraph's pending migrations and exits — what a
 * deployment runs once before rolling out new versions (the Kubernetes Job in
 * infra/deploy/kubernetes/base/migrate-job.yaml), so that the services start on a schema that is
 * already there. Each subgraph's migrations run in one transaction (all or nothing); a subgraph
 * still applies its own on start, so a forgotten Job costs nothing but start-up time.
 */
import { openSubgraphDatabase, redactUrl } from '@kpi/platform/database';
import { subgraphDatabase } from './database.js';
import { localSubgraphs } from './subgraphs.js';

if (!process.env.DATABASE_URL && !Object.keys(process.env).some((name) => name.endsWith('_DATABASE_URL')))
  throw new Error('Set DATABASE_URL (or <NAME>_DATABASE_URL): pnpm migrate applies migrations to a database you name.');
let failed = false;
for (const { definition } of await localSubgraphs()) {
  const { url } = subgraphDatabase(definition.name, process.env);
  const db = await openSubgraphDatabase({
    url,
    schema: definition.schema,
    entities: definition.entities,
    migrations: definition.migrations,
  });
  try {
    const applied = await db.migrate();
    console.log(`${definition.name}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'} (${redactUrl(url)})`);
  } catch (error) {
    failed = true;
    console.error(`${definition.name}: migrations failed, nothing of them applied: ${(error as Error).message}`);
  } finally {
    await db.close();
  }
}
process.exit(failed ? 1 : 0);
