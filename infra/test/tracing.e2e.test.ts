import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase } from '@kpi/platform/testkit';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from './otlp-receiver.js';
import { daysAgo, startSupervisedGraph, type SupervisedGraph } from './supervised-graph.js';

/**
 * Issue 13 §1, traces: the graph as `pnpm start` runs it (every service a Node process under the
 * Supervisor, each with the tracing preload) exports its spans by OTLP to a receiver in this test.
 * One query that crosses gateway → personnel and diary → SQL is one trace: the gateway's request
 * and its fetches, each subgraph's request (named by its operation) and SQL statements, a
 * subgraph's calls to its peers, tied by W3C `traceparent`; no token in it; the log line names the
 * trace. A service without an endpoint sends nothing.
 */
const SERVER = 2;
const CLIENT = 3;

let receiver: OtlpReceiver | undefined;
let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
let graph: SupervisedGraph | undefined;
const folder = mkdtempSync(join(tmpdir(), 'kpi-tracing-'));
const logFile = join(folder, 'graph.log');

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  database = await createTestDatabase();
  graph = await startSupervisedGraph({
    databaseUrl: database.url,
    env: {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      // Every request traced (the default keeps one in ten).
      OTEL_TRACES_SAMPLER: 'parentbased_always_on',
      // Spans leave within 0.1 s of their end, not the default 5 s.
      OTEL_BSP_SCHEDULE_DELAY: '100',
      LOG_LEVEL: 'info',
      KPI_LOG_FILE: logFile,
    },
  });
}, 240_000);

afterAll(async () => {
  try {
    await graph?.stop();
  } finally {
    await receiver?.close();
    await database?.drop();
    rmSync(folder, { recursive: true, force: true });
  }
}, 60_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `ready` holds of the spans received (they come in batches), or 15 s have passed. */
async function received(ready: (spans: ReceivedSpan[]) => boolean): Promise<ReceivedSpan[]> {
  const deadline = Date.now() + 15_000;
  while (!ready(receiver!.spans) && Date.now() < deadline) await sleep(100);
  return receiver!.spans;
}

/**
 * The trace of the gateway request tagged `requestId`, once each given service's request span of it
 * is in: a request's span ends after its answer is sent, so its children (GraphQL, SQL) may arrive
 * in an earlier batch than it does.
 */
async function traceOf(requestId: string, services: string[]) {
  const root = (spans: ReceivedSpan[]) =>
    spans.find((span) => span.service === 'gateway' && span.kind === SERVER && span.attributes['kpi.request_id'] === requestId);
  const spans = await received((all) => {
    const gateway = root(all);
    return Boolean(
      gateway && services.every((service) => all.some((s) => s.traceId === gateway.traceId && s.service === service && s.kind === SERVER)),
    );
  });
  const gateway = root(spans);
  if (!gateway)
    throw new Error(`no gateway span for ${requestId}; received ${spans.length} spans; rejected: ${receiver!.rejected.join(', ')}`);
  return { root: gateway, spans: spans.filter((span) => span.traceId === gateway.traceId) };
}

/** True when `span` descends from `ancestor` within `spans`. */
function descends(span: ReceivedSpan, ancestor: ReceivedSpan, spans: ReceivedSpan[]): boolean {
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  for (let parent = span.parentSpanId; parent; parent = byId.get(parent)?.parentSpanId) if (parent === ancestor.spanId) return true;
  return false;
}

const isSql = (span: ReceivedSpan) => span.attributes['db.system.name'] === 'postgresql' || span.attributes['db.system'] === 'postgresql';

const QUERY = (from: string, to: string) => `query TracedMonth { me { fullName diaryEntries(from: "${from}", to: "${to}") { id } } }`;

async function askTraced(requestId: string) {
  const g = graph!;
  const token = await g.token('staff');
  const response = await fetch(g.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
    body: JSON.stringify({ query: QUERY(daysAgo(10), daysAgo(1)) }),
  });
  const body = (await response.json()) as { data?: { me: { diaryEntries: unknown[] } }; errors?: unknown[] };
  return { token, status: response.status, body };
}

