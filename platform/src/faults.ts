import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode, said } from './errors.js';

/**
 * Faults are normal: a database restarting, a subgraph crashed and coming back, a connection
 * reset. None of them is the caller's fault, and every one is worth retrying. This module is the
 * one place that recognises them; every subgraph's formatError, the gateway's and its subgraph
 * fetches use it, so an outage is always `SERVICE_UNAVAILABLE` with `extensions.retryable: true`,
 * never a domain code (INVALID_REFERENCE…) nor INTERNAL_SERVER_ERROR.
 */

/** Node's and undici's codes for "the other end is not there, or went away mid-request". */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/**
 * PostgreSQL SQLSTATEs that mean the server, not the statement: class 08 (connection exception),
 * 53 (insufficient resources: too many connections, disk full, out of memory), 58 (system error,
 * I/O), and 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up,
 * shutting down, in recovery).
 */
const isServerSqlState = (code: string) => /^(08|53|58)[0-9A-Z]{3}$/.test(code) || code === '57P01' || code === '57P02' || code === '57P03';

/** What `pg` and its pool say without a code when a connection dies or cannot be had. */
const CONNECTION_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Client was closed and is not queryable/i,
];

/** HTTP answers of a subgraph (or a proxy before it) that mean "not there just now". */
const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  originalError?: unknown;
  errors?: unknown;
  extensions?: { code?: unknown; response?: { status?: unknown } };
}

/**
 * True when `error` — or anything it wraps (`originalError`, `cause`, an AggregateError's
 * `errors`) — is an infrastructure failure: a database or a peer subgraph that cannot be reached,
 * a connection reset or terminated (`57P01 admin_shutdown` on a PostgreSQL restart), a pool or
 * peer timeout, or an error already classified as SERVICE_UNAVAILABLE.
 */
export function isInfrastructureFailure(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 8) return false;
  const e = error as ErrorLike;
  if (e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE) return true;
  // A domain error is a verdict on the request, whatever it wraps.
  if (e instanceof DomainError) return false;
  const status = e.extensions?.response?.status; // @apollo/gateway's error for a non-2xx subgraph answer
  if (typeof status === 'number' && UNAVAILABLE_STATUSES.has(status)) return true;
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || isServerSqlState(e.code))) return true;
  // AbortSignal.timeout: a peer subgraph that did not answer in time.
  if (e.name === 'TimeoutError') return true;
  if (typeof e.message === 'string' && CONNECTION_MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
  const inner = [e.originalError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((wrapped) => isInfrastructureFailure(wrapped, depth + 1));
}

/** The coded error for an infrastructure failure; `service` names what could not be reached, when known. */
export function serviceUnavailable(message = said.unavailable(), service?: string) {
  return new DomainError(ErrorCode.SERVICE_UNAVAILABLE, message, { retryable: true, ...(service ? { service } : {}) });
}

/** `error` as the coded SERVICE_UNAVAILABLE when it is an infrastructure failure, else unchanged. */
export function asServiceUnavailable(error: unknown, service?: string): unknown {
  if (!isInfrastructureFailure(error)) return error;
  if (error instanceof GraphQLError && error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE) return error;
  return serviceUnavailable(
    service ? `${service} is unavailable for a moment (not a fault of the request); retry shortly.` : undefined,
    service,
  );
}

/** What a client receives for an infrastructure failure: no internals, a retryable code. */
export function unavailableResponse(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return {
    message: said.unavailable(),
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true },
  };
}

/**
 * What a peer subgraph's answer means for the lookup that asked it. An answer with errors is a
 * failed lookup, never "no such record": `_entities` puts a null where a reference could not be
 * resolved, and reading that null as "not found" is how a database outage once came back as
 * `INVALID_REFERENCE "No employee with id <the caller's own id> exists"`. Returns the error to
 * throw — SERVICE_UNAVAILABLE when the peer (or what it needs) is down or answered 502/503/504,
 * FORBIDDEN when it refused the caller, a plain error (an internal fault) when it failed on its
 * own — or undefined when the answer can be used.
 */
/** A peer's codes that are no verdict on the request: its own fault, or a refusal of our assertion. */
const OURS = new Set<string>([ErrorCode.INTERNAL, ErrorCode.UNAUTHENTICATED]);

export function peerFailure(
  subgraph: string,
  status: number,
  answer: { data?: unknown; errors?: readonly { message: string; extensions?: { code?: unknown } }[] } | undefined,
): Error | undefined {
  const errors = answer?.errors ?? [];
  if (UNAVAILABLE_STATUSES.has(status) || errors.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE))
    return serviceUnavailable(`${subgraph} is unavailable for a moment (not a fault of the request); retry shortly.`, subgraph);
  const forbidden = errors.find((error) => error.extensions?.code === ErrorCode.FORBIDDEN);
  if (forbidden) return new DomainError(ErrorCode.FORBIDDEN, forbidden.message);
  // A fault of the peer's own (a bug, logged there) fails the lookup too, and so does a refusal of
  // this subgraph's own assertion (UNAUTHENTICATED: our fault, not the caller's).
  const internal = errors.some((error) => !error.extensions?.code || OURS.has(String(error.extensions.code)));
  if (internal) return new Error(`${subgraph} answered (HTTP ${status}) errors: ${JSON.stringify(errors)}`);
  // The peer's verdict on what the caller sent (an id, a date, a range, a rule of its domain), passed
  // on with its code and message — never our internal error. With data, a verdict on one key
  // leaves its null, which is what "no such record" means for that key.
  if (!answer?.data) {
    const verdict = errors[0];
    return verdict
      ? new DomainError(String(verdict.extensions!.code), verdict.message, { peer: subgraph })
      : new Error(`${subgraph} answered HTTP ${status} without data`);
  }
  return undefined;
}

/**
 * HTTP 503 (and `Retry-After: 1`) when the whole request failed for an infrastructure fault:
 * nothing was answered and at least one error is SERVICE_UNAVAILABLE. Partial answers stay 200,
 * as GraphQL over HTTP wants: the data is there, the errors say what is missing and that it is
 * worth retrying.
 */
export const serviceUnavailablePlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (!errors?.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
        const answered = data && Object.values(data).some((value) => value !== null && value !== undefined);
        if (answered) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', '1');
      },
    };
  },
};
