/** `pnpm demo:reload`: replaces every subgraph's data with its demo data (same seed, same ids). */
import { openSubgraphDatabase } from '@kpi/platform/database';
import { resolveDatabase } from './database.js';
import { progressReporter } from './progress.js';
import { localSubgraphs } from './subgraphs.js';

const log = (line: string) => console.log(`[demo]   ${line}`);
const database = await resolveDatabase(log);
try {
  for (const { definition } of await localSubgraphs()) {
    if (!definition.demo) continue;
    const db = await openSubgraphDatabase({
      url: database.url,
      schema: definition.schema,
      entities: definition.entities,
      migrations: definition.migrations,
    });
    await db.migrate();
    await db.close();
    log(`${definition.name}: reloading demo data`);
    const progress = progressReporter(definition.name);
    await definition.demo.load(database.url, { replace: true, onProgress: progress.update });
    progress.stop();
  }
  log('done');
} finally {
  await database.stop?.();
}
process.exit(0);
