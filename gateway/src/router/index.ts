import { createLogger, dataDir, loadGraphConfig, loadKeyRing, subgraphUrl } from '@kpi/platform';
import { join } from 'node:path';
import { COPROCESSOR_PORT, startCoprocessor } from './coprocessor.js';

/** `pnpm router:coprocessor`: the identity step for an Apollo Router serving infra/router/router.yaml. */
const logger = createLogger('router-coprocessor');
const keys = await loadKeyRing(process.env.KPI_KEYS_DIR ?? join(dataDir(), 'keys'));
if (!keys.gateway.privateKey)
  throw new Error(
    'The coprocessor signs as the gateway: it needs the gateway private key (KPI_GATEWAY_PRIVATE_JWK or gateway.private.jwk.json).',
  );
const config = loadGraphConfig();
const fromEnv = Number(process.env.KPI_ACCESS_CACHE_SECONDS);
const coprocessor = await startCoprocessor({
  subgraphUrls: Object.fromEntries(config.subgraphs.map((entry) => [entry.name, subgraphUrl(entry)])),
  issuerPublicKey: keys.issuer.publicKey,
  gatewayPrivateKey: keys.gateway.privateKey,
  gatewayPublicKey: keys.gateway.publicKey,
  port: Number(process.env.KPI_COPROCESSOR_PORT ?? COPROCESSOR_PORT),
  host: process.env.HOST,
  access: { cacheSeconds: Number.isFinite(fromEnv) && fromEnv >= 0 && process.env.KPI_ACCESS_CACHE_SECONDS ? fromEnv : undefined },
});
const stop = async (signal: string) => {
  logger.info({ signal }, 'stopping');
  await coprocessor.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
