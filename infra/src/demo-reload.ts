/**
 * `pnpm demo:reload`: replaces every subgraph's data with its demo data (same seed, same ids), in
 * the database each subgraph reads (`<NAME>_DATABASE_URL`, else the shared one), as the demo job
 * (infra/src/demo-job.ts): one at a time, its progress readable through the graph.
 */
import { openSubgraphDatabase } from '@kpi/platform/database';
import { resolveDatabase, subgraphDatabase } from './database.js';
import { demoParts, loadDemo } from './demo.js';
import { localSubgraphs } from './subgraphs.js';

const log = (line: string) => console.log(`[demo]   ${line}`);
const subgraphs = await localSubgraphs();
const database = await resolveDatabase(
  log,
  subgraphs.map(({ definition }) => definition.name),
);
const env = { ...process.env, DATABASE_URL: database.url };
let failed = false;
try {
  for (const { definition } of subgraphs) {
    const db = await openSubgraphDatabase({
      url: subgraphDatabase(definition.name, env).url,
      schema: definition.schema,
      entities: definition.entities,
      migrations: definition.migrations,
    });
    await db.migrate();
    await db.close();
  }
  await loadDemo(subgraphs, demoParts(subgraphs, env), env, { replace: true, log });
  log('done');
} catch (error) {
  console.error(`[demo]   ${(error as Error).message}`);
  failed = true;
} finally {
  await database.stop?.();
}
process.exit(failed ? 1 : 0);
