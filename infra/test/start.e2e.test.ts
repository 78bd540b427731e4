import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, serverUrl } from '@kpi/platform/testkit';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLClient, gql } from 'graphql-request';

/** What `pnpm start` does, end to end: migrate, load the demo, start every service, answer, stop. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

let child: ChildProcess;
let output = '';
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let gatewayPort: number;
const dataDir = mkdtempSync(join(tmpdir(), 'kpi-start-'));

function waitFor(pattern: RegExp, timeoutMs: number) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output:\n${output}`)), timeoutMs);
    const check = () => {
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', () => {
      clearTimeout(timer);
      reject(new Error(`start exited; output:\n${output}`));
    });
    check();
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  gatewayPort = await freePort();
  child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'infra/src/start.ts'], {
    cwd: join(import.meta.dirname, '../..'),
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      KPI_DATA_DIR: dataDir,
      KPI_DEMO_EMPLOYEES: '300',
      GATEWAY_PORT: String(gatewayPort),
      PERSONNEL_PORT: String(await freePort()),
      CATALOGUE_PORT: String(await freePort()),
      DIARY_PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await waitFor(/the KPI graph is ready/, 120_000);
}, 150_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await database?.drop();
});

describe('pnpm start', () => {
  it('serves the demo province through the gateway with a token from pnpm tokens', async () => {
    expect(serverUrl()).toBeTruthy();
    const token = await new Promise<string>((resolve, reject) => {
      let text = '';
      const tokens = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'infra/src/tokens.ts', 'province-analyst'], {
        cwd: join(import.meta.dirname, '../..'),
        env: { ...process.env, KPI_DATA_DIR: dataDir },
      });
      tokens.stdout.on('data', (chunk) => (text += chunk));
      tokens.on('exit', (code) => (code === 0 ? resolve(text.trim()) : reject(new Error(`tokens exited ${code}`))));
    });
    const client = new GraphQLClient(`http://localhost:${gatewayPort}/graphql`, { headers: { authorization: `Bearer ${token}` } });
    const { agencies } = await client.request<any>(gql`
      {
        agencies(filter: { kind: STATE_DEPARTMENT }) {
          totalCount
        }
      }
    `);
    expect(agencies.totalCount).toBe(15);
    const health = await fetch(`http://localhost:${gatewayPort}/health/ready`);
    expect(await health.json()).toEqual({
      status: 'ready',
      service: 'gateway',
      subgraphs: { personnel: 'ready', catalogue: 'ready', diary: 'ready', scoring: 'ready' },
    });
    const ide = await fetch(`http://localhost:${gatewayPort}/graphql`, { headers: { accept: 'text/html' } });
    expect(ide.headers.get('content-type')).toMatch(/html/);
    expect(await ide.text()).not.toMatch(/<script[^>]+src="https?:/); // everything inlined: works offline
  });

  it('stops every service on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toMatch(/stopped/);
    await expect(fetch(`http://localhost:${gatewayPort}/health/live`)).rejects.toThrow();
  });
});
