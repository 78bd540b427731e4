import crypto, { KeyObject } from 'node:crypto';
import { errors, jwtVerify, type CryptoKey, type JWTPayload, type JWTVerifyOptions } from 'jose';

/**
 * Verifies a compact JWS (a JWT) signed with Ed25519 with node:crypto directly, and checks its
 * claims as jose's `jwtVerify` does. jose goes through WebCrypto, whose promise and job cost
 * ~150 µs a verification against ~60 µs here — and every subgraph request verifies one or two
 * assertions (a staff dashboard, ten). Another algorithm or key is left to jose. The verdicts are
 * jose's, down to its error classes: `platform/test/tokens.test.ts` holds the two to the same answer
 * over valid, forged, tampered, expired, early, too old, misaddressed and malformed tokens.
 *
 * The signature is checked on libuv's threadpool (node:crypto's callback form), not on the event
 * loop: a check costs ~115–135 µs of CPU here either way, but only ~25 µs of it stays on the loop,
 * and under load a subgraph's requests wait for its one event loop while the other core has time
 * to spare: diary writes at 50 connections +9 %, the self view level (docs/diary.md, "Writes: the
 * signature checked off the event loop"). Signing (compact-sign.ts) stays on the loop: ~47 µs, and
 * a job on the pool would cost more than it frees.
 */

/** The options this graph verifies with: a subset of jose's. */
export type VerifyOptions = Pick<JWTVerifyOptions, 'issuer' | 'audience' | 'algorithms' | 'requiredClaims' | 'maxTokenAge'> & {
  clockTolerance?: number;
  maxTokenAge?: number;
};

const publicKeys = new WeakMap<CryptoKey, KeyObject | null>();

function publicKeyOf(key: CryptoKey): KeyObject | null {
  let keyObject = publicKeys.get(key);
  if (keyObject === undefined) {
    keyObject = key.type === 'public' && key.algorithm.name === 'Ed25519' ? KeyObject.from(key) : null;
    publicKeys.set(key, keyObject);
  }
  return keyObject;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const decoded = (part: string): unknown => {
  try {
    return JSON.parse(strictUtf8.decode(Buffer.from(part, 'base64url')));
  } catch {
    return undefined;
  }
};
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export async function verifyJwt(token: string, key: CryptoKey, options: VerifyOptions): Promise<{ payload: JWTPayload }> {
  const keyObject = publicKeyOf(key);
  if (!keyObject || !options.algorithms?.every((alg) => alg === 'EdDSA' || alg === 'Ed25519')) return jwtVerify(token, key, options);
  // Anything but a well-formed EdDSA token (malformed, another algorithm, critical extensions,
  // an unencoded payload) is left to jose, which refuses or verifies it in its own words.
  const parts = typeof token === 'string' ? token.split('.') : [];
  if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part))) return jwtVerify(token, key, options);
  const [encodedHeader, encodedPayload, encodedSignature] = parts as [string, string, string];
  const header = decoded(encodedHeader);
  if (!isObject(header) || 'crit' in header || 'b64' in header || (header.alg !== 'EdDSA' && header.alg !== 'Ed25519'))
    return jwtVerify(token, key, options);
  if (options.algorithms && !options.algorithms.includes(header.alg))
    throw new errors.JOSEAlgNotAllowed('"alg" (Algorithm) Header Parameter value not allowed');
  const signature = Buffer.from(encodedSignature, 'base64url');
  if (!(await signatureHolds(Buffer.from(`${encodedHeader}.${encodedPayload}`), keyObject, signature)))
    throw new errors.JWSSignatureVerificationFailed();
  const payload = decoded(encodedPayload);
  if (!isObject(payload)) throw new errors.JWTInvalid('JWT Claims Set must be a top-level JSON object');
  checkClaims(payload as JWTPayload, options);
  return { payload: payload as JWTPayload };
}

/** Whether `signature` is the key's over `data`, checked on the threadpool. */
function signatureHolds(data: Buffer, key: KeyObject, signature: Buffer): Promise<boolean> {
  return new Promise((resolve, reject) =>
    // Through the module object, so a test can count the signatures checked.
    crypto.verify(null, data, key, signature, (error, holds) => (error ? reject(error) : resolve(holds))),
  );
}

/** jose's claim checks (lib/jwt_claims_set.js), in its order, for the options this graph uses. */
function checkClaims(payload: JWTPayload, options: VerifyOptions) {
  const failed = (message: string, claim: string, reason = 'check_failed') =>
    new errors.JWTClaimValidationFailed(message, payload, claim, reason);
  const presence = [...(options.requiredClaims ?? [])];
  if (options.maxTokenAge !== undefined) presence.push('iat');
  if (options.audience !== undefined) presence.push('aud');
  if (options.issuer !== undefined) presence.push('iss');
  for (const claim of new Set(presence.reverse()))
    if (!Object.hasOwn(payload, claim)) throw failed(`missing required "${claim}" claim`, claim, 'missing');
  if (options.issuer !== undefined && !(Array.isArray(options.issuer) ? options.issuer : [options.issuer]).includes(payload.iss!))
    throw failed('unexpected "iss" claim value', 'iss');
  if (options.audience !== undefined) {
    const expected = typeof options.audience === 'string' ? [options.audience] : options.audience;
    const aud = payload.aud;
    if (!(typeof aud === 'string' ? expected.includes(aud) : Array.isArray(aud) ? expected.some((a) => aud.includes(a)) : false))
      throw failed('unexpected "aud" claim value', 'aud');
  }
  const tolerance = options.clockTolerance ?? 0;
  const now = Math.floor(Date.now() / 1000);
  const numericDate = (claim: 'iat' | 'nbf' | 'exp', required = false) => {
    const value = payload[claim];
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'number') throw failed(`"${claim}" claim must be a number`, claim, 'invalid');
    return value;
  };
  const iat = numericDate('iat', options.maxTokenAge !== undefined);
  const nbf = numericDate('nbf');
  if (nbf !== undefined && nbf > now + tolerance) throw failed('"nbf" claim timestamp check failed', 'nbf');
  const exp = numericDate('exp');
  if (exp !== undefined && exp <= now - tolerance)
    throw new errors.JWTExpired('"exp" claim timestamp check failed', payload, 'exp', 'check_failed');
  if (options.maxTokenAge !== undefined) {
    const age = now - iat!;
    if (age - tolerance > options.maxTokenAge)
      throw new errors.JWTExpired('"iat" claim timestamp check failed (too far in the past)', payload, 'iat', 'check_failed');
    if (age < -tolerance) throw failed('"iat" claim timestamp check failed (it should be in the past)', 'iat');
  }
}
