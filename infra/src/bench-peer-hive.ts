/**
 * Hive Gateway as `pnpm bench:gateway` runs it beside ours (started by bench-peers.ts, one process):
 * the real hive-gateway command line, installed in the peers folder, serving the graph's supergraph
 * with Hive's defaults, and with the graph's identity hop done with the graph's own code — so the
 * subgraphs accept it, and so that it costs Hive what it costs ours:
 *  - the caller's bearer token verified once per client request (the gateway's Issuers);
 *  - the person's access read from personnel and kept per session (the gateway's AccessDirectory);
 *  - every subgraph fetch carrying its own assertion, signed for that subgraph and that body.
 * One default is turned off: Hive answers identical in-flight subgraph requests once, keyed before
 * the assertion is added, which would hand one person's `me` to another; ours never does.
 * Argument: a JSON file (HivePeerConfig).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IDENTITY_HEADER, loadKeyRing, signGatewayAssertion, type Identity } from '@kpi/platform';
import { accessDirectory, subgraphAgent } from '@kpi/gateway';
import { Issuers } from '@kpi/gateway/issuers';
import { calculateJwkThumbprint, exportJWK } from 'jose';
import type { HivePeerConfig } from './bench-peers.js';

const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as HivePeerConfig;
const keys = await loadKeyRing(config.keysDir);
const { kty, crv, x } = await exportJWK(keys.gateway.publicKey);
const gatewayKeyId = await calculateJwkThumbprint({ kty, crv, x });
const gatewayKey = keys.gateway.privateKey!;
const issuers = new Issuers(keys.issuer.publicKey, []);
const access = accessDirectory({ subgraphUrls: config.subgraphUrls, gatewayPrivateKey: gatewayKey }, subgraphAgent(), gatewayKeyId);
const subgraphOf = new Map(Object.entries(config.subgraphUrls).map(([name, url]) => [url, name]));

async function identityOf(authorization: string | null): Promise<Identity | null> {
  if (!authorization) return null;
  const [scheme, token] = authorization.split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) throw new Error('a bearer token only');
  const principal = await issuers.verify(token);
  if (principal.kind !== 'person') throw new Error('this bench signs people in only');
  return access.identityOf({ session: token, employee: principal.employee });
}

/** The client request's identity, found once however many subgraph fetches its plan makes. */
const identities = new WeakMap<Request, Promise<Identity | null>>();

interface FetchHook {
  url: string;
  options: { body?: unknown; headers?: unknown };
  setOptions(options: object): void;
  context: { request: Request };
}

const identityHop = {
  onFetch({ url, options, setOptions, context }: FetchHook) {
    const subgraph = subgraphOf.get(url);
    if (!subgraph || typeof options.body !== 'string') return;
    const body = options.body;
    let identity = identities.get(context.request);
    if (!identity) identities.set(context.request, (identity = identityOf(context.request.headers.get('authorization'))));
    return identity.then(async (who) => {
      if (!who) return;
      const { query, operationName, variables } = JSON.parse(body) as Record<string, unknown>;
      const assertion = await signGatewayAssertion(who, gatewayKey, {
        audience: subgraph,
        body: { query, operationName, variables },
        keyId: gatewayKeyId,
      });
      const headers =
        options.headers instanceof Headers ? Object.fromEntries(options.headers) : { ...(options.headers as Record<string, string>) };
      setOptions({ ...options, headers: { ...headers, [IDENTITY_HEADER]: assertion } });
    });
  },
};

// Hive's command line reads its configuration from a module exporting `gatewayConfig`: this one
// hands over what was built here.
(globalThis as { kpiBenchGatewayConfig?: object }).kpiBenchGatewayConfig = {
  plugins: () => [identityHop],
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
};
const configModule = join(config.peersDir, 'kpi-bench.gateway.config.mjs');
writeFileSync(configModule, 'export const gatewayConfig = globalThis.kpiBenchGatewayConfig;\n');
const bin = createRequire(join(config.peersDir, 'package.json'))
  .resolve('@graphql-hive/gateway/package.json')
  .replace(/package\.json$/, 'dist/bin.js');
process.argv = [
  process.argv[0]!,
  bin,
  'supergraph',
  config.supergraphFile,
  '--host',
  '127.0.0.1',
  '--port',
  String(config.port),
  '--fork',
  '1',
  '--config-path',
  configModule,
  ...(config.routerRuntime ? ['--hive-router-runtime'] : []),
];
await import(pathToFileURL(bin).href);
