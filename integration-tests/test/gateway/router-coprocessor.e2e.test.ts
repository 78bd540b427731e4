import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyRing, IDENTITY_HEADER, signUserToken, type RunningServer } from '@kpi/platform';
import { actor, type TestGraph } from '@kpi/platform/testkit';
import { startCoprocessor } from '@kpi/gateway/router';
import { personnel } from '@kpi/personnel';
import { randomUUID } from 'node:crypto';
import { startGraph } from '../../src/graph.js';

/**
 * The Apollo Router's identity step, spoken to as the router speaks (its coprocessor protocol,
 * version 1), against a real personnel subgraph: what the coprocessor answers at RouterRequest is
 * what the router would do with the client request, and the headers it answers at SubgraphRequest
 * are sent, with the body the router showed it, straight to the subgraph — as the router would send
 * them. No router binary runs here (none can be installed on these machines); the subgraph is real.
 */
let graph: TestGraph;
let coprocessor: RunningServer;
beforeAll(async () => {
  graph = await startGraph([personnel]);
  coprocessor = await startCoprocessor({
    subgraphUrls: { personnel: graph.subgraphs.get('personnel')!.server.url },
    issuerPublicKey: graph.keys.issuer.publicKey,
    oidcIssuers: [],
    gatewayPrivateKey: graph.keys.gateway.privateKey!,
    gatewayPublicKey: graph.keys.gateway.publicKey,
    port: 0,
    introspection: 'open',
  });
});
afterAll(async () => {
  await coprocessor?.close();
  await graph?.stop();
});

type Payload = Record<string, unknown> & { control: unknown; headers?: Record<string, string[]>; body?: unknown };

async function call(payload: Record<string, unknown>): Promise<Payload> {
  const response = await fetch(coprocessor.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Payload;
}

/** The RouterRequest stage as router.yaml configures it: headers, body (a JSON string), method, path. */
const routerRequest = (id: string, authorization: string | null, operation: object) =>
  call({
    version: 1,
    stage: 'RouterRequest',
    control: 'continue',
    id,
    headers: { 'content-type': ['application/json'], ...(authorization ? { authorization: [authorization] } : {}) },
    body: JSON.stringify(operation),
    method: 'POST',
    path: '/graphql',
  });

/** The SubgraphRequest stage: the fetch's headers and body, the subgraph's name, the selected context. */
const subgraphRequest = (id: string, context: unknown, body: object, serviceName = 'personnel') =>
  call({
    version: 1,
    stage: 'SubgraphRequest',
    control: 'continue',
    id,
    subgraphRequestId: randomUUID().replaceAll('-', ''),
    headers: { 'content-type': ['application/json'] },
    body,
    context,
    serviceName,
    uri: graph.subgraphs.get(serviceName)?.server.url,
    method: 'POST',
  });

/** Sends a fetch to personnel as the router would: the headers the coprocessor returned, the body. */
async function toPersonnel(headers: Record<string, string[]> | undefined, body: object) {
  const flat = Object.fromEntries(Object.entries(headers ?? {}).map(([name, values]) => [name, values.join(', ')]));
  const response = await fetch(graph.subgraphs.get('personnel')!.server.url, { method: 'POST', headers: flat, body: JSON.stringify(body) });
  return {
    status: response.status,
    answer: (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] },
  };
}

const errorOf = (answer: Payload) => JSON.parse(String(answer.body)) as { errors: { message: string; extensions: { code: string } }[] };

/** A fetch the router plans for `employee(id:)`: its operation as the planner names it, with variables. */
const employeeFetch = (id: string) => ({
  query: 'query Who__personnel__0($id:ID!){employee(id:$id){id}}',
  operationName: 'Who__personnel__0',
  variables: { id },
});

