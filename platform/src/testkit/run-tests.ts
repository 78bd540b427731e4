/**
 * Runs jest against a real PostgreSQL: DATABASE_URL when set, otherwise an embedded server started
 * here for the run (a throw-away cluster in the temp folder) and stopped afterwards. Arguments are
 * passed to jest; its exit code is ours.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../database/embedded.js';
import { workspaceRoot } from '../paths.js';

const root = workspaceRoot();
const summaryFile = join(mkdtempSync(join(tmpdir(), 'kpi-jest-')), 'summary.txt');
const env: NodeJS.ProcessEnv = { ...process.env, APOLLO_TELEMETRY_DISABLED: '1', NODE_ENV: 'test', KPI_TEST_SUMMARY: summaryFile };
let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
if (process.env.DATABASE_URL) {
  env.KPI_TEST_DATABASE_URL = process.env.DATABASE_URL;
  console.log('tests use DATABASE_URL');
} else {
  embedded = await startEmbeddedPostgres({ port: 54400 + (process.pid % 500), log: (line) => console.error(line) });
  env.KPI_TEST_DATABASE_URL = embedded.url;
  console.log(`tests use an embedded PostgreSQL on port ${embedded.port}`);
}
const jest = spawn(process.execPath, ['--experimental-vm-modules', join(root, 'node_modules/jest/bin/jest.js'), ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: 'inherit',
});
const code = await new Promise<number>((resolve) => jest.on('exit', (exitCode) => resolve(exitCode ?? 1)));
await embedded?.stop();
// The last line of the run, whatever jest printed before it.
console.log(
  existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : `0 passed, 1 failed (jest ended with code ${code} before reporting)`,
);
process.exit(code);
