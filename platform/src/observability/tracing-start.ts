import { register } from 'node:module';
import { createAddHookMessageChannel } from 'import-in-the-middle';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { onTracingFlush, type TracingSettings } from './tracing.js';

/**
 * Starts OpenTelemetry's Node SDK for one service, before its code is loaded (the preload calls
 * it): traces only, exported by OTLP to the configured endpoint, W3C `traceparent` carried on
 * every fetch so a trace runs gateway → subgraph → peer subgraph → SQL.
 *
 * One instrumentation of OpenTelemetry's, pg: a span per SQL statement, only inside a request
 * (no pool housekeeping, no span per connection checkout), without the values bound to it
 * (`enhancedDatabaseReporting` off: they may be personal data). Each request served and each call
 * to another service of the graph is a span of our own (trace-context.ts), which replaced the
 * http and undici instrumentations at a fraction of their cost; the GraphQL operation is named on
 * the request's span, and the gateway adds Apollo Gateway's own spans (request, validate, plan,
 * execute, fetch per subgraph), since it speaks the OpenTelemetry API itself. The GraphQL
 * instrumentation (parse, validate, execute spans) was left out too: it cost 18 % more CPU per
 * request, most of it printing each document into its spans, sampled or not — all measured with
 * `pnpm bench:tracing`, each left out in turn. `OTEL_NODE_DISABLED_INSTRUMENTATIONS=pg` leaves it
 * out, as with OpenTelemetry's auto-instrumentations.
 * No header is recorded (the token, the identity assertion stay out of the spans).
 */
export async function startTracing(settings: TracingSettings): Promise<void> {
  // OTLP metrics and logs are not used (metrics are Prometheus's, logs are pino's): the SDK
  // would otherwise start both by default and send them to the same endpoint.
  process.env.OTEL_METRICS_EXPORTER ??= 'none';
  process.env.OTEL_LOGS_EXPORTER ??= 'none';
  // One request in ten is traced unless told otherwise (the standard OTEL_TRACES_SAMPLER): every
  // request traced cost 19 % of the gateway benchmark's throughput, one in ten 1 % (bench:tracing).
  // Subgraphs follow the gateway's decision (parent-based), so a trace is whole or absent.
  if (!process.env.OTEL_TRACES_SAMPLER) {
    process.env.OTEL_TRACES_SAMPLER = 'parentbased_traceidratio';
    process.env.OTEL_TRACES_SAMPLER_ARG ??= '0.1';
  }

  // ESM modules are patched through import-in-the-middle's loader hook, told only the modules
  // the instrumentation asks for (pg) so that every other import, the
  // TypeScript sources above all, goes by untouched.
  const { registerOptions, waitForAllMessagesAcknowledged } = createAddHookMessageChannel();
  register('import-in-the-middle/hook.mjs', import.meta.url, registerOptions);

  const instrumentations = {
    pg: () => new PgInstrumentation({ requireParentSpan: true, ignoreConnectSpans: true, enhancedDatabaseReporting: false }),
  };
  const disabled = new Set((process.env.OTEL_NODE_DISABLED_INSTRUMENTATIONS ?? '').split(',').map((name) => name.trim()));
  const sdk = new NodeSDK({
    serviceName: settings.serviceName,
    instrumentations: Object.entries(instrumentations)
      .filter(([name]) => !disabled.has(name))
      .map(([, create]) => create()),
  });
  sdk.start();
  onTracingFlush(() => sdk.shutdown());
  await waitForAllMessagesAcknowledged();
}
