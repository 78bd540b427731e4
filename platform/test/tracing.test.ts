import { describe, expect, it } from '@jest/globals';
import { serviceNameOf, tracingSettings } from '../src/observability/tracing.js';

describe('whether a service traces', () => {
  const diary = '/app/subgraphs/diary/src/index.ts';

  it('is off without an OTLP endpoint, or an empty one (compose passes its unset variable as empty)', () => {
    expect(tracingSettings({}, diary)).toBeUndefined();
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: '', OTEL_SERVICE_NAME: 'diary' }, diary)).toBeUndefined();
  });

  it('is on with the general or the traces endpoint, and off again with OTEL_SDK_DISABLED', () => {
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://jaeger:4318' }, diary)).toEqual({ serviceName: 'diary' });
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://tempo:4318/v1/traces' }, diary)).toEqual({ serviceName: 'diary' });
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://jaeger:4318', OTEL_SDK_DISABLED: 'TRUE' }, diary)).toBeUndefined();
  });

  it('names the service by OTEL_SERVICE_NAME, else by its entry script', () => {
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x:4318', OTEL_SERVICE_NAME: 'diary-eu' }, diary)).toEqual({
      serviceName: 'diary-eu',
    });
    expect(serviceNameOf('gateway/src/index.ts')).toBe('gateway');
    expect(serviceNameOf('/app/subgraphs/scoring/src/index.ts')).toBe('scoring');
    expect(serviceNameOf('/app/infra/src/migrate.ts')).toBe('migrate');
    expect(serviceNameOf(undefined)).toBe('kpi-graph');
  });
});
