import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * Which browser origins may call the graph (CORS, with the `cors` package, Express's standard).
 * The web app is served from the gateway's own origin and needs none of this; other front-ends a
 * province runs elsewhere are listed in `KPI_CORS_ORIGINS` (comma-separated, exact origins such as
 * `https://kpi.khanhhoa.gov.vn`). Outside production Vite's dev server (`http://localhost:5173`)
 * is allowed too. Tokens travel in the Authorization header, never in cookies: no credentials mode.
 */
export const DEV_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'];

export function allowedOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = (env.KPI_CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  return env.NODE_ENV === 'production' ? listed : [...new Set([...listed, ...DEV_ORIGINS])];
}

/** What a browser may send and read across origins (a Rust router's CORS says the same: infra/router/router.yaml). */
export const CORS_RULES = {
  methods: ['GET', 'POST'],
  allowedHeaders: ['authorization', 'content-type', 'apollo-require-preflight'],
  exposedHeaders: ['retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'],
  maxAgeSeconds: 600,
} as const;

export function corsPolicy(origins: readonly string[] = allowedOrigins()): RequestHandler {
  return cors({
    origin: [...origins],
    methods: [...CORS_RULES.methods],
    allowedHeaders: [...CORS_RULES.allowedHeaders],
    exposedHeaders: [...CORS_RULES.exposedHeaders],
    maxAge: CORS_RULES.maxAgeSeconds,
  });
}
