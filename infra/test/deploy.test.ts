import { describe, expect, it } from '@jest/globals';
import { loadGraphConfig, workspaceRoot } from '@kpi/platform';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1';
import { ConfigMap, Namespace, Service as CoreService } from 'kubernetes-models/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { parseAllDocuments } from 'yaml';
import { TRACING_PRELOAD } from '../src/supervisor.js';

/**
 * The deployment files, checked offline in every test run (no cluster): every Kubernetes object
 * against the API's own schema (kubernetes-models), the kustomizations' references, and what the
 * graph needs of them — one Deployment and Service per subgraph of schema/subgraphs.json with its
 * entry and port, probes on the health endpoints, resources, non-root, and network policies that
 * let only the gateway (and peers) reach a subgraph. A subgraph added without its manifests fails.
 */
const root = workspaceRoot();
const KUBERNETES = join(root, 'infra/deploy/kubernetes');
const MODELS: Record<string, { validate(): void } & (new (data: never) => { validate(): void })> = {
  'apps/v1/Deployment': Deployment as never,
  'v1/Service': CoreService as never,
  'v1/ConfigMap': ConfigMap as never,
  'v1/Namespace': Namespace as never,
  'batch/v1/Job': Job as never,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler as never,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy as never,
};

type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: unknown;
  data?: Record<string, string>;
};
const documentsOf = (file: string) => parseAllDocuments(readFileSync(file, 'utf8')).map((doc) => doc.toJS() as K8sObject);

function kustomization(folder: string) {
  return documentsOf(join(folder, 'kustomization.yaml'))[0] as unknown as {
    resources: string[];
    patches?: { target: { kind: string; name: string } }[];
  };
}

/** Every object a kustomization brings in, following its resources down to the base. */
function objectsOf(folder: string): K8sObject[] {
  return kustomization(folder).resources.flatMap((resource) => {
    const path = join(folder, resource);
    return existsSync(join(path, 'kustomization.yaml')) ? objectsOf(path) : documentsOf(path);
  });
}

const base = objectsOf(join(KUBERNETES, 'base'));
const overlays = readdirSync(join(KUBERNETES, 'overlays')).map((name) => join(KUBERNETES, 'overlays', name));
const ofKind = <T>(kind: string) => base.filter((o) => o.kind === kind) as unknown as T[];
interface Container {
  args: string[];
  ports: { containerPort: number }[];
  startupProbe?: { httpGet: { path: string } };
  livenessProbe?: { httpGet: { path: string } };
  readinessProbe?: { httpGet: { path: string } };
  resources: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { allowPrivilegeEscalation?: boolean; capabilities?: { drop?: string[] } };
}
interface DeploymentObject extends K8sObject {
  spec: {
    template: {
      metadata: { labels: Record<string, string> };
      spec: { securityContext?: { runAsNonRoot?: boolean }; containers: Container[] };
    };
  };
}

describe('the Kubernetes manifests', () => {
  it('are valid objects of the Kubernetes API, every file the kustomizations name exists', () => {
    for (const folder of [join(KUBERNETES, 'base'), ...overlays]) {
      for (const resource of kustomization(folder).resources) expect(existsSync(join(folder, resource))).toBe(true);
      for (const object of objectsOf(folder)) {
        const Model = MODELS[`${object.apiVersion}/${object.kind}`];
        expect([`${object.apiVersion}/${object.kind}`, Boolean(Model)]).toEqual([`${object.apiVersion}/${object.kind}`, true]);
        expect(() => new Model!(object as never).validate()).not.toThrow();
      }
    }
    // The schema check itself bites: a replica count that is not a number is refused.
    const [gateway] = documentsOf(join(KUBERNETES, 'base/gateway.yaml')) as unknown as { spec: Record<string, unknown> }[];
    expect(() => new Deployment({ ...gateway!, spec: { ...gateway!.spec, replicas: 'two' } } as never).validate()).toThrow();
  });

  it('patch only what the base has', () => {
    for (const folder of overlays)
      for (const { target } of kustomization(folder).patches ?? [])
        expect(base.some((o) => o.kind === target.kind && o.metadata.name === target.name)).toBe(true);
  });

  it('run every subgraph of the graph and the gateway with its entry script and port, and a Service each', () => {
    const deployments = ofKind<DeploymentObject>('Deployment');
    const services = ofKind<K8sObject & { spec: { ports: { port: number }[] } }>('Service');
    const config = ofKind<K8sObject>('ConfigMap').find((c) => c.metadata.name === 'kpi-config')!;
    const wanted = [
      ...loadGraphConfig()
        .subgraphs.filter((entry) => entry.module)
        .map((entry) => ({ name: entry.name, entry: entry.entry!, port: entry.port! })),
      { name: 'gateway', entry: 'gateway/src/index.ts', port: 4000 },
    ];
    for (const { name, entry, port } of wanted) {
      const deployment = deployments.find((d) => d.metadata.name === name);
      expect([name, Boolean(deployment)]).toEqual([name, true]);
      const container = deployment!.spec.template.spec.containers[0]!;
      expect(container.args).toEqual([entry]);
      expect(existsSync(join(root, entry))).toBe(true);
      expect(container.ports[0]!.containerPort).toBe(port);
      expect(services.find((s) => s.metadata.name === name)?.spec.ports[0]!.port).toBe(port);
      if (name !== 'gateway') expect(config.data![`${name.toUpperCase()}_URL`]).toBe(`http://${name}:${port}/graphql`);
    }
  });

  it('give every container its probes, resources and no privileges', () => {
    for (const deployment of ofKind<DeploymentObject>('Deployment')) {
      const pod = deployment.spec.template.spec;
      expect(pod.securityContext?.runAsNonRoot).toBe(true);
      for (const container of pod.containers) {
        expect(container.startupProbe?.httpGet.path).toBe('/health/live');
        expect(container.livenessProbe?.httpGet.path).toBe('/health/live');
        expect(container.readinessProbe?.httpGet.path).toBe('/health/ready');
        expect(Object.keys(container.resources.requests ?? {}).sort()).toEqual(['cpu', 'memory']);
        expect(container.resources.limits?.memory).toBeTruthy();
        expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
      }
    }
  });

  it('let only the gateway and the subgraphs themselves reach a subgraph, and run migrations as a Job', () => {
    const policies = ofKind<K8sObject & { spec: { podSelector: { matchLabels?: Record<string, string> } } }>('NetworkPolicy');
    expect(policies.find((p) => p.metadata.name === 'default-deny-ingress')?.spec.podSelector).toEqual({});
    const guarded = policies.find((p) => p.spec.podSelector.matchLabels?.['app.kubernetes.io/component'] === 'subgraph');
    expect(guarded).toBeTruthy();
    for (const deployment of ofKind<DeploymentObject>('Deployment').filter((d) => d.metadata.name !== 'gateway'))
      expect(deployment.spec.template.metadata.labels['app.kubernetes.io/component']).toBe('subgraph');
    const job = ofKind<K8sObject & { spec: { template: { spec: { containers: { args: string[] }[] } } } }>('Job')[0]!;
    expect(job.spec.template.spec.containers[0]!.args).toEqual(['infra/src/migrate.ts']);
  });
});

