import { SIGNING_ALGORITHM } from '@kpi/platform';
import type { RequestHandler } from 'express';
import { calculateJwkThumbprint, exportJWK, type CryptoKey, type JWK } from 'jose';

/**
 * The gateway's verification keys as a JSON Web Key Set (`/.well-known/jwks.json`), so that a
 * department's subgraph run elsewhere verifies the assertions the gateway signs (with `jose`'s
 * `createRemoteJWKSet`, or any JOSE library) without copying key files. Only the public half is
 * published; the key id is its RFC 7638 thumbprint.
 */
export async function gatewayKeySet(gatewayPublicKey: CryptoKey): Promise<{ keys: JWK[] }> {
  // Only the public members, whatever the key object carries.
  const { kty, crv, x } = await exportJWK(gatewayPublicKey);
  const publicJwk: JWK = { kty, crv, x };
  return { keys: [{ ...publicJwk, kid: await calculateJwkThumbprint(publicJwk), alg: SIGNING_ALGORITHM, use: 'sig' }] };
}

/** Serves the key set, computed once at start (a key that cannot be published fails the start, not a request). */
export function jwksHandler(keySet: { keys: JWK[] }): RequestHandler {
  return (_req, res) => {
    res.setHeader('cache-control', 'public, max-age=300');
    res.json(keySet);
  };
}
