import {
  createLogger,
  dataDir,
  flushTracing,
  isProvinceSubgraph,
  loadGraphConfig,
  loadKeyRing,
  readSupergraph,
  subgraphUrl,
  workspaceRoot,
} from '@kpi/platform';
import { join } from 'node:path';
import { startGateway } from './server.js';
import { ideSignInFromEnv } from './ide-sign-in.js';
import { webFromEnv } from './web.js';

process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
const logger = createLogger('gateway');
const keys = await loadKeyRing(process.env.KPI_KEYS_DIR ?? join(dataDir(), 'keys'));
if (!keys.gateway.privateKey)
  throw new Error('The gateway needs its private signing key (KPI_GATEWAY_PRIVATE_JWK or gateway.private.jwk.json).');
const config = loadGraphConfig();
const gateway = await startGateway({
  supergraphSdl: readSupergraph(),
  subgraphUrls: Object.fromEntries(config.subgraphs.map((entry) => [entry.name, subgraphUrl(entry)])),
  // The province's subgraphs decide readiness; a department's own is reported, never deciding.
  coreSubgraphs: config.subgraphs.filter(isProvinceSubgraph).map((entry) => entry.name),
  issuerPublicKey: keys.issuer.publicKey,
  gatewayPrivateKey: keys.gateway.privateKey,
  gatewayPublicKey: keys.gateway.publicKey,
  port: Number(process.env.GATEWAY_PORT ?? process.env.PORT ?? 4000),
  host: process.env.HOST,
  ide: process.env.NODE_ENV !== 'production',
  ideSignIn: ideSignInFromEnv(),
  web: webFromEnv(process.env.KPI_WEB_ROOT ?? join(workspaceRoot(), 'web', 'dist'), ideSignInFromEnv()),
});
const stop = async (signal: string) => {
  logger.info({ signal }, 'stopping');
  await gateway.close();
  await flushTracing(); // the last requests' spans, still queued
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
