import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { personnel } from '@kpi/personnel';
import { actor, type TestGraph } from '@kpi/platform/testkit';
import { DEFAULT_GATEWAY_LIMITS, gatewayLimitsFromEnv, introspectionPolicy } from '@kpi/gateway/limits';
import { startGraph } from '../../src/graph.js';

/**
 * The gateway's limits are configuration: this file starts the real gateway as production would
 * (NODE_ENV=production), with small limits set the way an operator sets them — environment
 * variables — so that each is seen to act. Windows are long (60 s) so nothing here depends on time.
 */
const ENV = {
  NODE_ENV: 'production',
  KPI_RATE_LIMIT_REQUESTS: '5',
  KPI_RATE_LIMIT_ANONYMOUS_REQUESTS: '6',
  KPI_RATE_LIMIT_WINDOW_SECONDS: '60',
  KPI_RATE_LIMIT_AUTH_FAILURES: '3',
  KPI_RATE_LIMIT_AUTH_WINDOW_SECONDS: '60',
  KPI_MAX_RESPONSE_BYTES: '10000',
};
const saved: Record<string, string | undefined> = {};

let graph: TestGraph;
beforeAll(async () => {
  for (const [key, value] of Object.entries(ENV)) {
    saved[key] = process.env[key];
    process.env[key] = value;
  }
  graph = await startGraph([personnel]);
});
afterAll(async () => {
  await graph?.stop();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const post = async (body: unknown, authorization?: string) => {
  const response = await fetch(graph.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions: { code: string; retryAfter?: number } }[];
  };
  return { status: response.status, headers: response.headers, json, code: json.errors?.[0]?.extensions.code };
};
const bearer = async (identity = actor.provinceAnalyst()) => `Bearer ${await graph.token(identity)}`;
const ME = { query: '{ me { id } }' };

describe('rate limits per caller', () => {
  it('refuse a caller past its budget with 429, Retry-After and RATE_LIMITED — counted by who it is, not by its token', async () => {
    const person = actor.provinceAnalyst('00000000-0000-4000-8000-0000000000b1');
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof post>> | undefined;
    // Each request with a freshly signed token: the budget follows the person, not the token.
    for (let i = 0; i < 7; i += 1) {
      last = await post(ME, await bearer(person));
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(last!.code).toBe('RATE_LIMITED');
    const retryAfter = Number(last!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(last!.json.errors![0]!.extensions.retryAfter).toBe(retryAfter);
    // What was refused is said when it is refused (the message is made only then), in the caller's language.
    expect(last!.json.errors![0]!.message).toMatch(
      new RegExp(`^(Too many requests from this caller|Quá nhiều yêu cầu từ bên gọi này): .*${retryAfter}`),
    );
    expect(last!.headers.get('ratelimit-remaining')).toBe('0');

    // Another caller has a budget of its own.
    const other = await post(ME, await bearer(actor.provinceAnalyst('00000000-0000-4000-8000-0000000000b2')));
    expect(other.status).toBe(200);
    expect(other.headers.get('ratelimit-limit')).toBe('5');
    expect(other.headers.get('ratelimit-remaining')).toBe('4');
  });

  it('throttle failed authentication per source: bad tokens past the budget get 429; a valid token from there still passes', async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 5; i += 1) {
      last = await post(ME, `Bearer forged.token.${i}`);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(last!.code).toBe('RATE_LIMITED');
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const valid = await post(ME, await bearer(actor.provinceAnalyst('00000000-0000-4000-8000-0000000000b3')));
    expect(valid.status).toBe(200);
  });
});

describe('introspection in production', () => {
  const SCHEMA = { query: '{ __schema { queryType { name } } }' };

  it('is refused without a token (401) and answered to a signed-in caller', async () => {
    const anonymous = await post(SCHEMA);
    expect({ status: anonymous.status, code: anonymous.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    const signedIn = await post(SCHEMA, await bearer(actor.provinceAnalyst('00000000-0000-4000-8000-0000000000b4')));
    expect(signedIn.status).toBe(200);
    expect(signedIn.json.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('requests without a token share a budget per source address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) statuses.push((await post({ query: '{ __typename }' })).status);
    // The first anonymous request of this file was the one above.
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    expect(statuses.slice(statuses.indexOf(429)).every((status) => status === 429)).toBe(true);
  });

  it('is decided per environment: open in development, signed-in callers in production, or as KPI_INTROSPECTION says', () => {
    expect(introspectionPolicy({ NODE_ENV: 'development' })).toBe('open');
    expect(introspectionPolicy({})).toBe('open');
    expect(introspectionPolicy({ NODE_ENV: 'production' })).toBe('signed-in');
    expect(introspectionPolicy({ NODE_ENV: 'production', KPI_INTROSPECTION: 'off' })).toBe('off');
    expect(introspectionPolicy({ KPI_INTROSPECTION: 'open', NODE_ENV: 'production' })).toBe('open');
    expect(() => introspectionPolicy({ KPI_INTROSPECTION: 'sometimes' })).toThrow(/KPI_INTROSPECTION/);
  });
});

describe('the response cap', () => {
  it('replaces an answer over the cap with RESPONSE_TOO_LARGE (400) saying to ask for less', async () => {
    // The whole schema (descriptions and all) is more than 10,000 bytes.
    const full = await post(
      { query: '{ __schema { types { name description fields { name description args { name description } } } } }' },
      await bearer(actor.provinceAnalyst('00000000-0000-4000-8000-0000000000b5')),
    );
    expect({ status: full.status, code: full.code }).toEqual({ status: 400, code: 'RESPONSE_TOO_LARGE' });
    expect(full.json.errors![0]!.message).toMatch(/smaller pages/);
  });
});

describe('the limits are configuration', () => {
  it('default to the documented figures and read the environment', () => {
    expect(gatewayLimitsFromEnv({})).toEqual(DEFAULT_GATEWAY_LIMITS);
    expect(DEFAULT_GATEWAY_LIMITS).toMatchObject({
      maxCost: 20_000,
      maxResponseBytes: 8 * 1024 * 1024,
      rate: { callerRequests: 300, windowSeconds: 10, authFailures: 20, authWindowSeconds: 60 },
    });
    const limits = gatewayLimitsFromEnv({ KPI_MAX_COST: '5000', KPI_RATE_LIMIT_REQUESTS: '50', KPI_TRUST_PROXY: '1' });
    expect(limits.maxCost).toBe(5000);
    expect(limits.rate.callerRequests).toBe(50);
    expect(limits.trustProxy).toBe(1);
    expect(() => gatewayLimitsFromEnv({ KPI_MAX_COST: 'lots' })).toThrow(/positive number/);
  });
});
