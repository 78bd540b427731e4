import { sendError, type Logger } from '@kpi/platform';
import type { NextFunction, RequestHandler, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { AccessDirectory } from '../access.js';
import type { Issuers } from '../issuers.js';
import { bearerOf, callerOf, type Bearer } from '../identity.js';
import type { KnownCaller } from '../access.js';
import type { GatewayLimits } from './config.js';
import { said } from '../messages.js';

/**
 * The gateway's door, before any body is read: verifies the caller's token once, limits how often
 * each caller may knock, and only then establishes what the caller may do (a person's access from
 * the records, cached per session: see access.ts); the GraphQL context reads `res.locals.identity`.
 * A person the records do not know, or not in service, is refused like a bad token (401, counted
 * as a failed authentication); the records unreachable is 503 SERVICE_UNAVAILABLE, retryable.
 *
 * - A signed-in caller — a person or an integration client, by the subject its verified token
 *   names — has `callerRequests` per window, wherever it calls from; a registered client may have
 *   its own number (`requestsPerWindow` in the register).
 * - Requests without a token (only introspection is answered to them) share `anonymousRequests`
 *   per window per source address.
 * - Failed authentications (a forged, expired or malformed token) count per source address: past
 *   `authFailures` in their window, the source's bad tokens get 429 rather than 401 until the
 *   window ends. Valid tokens from that address still pass (checking one costs microseconds), so
 *   one misbehaving client behind an agency's NAT cannot lock the whole agency out.
 *
 * Refusals are 429 with `Retry-After` (seconds) and a RATE_LIMITED error; every answer carries
 * `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`.
 *
 * The counters live in this process's memory (rate-limiter-flexible's RateLimiterMemory): right
 * for the one gateway the graph runs, at no cost per request. Several gateways behind a balancer
 * would each allow the full budget — N gateways, N times the limit — and then need a shared store:
 * rate-limiter-flexible's RateLimiterRedis over the machine's Redis has the same interface.
 */
export function callerGate(options: {
  limits: GatewayLimits['rate'];
  issuers: Issuers;
  access: AccessDirectory;
  logger: Logger;
}): RequestHandler {
  const { limits, issuers, access, logger } = options;
  const callers = new RateLimiterMemory({ keyPrefix: 'caller', points: limits.callerRequests, duration: limits.windowSeconds });
  const anonymous = new RateLimiterMemory({ keyPrefix: 'anonymous', points: limits.anonymousRequests, duration: limits.windowSeconds });
  const failures = new RateLimiterMemory({ keyPrefix: 'auth-failure', points: limits.authFailures, duration: limits.authWindowSeconds });

  /** Counts a failed authentication from `source` and answers it: 401, or 429 once they are too many. */
  async function failed(source: string, res: Response, next: NextFunction, error: unknown): Promise<void> {
    try {
      await failures.consume(source);
    } catch (rejected) {
      if (!(rejected instanceof RateLimiterRes)) return next(rejected);
      if (rejected.consumedPoints === limits.authFailures + 1) logger.warn({ source }, 'too many failed authentications');
      return tooMany(res, rejected, said.tooManyFailedSignIns());
    }
    const { message, extensions } = error as { message: string; extensions?: { code?: unknown } };
    sendError(res, typeof extensions?.code === 'string' ? extensions.code : 'UNAUTHENTICATED', message);
  }

  /**
   * A sign-in that did not succeed: a bad token or a person the records refuse is the caller's
   * (counted, 401); an identity provider or personnel out of reach is not (503, retryable).
   */
  async function refused(source: string, res: Response, next: NextFunction, error: unknown): Promise<void> {
    if (codeOf(error) === 'UNAUTHENTICATED') return failed(source, res, next, error);
    if (codeOf(error) !== 'SERVICE_UNAVAILABLE') return next(error);
    res.setHeader('Retry-After', '1');
    const { message, extensions } = error as { message: string; extensions: Record<string, unknown> };
    sendError(res, 'SERVICE_UNAVAILABLE', message, { ...extensions });
  }

  /** One counter per limit: the callers' default, and each registered client's own. */
  const limiters = new Map<number, RateLimiterMemory>([[limits.callerRequests, callers]]);
  const limiterFor = (points: number) => {
    if (!limiters.has(points))
      limiters.set(points, new RateLimiterMemory({ keyPrefix: `caller-${points}`, points, duration: limits.windowSeconds }));
    return limiters.get(points)!;
  };

  /**
   * Counts one request of `key`; false (after answering 429) when it is one too many. What was
   * refused is said only then: made for every request, the message cost ~1.5 % of the gateway's CPU.
   */
  async function counted(res: Response, next: NextFunction, limiter: RateLimiterMemory, key: string, points: number, what: () => string) {
    try {
      rateHeaders(res, await limiter.consume(key), points);
      return true;
    } catch (rejected) {
      if (!(rejected instanceof RateLimiterRes)) {
        next(rejected);
        return false;
      }
      rateHeaders(res, rejected, points);
      if (rejected.consumedPoints === points + 1) logger.warn({ caller: key }, 'rate limit reached');
      tooMany(res, rejected, what());
      return false;
    }
  }

  return async (req, res, next) => {
    const source = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    let bearer: Bearer | null;
    try {
      bearer = await bearerOf(req.header('authorization'), issuers);
    } catch (error) {
      return refused(source, res, next, error);
    }
    if (!bearer) {
      if (!(await counted(res, next, anonymous, source, limits.anonymousRequests, said.tooManyAnonymous))) return;
      res.locals.identity = null;
      return next();
    }
    const { principal } = bearer;
    let caller: KnownCaller | null = null;
    try {
      // A client's own limit is in the register: read before it is counted (cached per client).
      if (principal.kind === 'client') caller = await callerOf(bearer, access);
    } catch (error) {
      return refused(source, res, next, error);
    }
    const key = principal.kind === 'client' ? `client:${principal.clientId}` : `person:${principal.subject}`;
    const points = caller?.requestsPerWindow ?? limits.callerRequests;
    if (!(await counted(res, next, limiterFor(points), key, points, said.tooManyFromCaller))) return;
    try {
      // A person costs a look at the records only once counted (cached per session).
      caller ??= await callerOf(bearer, access);
    } catch (error) {
      return refused(source, res, next, error);
    }
    res.locals.identity = caller.identity;
    res.locals.caller = caller;
    next();
  };
}

const codeOf = (error: unknown) => (error as { extensions?: { code?: unknown } }).extensions?.code;

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function rateHeaders(res: Response, state: RateLimiterRes, points: number) {
  res.setHeader('RateLimit-Limit', String(points));
  res.setHeader('RateLimit-Remaining', String(Math.max(0, state.remainingPoints)));
  res.setHeader('RateLimit-Reset', String(seconds(state.msBeforeNext)));
}

function tooMany(res: Response, state: RateLimiterRes, what: string) {
  const retryAfter = seconds(state.msBeforeNext);
  res.setHeader('Retry-After', String(retryAfter));
  sendError(res, 'RATE_LIMITED', said.retryIn({ what, seconds: retryAfter }), { retryAfter });
}
