import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPrivateKey, type JsonWebKey } from 'node:crypto';
import { rememberSigningKey } from './compact-sign.js';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';

export const SIGNING_ALGORITHM = 'EdDSA';

export interface KeyPair {
  privateKey?: CryptoKey;
  publicKey: CryptoKey;
}

/**
 * Two key pairs, two trust boundaries: the *issuer* signs the bearer tokens callers present to the
 * gateway (in production an identity provider; in development our `pnpm tokens`), the *gateway*
 * signs the short-lived identity assertion it forwards to subgraphs. A subgraph holds only the
 * gateway's public key, so a caller bypassing the gateway cannot make an identity it accepts.
 */
export interface KeyRing {
  issuer: KeyPair;
  gateway: KeyPair;
  /** Held by the graph's own subgraphs only: they sign what they ask each other for. */
  service: KeyPair;
}

export async function generateKeyRing(): Promise<KeyRing> {
  const [issuer, gateway, service] = await Promise.all(
    [1, 2, 3].map(() => generateKeyPair(SIGNING_ALGORITHM, { crv: 'Ed25519', extractable: true })),
  );
  return { issuer: issuer!, gateway: gateway!, service: service! };
}

// Public keys stay exportable: the gateway publishes its own (/.well-known/jwks.json); private keys never are.
// A private key is also kept in node:crypto's form, for the fast signer (compact-sign.ts).
async function importKey(jwk: JWK) {
  const key = (await importJWK(jwk, SIGNING_ALGORITHM, { extractable: !jwk.d })) as CryptoKey;
  if (jwk.d) rememberSigningKey(key, createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' }));
  return key;
}

async function readPair(dir: string, name: string): Promise<KeyPair | null> {
  const envPublic = process.env[`KPI_${name.toUpperCase()}_PUBLIC_JWK`];
  const envPrivate = process.env[`KPI_${name.toUpperCase()}_PRIVATE_JWK`];
  if (envPublic) {
    return {
      publicKey: await importKey(JSON.parse(envPublic)),
      privateKey: envPrivate ? await importKey(JSON.parse(envPrivate)) : undefined,
    };
  }
  const publicPath = join(dir, `${name}.public.jwk.json`);
  if (!existsSync(publicPath)) return null;
  const privatePath = join(dir, `${name}.private.jwk.json`);
  return {
    publicKey: await importKey(JSON.parse(readFileSync(publicPath, 'utf8'))),
    privateKey: existsSync(privatePath) ? await importKey(JSON.parse(readFileSync(privatePath, 'utf8'))) : undefined,
  };
}

async function writePair(dir: string, name: string, pair: KeyPair) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(join(dir, `${name}.public.jwk.json`), JSON.stringify(await exportJWK(pair.publicKey), null, 2));
  if (pair.privateKey) {
    writeFileSync(join(dir, `${name}.private.jwk.json`), JSON.stringify(await exportJWK(pair.privateKey), null, 2), {
      mode: 0o600,
    });
  }
}

/**
 * Reads the key ring from `KPI_<NAME>_PUBLIC_JWK` / `..._PRIVATE_JWK` variables or from JWK files
 * in `dir`. With `generateIfMissing` (development only) a missing pair is created and saved, so
 * the first `pnpm start` needs no setup and later starts keep accepting the tokens already minted.
 */
export async function loadKeyRing(dir: string, { generateIfMissing = false } = {}): Promise<KeyRing> {
  const pairs: Partial<KeyRing> = {};
  for (const name of ['issuer', 'gateway', 'service'] as const) {
    let pair = await readPair(dir, name);
    if (!pair) {
      if (!generateIfMissing)
        throw new Error(`No ${name} signing key: set KPI_${name.toUpperCase()}_PUBLIC_JWK or put ${name}.public.jwk.json in ${dir}`);
      pair = await generateKeyPair(SIGNING_ALGORITHM, { crv: 'Ed25519', extractable: true });
      await writePair(dir, name, pair);
    }
    pairs[name] = pair;
  }
  return pairs as KeyRing;
}
