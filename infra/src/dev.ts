/**
 * `pnpm dev <subgraph|gateway>`: the developer loop for one service. Runs it against the graph
 * started by `pnpm start` (same database and keys) and restarts it whenever its sources or the
 * platform change (Node's own --watch). Stop that service in `pnpm start` first, or set its port.
 */
import { spawn } from 'node:child_process';
import { loadGraphConfig, workspaceRoot } from '@kpi/platform';
import { join } from 'node:path';
import { resolveDatabase } from './database.js';

const name = process.argv[2];
const entries = loadGraphConfig().subgraphs.filter((entry) => entry.entry);
const script = name === 'gateway' ? 'gateway/src/index.ts' : entries.find((entry) => entry.name === name)?.entry;
if (!script) {
  console.error(`Usage: pnpm dev <${[...entries.map((entry) => entry.name), 'gateway'].join('|')}>`);
  process.exit(1);
}
const database = await resolveDatabase((line) => console.log(`[dev] ${line}`));
const root = workspaceRoot();
const folder = name === 'gateway' ? 'gateway/src' : script.replace(/\/src\/index\.ts$/, '/src');
const child = spawn(
  process.execPath,
  ['--watch-path', join(root, folder), '--watch-path', join(root, 'platform/src'), '--import', '@swc-node/register/esm-register', script],
  { cwd: root, stdio: 'inherit', env: { ...process.env, DATABASE_URL: database.url } },
);
const stop = async () => {
  child.kill('SIGTERM');
  await database.stop?.();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
