import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { isProvinceSubgraph, loadGraphConfig } from '@kpi/platform';
import { createTestDatabase, freePort, serverUrl } from '@kpi/platform/testkit';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLClient, gql } from 'graphql-request';
import pg from 'pg';

/**
 * What `pnpm start` does, end to end: migrate, load the demo (the diary into a database of its
 * own, as DIARY_DATABASE_URL asks), start every service, answer, restart one service through the
 * control endpoint while the others keep running, stop.
 */
let child: ChildProcess;
let output = '';
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let diaryDatabase: Awaited<ReturnType<typeof createTestDatabase>>;
let gatewayPort: number;
let controlPort: number;
let oidcPort: number;
let token: string;
const dataDir = mkdtempSync(join(tmpdir(), 'kpi-start-'));
/** The subgraphs `pnpm start` runs: whatever schema/subgraphs.json holds, a department's (`owner`) among them. */
const subgraphs = loadGraphConfig().subgraphs.filter((entry) => entry.entry);
const departmental = subgraphs.filter((entry) => !isProvinceSubgraph(entry)).map((entry) => entry.name);
const everyReady = Object.fromEntries(subgraphs.map((entry) => [entry.name, 'ready']));
const services = [...subgraphs.map((entry) => entry.name), 'gateway', 'identity'].sort();

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
  diaryDatabase = await createTestDatabase();
  gatewayPort = await freePort();
  controlPort = await freePort();
  oidcPort = await freePort();
  child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'infra/src/start.ts'], {
    cwd: join(import.meta.dirname, '../..'),
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      DIARY_DATABASE_URL: diaryDatabase.url,
      KPI_DATA_DIR: dataDir,
      KPI_CONTROL_PORT: String(controlPort),
      KPI_DEMO_EMPLOYEES: '300',
      GATEWAY_PORT: String(gatewayPort),
      KPI_OIDC_PORT: String(oidcPort),
      ...Object.fromEntries(
        await Promise.all(subgraphs.map(async (entry) => [`${entry.name.toUpperCase()}_PORT`, String(await freePort())])),
      ),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  // Ready is the assertion, not how fast: on two busy cores (the other suites' graphs starting too)
  // migrations, the demo and six processes compiling at start have taken over two minutes.
  await waitFor(/the KPI graph is ready/, 240_000);
  // A department's subgraph is not waited for at start: the tests below expect it up too.
  for (const name of departmental) await waitFor(new RegExp(`${name} \\(a department's subgraph\\) is ready`), 60_000);
}, 310_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await database?.drop();
  await diaryDatabase?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function sql<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

const control = (path: string, method = 'GET') => fetch(`http://127.0.0.1:${controlPort}${path}`, { method });
const pids = async () =>
  Object.fromEntries(
    ((await (await control('/services')).json()) as { services: { name: string; pid: number }[] }).services.map((s) => [s.name, s.pid]),
  );
const departments = async () => {
  const client = new GraphQLClient(`http://localhost:${gatewayPort}/graphql`, { headers: { authorization: `Bearer ${token}` } });
  const { agencies } = await client.request<{ agencies: { totalCount: number } }>(gql`
    {
      agencies(filter: { kind: STATE_DEPARTMENT }) {
        totalCount
      }
    }
  `);
  return agencies.totalCount as number;
};
const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** `pnpm tokens <label>` against the running graph: its one line of output. */
const tokenOf = (label: string) =>
  new Promise<string>((resolve, reject) => {
    let text = '';
    const tokens = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'infra/src/tokens.ts', label], {
      cwd: join(import.meta.dirname, '../..'),
      env: { ...process.env, KPI_DATA_DIR: dataDir, KPI_OIDC_PORT: String(oidcPort), GATEWAY_PORT: String(gatewayPort) },
    });
    tokens.stdout.on('data', (chunk) => (text += chunk));
    tokens.on('exit', (code) => (code === 0 ? resolve(text.trim()) : reject(new Error(`tokens exited ${code}`))));
  });

