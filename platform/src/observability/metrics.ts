import type { Request, RequestHandler, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { observedOf, operationLabel } from './observed.js';

/**
 * One service's Prometheus metrics (prom-client, the field's standard), served at `/metrics`:
 * the process (CPU, memory, event-loop lag, GC: prom-client's defaults), and for every HTTP
 * request its operation, status and duration, and the codes of its errors. A subgraph adds its
 * database pool and its own domain gauges; the gateway its fetches to the subgraphs.
 */
export interface ServiceMetrics {
  registry: Registry;
  /** Operation names seen (bounded: see operationLabel). */
  operations: Set<string>;
  requests: Counter<'operation' | 'status'>;
  duration: Histogram<'operation'>;
  errors: Counter<'code'>;
}

/** Seconds: a request of the graph takes from a millisecond (a cached read) to ~30 s (a province month). */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

export function createServiceMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  return {
    registry,
    operations: new Set(),
    requests: new Counter({
      name: 'kpi_graphql_requests_total',
      help: 'GraphQL requests answered, by operation name and HTTP status',
      labelNames: ['operation', 'status'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'kpi_graphql_request_duration_seconds',
      help: 'Time from the request’s arrival to its last byte, by operation name',
      labelNames: ['operation'],
      buckets: DURATION_BUCKETS,
      registers: [registry],
    }),
    errors: new Counter({
      name: 'kpi_graphql_errors_total',
      help: 'GraphQL errors answered, by extensions.code',
      labelNames: ['code'],
      registers: [registry],
    }),
  };
}

/** Counts and times every GraphQL request when its response is finished. */
export function requestMetrics(metrics: ServiceMetrics): RequestHandler {
  return (_req: Request, res: Response, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const observed = observedOf(res);
      const operation = operationLabel(observed.operation, metrics.operations);
      metrics.requests.inc({ operation, status: String(res.statusCode) });
      metrics.duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
      for (const code of observed.codes) metrics.errors.inc({ code });
    });
    next();
  };
}

/** `GET /metrics` in Prometheus's text format. */
export function metricsEndpoint(metrics: ServiceMetrics): RequestHandler {
  return async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

/** A gauge whose value is read when Prometheus scrapes (a count in the database, a pool's size). */
export function scrapedGauge(
  metrics: ServiceMetrics,
  name: string,
  help: string,
  read: () => Promise<number | Record<string, number>>,
  labelName = 'state',
) {
  return new Gauge({
    name,
    help,
    labelNames: [labelName],
    registers: [metrics.registry],
    async collect() {
      try {
        const value = await read();
        if (typeof value === 'number') this.set(value);
        else for (const [label, n] of Object.entries(value)) this.set({ [labelName]: label }, n);
      } catch {
        // A database that cannot be read now leaves the last value; its own metrics say why.
      }
    },
  });
}
