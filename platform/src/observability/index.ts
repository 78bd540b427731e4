export * from './metrics.js';
export * from './observed.js';
export * from './request-id.js';
export * from './request-log.js';
export { flushTracing, serviceNameOf, tracingSettings, type TracingSettings } from './tracing.js';
export { outsideRequests, traceRequests, tracedPost } from './trace-context.js';
