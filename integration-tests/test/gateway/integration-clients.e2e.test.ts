import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { DEMO_CLIENT } from '@kpi/demo';
import {
  firstPartyClients,
  generateSigningKey,
  GRAPH_AUDIENCE,
  GRAPH_RESOURCE,
  personnelClientRegistry,
  startIdentityProvider,
  type RunningIdentityProvider,
} from '@kpi/identity';
import { demoId, Peers } from '@kpi/platform';
import { errorsOf, freePort } from '@kpi/platform/testkit';
import { discover } from '@kpi/identity/client';
import { GraphQLClient } from 'graphql-request';
import * as oidc from 'openid-client';
import { graphql } from '../../src/graphql/index.js';
import { NOT_IN_CONTRACT, startDemoWorld, type DemoWorld } from '../../src/world.js';

/**
 * Third-party systems as data: a province admin registers a client with its scopes and its own
 * rate limit, rotates its secret, revokes it; the client gets tokens by OAuth 2 client credentials
 * at the identity provider (which reads the register) and calls the graph for what its scopes allow.
 */
const NOW = '2026-11-20T10:00:00+07:00';
let world: DemoWorld;
let provider: RunningIdentityProvider;

beforeAll(async () => {
  const port = await freePort();
  const issuer = `http://localhost:${port}`;
  process.env.KPI_OIDC_ISSUERS = JSON.stringify([{ issuer, audience: GRAPH_AUDIENCE, employee: { claim: 'sub', by: 'code' } }]);
  world = await startDemoWorld({ now: NOW, employees: 300 });
  // The provider reads the register as `service:identity`, with the graph's service key.
  const peers = new Peers(
    { personnel: world.graph.subgraphs.get('personnel')!.server.url },
    null,
    'identity',
    world.graph.keys.service.privateKey,
  );
  provider = await startIdentityProvider({
    port,
    jwks: { keys: [await generateSigningKey()] },
    clients: firstPartyClients({ gateway: 'http://localhost:4000', web: 'http://localhost:5173' }),
    password: 'x',
    registry: personnelClientRegistry(peers),
  });
}, 120_000);
afterAll(async () => {
  delete process.env.KPI_OIDC_ISSUERS;
  await provider?.close();
  await world?.stop();
});

const REGISTER = graphql(`
  mutation ClientsRegister($input: RegisterClientInput!) {
    registerIntegrationClient(input: $input) {
      secret
      client {
        id
        clientId
        scopes
        requestsPerWindow
        secretHash
        registeredBy
      }
    }
  }
`);
const ROTATE = graphql(`
  mutation ClientsRotate($id: ID!) {
    rotateIntegrationClientSecret(id: $id) {
      secret
    }
  }
`);
const REVOKE = graphql(`
  mutation ClientsRevoke($id: ID!, $reason: String!) {
    revokeIntegrationClient(id: $id, reason: $reason) {
      revokedAt
      revokedBy
    }
  }
`);
const LIST = graphql(`
  query ClientsList {
    integrationClients(includeRevoked: true) {
      clientId
      scopes
      revokedAt
    }
  }
`);
const RESTRICT = graphql(`
  mutation ClientsRestrict($id: ID!, $documents: [String!]!) {
    setIntegrationClientOperations(id: $id, documents: $documents) {
      operations {
        operationId
        name
      }
    }
  }
`);
const MAPPINGS = graphql(`
  query ClientsIntakeMappings {
    intakeMappings {
      client
      documentType
      workItemId
    }
  }
`);
const SEND = graphql(`
  mutation ClientsRecordWorkEvents($events: [WorkEventInput!]!) {
    recordWorkEvents(events: $events) {
      status
      reason
    }
  }
`);

/** A client's token by the client credentials grant, as its own system would get one. */
async function clientToken(clientId: string, secret: string, scope: string) {
  const config = await discover(provider.issuer, clientId, secret);
  return (await oidc.clientCredentialsGrant(config, { scope, resource: GRAPH_RESOURCE })).access_token;
}
/** The provider's answer to a client it does not authenticate: 401 with an `invalid_client` challenge. */
const INVALID_CLIENT = {
  status: 401,
  cause: [expect.objectContaining({ parameters: expect.objectContaining({ error: 'invalid_client' }) })],
};
const as = (token: string) =>
  new GraphQLClient(world.graph.partnerUrl, { headers: { 'accept-language': 'en', authorization: `Bearer ${token}` } });
