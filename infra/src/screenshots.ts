/**
 * `pnpm screenshots`: the pictures of the web app in docs/screenshots, taken by its browser tests
 * (integration-tests/test/web) on the demo world — the screens as they are, never drawn by hand.
 * Run it after changing a screen and commit the pictures with the change.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { workspaceRoot } from '@kpi/platform';

const root = workspaceRoot();
const run = spawn(
  process.execPath,
  ['--import', '@swc-node/register/esm-register', 'platform/src/testkit/run-tests.ts', 'integration-tests/test/web'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, KPI_SCREENSHOTS: join(root, 'docs/screenshots') } },
);
run.on('exit', (code) => process.exit(code ?? 1));
