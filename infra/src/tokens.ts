/**
 * `pnpm tokens`: access tokens for the demo users, one per role, from the embedded identity
 * provider — signed in by the authorization code flow with PKCE as `pnpm tokens`' own client
 * (`kpi-cli`), with the demo password. `pnpm tokens <label or employee code>` prints just that one
 * (for scripts): staff, unit-head, agency-admin, province-analyst, province-admin, eoffice, or any
 * employee code. What a person may do is the records' (the gateway reads it), not the token's.
 *
 * E-Office gets its token by the client credentials grant with the demo's secret. When the provider
 * is not running, everyone gets a token signed with the development issuer key instead (.data/keys).
 */
import { DEMO_CLIENT, demoUsers, generateProvince } from '@kpi/demo';
import { GRAPH_RESOURCE } from '@kpi/identity';
import { discover, signInWithCode } from '@kpi/identity/client';
import * as oidc from 'openid-client';
import { dataDir, loadKeyRing, signUserToken, type Identity } from '@kpi/platform';
import { join } from 'node:path';
import { identityProviderSettings } from './identity-settings.js';

const settings = identityProviderSettings();
const province = generateProvince();
const users = demoUsers(province).map(({ label, identity }) => ({
  label,
  identity,
  code: province.employees.find((e) => e.id === identity.employeeId)?.code,
}));

async function providerIsUp(): Promise<boolean> {
  if (!settings.enabled) return false;
  try {
    return (await fetch(`${settings.issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

const useProvider = await providerIsUp();
const keys = await loadKeyRing(process.env.KPI_KEYS_DIR ?? join(dataDir(), 'keys'), { generateIfMissing: true });

async function tokenFor(user: { identity: Identity; code?: string }): Promise<string> {
  // E-Office by the client credentials grant, with the demo's documented secret.
  if (useProvider && user.identity.subject === `client:${DEMO_CLIENT.clientId}`) {
    const config = await discover(settings.issuer, DEMO_CLIENT.clientId, DEMO_CLIENT.secret);
    return (await oidc.clientCredentialsGrant(config, { scope: DEMO_CLIENT.scopes.join(' '), resource: GRAPH_RESOURCE })).access_token;
  }
  if (useProvider && user.code) {
    const { tokens } = await signInWithCode({
      issuer: settings.issuer,
      clientId: 'kpi-cli',
      redirectUri: 'http://127.0.0.1/callback',
      code: user.code,
      password: settings.password,
    });
    return tokens.access_token;
  }
  if (!keys.issuer.privateKey) throw new Error('No issuer private key: tokens are minted by the identity provider in this deployment.');
  return signUserToken(user.identity, keys.issuer.privateKey);
}

const wanted = process.argv[2];
if (wanted) {
  const user = users.find((u) => u.label === wanted) ?? (useProvider ? { identity: users[0]!.identity, code: wanted } : undefined);
  if (!user) {
    console.error(
      `Unknown demo user ${wanted}; choose one of ${users.map((u) => u.label).join(', ')} (or an employee code while pnpm start runs)`,
    );
    process.exit(1);
  }
  console.log(await tokenFor(user));
} else {
  console.log(
    useProvider
      ? `# from the identity provider at ${settings.issuer} (access tokens, 12 h)\n`
      : '# the identity provider is not running: tokens signed with the development issuer key (12 h)\n',
  );
  for (const user of users) {
    console.log(`# ${user.label}: ${user.identity.name ?? user.identity.subject}`);
    console.log(`${await tokenFor(user)}\n`);
  }
  console.log('Use one as a header: Authorization: Bearer <token>');
}