const admin = () => world.graph.as(world.user('province-admin'));
/** A staff member of the Department of Finance whose job holds the item E-Office's incoming documents map to. */
const someone = () =>
  world.province.employees.find(
    (e) =>
      e.agencyId === demoId('agency', 'STC') &&
      e.role === 'staff' &&
      world.demo.jobDescriptions.some((j) => j.positionId === e.positionId && j.workItemId === demoId('work-item', 'B-001')),
  )!;
const event = (externalId: string) => ({
  externalId,
  employeeCode: someone().code,
  documentType: 'VBDEN',
  date: '2026-11-19',
  quantity: 1,
});

describe('integration clients', () => {
  it('E-Office, registered in the demo, gets a token by client credentials and delivers work events; nothing else', async () => {
    const token = await clientToken(DEMO_CLIENT.clientId, DEMO_CLIENT.secret, 'diary:intake');
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ sub: 'eoffice', client_id: 'eoffice', scope: 'diary:intake', aud: GRAPH_AUDIENCE });
    const { recordWorkEvents } = await as(token).request(SEND, { events: [event('EO-CC-1')] });
    expect(recordWorkEvents).toEqual([{ status: 'CREATED', reason: null }]);
    // The contract endpoint shows it what third parties may use: the register is not there…
    expect((await errorsOf(as(token).request(LIST))).map((e) => e.extensions?.code)).toEqual([NOT_IN_CONTRACT]);
    // …nor may it call the full graph at all.
    const full = await fetch(world.graph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(full.status).toBe(403);
  });

  it('a province admin registers a client: its secret shown once, only a hash kept; nobody else may', async () => {
    const { registerIntegrationClient: registered } = await (
      await admin()
    ).request(REGISTER, {
      input: { clientId: 'analytics-hub', name: 'Kho dữ liệu tỉnh', scopes: ['analytics:read'], requestsPerWindow: 50 },
    });
    expect(registered.client).toMatchObject({
      clientId: 'analytics-hub',
      scopes: ['analytics:read'],
      requestsPerWindow: 50,
      secretHash: null,
    });
    expect(registered.secret).toHaveLength(43);
    const { rows } = await world.db.query(`select secret_hash from personnel.integration_client where client_id = 'analytics-hub'`);
    expect(rows[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].secret_hash).not.toContain(registered.secret);
    for (const who of [world.user('agency-admin'), world.user('province-analyst'), world.user('eoffice')]) {
      const errors = await errorsOf(
        (await world.graph.as(who)).request(REGISTER, { input: { clientId: 'sneaky', name: 'x', scopes: ['diary:intake'] } }),
      );
      expect(errors.map((e) => e.extensions?.code)).toEqual([who.kind === 'client' ? NOT_IN_CONTRACT : 'FORBIDDEN']);
    }
    const bad = await errorsOf((await admin()).request(REGISTER, { input: { clientId: 'x2', name: 'x', scopes: ['root'] } }));
    expect(bad.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'scopes']]);
  });

  it('a client gets only the scopes it was registered for, and its own rate limit', async () => {
    const { registerIntegrationClient: registered } = await (
      await admin()
    ).request(REGISTER, { input: { clientId: 'intake-small', name: 'Một cửa', scopes: ['diary:intake'], requestsPerWindow: 3 } });
    // Asking the provider for a scope it was not registered for: refused there.
    await expect(clientToken('intake-small', registered.secret, 'analytics:read')).rejects.toMatchObject({ error: 'invalid_scope' });
    const token = await clientToken('intake-small', registered.secret, 'diary:intake');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const response = await fetch(world.graph.partnerUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      statuses.push(response.status);
      if (response.status === 429) expect(response.headers.get('ratelimit-limit')).toBe('3');
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('rotating the secret ends the old one at once; revoking the client refuses its tokens at once', async () => {
    const { registerIntegrationClient: registered } = await (
      await admin()
    ).request(REGISTER, { input: { clientId: 'one-door', name: 'Một cửa điện tử', scopes: ['diary:intake'] } });
    const token = await clientToken('one-door', registered.secret, 'diary:intake');
    const { rotateIntegrationClientSecret: rotated } = await (await admin()).request(ROTATE, { id: registered.client.id });
    await expect(clientToken('one-door', registered.secret, 'diary:intake')).rejects.toMatchObject(INVALID_CLIENT);
    const fresh = await clientToken('one-door', rotated.secret, 'diary:intake');
    // Accepted as an intake client; judged on the data (its document types are not mapped to items yet).
    const [result] = (await as(fresh).request(SEND, { events: [event('EO-CC-2')] })).recordWorkEvents;
    expect(result).toEqual({ status: 'REJECTED', reason: expect.stringMatching(/not mapped/) });

    const { revokeIntegrationClient } = await (await admin()).request(REVOKE, { id: registered.client.id, reason: 'Hết hợp đồng' });
    expect(revokeIntegrationClient.revokedBy).toBe(world.user('province-admin').subject);
    for (const stale of [token, fresh]) {
      const errors = await errorsOf(as(stale).request(SEND, { events: [event('EO-CC-3')] }));
      expect(errors.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['UNAUTHENTICATED', 'No integration client one-door is registered and in service.'],
      ]);
    }
    await expect(clientToken('one-door', rotated.secret, 'diary:intake')).rejects.toMatchObject(INVALID_CLIENT);
    const { integrationClients } = await (await admin()).request(LIST);
    expect(integrationClients.find((c) => c.clientId === 'one-door')!.revokedAt).not.toBeNull();
  });

  it('a client restricted to its persisted operations sends those (text or id) and nothing else', async () => {
    const { registerIntegrationClient: registered } = await (
      await admin()
    ).request(REGISTER, { input: { clientId: 'office-safe', name: 'E-Office (safelisted)', scopes: ['diary:intake'] } });
    const deliver = 'mutation Deliver($events: [WorkEventInput!]!) { recordWorkEvents(events: $events) { status } }';
    const id = createHash('sha256').update(deliver).digest('hex');
    const { setIntegrationClientOperations } = await (await admin()).request(RESTRICT, { id: registered.client.id, documents: [deliver] });
    expect(setIntegrationClientOperations.operations).toEqual([{ operationId: id, name: 'Deliver' }]);
    const token = await clientToken('office-safe', registered.secret, 'diary:intake');
    const post = async (body: object) => {
      const response = await fetch(world.graph.partnerUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] } };
    };
    const variables = { events: [event('EO-SAFE-1')] };
    // The registered text, or only its id as Apollo's persisted queries send it.
    expect(await post({ query: deliver, variables })).toMatchObject({
      status: 200,
      body: { data: { recordWorkEvents: [{ status: 'REJECTED' }] } },
    });
    expect(await post({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: id } } })).toMatchObject({ status: 200 });
    // Anything else — another text (even the same operation spaced differently), an unknown id — before any planning.
    for (const body of [
      { query: '{ __typename }' },
      { query: deliver.replace('{ status }', '{ status reason }'), variables },
      { variables, extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } },
    ]) {
      const { status, body: answer } = await post(body);
      expect([status, answer.errors?.[0]?.extensions.code]).toEqual([403, 'OPERATION_NOT_SAFELISTED']);
    }
    // An empty list lifts the restriction, at once.
    await (await admin()).request(RESTRICT, { id: registered.client.id, documents: [] });
    expect((await post({ query: '{ __typename }' })).status).toBe(200);
    const bad = await errorsOf((await admin()).request(RESTRICT, { id: registered.client.id, documents: ['{ a } { b }'] }));
    expect(bad.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('the contract endpoint shows a client only the contract, even in introspection; E-Office reads its own mappings there', async () => {
    const token = await clientToken(DEMO_CLIENT.clientId, DEMO_CLIENT.secret, 'diary:intake');
    const response = await fetch(world.graph.partnerUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query:
          '{ __schema { queryType { fields { name } } mutationType { fields { name } } } employee: __type(name: "Employee") { name } }',
      }),
    });
    // This graph runs personnel, the catalogue and the diary: the diary's intake is what is tagged.
    expect(await response.json()).toEqual({
      data: {
        __schema: { queryType: { fields: [{ name: 'intakeMappings' }] }, mutationType: { fields: [{ name: 'recordWorkEvents' }] } },
        employee: null,
      },
    });
    const { intakeMappings } = await as(token).request(MAPPINGS);
    expect(intakeMappings.map((m) => m.documentType)).toContain('VBDEN');
    expect(intakeMappings.every((m) => m.client === 'client:eoffice')).toBe(true);
  });
});
