import { KeyObject, sign } from 'node:crypto';
import type { CryptoKey } from 'jose';

/**
 * Signs a compact JWS (a JWT) with node:crypto directly. jose goes through WebCrypto, whose
 * promise and key checks cost ~140 µs an Ed25519 signature against ~50 µs here — and the gateway
 * signs one assertion per subgraph fetch, several per request. The bytes are the ones jose
 * produces: base64url(JSON of the header) '.' base64url(JSON of the claims) '.' signature, the
 * claims in the order given, so a verifier (jose's `jwtVerify` in every subgraph) sees no
 * difference. Ed25519 is deterministic: the same header and claims give the same token.
 */

/** The node:crypto key behind a private CryptoKey, when the key ring imported it from a JWK. */
const keyObjects = new WeakMap<CryptoKey, KeyObject | null>();
/** Headers repeat (one per key id): each is encoded once. */
const encodedHeaders = new Map<string, string>();

/** Records the node:crypto form of a private key that is not extractable (WebCrypto will not hand it over). */
export function rememberSigningKey(cryptoKey: CryptoKey, keyObject: KeyObject) {
  keyObjects.set(cryptoKey, keyObject);
}

function keyObjectOf(key: CryptoKey): KeyObject | null {
  let keyObject = keyObjects.get(key);
  if (keyObject === undefined) {
    // An extractable key (tests, generated rings) converts as is; any other we leave to jose.
    keyObject = key.extractable && key.type === 'private' ? KeyObject.from(key) : null;
    keyObjects.set(key, keyObject);
  }
  return keyObject;
}

function encodedHeader(header: Record<string, string>): string {
  const json = JSON.stringify(header);
  let encoded = encodedHeaders.get(json);
  if (encoded === undefined) {
    encoded = Buffer.from(json).toString('base64url');
    if (encodedHeaders.size < 64) encodedHeaders.set(json, encoded);
  }
  return encoded;
}

/** The token, or null when the key cannot be used here (the caller then signs with jose). Ed25519 (EdDSA) only. */
export function signCompactJwt(header: Record<string, string>, claims: object, key: CryptoKey): string | null {
  if (header.alg !== 'EdDSA' || key.algorithm.name !== 'Ed25519') return null;
  const keyObject = keyObjectOf(key);
  if (!keyObject) return null;
  const signingInput = `${encodedHeader(header)}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${signingInput}.${sign(null, Buffer.from(signingInput), keyObject).toString('base64url')}`;
}
