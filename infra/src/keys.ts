/**
 * `pnpm keys`: the graph's signing keys for a deployment, as environment lines for a Secret
 * (`pnpm -s keys > secrets.env`): the gateway's pair (it signs identity assertions), the services'
 * pair (subgraphs sign what they ask each other), and the development issuer's public half only
 * (the gateway still loads it; a real deployment's people sign in at its own provider, trusted
 * through KPI_OIDC_ISSUERS). Fresh keys every run: rotating is running it again and rolling out.
 */
import { exportJWK, type CryptoKey } from 'jose';
import { generateKeyRing } from '@kpi/platform';

const ring = await generateKeyRing();
const line = async (name: string, key: CryptoKey) => `${name}=${JSON.stringify(await exportJWK(key))}`;
console.log(
  [
    await line('KPI_GATEWAY_PUBLIC_JWK', ring.gateway.publicKey),
    await line('KPI_GATEWAY_PRIVATE_JWK', ring.gateway.privateKey!),
    await line('KPI_SERVICE_PUBLIC_JWK', ring.service.publicKey),
    await line('KPI_SERVICE_PRIVATE_JWK', ring.service.privateKey!),
    await line('KPI_ISSUER_PUBLIC_JWK', ring.issuer.publicKey),
  ].join('\n'),
);
