/**
 * The gateway's limits, all in one place: defaults chosen for one gateway in front of a province
 * of 7,000 people, each overridable by an environment variable (the README's table lists them).
 */

export type IntrospectionPolicy = 'open' | 'signed-in' | 'off';

export interface GatewayLimits {
  /** The highest cost an operation may have (cost.ts: about one per object of the answer). */
  maxCost: number;
  /** The largest response body, in bytes; larger answers are replaced by RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  /** The largest request body (after decompression), as Express reads it. */
  maxRequestBody: string;
  rate: {
    /** Requests a signed-in caller (a person or a client, by its verified subject) may make per window. */
    callerRequests: number;
    /** Requests without a token (introspection) per source address per window. */
    anonymousRequests: number;
    windowSeconds: number;
    /** Failed authentications (a bad, forged or expired token) per source address per window… */
    authFailures: number;
    authWindowSeconds: number;
  };
  /** Who may ask the schema: anyone, signed-in callers only, or nobody. */
  introspection: IntrospectionPolicy;
  /** Express's `trust proxy`: whether to take the source address from X-Forwarded-For. */
  trustProxy: boolean | number | string;
}

export const DEFAULT_GATEWAY_LIMITS: GatewayLimits = {
  // A page of 500 people with their positions, agencies and careers (≈ 16,000) passes; a year of
  // 500 people's diaries (≈ 914,000) does not.
  maxCost: 20_000,
  // Far above any answer under the cost limit (a page of 500 people with their careers is ≈ 1 MB),
  // under what broke the diary (12 MB).
  maxResponseBytes: 8 * 1024 * 1024,
  maxRequestBody: '1mb',
  rate: {
    // 30 a second on average for 10 s: a screen sends a handful at once, a bulk client can batch
    // (recordWorkEvents takes a list); 2,000 in 10 s from one token is refused after the 300th.
    callerRequests: 300,
    anonymousRequests: 60,
    windowSeconds: 10,
    // A client with a stale token retries a few times; 500 bad tokens from one address are not that.
    authFailures: 20,
    authWindowSeconds: 60,
  },
  introspection: 'open',
  trustProxy: false,
};

const number = (value: string | undefined, fallback: number) => {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`Expected a positive number, got ${JSON.stringify(value)}`);
  return n;
};

const INTROSPECTION: IntrospectionPolicy[] = ['open', 'signed-in', 'off'];

/**
 * Introspection per environment: open in development (GraphiQL, codegen); in production
 * (NODE_ENV=production) only for signed-in callers, so an anonymous scanner learns nothing; the
 * schema is published in the repository (schema/supergraph.graphql) for those who build on it.
 */
export function introspectionPolicy(env: NodeJS.ProcessEnv = process.env): IntrospectionPolicy {
  const chosen = env.KPI_INTROSPECTION;
  if (chosen) {
    if (!INTROSPECTION.includes(chosen as IntrospectionPolicy))
      throw new Error(`KPI_INTROSPECTION must be one of ${INTROSPECTION.join(', ')}, not ${chosen}`);
    return chosen as IntrospectionPolicy;
  }
  return env.NODE_ENV === 'production' ? 'signed-in' : 'open';
}

const trustProxyOf = (value: string | undefined): GatewayLimits['trustProxy'] => {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
};

/** The limits in force: the defaults with the environment's overrides. */
export function gatewayLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayLimits {
  const d = DEFAULT_GATEWAY_LIMITS;
  return {
    maxCost: number(env.KPI_MAX_COST, d.maxCost),
    maxResponseBytes: number(env.KPI_MAX_RESPONSE_BYTES, d.maxResponseBytes),
    maxRequestBody: env.KPI_MAX_REQUEST_BODY || d.maxRequestBody,
    rate: {
      callerRequests: number(env.KPI_RATE_LIMIT_REQUESTS, d.rate.callerRequests),
      anonymousRequests: number(env.KPI_RATE_LIMIT_ANONYMOUS_REQUESTS, d.rate.anonymousRequests),
      windowSeconds: number(env.KPI_RATE_LIMIT_WINDOW_SECONDS, d.rate.windowSeconds),
      authFailures: number(env.KPI_RATE_LIMIT_AUTH_FAILURES, d.rate.authFailures),
      authWindowSeconds: number(env.KPI_RATE_LIMIT_AUTH_WINDOW_SECONDS, d.rate.authWindowSeconds),
    },
    introspection: introspectionPolicy(env),
    trustProxy: trustProxyOf(env.KPI_TRUST_PROXY),
  };
}

/** Tokens of one operation's text (names, punctuation, values): far above any real query. */
export const MAX_TOKENS = 4000;
