import { register } from 'node:module';
import type { IncomingMessage } from 'node:http';
import { createAddHookMessageChannel } from 'import-in-the-middle';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { onTracingFlush, type TracingSettings } from './tracing.js';

/**
 * Starts OpenTelemetry's Node SDK for one service, before its code is loaded (the preload calls
 * it): traces only, exported by OTLP to the configured endpoint, W3C `traceparent` carried on
 * every fetch so a trace runs gateway → subgraph → peer subgraph → SQL.
 *
 * Four instrumentations, chosen rather than all of them (each costs CPU on every request and adds
 * spans to read):
 * - http: the server span of each request (health checks and scrapes left out); outgoing calls
 *   all go through fetch, so the http client side is off.
 * - undici: the gateway's subgraph fetches and the subgraphs' peer calls (both fetch), which is
 *   where `traceparent` is sent.
 * - graphql: parse, validate, execute — not a span per field resolver, which would multiply the
 *   spans of a page of 100 people by its fields. The gateway adds its own (Apollo Gateway's
 *   gateway.request / plan / fetch spans), since it speaks the OpenTelemetry API itself.
 * - pg: one span per SQL statement, only inside a request (no pool housekeeping, no span per
 *   connection checkout), without the values bound to it (`enhancedDatabaseReporting` off: they may be personal data).
 * No header is recorded (the token, the identity assertion stay out of the spans).
 */
export async function startTracing(settings: TracingSettings): Promise<void> {
  // OTLP metrics and logs are not used (metrics are Prometheus's, logs are pino's): the SDK
  // would otherwise start both by default and send them to the same endpoint.
  process.env.OTEL_METRICS_EXPORTER ??= 'none';
  process.env.OTEL_LOGS_EXPORTER ??= 'none';

  // ESM modules are patched through import-in-the-middle's loader hook, told only the modules
  // the instrumentations ask for (graphql, pg, http…) so that every other import, the
  // TypeScript sources above all, goes by untouched.
  const { registerOptions, waitForAllMessagesAcknowledged } = createAddHookMessageChannel();
  register('import-in-the-middle/hook.mjs', import.meta.url, registerOptions);

  const sdk = new NodeSDK({
    serviceName: settings.serviceName,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) => isHousekeeping(request.url),
        disableOutgoingRequestInstrumentation: true,
      }),
      new UndiciInstrumentation(),
      new GraphQLInstrumentation({ ignoreResolveSpans: true, mergeItems: true }),
      new PgInstrumentation({ requireParentSpan: true, ignoreConnectSpans: true, enhancedDatabaseReporting: false }),
    ],
  });
  sdk.start();
  onTracingFlush(() => sdk.shutdown());
  await waitForAllMessagesAcknowledged();
}

/** Health probes and Prometheus scrapes: every few seconds, never part of a user's request. */
const isHousekeeping = (url: string | undefined) => url === '/metrics' || Boolean(url?.startsWith('/health/'));
