import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyRing, readSupergraph, signUserToken, type RunningServer } from '@kpi/platform';
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

/**
 * A stand-in subgraph: /health/ready answers `health[name]`; while that is not 200, /graphql
 * drops the connection (a process that died mid-request); anything else 404.
 */
async function standIn(name: string) {
  const server = createServer((request, response) => {
    request.resume();
    if (request.url === '/graphql' && health[name] !== 200) return request.socket.destroy();
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
  const keys = await generateKeyRing();
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
    {
      subject: 'x',
      kind: 'person',
      employeeId: '00000000-0000-7000-8000-000000000000',
      name: 'x',
      roles: ['STAFF'] as never,
      agencyIds: [],
      unitIds: [],
    },
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
        education: 'unreachable (ECONNREFUSED)', // a department's subgraph that is not running
      },
      down: [],
      external: ['library', 'education'],
    });
  });

  it('names the core subgraphs that are down; a request needing only one of them fails whole: 503, retryable', async () => {
    health.diary = 503;
    health.personnel = 503;
    expect(await ready()).toMatchObject({
      status: 503,
      body: { status: 'unavailable', subgraphs: { diary: 'unavailable (HTTP 503)' }, down: ['personnel', 'diary'] },
    });
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    const body = (await response.json()) as { data: unknown; errors: { extensions: Record<string, unknown> }[] };
    expect(body.data).toEqual({ me: null });
    expect(body.errors.map((e) => e.extensions)).toEqual([{ code: 'SERVICE_UNAVAILABLE', retryable: true, service: 'personnel' }]);
  });
});
