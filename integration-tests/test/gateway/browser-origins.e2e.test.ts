import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { actor, type TestGraph } from '@kpi/platform/testkit';
import { personnel } from '@kpi/personnel';
import { allowedOrigins } from '@kpi/gateway/cors';
import { startGraph } from '../../src/graph.js';

// Browsers on other origins may call the graph only from the origins configured.
const ALLOWED = 'https://kpi.khanhhoa.example';
let graph: TestGraph;
beforeAll(async () => {
  process.env.KPI_CORS_ORIGINS = ALLOWED;
  graph = await startGraph([personnel]);
});
afterAll(async () => {
  delete process.env.KPI_CORS_ORIGINS;
  await graph?.stop();
});

const preflight = (origin: string) =>
  fetch(graph.gatewayUrl, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });

describe('browser origins (CORS)', () => {
  it('a configured origin passes the preflight, without a token, and reads the answer', async () => {
    const response = await preflight(ALLOWED);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const token = await graph.token(actor.provinceAnalyst());
    const answer = await fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: { origin: ALLOWED, 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ agencies(first: 1) { totalCount } }' }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('any other origin gets no permission (the browser then refuses to hand over the answer)', async () => {
    const response = await preflight('https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('outside production Vite’s dev server is allowed too; in production only the list', () => {
    expect(allowedOrigins({ KPI_CORS_ORIGINS: `${ALLOWED}, https://b.example` })).toEqual([
      ALLOWED,
      'https://b.example',
      'http://localhost:5173',
      'http://127.0.0.1:5173',
    ]);
    expect(allowedOrigins({ KPI_CORS_ORIGINS: ALLOWED, NODE_ENV: 'production' })).toEqual([ALLOWED]);
    expect(allowedOrigins({ NODE_ENV: 'production' })).toEqual([]);
  });
});
