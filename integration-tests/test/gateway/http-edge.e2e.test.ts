import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { catalogue } from '@kpi/catalogue';
import { diary } from '@kpi/diary';
import { personnel } from '@kpi/personnel';
import { actor, type TestGraph } from '@kpi/platform/testkit';
import { scoring } from '@kpi/scoring';
import { ClientError } from 'graphql-request';
import { gzipSync } from 'node:zlib';
import { startGraph } from '../../src/graph.js';

/**
 * Client mistakes are 4xx, never 500, and every error — Apollo's, Express's, Node's — is a JSON
 * GraphQL-style error without a stack trace or a path on disk: on the gateway and on every subgraph.
 */

let graph: TestGraph;
let token: string;
const SUBGRAPHS = ['personnel', 'catalogue', 'diary', 'scoring'];
beforeAll(async () => {
  graph = await startGraph([personnel, catalogue, diary, scoring]);
  token = await graph.token(actor.provinceAdmin());
});
afterAll(async () => {
  await graph?.stop();
});

const servers = () => [['gateway', graph.gatewayUrl], ...SUBGRAPHS.map((name) => [name, graph.subgraphs.get(name)!.server.url])];

interface Sent {
  status: number;
  code: unknown;
  contentType: string | null;
  text: string;
}

async function send(url: string, init: { headers?: Record<string, string>; body?: string | Buffer; method?: string }): Promise<Sent> {
  const response = await fetch(url, {
    method: init.method ?? 'POST',
    headers: init.headers,
    body: init.body as never,
  });
  const text = await response.text();
  let code: unknown;
  try {
    code = JSON.parse(text).errors?.[0]?.extensions?.code;
  } catch {
    code = undefined;
  }
  return { status: response.status, code, contentType: response.headers.get('content-type'), text };
}

