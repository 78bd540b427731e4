import { createHash } from 'node:crypto';
import { sendError, type Logger } from '@kpi/platform';
import type { RequestHandler } from 'express';
import type { KnownCaller } from './access.js';
import { said } from './messages.js';

interface OperationRequest {
  query?: unknown;
  operationName?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

const idOf = (document: string) => createHash('sha256').update(document).digest('hex');

/**
 * Persisted operations: a client restricted to a safelist (registered in personnel) may send only
 * those operations — their full text, or just their id as Apollo's persisted queries do
 * (`extensions.persistedQuery.sha256Hash`, the text then filled in here); anything else is refused
 * before it is planned, 403 OPERATION_NOT_SAFELISTED. Runs after the body is parsed.
 */
export function safelistGate(): RequestHandler {
  return (req, res, next) => {
    const safelist = (res.locals.caller as KnownCaller | undefined)?.safelist;
    if (!safelist) return next();
    const operation = (req.method === 'GET' ? req.query : req.body) as OperationRequest;
    const hash = operation.extensions?.persistedQuery?.sha256Hash;
    if (operation.query === undefined && typeof hash === 'string' && safelist.has(hash)) {
      operation.query = safelist.get(hash);
      return next();
    }
    if (typeof operation.query === 'string' && safelist.has(idOf(operation.query))) return next();
    sendError(res, 'OPERATION_NOT_SAFELISTED', said.notSafelisted());
  };
}

/**
 * Each integration client's own audit trail of calls: one `client call` line per request in the
 * gateway's log (JSON, pino), with the client, the operation (name and id), the HTTP status and the
 * time taken — what an operator greps, or ships to the province's log store, to see what a system did.
 */
export function clientAudit(logger: Logger): RequestHandler {
  const audit = logger.child({ audit: 'client' });
  return (req, res, next) => {
    const caller = res.locals.caller as KnownCaller | undefined;
    if (caller?.identity.kind !== 'client') return next();
    const started = performance.now();
    res.on('finish', () => {
      const operation = (req.method === 'GET' ? req.query : req.body) as OperationRequest | undefined;
      audit.info(
        {
          client: caller.identity.subject,
          operationName: typeof operation?.operationName === 'string' ? operation.operationName : null,
          operationId: typeof operation?.query === 'string' ? idOf(operation.query) : null,
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'client call',
      );
    });
    next();
  };
}
