import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The request id: made by the gateway for every request (or taken from a proxy in front of it),
 * sent to every subgraph fetch and peer call, and on every log line of the request, so one id
 * finds a request's whole path across the services.
 */
export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's id is kept only when it looks like one (a proxy's or the gateway's); anything else is replaced. */
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && WELL_FORMED.test(given) ? given : randomUUID();
}
