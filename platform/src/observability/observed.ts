import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { Response } from 'express';
import type { Span } from '@opentelemetry/api';
import { nameOperation } from './trace-context.js';

/**
 * What one request did, as the access log and the metrics report it: filled by the GraphQL layer
 * (operation, error codes) and the caller gate (who is asking, in a word), read when the response
 * is finished. Kept in `res.locals` — one per request, no global state.
 */
export interface Observed {
  operation?: string;
  /** person, client, service — never who, never the token. */
  caller?: string;
  codes: string[];
  /** The request's trace (W3C trace id) when tracing is on, for the log line. */
  traceId?: string;
  /** The request's server span, when traced: the operation is named on it. */
  span?: Span;
}

export function observedOf(res: Response): Observed {
  return ((res.locals.observed as Observed | undefined) ??= { codes: [] });
}

/** The operation as a metric label: a client names it, so an unbounded set of names is cut short. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
export function operationLabel(name: string | null | undefined, known: Set<string>, limit = 300): string {
  if (!name) return 'anonymous';
  if (!NAME.test(name)) return 'other';
  if (known.has(name)) return name;
  if (known.size >= limit) return 'other';
  known.add(name);
  return name;
}

/** Records the operation's name and its errors' codes on the request, for the log line and the metrics. */
export function observeResponse(observed: Observed | undefined, context: GraphQLRequestContextWillSendResponse<object>) {
  if (!observed) return;
  observed.operation = context.operationName ?? context.operation?.name?.value ?? observed.operation;
  nameOperation(observed.span, { type: context.operation?.operation, name: observed.operation });
  const body = context.response.body;
  const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
  for (const error of errors) observed.codes.push(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
}
