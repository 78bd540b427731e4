import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

/**
 * The provider's signing key: RSA (RS256), the algorithm every OpenID Connect client and library
 * must support. A fresh key pair, as a private JWK with its RFC 7638 thumbprint as `kid`.
 */
export async function generateSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'RS256', use: 'sig' };
}

/**
 * The signing keys, newest first: `KPI_OIDC_JWKS` (a JSON key set), else `oidc.private.jwks.json`
 * in `dir`, created on first use in development. Rotating means putting a new key first and keeping
 * the old one published until the tokens it signed have expired.
 */
export async function loadSigningKeys(dir: string): Promise<{ keys: JWK[] }> {
  if (process.env.KPI_OIDC_JWKS) return JSON.parse(process.env.KPI_OIDC_JWKS) as { keys: JWK[] };
  const path = join(dir, 'oidc.private.jwks.json');
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as { keys: JWK[] };
  const keySet = { keys: [await generateSigningKey()] };
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(path, JSON.stringify(keySet, null, 2), { mode: 0o600 });
  return keySet;
}
