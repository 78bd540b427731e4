import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';

/**
 * Each request a service serves, and its calls to the graph's other services, as spans of one
 * trace: a SERVER span continuing the caller's W3C `traceparent`, CLIENT spans that carry it on. (gateway → subgraph, subgraph → peer, the gateway's
 * look-up of a caller at personnel) as CLIENT spans that carry W3C `traceparent` to the other
 * side, so one request is one trace across services.
 *
 * Written here with the OpenTelemetry API rather than by the http and undici instrumentations:
 * measured with `pnpm bench:tracing` (each left out in turn), they cost 7 % and 13 % more CPU per
 * request across the graph, most of it in attributes worked out for every request, kept by the
 * sampler or not; here a span the sampler leaves out costs the decision and nothing more. Without
 * the SDK (tracing off) every call below is the API's no-op.
 */
const tracer = trace.getTracer('kpi-graph');

/**
 * Sends one POST to another service of the graph inside a CLIENT span named after it: the span
 * records the address, the status and a failure; the request carries the span's context.
 */
export function tracedPost<R extends { status: number }>(
  service: string,
  url: string,
  headers: Record<string, string>,
  send: (headers: Record<string, string>) => Promise<R>,
): Promise<R> {
  return tracer.startActiveSpan(`POST ${service}`, { kind: SpanKind.CLIENT }, async (span: Span) => {
    // Attributes only for a span that is kept: a request left out by the sampler pays nothing more.
    if (span.isRecording()) {
      const target = new URL(url);
      span.setAttributes({
        'http.request.method': 'POST',
        'server.address': target.hostname,
        'server.port': Number(target.port || (target.protocol === 'https:' ? 443 : 80)),
        'url.full': `${target.origin}${target.pathname}`,
        'peer.service': service,
      });
    }
    const carried = { ...headers };
    propagation.inject(context.active(), carried);
    try {
      const response = await send(carried);
      span.setAttribute('http.response.status_code', response.status);
      if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      return response;
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * Starts `start` outside any request's trace. A timer begun while a request is served — a cache's
 * watch, started by the first request that needs it — keeps that request's context for every later
 * round (Node carries it into the timer), and each round's calls would join that one trace for as
 * long as the process runs. Whatever runs on its own clock starts here: each round is a trace of
 * its own.
 */
export const outsideRequests = <T>(start: () => T): T => context.with(ROOT_CONTEXT, start);

/** Health probes and Prometheus scrapes: every few seconds, never part of a user's request. */
export const isHousekeeping = (url: string | undefined) => url === '/metrics' || Boolean(url?.startsWith('/health/'));

/**
 * Express middleware, first of all: the request's SERVER span, continuing the caller's trace when
 * a `traceparent` came with it, current for everything the request does — its GraphQL execution,
 * its SQL (the pg instrumentation's spans), its calls to peers (the tracing test checks that they
 * all descend from it). Unlike the http instrumentation, the request and response emitters are
 * not bound to the context: Node 24 carries it through the promises the body is read by, and
 * binding every listener was most of that instrumentation's cost. Ended when the response is
 * finished or the connection is lost. No header is recorded.
 */
export function traceRequests() {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (isHousekeeping(req.url)) return next();
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const path = (req.url ?? '/').split('?')[0]!;
    const span = tracer.startSpan(`${req.method} ${path}`, { kind: SpanKind.SERVER }, parent);
    if (span.isRecording())
      span.setAttributes({
        'http.request.method': req.method ?? 'GET',
        'url.path': path,
        'url.scheme': 'http',
        'server.port': req.socket.localPort ?? 0,
        'network.peer.address': req.socket.remoteAddress ?? '',
      });
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
    res.once('finish', end);
    res.once('close', end);
    const current = trace.setSpan(parent, span);
    context.with(current, next);
  };
}

/**
 * Names the GraphQL operation on the request's server span: what the GraphQL instrumentation's
 * `execute` span said, kept on the one span every service has (that instrumentation, by
 * printing each document for its spans, cost 18 % more CPU per request across the graph).
 */
export function nameOperation(span: Span | undefined, operation: { type?: string; name?: string | null }) {
  if (!span?.isRecording()) return;
  if (operation.type) span.setAttribute('graphql.operation.type', operation.type);
  if (operation.name) span.setAttribute('graphql.operation.name', operation.name);
}
