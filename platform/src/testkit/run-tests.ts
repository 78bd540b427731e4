/**
 * The test runner behind `pnpm test` and `pnpm test:only`.
 *
 *   run-tests.ts --with-checks [jest args…]   (pnpm test) the checks — typecheck (tsc --noEmit),
 *                                             schema check, eslint, prettier --check, the boundary
 *                                             rules (dependency-cruiser) — then jest
 *   run-tests.ts [jest args…]                 (pnpm test:only) jest alone
 *
 * Jest runs against a real PostgreSQL: DATABASE_URL when set, otherwise an embedded server started
 * here for the run (a throw-away cluster in the temp folder) and stopped afterwards. The checks run
 * alongside that start-up; each counts as one test. Everything that can run does, whatever failed
 * before it, and the run's very last line is always `N passed, N failed` — jest's tests plus the
 * checks; the line CI reads. Skipped tests are not counted there (a line above says how many).
 * Exit code 1 when anything failed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedServer } from '../database/embedded.js';
import { workspaceRoot } from '../paths.js';

const root = workspaceRoot();
const args = process.argv.slice(2);
const withChecks = args.includes('--with-checks');
const jestArgs = args.filter((arg) => arg !== '--with-checks');

const children = new Set<ChildProcess>();
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // Stop what runs (a Ctrl-C reaches it too) and still end with the summary.
    interrupted = true;
    for (const child of children) child.kill(signal);
  });
}

interface Outcome {
  code: number;
  output: string;
}

/** Runs a command to its end; its output is kept (and printed whole, so parallel checks do not interleave). */
function run(command: string[], options: { env?: NodeJS.ProcessEnv; inherit?: boolean } = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command[0], command.slice(1), {
      cwd: root,
      env: options.env ?? process.env,
      stdio: options.inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', (error) => {
      children.delete(child);
      resolve({ code: 1, output: `${output}${error.message}\n` });
    });
    child.on('close', (code, signal) => {
      children.delete(child);
      resolve({ code: code ?? (signal ? 1 : 0), output });
    });
  });
}

interface CheckResult {
  name: string;
  passed: boolean;
}

/** What the boundary rules (.dependency-cruiser.cjs) look at: every package of the workspace. */
const BOUNDARY_SCOPE = ['platform', 'gateway', 'identity', 'schema', 'infra', 'demo', 'integration-tests', 'subgraphs', 'web'];

const checks: { name: string; command: string[] }[] = withChecks
  ? [
      {
        name: 'typecheck (tsc --noEmit)',
        command: [process.execPath, join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit'],
      },
      {
        // The browser app has its own compiler settings (DOM, JSX).
        name: 'typecheck of the web app (tsc -p web --noEmit)',
        command: [process.execPath, join(root, 'node_modules/typescript/bin/tsc'), '-p', 'web', '--noEmit'],
      },
      {
        name: 'schema check (composition, committed supergraph)',
        command: [process.execPath, '--import', '@swc-node/register/esm-register', 'schema/src/compose.ts', '--check'],
      },
      {
        name: 'typed peer operations (graphql-codegen --check)',
        command: [
          process.execPath,
          join(root, 'node_modules/@graphql-codegen/cli/esm/bin.js'),
          '--config',
          'codegen.ts',
          '--check',
          '--silent',
        ],
      },
      { name: 'lint (eslint)', command: [process.execPath, join(root, 'node_modules/eslint/bin/eslint.js'), '.'] },
      {
        name: 'format (prettier --check)',
        command: [process.execPath, join(root, 'node_modules/prettier/bin/prettier.cjs'), '--check', '--log-level', 'warn', '.'],
      },
      {
        name: 'boundaries (dependency-cruiser)',
        command: [
          process.execPath,
          join(root, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs'),
          ...BOUNDARY_SCOPE,
          '--config',
          '.dependency-cruiser.cjs',
          '--output-type',
          'err',
        ],
      },
    ]
  : [];

async function runCheck(check: (typeof checks)[number]): Promise<CheckResult> {
  const started = performance.now();
  const { code, output } = await run(check.command);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const text = output.trimEnd();
  console.log(`${code === 0 ? 'PASS' : 'FAIL'} ${check.name} (${seconds} s)${text ? `\n${text}` : ''}`);
  return { name: check.name, passed: code === 0 };
}

async function startDatabase(): Promise<{ url: string; embedded?: EmbeddedServer }> {
  if (process.env.DATABASE_URL) {
    console.log('tests use DATABASE_URL');
    return { url: process.env.DATABASE_URL };
  }
  const embedded = await startEmbeddedPostgres({ port: 54400 + (process.pid % 500), log: (line) => console.error(line) });
  console.log(`tests use an embedded PostgreSQL on port ${embedded.port}`);
  return { url: embedded.url, embedded };
}

interface JestCounts {
  passed: number;
  failed: number;
  skipped: number;
  /** Why jest's own counts do not tell the whole story, when they do not. */
  note?: string;
}

async function runJest(databaseUrl: string): Promise<JestCounts> {
  const summaryDir = mkdtempSync(join(tmpdir(), 'kpi-jest-'));
  const summaryFile = join(summaryDir, 'summary.json');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    APOLLO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'test',
    KPI_TEST_SUMMARY: summaryFile,
    KPI_TEST_DATABASE_URL: databaseUrl,
  };
  const { code } = await run([process.execPath, '--experimental-vm-modules', join(root, 'node_modules/jest/bin/jest.js'), ...jestArgs], {
    env,
    inherit: true,
  });
  if (!existsSync(summaryFile)) return { passed: 0, failed: 1, skipped: 0, note: `jest ended with code ${code} before reporting` };
  const counts = JSON.parse(readFileSync(summaryFile, 'utf8')) as JestCounts;
  rmSync(summaryDir, { recursive: true, force: true });
  // Jest failed after its tests passed (a failing hook or teardown, no tests found): one failure more.
  if (code !== 0 && counts.failed === 0) return { ...counts, failed: 1, note: `jest exited with code ${code} although no test failed` };
  return counts;
}

let checkResults: CheckResult[] = [];
let jest: JestCounts;
let embedded: EmbeddedServer | undefined;
try {
  const [results, database] = await Promise.all([
    Promise.all(checks.map(runCheck)),
    startDatabase().then(
      (value) => ({ value, error: undefined }),
      (error: Error) => ({ value: undefined, error }),
    ),
  ]);
  checkResults = results;
  embedded = database.value?.embedded;
  if (interrupted) jest = { passed: 0, failed: 1, skipped: 0, note: 'interrupted before jest ran' };
  else if (!database.value)
    jest = { passed: 0, failed: 1, skipped: 0, note: `jest could not run: no database (${database.error?.message})` };
  else jest = await runJest(database.value.url);
} catch (error) {
  jest = { passed: 0, failed: 1, skipped: 0, note: `the runner failed: ${(error as Error).message}` };
} finally {
  await embedded?.stop().catch(() => undefined);
}

const passed = jest.passed + checkResults.filter((check) => check.passed).length;
const failed = jest.failed + checkResults.filter((check) => !check.passed).length;
for (const check of checkResults.filter((result) => !result.passed)) console.log(`failed: ${check.name} (its output is above)`);
if (jest.note) console.log(`failed: ${jest.note}`);
if (jest.skipped) console.log(`${jest.skipped} test(s) skipped or todo, not counted below`);
// The last line of the run, whatever printed before it.
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
