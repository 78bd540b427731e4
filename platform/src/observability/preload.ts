/**
 * Loaded by every service before its own code (`node --import …/preload.ts <entry>`: the
 * supervisor of `pnpm start`, the image's entrypoint): starts tracing when it is configured, so
 * the instrumented modules (http, graphql, pg) are patched as they load. Without an OTLP
 * endpoint it stops at one check — no OpenTelemetry module is even loaded.
 */
import { tracingSettings } from './tracing.js';

const settings = tracingSettings(process.env, process.argv[1]);
if (settings) {
  const { startTracing } = await import('./tracing-start.js');
  await startTracing(settings);
}
