import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGraphConfig, REQUEST_ID_HEADER, SUPERGRAPH_FILE, workspaceRoot } from '@kpi/platform';
import { OPERATION_LIMITS } from '@kpi/gateway';
import { CORS_RULES } from '@kpi/gateway/cors';
import { DEFAULT_GATEWAY_LIMITS, MAX_TOKENS } from '@kpi/gateway/limits';
import { CALLER_CONTEXT_KEY, COPROCESSOR_PORT } from '@kpi/gateway/router';
import { parse as parseYaml } from 'yaml';

/**
 * The Apollo Router configuration we ship (infra/router/router.yaml) against the graph it serves:
 * the files and ports it names exist and agree with the Node gateway's, and it sends the
 * coprocessor what the identity step needs. The router's own JSON schema is not on the npm
 * registry (the router prints it with `router config schema`), so it is not validated against it
 * here; docs/operations.md says which router version it was checked with.
 */
const root = workspaceRoot();
const raw = readFileSync(join(root, 'infra/router/router.yaml'), 'utf8');
/** The router's own `${env.…:-default}` expansion, with the environment empty: what the defaults say. */
const ENV_REFERENCE = /\$\{env\.([A-Z0-9_]+)(?::-([^}]*))?\}/g;
const config = parseYaml(raw.replace(ENV_REFERENCE, (_all, _name, fallback: string | undefined) => fallback ?? '')) as RouterYaml;

interface StageConf {
  headers?: boolean;
  body?: boolean;
  method?: boolean;
  path?: boolean;
  service_name?: boolean;
  context?: { selective?: string[] };
  condition?: unknown;
}
interface RouterYaml {
  supergraph: { listen: string; path: string; introspection: boolean };
  override_subgraph_url: Record<string, string>;
  coprocessor: {
    url: string;
    timeout: string;
    router: { request: StageConf };
    subgraph: { all: { request: StageConf; response: StageConf } };
  };
  cors: { methods: string[]; allow_headers: string[]; expose_headers: string[]; max_age: string; allow_credentials: boolean };
  limits: Record<string, number>;
  traffic_shaping: { all: { deduplicate_query: boolean } };
  headers: { all: { request: { propagate?: { named: string } }[] } };
  include_subgraph_errors: { all: boolean };
  health_check: { enabled: boolean; listen: string };
  telemetry: { exporters: { metrics: { prometheus: { enabled: boolean } }; tracing: { otlp: { enabled: boolean } } } };
}

/** The subgraphs the supergraph file names, with the URL written in it. */
const supergraphSubgraphs = () =>
  [...readFileSync(join(root, SUPERGRAPH_FILE), 'utf8').matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(
    ([, name, url]) => ({ name: name!, url: url! }),
  );

describe('the shipped Apollo Router configuration', () => {
  it('serves where the gateway serves, the supergraph file the docs name', () => {
    expect(SUPERGRAPH_FILE).toBe('schema/supergraph.graphql');
    expect(existsSync(join(root, SUPERGRAPH_FILE))).toBe(true);
    expect(raw).toContain(`--supergraph ${SUPERGRAPH_FILE}`);
    expect(config.supergraph.listen).toBe('127.0.0.1:4000');
    expect(config.supergraph.path).toBe('/graphql');
  });

  it('names every subgraph of the supergraph at the address the gateway would use, by the same variable', () => {
    const subgraphs = supergraphSubgraphs();
    expect(subgraphs.length).toBeGreaterThanOrEqual(5);
    const ports = new Map(loadGraphConfig().subgraphs.map((entry) => [entry.name, entry.port]));
    for (const { name, url } of subgraphs) {
      expect(config.override_subgraph_url[name]).toBe(url);
      expect(url).toBe(`http://localhost:${ports.get(name)}/graphql`);
      expect(raw).toContain(`\${env.${name.toUpperCase()}_URL:-${url}}`);
    }
    expect(Object.keys(config.override_subgraph_url).sort()).toEqual(subgraphs.map((s) => s.name).sort());
  });

  it('calls the coprocessor where it listens, with what each stage needs', () => {
    expect(new URL(config.coprocessor.url).port).toBe(String(COPROCESSOR_PORT));
    expect(new URL(config.coprocessor.url).hostname).toBe('127.0.0.1');
    expect(config.coprocessor.router.request).toMatchObject({ headers: true, body: true, method: true, path: true });
    const { request, response } = config.coprocessor.subgraph.all;
    expect(request).toMatchObject({ headers: true, body: true, service_name: true });
    expect(request.context?.selective).toEqual([CALLER_CONTEXT_KEY]);
    expect(response).toMatchObject({ headers: true, service_name: true });
    expect(response.condition).toEqual({ eq: [{ subgraph_name: true }, 'personnel'] });
    // The coprocessor allows personnel 5 s to answer at sign-in: the router waits longer than that.
    expect(Number(config.coprocessor.timeout.replace(/s$/, ''))).toBeGreaterThan(5);
  });

  it('limits operations and bodies as the gateway does', () => {
    expect(config.limits.max_depth).toBe(OPERATION_LIMITS.maxDepth.n);
    expect(config.limits.max_aliases).toBe(OPERATION_LIMITS.maxAliases.n);
    expect(config.limits.parser_max_tokens).toBe(MAX_TOKENS);
    expect(DEFAULT_GATEWAY_LIMITS.maxRequestBody).toBe('1mb');
    expect(config.limits.http_max_request_bytes).toBe(1024 * 1024);
  });

  it('answers browsers with the gateway’s CORS rules, without credentials', () => {
    expect(config.cors.methods).toEqual(CORS_RULES.methods);
    expect(config.cors.allow_headers).toEqual(CORS_RULES.allowedHeaders);
    expect(config.cors.expose_headers).toEqual(CORS_RULES.exposedHeaders);
    expect(config.cors.max_age).toBe(`${CORS_RULES.maxAgeSeconds}s`);
    expect(config.cors.allow_credentials).toBe(false);
  });

  it('never shares one caller’s subgraph answer with another, and passes on ids and errors', () => {
    expect(config.traffic_shaping.all.deduplicate_query).toBe(false);
    expect(config.headers.all.request).toContainEqual({ propagate: { named: REQUEST_ID_HEADER } });
    expect(config.include_subgraph_errors.all).toBe(true);
    expect(config.health_check).toMatchObject({ enabled: true, listen: '127.0.0.1:8088' });
    expect(config.telemetry.exporters.metrics.prometheus.enabled).toBe(true);
    expect(config.telemetry.exporters.tracing.otlp.enabled).toBe(false);
  });

  it('reads only environment variables the README lists', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('## Configuration: every environment variable');
    const table = readme.slice(start, readme.indexOf('\n## ', start + 10));
    const names = [...raw.matchAll(ENV_REFERENCE)].map(([, name]) => name!);
    expect(names.length).toBeGreaterThan(5);
    const unlisted = names.filter((name) => !table.includes(`\`${name}\``) && !/^[A-Z]+_URL$/.test(name));
    expect(unlisted).toEqual([]);
  });
});
