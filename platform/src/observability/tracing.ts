/**
 * Whether this process traces, and as which service. Tracing is off unless an OTLP endpoint is
 * configured (the standard `OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`),
 * and `OTEL_SDK_DISABLED=true` turns it off again. Kept free of imports: the preload reads it in
 * every service at start, and a graph without tracing must pay nothing for it.
 */
export interface TracingSettings {
  /** `service.name` of every span: the gateway, or a subgraph's name. */
  serviceName: string;
}

type Env = Record<string, string | undefined>;

export function tracingSettings(env: Env, entryScript: string | undefined): TracingSettings | undefined {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint || env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return undefined;
  return { serviceName: env.OTEL_SERVICE_NAME || serviceNameOf(entryScript) };
}

/**
 * The service an entry script starts, when no `OTEL_SERVICE_NAME` says: `subgraphs/diary/src/index.ts`
 * is the diary, `gateway/src/index.ts` the gateway, `infra/src/migrate.ts` migrate — so the image's containers, which differ only
 * by that script, need no setting of their own to be told apart in a trace.
 */
export function serviceNameOf(entryScript: string | undefined): string {
  const parts = (entryScript ?? '').split(/[\\/]/);
  const src = parts.lastIndexOf('src');
  const folder = src > 0 ? parts[src - 1] : undefined;
  // infra/src holds several programs (the migration Job's migrate.ts, the identity provider): the file names it.
  if (folder === 'infra') return parts.at(-1)!.replace(/\.[mc]?[jt]s$/, '');
  return folder || 'kpi-graph';
}

/** Set by the preload when tracing is on: sends the spans still queued before the process exits. */
const FLUSH = Symbol.for('kpi.tracing.flush');
type WithFlush = typeof globalThis & { [FLUSH]?: () => Promise<void> };

export function onTracingFlush(flush: () => Promise<void>) {
  (globalThis as WithFlush)[FLUSH] = flush;
}

/** Exports the spans still queued (a no-op when tracing is off); a stopping service awaits it before exiting. */
export async function flushTracing(): Promise<void> {
  await (globalThis as WithFlush)[FLUSH]?.().catch(() => {});
}