/** A GraphQL-style error document: JSON, `errors[].message` and a code, and nothing of the server's insides. */
function expectCleanError(sent: Sent) {
  expect(sent.contentType).toMatch(/^application\/(graphql-response\+)?json/);
  const body = JSON.parse(sent.text);
  expect(body.errors[0].message).toEqual(expect.any(String));
  expect(body.errors[0].extensions.code).toEqual(expect.any(String));
  expect(sent.text).not.toMatch(/<html|<pre>|\bat [\w.<>]+ \(|node_modules|\/work\/|\/home\/|\/root\/|stacktrace/i);
}

const json = { 'content-type': 'application/json' };
const query = (q: string, variables?: Record<string, unknown>) => JSON.stringify({ query: q, variables });

describe('client mistakes at the gateway are 4xx with a code', () => {
  const table: [string, () => { headers?: Record<string, string>; body?: string }, number, string][] = [
    ['a query without a token', () => ({ headers: json, body: query('{ me { id } }') }), 401, 'UNAUTHENTICATED'],
    [
      'a forged token',
      () => ({ headers: { ...json, authorization: 'Bearer not.a.jwt' }, body: query('{ me { id } }') }),
      401,
      'UNAUTHENTICATED',
    ],
    [
      'a syntax error',
      () => ({ headers: { ...json, authorization: `Bearer ${token}` }, body: query('{ me { id ') }),
      400,
      'GRAPHQL_PARSE_FAILED',
    ],
    [
      'an operation over the token limit',
      () => ({ headers: { ...json, authorization: `Bearer ${token}` }, body: query(`{ me { ${'id '.repeat(5000)} } }`) }),
      400,
      'GRAPHQL_PARSE_FAILED',
    ],
    [
      'a 1e400 literal',
      () => ({
        headers: { ...json, authorization: `Bearer ${token}` },
        body: query('{ nearDuplicateWorkItems(threshold: 1e400) { similarity } }'),
      }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a 1e400 variable',
      () => ({
        headers: { ...json, authorization: `Bearer ${token}` },
        body: '{"query":"query ($t: Float!) { nearDuplicateWorkItems(threshold: $t) { similarity } }","variables":{"t":1e400}}',
      }),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'an unknown field',
      () => ({ headers: { ...json, authorization: `Bearer ${token}` }, body: query('{ nope }') }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'an operation nested too deep',
      () => ({
        headers: { ...json, authorization: `Bearer ${token}` },
        body: query(`{ orgTree { ${'children { '.repeat(14)}code${' }'.repeat(14)} } }`),
      }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'an operation over the cost limit',
      () => ({
        headers: { ...json, authorization: `Bearer ${token}` },
        body: query('{ employees(first: 500) { nodes { diaryEntries(from: "2026-01-01", to: "2026-12-31") { id } } } }'),
      }),
      400,
      'OPERATION_TOO_COSTLY',
    ],
    [
      'a batch of operations',
      () => ({ headers: { ...json, authorization: `Bearer ${token}` }, body: `[${query('{ me { id } }')}]` }),
      400,
      'BAD_REQUEST',
    ],
    ['a body without a query', () => ({ headers: { ...json, authorization: `Bearer ${token}` }, body: '{}' }), 400, 'BAD_REQUEST'],
  ];

  for (const [what, request, status, code] of table) {
    it(`${what} → ${status} ${code}`, async () => {
      const sent = await send(graph.gatewayUrl, request());
      expect({ status: sent.status, code: sent.code }).toEqual({ status, code });
      expectCleanError(sent);
    });
  }
});

describe('requests no server can read are JSON errors on the gateway and every subgraph, never HTML pages', () => {
  const table: [string, () => { headers?: Record<string, string>; body?: string | Buffer; method?: string }, number, string][] = [
    ['malformed JSON', () => ({ headers: json, body: '{"query": ' }), 400, 'BAD_REQUEST'],
    ['a body over the limit', () => ({ headers: json, body: query('x'.repeat(6 * 1024 * 1024)) }), 413, 'PAYLOAD_TOO_LARGE'],
    [
      'a gzip body that is not gzip',
      () => ({ headers: { ...json, 'content-encoding': 'gzip' }, body: 'not gzip at all' }),
      400,
      'BAD_REQUEST',
    ],
    [
      'an unknown content encoding',
      () => ({ headers: { ...json, 'content-encoding': 'x-mine' }, body: query('{ me { id } }') }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'an unknown content type',
      () => ({ headers: { 'content-type': 'application/xml' }, body: '<query/>' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['a path that serves nothing', () => ({ method: 'GET' }), 404, 'NOT_FOUND'],
  ];

  for (const [what, request, status, code] of table) {
    it(`${what} → ${status} ${code}`, async () => {
      for (const [name, url] of servers()) {
        const target = code === 'NOT_FOUND' ? url!.replace(/\/graphql$/, '/no/such/page') : url!;
        const sent = await send(target, request());
        expect({ server: name, status: sent.status, code: sent.code }).toEqual({ server: name, status, code });
        expectCleanError(sent);
      }
    });
  }

  it('a query sent in the URL (GET) is read from its query string, and a URL with none is a client error', async () => {
    const headers = { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' };
    const asked = await send(`${graph.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}&x=1`, { method: 'GET', headers });
    expect({ status: asked.status, body: JSON.parse(asked.text) }).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    const bare = await send(graph.gatewayUrl, { method: 'GET', headers });
    expect(bare.status).toBe(400);
    expectCleanError(bare);
  });

  it('a gzip body that is gzip is read', async () => {
    const sent = await send(graph.gatewayUrl, {
      headers: { ...json, 'content-encoding': 'gzip', authorization: `Bearer ${token}` },
      body: gzipSync(query('{ me { id } }')),
    });
    expect(sent.status).toBe(200);
  });
});

describe('subgraphs called directly', () => {
  it('refuse a request without an assertion with 401, and a syntax error with an assertion with 400', async () => {
    for (const name of SUBGRAPHS) {
      const anonymous = await send(graph.subgraphs.get(name)!.server.url, { headers: json, body: query('{ __typename }') });
      expect({ name, status: anonymous.status, code: anonymous.code }).toEqual({ name, status: 401, code: 'UNAUTHENTICATED' });
      expectCleanError(anonymous);
      const client = await graph.directAs(name, actor.provinceAdmin());
      const error = await client.request('{ __typename ').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ClientError);
      const { status, errors } = (error as ClientError).response;
      expect({ name, status, code: errors?.[0]?.extensions?.code }).toEqual({ name, status: 400, code: 'GRAPHQL_PARSE_FAILED' });
    }
  });
});

describe('what no answer says, on the gateway and every subgraph', () => {
  // No X-Powered-By (it names the stack to whoever probes) and no ETag (a SHA-1 of every answer,
  // made for caches that never revalidate a POST): a server built without serverApp() shows here.
  const unsaid = (headers: Headers) => ({ poweredBy: headers.get('x-powered-by'), etag: headers.get('etag') });

  it('an answered query and a health check carry neither X-Powered-By nor an ETag', async () => {
    const answered = await fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: { ...json, authorization: `Bearer ${token}` },
      body: query('{ me { id } }'),
    });
    expect(answered.status).toBe(200);
    expect(unsaid(answered.headers)).toEqual({ poweredBy: null, etag: null });
    for (const name of SUBGRAPHS) {
      const { status, headers } = await (await graph.directAs(name, actor.provinceAdmin())).rawRequest('{ __typename }');
      expect({ name, status, ...unsaid(headers) }).toEqual({ name, status: 200, poweredBy: null, etag: null });
    }
    for (const [name, url] of servers()) {
      const health = await fetch(url!.replace(/graphql$/, 'health/live'));
      expect({ name, status: health.status, ...unsaid(health.headers) }).toEqual({ name, status: 200, poweredBy: null, etag: null });
    }
  });
});
