/**
 * `pnpm demo:reload`: replaces every subgraph's data with its demo data (same seed, same ids), in
 * the database each subgraph reads (`<NAME>_DATABASE_URL`, else the shared one).
 */
import { openSubgraphDatabase, redactUrl } from '@kpi/platform/database';
import { resolveDatabase, subgraphDatabase } from './database.js';
import { progressReporter } from './progress.js';
import { localSubgraphs } from './subgraphs.js';

const log = (line: string) => console.log(`[demo]   ${line}`);
const subgraphs = await localSubgraphs();
const database = await resolveDatabase(
  log,
  subgraphs.map(({ definition }) => definition.name),
);
const env = { ...process.env, DATABASE_URL: database.url };
try {
  for (const { definition, demo } of subgraphs) {
    if (!demo) continue;
    const { url, own } = subgraphDatabase(definition.name, env);
    const db = await openSubgraphDatabase({
      url,
      schema: definition.schema,
      entities: definition.entities,
      migrations: definition.migrations,
    });
    await db.migrate();
    await db.close();
    log(`${definition.name}: reloading demo data${own ? ` in ${redactUrl(url)}` : ''}`);
    const progress = progressReporter(definition.name);
    await demo.load(url, { replace: true, onProgress: progress.update });
    progress.stop();
  }
  log('done');
} finally {
  await database.stop?.();
}
process.exit(0);
