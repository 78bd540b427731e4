/**
 * `pnpm tokens`: signed development tokens for the demo users, one per role, valid 12 hours.
 * `pnpm tokens <label>` prints just that token (for scripts): staff, unit-head, agency-admin,
 * province-analyst, province-admin, eoffice.
 */
import { dataDir, loadKeyRing, signUserToken } from '@kpi/platform';
import { demoUsers, generateProvince } from '@kpi/demo';
import { join } from 'node:path';

const keys = await loadKeyRing(process.env.KPI_KEYS_DIR ?? join(dataDir(), 'keys'), { generateIfMissing: true });
if (!keys.issuer.privateKey) throw new Error('No issuer private key: tokens are minted by the identity provider in this deployment.');
const users = demoUsers(generateProvince());
const wanted = process.argv[2];
if (wanted) {
  const user = users.find((u) => u.label === wanted);
  if (!user) {
    console.error(`Unknown demo user ${wanted}; choose one of ${users.map((u) => u.label).join(', ')}`);
    process.exit(1);
  }
  console.log(await signUserToken(user.identity, keys.issuer.privateKey));
} else {
  for (const user of users) {
    console.log(`# ${user.label}: ${user.identity.name ?? user.identity.subject} — roles ${user.identity.roles.join(', ')}`);
    console.log(`${await signUserToken(user.identity, keys.issuer.privateKey)}\n`);
  }
  console.log('Use one as a header: Authorization: Bearer <token>');
}
