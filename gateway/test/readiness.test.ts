import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyRing, readSupergraph, signUserToken, type KeyRing, type RunningServer } from '@kpi/platform';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway } from '../src/server.js';

/**
 * /health/ready reports every subgraph; only the core (in-repo) ones decide. A department's own
 * subgraph that is absent, or serves no /health/ready, never makes the gateway unready. And a
 * request whose every part failed for an unreachable subgraph is HTTP 503, SERVICE_UNAVAILABLE,
 * retryable.
 */
const servers: Server[] = [];
let gateway: RunningServer;
let health: Record<string, number>;
let token: string;
let keys: KeyRing;

/** What personnel's stand-in says of the signed-in person: staff, in service. */
const PERSON = {
  id: '00000000-0000-7000-8000-000000000000',
  code: 'X',
  fullName: 'x',
  access: { roles: ['STAFF'], agencyIds: [], unitIds: [] },
};

/**
 * A stand-in subgraph: /health/ready answers `health[name]`; while that is not 200, /graphql
 * drops the connection (a process that died mid-request); personnel's answers the gateway's
 * sign-in; anything else 404.
 */
async function standIn(name: string) {
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.url === '/graphql' && health[name] !== 200) return request.socket.destroy();
    if (request.url === '/graphql' && name === 'personnel') {
      // The gateway's sign-ins come in batches (`_entities`): the one person for each asked; and
      // it reads personnel's revision, which never moves here.
      const { operationName, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        operationName: string;
        variables: { representations: unknown[] };
      };
      const answer =
        operationName === 'AccessRevision'
          ? { data: { accessRevision: 'r:1' } }
          : { data: { _entities: variables.representations.map(() => PERSON) } };
      return response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    }
    const status = request.url === '/health/ready' ? health[name]! : 404;
    response.writeHead(status, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}
/** A port nobody listens on. */
async function absent() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}

beforeAll(async () => {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  health = { personnel: 200, catalogue: 200, diary: 200, scoring: 200, library: 404 };
  keys = await generateKeyRing();
  const subgraphUrls: Record<string, string> = {};
  for (const name of ['personnel', 'catalogue', 'diary', 'scoring', 'library']) subgraphUrls[name] = await standIn(name);
  subgraphUrls.education = await absent();
  gateway = await startGateway({
    supergraphSdl: readSupergraph(),
    subgraphUrls,
    coreSubgraphs: ['personnel', 'catalogue', 'diary', 'scoring'],
    issuerPublicKey: keys.issuer.publicKey,
    gatewayPrivateKey: keys.gateway.privateKey!,
    gatewayPublicKey: keys.gateway.publicKey,
    port: 0,
  });
  token = await signUserToken(
    { subject: PERSON.id, kind: 'person', employeeId: PERSON.id, name: 'x', roles: [], agencyIds: [], unitIds: [] },
    keys.issuer.privateKey!,
  );
});
afterAll(async () => {
  await gateway?.close();
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const post = (query: string, bearer = token) =>
  fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query }),
  });

const ready = async () => {
  const response = await fetch(gateway.url.replace(/graphql$/, 'health/ready'));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('the gateway’s readiness', () => {
  it('is ready when every core subgraph is, whatever the external ones do', async () => {
    const { status, body } = await ready();
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ready',
      service: 'gateway',
      subgraphs: {
        personnel: 'ready',
        catalogue: 'ready',
        diary: 'ready',
        scoring: 'ready',
        library: 'unavailable (HTTP 404)', // a department's subgraph without /health/ready
        // A department's subgraph that is not running: refused, or, when a loaded machine holds the
        // probe past its two seconds, timed out; either way unreachable and never deciding.
        education: expect.stringMatching(/^unreachable \((ECONNREFUSED|timeout)\)$/),
      },
      down: [],
      external: ['library', 'education'],
    });
  });

  it('names the core subgraphs that are down; a request needing only one of them fails whole: 503, retryable', async () => {
    const signIn = await post('{ __typename }');
    expect(signIn.status).toBe(200);
    health.diary = 503;
    health.personnel = 503;
    expect(await ready()).toMatchObject({
      status: 503,
      body: { status: 'unavailable', subgraphs: { diary: 'unavailable (HTTP 503)' }, down: ['personnel', 'diary'] },
    });
    // Signed in before personnel went: the person's access is remembered, the plan fails. (The
    // name: only personnel answers it; the diary and scoring answer `me { id }` too.)
    const response = await post('{ me { fullName } }');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    const body = (await response.json()) as { data: unknown; errors: { extensions: Record<string, unknown> }[] };
    expect(body.data).toEqual({ me: null });
    expect(body.errors.map((e) => e.extensions)).toEqual([{ code: 'SERVICE_UNAVAILABLE', retryable: true, service: 'personnel' }]);
  });

  it('a person signing in while personnel is down: 503, retryable, never 401 (not the caller’s fault)', async () => {
    health.personnel = 503;
    const other = await signUserToken(
      { subject: PERSON.id, kind: 'person', employeeId: PERSON.id, name: 'x', roles: [], agencyIds: [], unitIds: [] },
      keys.issuer.privateKey!,
    );
    const response = await post('{ __typename }', other);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors.map((e) => e.extensions)).toEqual([{ code: 'SERVICE_UNAVAILABLE', retryable: true, service: 'personnel' }]);
    health.personnel = 200;
    expect((await post('{ __typename }', other)).status).toBe(200);
  });
});