describe('the router coprocessor signs the caller in', () => {
  it('and each subgraph fetch carries an assertion the subgraph accepts as that person', async () => {
    const analyst = actor.provinceAnalyst();
    const token = await graph.token(analyst);
    const id = randomUUID().replaceAll('-', '');
    const signedIn = await routerRequest(id, `Bearer ${token}`, { query: '{ me { id } }' });
    expect(signedIn).toMatchObject({ version: 1, stage: 'RouterRequest', id, control: 'continue' });
    const context = signedIn.context as { entries: Record<string, unknown> };
    expect(typeof context.entries['kpi::caller']).toBe('string');

    const body = { query: 'query Me__personnel__0{me{id}}', operationName: 'Me__personnel__0' };
    const fetchStage = await subgraphRequest(id, context, body);
    expect(fetchStage).toMatchObject({ stage: 'SubgraphRequest', id, control: 'continue' });
    expect(fetchStage.headers?.[IDENTITY_HEADER]).toHaveLength(1);
    expect(fetchStage.headers?.['content-type']).toEqual(['application/json']);
    expect(fetchStage.headers?.['x-request-id']).toEqual([id]);
    const { status, answer } = await toPersonnel(fetchStage.headers, body);
    expect(answer.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(answer.data).toEqual({ me: { id: analyst.employeeId } });
  });

  it('binds the assertion to the body: another body, or the same one twice, is refused by the subgraph', async () => {
    const analyst = actor.provinceAnalyst();
    const id = randomUUID();
    const signedIn = await routerRequest(id, `Bearer ${await graph.token(analyst)}`, { query: '{ employee(id: "x") { id } }' });
    const planned = employeeFetch(analyst.employeeId!);
    const { headers } = await subgraphRequest(id, signedIn.context, planned);

    const other = await toPersonnel(headers, employeeFetch('00000000-0000-4000-8000-00000000ffff'));
    expect(other.status).toBe(401);
    expect(other.answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const genuine = await toPersonnel(headers, planned);
    expect(genuine.answer.data).toEqual({ employee: { id: analyst.employeeId } });
    const replayed = await toPersonnel(headers, planned);
    expect(replayed.status).toBe(401);
  });

  it('refuses a missing token with the gateway’s 401, but lets the schema be asked without one', async () => {
    const refused = await routerRequest(randomUUID(), null, { query: '{ me { id } }' });
    expect(refused.control).toEqual({ break: 401 });
    expect(errorOf(refused).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(refused.headers).toEqual({ 'content-type': ['application/json'] });

    const schema = await routerRequest(randomUUID(), null, { query: '{ __schema { queryType { name } } }' });
    expect(schema.control).toBe('continue');
    expect(schema.context).toBeUndefined();
  });

  it('refuses a forged, a malformed and an expired token', async () => {
    const stranger = await generateKeyRing();
    const forged = await signUserToken(actor.provinceAnalyst(), stranger.issuer.privateKey!);
    const expired = await signUserToken(actor.provinceAnalyst(), graph.keys.issuer.privateKey!, Math.floor(Date.now() / 1000) - 3600);
    for (const authorization of [`Bearer ${forged}`, 'Bearer not-a-token', `Basic ${forged}`, `Bearer ${expired}`]) {
      const answer = await routerRequest(randomUUID(), authorization, { query: '{ me { id } }' });
      expect(answer.control).toEqual({ break: 401 });
      expect(errorOf(answer).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('sends integration clients to the contract endpoint (403), as the gateway’s /graphql does', async () => {
    const client = actor.integrationClient('router-test');
    const answer = await routerRequest(randomUUID(), `Bearer ${await graph.token(client)}`, { query: '{ me { id } }' });
    expect(answer.control).toEqual({ break: 403 });
    expect(errorOf(answer).errors[0]!.message).toContain('/partner/graphql');
  });

  it('signs nothing for a caller it did not seal for this very request (no signing oracle)', async () => {
    const analyst = actor.provinceAnalyst();
    const first = randomUUID();
    const signedIn = await routerRequest(first, `Bearer ${await graph.token(analyst)}`, { query: '{ me { id } }' });
    const body = { query: 'query Me__personnel__0{me{id}}', operationName: 'Me__personnel__0' };

    const transplanted = await subgraphRequest(randomUUID(), signedIn.context, body);
    expect(transplanted.control).toEqual({ break: 401 });
    expect(transplanted.headers?.[IDENTITY_HEADER]).toBeUndefined();

    const invented = await subgraphRequest(first, { entries: { 'kpi::caller': JSON.stringify(actor.provinceAdmin()) } }, body);
    expect(invented.control).toEqual({ break: 401 });

    // No caller at all: the fetch goes out unsigned and the subgraph refuses it itself.
    const anonymous = await subgraphRequest(randomUUID(), { entries: {} }, body);
    expect(anonymous.control).toBe('continue');
    expect(anonymous.headers).toBeUndefined();
    expect((await toPersonnel({ 'content-type': ['application/json'] }, body)).status).toBe(401);
  });

  it('forgets a person’s cached access when personnel says it changed, and only then', async () => {
    const analyst = actor.provinceAnalyst('00000000-0000-4000-8000-00000000a0c1');
    const token = await graph.token(analyst);
    const queries = graph.queries('personnel');
    const signIn = () => routerRequest(randomUUID(), `Bearer ${token}`, { query: '{ me { id } }' });
    const response = (serviceName: string) =>
      call({
        version: 1,
        stage: 'SubgraphResponse',
        control: 'continue',
        id: randomUUID(),
        subgraphRequestId: randomUUID(),
        headers: { 'x-kpi-access-changed': [analyst.employeeId!] },
        serviceName,
      });

    await signIn();
    queries.reset();
    expect((await signIn()).control).toBe('continue');
    expect(queries.count).toBe(0);

    expect((await response('catalogue')).control).toBe('continue');
    await signIn();
    expect(queries.count).toBe(0);

    expect((await response('personnel')).control).toBe('continue');
    expect((await signIn()).control).toBe('continue');
    expect(queries.count).toBeGreaterThan(0);
  });
});
