import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { catalogue } from '@kpi/catalogue';
import { diary } from '@kpi/diary';
import { personnel } from '@kpi/personnel';
import { actor, type TestGraph } from '@kpi/platform/testkit';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGraph } from '../../src/graph.js';

/**
 * What an operator sees: one access-log line per request on every service it reached, tied by
 * the request id; Prometheus metrics at /metrics on the gateway and every subgraph.
 */

const folder = mkdtempSync(join(tmpdir(), 'kpi-logs-'));
const logFile = join(folder, 'graph.log');
let graph: TestGraph;
let token: string;
const saved = { level: process.env.LOG_LEVEL, file: process.env.KPI_LOG_FILE };
beforeAll(async () => {
  // The services' loggers are made at start: these make them write, to a file this test reads.
  process.env.LOG_LEVEL = 'info';
  process.env.KPI_LOG_FILE = logFile;
  graph = await startGraph([personnel, catalogue, diary]);
  token = await graph.token(actor.provinceAdmin());
});
afterAll(async () => {
  await graph?.stop();
  process.env.LOG_LEVEL = saved.level;
  process.env.KPI_LOG_FILE = saved.file;
  if (saved.level === undefined) delete process.env.LOG_LEVEL;
  if (saved.file === undefined) delete process.env.KPI_LOG_FILE;
  rmSync(folder, { recursive: true, force: true });
});

interface LogLine {
  name: string;
  level: number;
  msg: string;
  req?: { id: string; method: string; url: string };
  res?: { statusCode: number };
  responseTime?: number;
  operation?: string;
  caller?: string;
  codes?: string[];
}
const logLines = (): LogLine[] =>
  readFileSync(logFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LogLine);

const ask = (query: string, headers: Record<string, string> = {}) =>
  fetch(graph.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query }),
  });

const scrape = async (url: string) => (await fetch(url.replace(/graphql$/, 'metrics'))).text();

/** A sample's value in Prometheus's text format: the line of `name` whose labels include `labels` (in any order). */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)\{(.*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...match[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

describe('request logs', () => {
  it('log a request on the gateway and on every subgraph it reached, under one id, without the token', async () => {
    const id = 'req-observability-0001';
    const response = await ask(
      'query ObservedPeople { employees(first: 3) { nodes { code diaryEntries(from: "2026-11-02", to: "2026-11-06") { id } } } }',
      { 'x-request-id': id },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(id);
    const lines = logLines().filter((line) => line.req?.id === id);
    const gateway = lines.find((line) => line.name === 'gateway')!;
    expect(gateway).toMatchObject({
      operation: 'ObservedPeople',
      caller: 'person',
      res: { statusCode: 200 },
      req: { method: 'POST', url: '/graphql' },
    });
    expect(gateway.responseTime).toBeGreaterThan(0);
    expect(gateway.msg).toBe('POST /graphql 200');
    // The query plan reached personnel (the page) and the diary (the entries): both logged it, same id.
    expect(new Set(lines.map((line) => line.name))).toEqual(new Set(['gateway', 'personnel', 'diary']));
    for (const line of lines.filter((l) => l.name !== 'gateway'))
      expect(line).toMatchObject({ caller: 'person', res: { statusCode: 200 } });
    const text = readFileSync(logFile, 'utf8');
    expect(text).not.toContain(token);
    expect(text.toLowerCase()).not.toContain('authorization');
    expect(text).not.toContain('x-kpi-identity');
  });

  it('make an id when none (or a malformed one) is given, and log a refusal with its codes', async () => {
    const response = await ask('query ObservedBad { employee(id: "not-a-uuid") { code } }', { 'x-request-id': 'bad id with spaces' });
    const id = response.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = logLines().find((l) => l.req?.id === id && l.name === 'gateway')!;
    expect(line).toMatchObject({ operation: 'ObservedBad', codes: ['BAD_USER_INPUT'] });
  });
});

describe('metrics', () => {
  it('count and time requests by operation, errors by code and the subgraph fetches on the gateway', async () => {
    await ask('query ObservedCount { me { code } }');
    const text = await scrape(graph.gatewayUrl);
    const gateway = { service: 'gateway' };
    expect(sample(text, 'kpi_graphql_requests_total', { ...gateway, operation: 'ObservedCount', status: '200' })).toBe(1);
    expect(sample(text, 'kpi_graphql_request_duration_seconds_count', { ...gateway, operation: 'ObservedCount' })).toBe(1);
    expect(sample(text, 'kpi_graphql_errors_total', { ...gateway, code: 'BAD_USER_INPUT' })).toBeGreaterThanOrEqual(1);
    expect(
      sample(text, 'kpi_subgraph_fetch_duration_seconds_count', { ...gateway, subgraph: 'personnel', outcome: 'ok' }),
    ).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds\{service="gateway"\} /m);
  });

  it('show each subgraph’s requests, its database pool and its domain’s figures', async () => {
    const diaryText = await scrape(graph.subgraphs.get('diary')!.server.url);
    const diary = { service: 'diary' };
    // The gateway names its fetches after the operation: the diary counts the plan's step it served.
    expect(sample(diaryText, 'kpi_graphql_requests_total', { ...diary, operation: 'ObservedPeople__diary__1', status: '200' })).toBe(1);
    expect(sample(diaryText, 'kpi_db_pool_connections', { ...diary, state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(sample(diaryText, 'kpi_reviews_waiting', diary)).toBe(0);
    expect(sample(diaryText, 'kpi_diary_entries_today', diary)).toBe(0);
    const personnelText = await scrape(graph.subgraphs.get('personnel')!.server.url);
    expect(sample(personnelText, 'kpi_db_pool_connections', { service: 'personnel', state: 'idle' })).toBeGreaterThanOrEqual(0);
  });
});