describe('a query across the graph', () => {
  it('is one trace: the gateway, its fetch to each subgraph, their requests named by operation and their SQL, without the token', async () => {
    const requestId = 'req-traced-00000001';
    const { token, status, body } = await askTraced(requestId);
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    expect(Array.isArray(body.data?.me.diaryEntries)).toBe(true);

    const { root, spans } = await traceOf(requestId, ['personnel', 'diary']);
    expect(new Set(spans.map((span) => span.service))).toEqual(new Set(['gateway', 'personnel', 'diary']));
    // Apollo Gateway's own spans (plan, fetch) are part of it too.
    expect(spans.some((span) => span.service === 'gateway' && span.name === 'gateway.fetch')).toBe(true);

    // The gateway's request names its operation; Apollo Gateway's spans plan it and fetch from each subgraph.
    expect(root.attributes['graphql.operation.name']).toBe('TracedMonth');
    expect(root.attributes['graphql.operation.type']).toBe('query');
    for (const subgraph of ['personnel', 'diary']) {
      const port = graph!.ports[subgraph];
      const fetches = spans.filter((span) => span.service === 'gateway' && span.kind === CLIENT && span.attributes['server.port'] === port);
      expect(fetches.length).toBeGreaterThan(0);
      for (const fetch of fetches) {
        expect(descends(fetch, root, spans)).toBe(true);
        expect(fetch.name).toBe(`POST ${subgraph}`);
        expect(fetch.attributes['http.response.status_code']).toBe(200);
      }
      // The subgraph's requests continue their callers' calls — the gateway's fetch, or a peer's
      // (the diary asks personnel for the person it provides as `me`, the first time): traceparent
      // crossed the wire.
      const served = spans.filter((span) => span.service === subgraph && span.kind === SERVER);
      expect(served.length).toBeGreaterThan(0);
      for (const request of served) {
        const call = spans.find((span) => span.kind === CLIENT && span.spanId === request.parentSpanId);
        expect(call && descends(call, root, spans)).toBe(true);
      }
      // The query's own fetch carries the request id (the gateway's cached look-up of the caller's
      // records at personnel, shared by requests, has one of its own: it is in the trace all the same).
      expect(served.some((request) => request.attributes['kpi.request_id'] === requestId)).toBe(true);
      // Each subgraph's request names the operation the gateway's plan sent it.
      const ownRequest = served.find(
        (request) => request.attributes['kpi.request_id'] === requestId && fetches.some((fetch) => fetch.spanId === request.parentSpanId),
      )!;
      expect(ownRequest.attributes['graphql.operation.name']).toMatch(new RegExp(`^TracedMonth__${subgraph}__\\d+$`));
      const own = spans.filter((span) => span.service === subgraph);
      const under = (span: ReceivedSpan) => served.some((request) => descends(span, request, own));
      const sql = own.filter((span) => isSql(span) && under(span));
      expect(sql.length).toBeGreaterThan(0);
      // The statement is there, its bound values are not (they may be personal data).
      expect(
        sql.every((span) => typeof span.attributes['db.query.text'] === 'string' && !('db.query.parameter.0' in span.attributes)),
      ).toBe(true);
    }

    // Nothing secret in any span the graph sent: not the token, not a header carrying it.
    const everything = JSON.stringify(receiver!.spans);
    expect(everything).not.toContain(token);
    expect(everything).not.toContain('Bearer');
    for (const span of receiver!.spans)
      for (const key of Object.keys(span.attributes)) expect(key).not.toMatch(/authorization|x-kpi-identity|cookie/i);
    expect(receiver!.rejected).toEqual([]);

    // The request's log line leads to its trace.
    const lines = readFileSync(logFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { name: string; req?: { id: string }; traceId?: string });
    const logged = lines.filter((line) => line.req?.id === requestId);
    expect(new Set(logged.map((line) => line.name))).toEqual(new Set(['gateway', 'personnel', 'diary']));
    for (const line of logged) expect(line.traceId).toBe(root.traceId);
  });

  it('follows a subgraph’s calls to its peers: scoring asks personnel and the diary inside the same trace', async () => {
    const g = graph!;
    const requestId = 'req-traced-peers-001';
    const month = daysAgo(1).slice(0, 7);
    const response = await fetch(g.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await g.token('staff')}`, 'x-request-id': requestId },
      body: JSON.stringify({ query: `query TracedScore { me { periodScore(period: "${month}") { score } } }` }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    expect({ status: response.status, errors: body.errors }).toEqual({ status: 200, errors: undefined });

    const { root } = await traceOf(requestId, ['scoring', 'personnel', 'diary']);
    /** Scoring's calls to a peer, and the peer's requests that answered them (a child may come in a later batch). */
    const peerCalls = (all: ReceivedSpan[], peer: string) => {
      const spans = all.filter((span) => span.traceId === root.traceId);
      const scoring = spans.filter((span) => span.service === 'scoring');
      const request = scoring.find((span) => span.kind === SERVER && span.attributes['kpi.request_id'] === requestId);
      const calls = scoring.filter((span) => span.kind === CLIENT && span.name === `POST ${peer}`);
      const answered = spans.filter(
        (span) => span.service === peer && span.kind === SERVER && calls.some((call) => call.spanId === span.parentSpanId),
      );
      return { request, calls, answered, scoring };
    };
    const peers = ['personnel', 'diary'];
    const spans = await received((all) =>
      peers.every((peer) => {
        const { calls, answered } = peerCalls(all, peer);
        return calls.length > 0 && answered.length === calls.length;
      }),
    );
    for (const peer of peers) {
      const { request, calls, answered, scoring } = peerCalls(spans, peer);
      expect(request).toBeDefined();
      expect(calls.length).toBeGreaterThan(0);
      for (const call of calls) expect(descends(call, request!, scoring)).toBe(true);
      // Each call's request at the peer is its child: traceparent crossed the wire again.
      expect(answered).toHaveLength(calls.length);
    }
  });

  it('leaves what the gateway does on its own clock out of the requests’ traces: each reading of access is its own', async () => {
    // The gateway reads personnel's access revision every second once a request has kept someone's
    // access. The first request to keep any waits for a first reading (part of its trace); it also
    // starts the timer, and every reading after would join its trace if the timer kept its context.
    await askTraced('req-traced-00000003');
    const isReading = (span: ReceivedSpan) =>
      span.service === 'personnel' && span.kind === SERVER && span.attributes['graphql.operation.name'] === 'AccessRevision';
    const spans = await received((all) => all.filter(isReading).length >= 4);
    const readings = spans.filter(isReading);
    expect(readings.length).toBeGreaterThanOrEqual(4);
    const requests = new Set(spans.filter((span) => span.service === 'gateway' && span.kind === SERVER).map((span) => span.traceId));
    expect(requests.size).toBeGreaterThan(0);
    const inRequests = readings.filter((reading) => requests.has(reading.traceId));
    expect(inRequests.length).toBeLessThanOrEqual(1);
    // The others: one trace a reading.
    const own = readings.filter((reading) => !requests.has(reading.traceId));
    expect(new Set(own.map((reading) => reading.traceId)).size).toBe(own.length);
  });

  it('leaves out a service without an OTLP endpoint: it answers, and sends no span', async () => {
    const g = graph!;
    const diary = g.service('diary');
    diary.env = { ...diary.env, OTEL_EXPORTER_OTLP_ENDPOINT: undefined };
    await g.supervisor.restart('diary');
    const before = receiver!.spans.filter((span) => span.service === 'diary').length;

    const requestId = 'req-untraced-0000001';
    const { status, body } = await askTraced(requestId);
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    const { spans } = await traceOf(requestId, ['personnel']);
    // The gateway did fetch from the diary…
    expect(
      spans.some((span) => span.service === 'gateway' && span.kind === CLIENT && span.attributes['server.port'] === g.ports.diary),
    ).toBe(true);
    // …which, given time to send (10× its batch delay), sent nothing, and logged no trace.
    await sleep(1000);
    expect(receiver!.spans.filter((span) => span.service === 'diary')).toHaveLength(before);
    const line = readFileSync(logFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { name: string; req?: { id: string }; traceId?: string })
      .find((l) => l.name === 'diary' && l.req?.id === requestId);
    expect(line).toBeDefined();
    expect(line!.traceId).toBeUndefined();
  });
});