describe('the one-host install (compose) and the image', () => {
  it('runs every subgraph and the gateway after the migrations, on PostgreSQL 16 or 17', () => {
    const compose = documentsOf(join(root, 'infra/deploy/compose.yaml'))[0] as unknown as {
      services: Record<string, { image?: string; command?: string[] }>;
    };
    expect(compose.services.postgres!.image).toMatch(/^postgres:1[67]/);
    expect(compose.services.migrate!.command).toEqual(['infra/src/migrate.ts']);
    for (const entry of loadGraphConfig().subgraphs.filter((e) => e.module))
      expect(compose.services[entry.name]?.command).toEqual([entry.entry]);
    for (const service of Object.values(compose.services))
      for (const script of service.command ?? []) expect(existsSync(join(root, script))).toBe(true);
  });

  it('builds one multi-stage image that runs as a non-root user', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runtime).toMatch(/^USER node$/m);
    // Every container starts as the supervisor starts a service: swc, then the tracing preload.
    const entrypoint = JSON.parse(/^ENTRYPOINT (.*)$/m.exec(runtime)![1]!) as string[];
    expect(entrypoint).toEqual(['node', '--import', '@swc-node/register/esm-register', '--import', TRACING_PRELOAD]);
    expect(existsSync(join(root, TRACING_PRELOAD))).toBe(true);
    expect(existsSync(join(dirname(join(root, 'Dockerfile')), '.dockerignore'))).toBe(true);
  });
});

describe('the Grafana dashboard', () => {
  it('charts only metrics the services serve', () => {
    const dashboard = JSON.parse(readFileSync(join(root, 'infra/deploy/grafana/kpi-graph.json'), 'utf8')) as {
      panels: { title: string; targets: { expr: string }[] }[];
    };
    // The graph's own metrics, as their code names them, and prom-client's process metrics.
    const served = new Set(['nodejs_eventloop_lag_seconds', 'process_resident_memory_bytes']);
    const sources = [
      'platform/src/observability/metrics.ts',
      'gateway/src/server.ts',
      'subgraphs/diary/src/metrics.ts',
      'platform/src/server/subgraph-server.ts',
    ];
    for (const file of sources)
      for (const match of readFileSync(join(root, file), 'utf8').matchAll(/['"](kpi_[a-z_]+)['"]/g)) served.add(match[1]!);
    expect(dashboard.panels.length).toBeGreaterThanOrEqual(10);
    for (const panel of dashboard.panels)
      for (const { expr } of panel.targets) {
        const metrics = [...expr.matchAll(/\b((?:kpi|nodejs|process)_[a-z_]+?)(?:_bucket|_count|_sum)?\b(?=[{[)\s]|$)/g)].map((m) => m[1]!);
        expect([panel.title, metrics.length > 0]).toEqual([panel.title, true]);
        for (const metric of metrics) expect([panel.title, metric, served.has(metric)]).toEqual([panel.title, metric, true]);
      }
  });
});
