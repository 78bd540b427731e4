import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Response } from 'express';
import { trace } from '@opentelemetry/api';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger.js';
import { observedOf } from './observed.js';
import { REQUEST_ID_HEADER, requestIdOf } from './request-id.js';

/**
 * The access log (pino-http): one line per request with its id, method and path, the operation,
 * the caller's kind, the status, the duration and the errors' codes. Headers are not logged — not
 * the token, not the identity assertion, not cookies — nor bodies. Health checks and scrapes are
 * left out (they would drown the rest). The id comes from the `x-request-id` header when a
 * well-formed one is given (the gateway's, to a subgraph), else is made here, and is sent back.
 * When tracing is on, the line also carries the request's trace id, and the trace its request id:
 * a log line leads to its trace, and a trace to its log lines.
 */
const pathOf = (req: IncomingMessage) => (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url;

/** The operation, the caller's kind, the errors' codes and the trace, as far as the request got. */
function observedProps(res: ServerResponse) {
  const observed = observedOf(res as unknown as Response);
  return {
    ...(observed.operation ? { operation: observed.operation } : {}),
    ...(observed.caller ? { caller: observed.caller } : {}),
    ...(observed.codes.length ? { codes: [...new Set(observed.codes)] } : {}),
    ...(observed.traceId ? { traceId: observed.traceId } : {}),
  };
}

export function requestLog(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestIdOf(req);
      res.setHeader(REQUEST_ID_HEADER, id);
      // The request's server span is current here (traceRequests opened it); none when tracing is off.
      const span = trace.getActiveSpan();
      // Only a request the sampler kept leads to a trace: one left out has a trace id that names nothing.
      if (span?.isRecording()) {
        span.setAttribute('kpi.request_id', id);
        const observed = observedOf(res as unknown as Response);
        observed.traceId = span.spanContext().traceId;
        observed.span = span;
      }
      return id;
    },
    autoLogging: { ignore: (req) => req.url === '/metrics' || Boolean(req.url?.startsWith('/health/')) },
    serializers: {
      req: (req: { id: unknown; method: string; url: string; originalUrl?: string }) => ({
        id: req.id,
        method: req.method,
        url: req.originalUrl ?? req.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // What the request turned out to be goes into its line itself: as `customProps` it made two
    // more child loggers a request (one at its start, when nothing is known yet).
    customSuccessObject: (_req, res, line: object) => ({ ...line, ...observedProps(res) }),
    customErrorObject: (_req, res, _error, line: object) => ({ ...line, ...observedProps(res) }),
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    // Express rewrites `url` inside a mounted router (`/graphql` becomes `/`): the path as sent is `originalUrl`.
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
  });
}