describe('pnpm start', () => {
  it('serves the demo province through the gateway with a token pnpm tokens got from the identity provider', async () => {
    expect(serverUrl()).toBeTruthy();
    token = await tokenOf('province-analyst');
    // Signed in at the embedded provider by the code flow (pnpm tokens is its client), not minted locally.
    const [header, claims] = token
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header).toMatchObject({ typ: 'at+jwt', alg: 'RS256' });
    expect(claims).toMatchObject({ iss: `http://localhost:${oidcPort}`, aud: 'kpi-graph', client_id: 'kpi-cli' });
    expect(await departments()).toBe(15);
    const health = await fetch(`http://localhost:${gatewayPort}/health/ready`);
    // The province's subgraphs decide readiness; education (a department's, owner SGDDT) is reported
    // beside them, never deciding, and start-up did not wait for it.
    expect(await health.json()).toMatchObject({
      status: 'ready',
      service: 'gateway',
      subgraphs: everyReady,
      down: [],
      external: departmental,
    });
    const ide = await fetch(`http://localhost:${gatewayPort}/graphql`, { headers: { accept: 'text/html' } });
    expect(ide.headers.get('content-type')).toMatch(/html/);
    const page = await ide.text();
    expect(page).not.toMatch(/<script[^>]+src="https?:/); // everything inlined: works offline
    // GraphiQL signs in at the provider as its own client, coming back to itself.
    expect(page).toContain('id="kpi-sign-in"');
    expect(page).toContain(
      `"issuer":"http://localhost:${oidcPort}","clientId":"kpi-graphiql","redirectUri":"http://localhost:${gatewayPort}/graphql"`,
    );
    // The web app is served at the root, told where to sign people in.
    const app = await fetch(`http://localhost:${gatewayPort}/`, { headers: { accept: 'text/html' } });
    expect(await app.text()).toContain('<div id="root"></div>');
    expect(await (await fetch(`http://localhost:${gatewayPort}/web-config.json`)).json()).toEqual({
      issuer: `http://localhost:${oidcPort}`,
      clientId: 'kpi-web',
      resource: 'urn:kpi:graph',
    });
    // The keys read from .data/keys are published (public half only) for subgraphs run elsewhere.
    const keySet = (await (await fetch(`http://localhost:${gatewayPort}/.well-known/jwks.json`)).json()) as { keys: object[] };
    expect(keySet.keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' })]);
    expect(keySet.keys[0]).not.toHaveProperty('d');
  });

  it('E-Office gets its token by client credentials (the provider reads the register) and calls the partner contract', async () => {
    const eoffice = await tokenOf('eoffice');
    expect(JSON.parse(Buffer.from(eoffice.split('.')[1]!, 'base64url').toString())).toMatchObject({
      sub: 'eoffice',
      scope: 'diary:intake',
    });
    const response = await fetch(`http://localhost:${gatewayPort}/partner/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${eoffice}` },
      body: JSON.stringify({ query: '{ intakeMappings { documentType } }' }),
    });
    const { data } = (await response.json()) as { data: { intakeMappings: { documentType: string }[] } };
    expect(data.intakeMappings.map((m) => m.documentType)).toContain('VBDEN');
  });

  it('loaded the demo as a job that province admins read through the graph', async () => {
    const id = /loading the demo province \(job ([0-9a-f-]{36})/.exec(output)?.[1];
    expect(id).toBeDefined();
    const admin = new GraphQLClient(`http://localhost:${gatewayPort}/graphql`, {
      headers: { authorization: `Bearer ${await tokenOf('province-admin')}` },
    });
    const { personnelJob } = await admin.request<{ personnelJob: Record<string, unknown> }>(
      gql`
        query DemoJob($id: ID!) {
          personnelJob(id: $id) {
            kind
            scope
            state
            requestedBy
            summary
            result
            errors {
              code
            }
          }
        }
      `,
      { id },
    );
    const parts = subgraphs.filter((entry) => ['personnel', 'catalogue', 'diary', ...departmental].includes(entry.name)).map((e) => e.name);
    expect(personnelJob).toMatchObject({ kind: 'demo.load', scope: 'province', state: 'SUCCEEDED', errors: [] });
    expect(personnelJob.requestedBy).toMatch(/^service:launcher/);
    expect((personnelJob.result as { loaded: string[] }).loaded.sort()).toEqual(parts.sort());
    // Staff do not read it: it is neither theirs nor are they the province's admins.
    const staff = new GraphQLClient(`http://localhost:${gatewayPort}/graphql`, {
      headers: { authorization: `Bearer ${await tokenOf('staff')}` },
    });
    await expect(
      staff.request(
        gql`
          query DemoJobAsStaff($id: ID!) {
            personnelJob(id: $id) {
              id
            }
          }
        `,
        { id },
      ),
    ).rejects.toThrow(/FORBIDDEN/);
  });

  it('migrates and loads a subgraph where its <NAME>_DATABASE_URL points, which is where it reads', async () => {
    const schemas = async (url: string) =>
      (await sql<{ name: string }>(url, `select nspname as name from pg_namespace where nspname in ('personnel', 'diary')`))
        .map((r) => r.name)
        .sort();
    expect(await schemas(database.url)).toEqual(['personnel']);
    expect(await schemas(diaryDatabase.url)).toEqual(['diary']);
    const [{ entries }] = await sql<{ entries: number }>(diaryDatabase.url, 'select count(*)::int as entries from diary.diary_entry');
    expect(entries).toBeGreaterThan(0);
    expect(output).toMatch(/diary: its own database/);
  });

  it('restarts one service through the control endpoint while the others keep running', async () => {
    const before = await pids();
    expect(Object.keys(before).sort()).toEqual(services);
    const response = await control('/restart/personnel', 'POST');
    expect(response.status).toBe(200);
    const restarted = (await response.json()) as { name: string; pid: number };
    expect(restarted.name).toBe('personnel');
    expect(restarted.pid).not.toBe(before.personnel);
    expect(running(before.personnel)).toBe(false);
    const after = await pids();
    // On a mismatch, the supervisor's and the services' own lines say why another one restarted.
    if (JSON.stringify(after) !== JSON.stringify({ ...before, personnel: restarted.pid }))
      throw new Error(`services restarted besides personnel: ${JSON.stringify({ before, after })}\n${output}`);
    for (const name of services.filter((service) => service !== 'personnel')) expect(running(before[name])).toBe(true);
    // The gateway routes to the new process on the same port, and sees every subgraph ready.
    expect(await departments()).toBe(15);
    const health = await fetch(`http://localhost:${gatewayPort}/health/ready`);
    expect(((await health.json()) as { subgraphs: unknown }).subgraphs).toEqual(everyReady);
    expect((await control('/restart/nosuch', 'POST')).status).toBe(404);
  });

  it('stops every service on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toMatch(/stopped/);
    await expect(fetch(`http://localhost:${gatewayPort}/health/live`)).rejects.toThrow();
  });
});
