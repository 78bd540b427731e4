/**
 * The development and demo identity provider (`@kpi/identity`, oidc-provider): started by
 * `pnpm start` unless KPI_IDENTITY_PROVIDER=off. Every demo person signs in with the demo password
 * (KPI_DEMO_PASSWORD, default `kpi-demo`), by employee code or with one click on the sign-in page;
 * integration clients registered in personnel get tokens by client credentials.
 */
import { demoUsers, generateProvince } from '@kpi/demo';
import { firstPartyClients, loadSigningKeys, personnelClientRegistry, startIdentityProvider } from '@kpi/identity';
import { createLogger, dataDir, loadGraphConfig, loadKeyRing, Peers, subgraphUrl } from '@kpi/platform';
import { join } from 'node:path';
import { identityProviderSettings } from './identity-settings.js';

const settings = identityProviderSettings();
const province = generateProvince();
const quickPicks = demoUsers(province).flatMap(({ label, identity }) => {
  const employee = province.employees.find((e) => e.id === identity.employeeId);
  return employee ? [{ label, code: employee.code, name: employee.fullName }] : [];
});
const keysDir = process.env.KPI_KEYS_DIR ?? join(dataDir(), 'keys');
// Integration clients are personnel's register, read as `service:identity` with the graph's service key.
const { service } = await loadKeyRing(keysDir);
const personnel = loadGraphConfig().subgraphs.find((entry) => entry.name === 'personnel')!;
const registry = personnelClientRegistry(new Peers({ personnel: subgraphUrl(personnel) }, null, 'identity', service.privateKey));
const provider = await startIdentityProvider({
  port: settings.port,
  host: process.env.HOST,
  issuer: settings.issuer,
  jwks: await loadSigningKeys(keysDir),
  clients: firstPartyClients({ gateway: settings.gatewayUrl, web: settings.webUrl }),
  password: settings.password,
  quickPicks,
  registry,
});
const logger = createLogger('identity');
const stop = async (signal: string) => {
  logger.info({ signal }, 'stopping');
  await provider.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
