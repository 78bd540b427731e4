import { SIGNING_ALGORITHM, type Identity } from '@kpi/platform';
import { jwtVerify, SignJWT, type CryptoKey } from 'jose';

/**
 * The verified caller, as the coprocessor leaves it in the router's request context at the
 * RouterRequest stage and reads it back at each SubgraphRequest. Sealed (signed with the gateway's
 * key, bound to the router's request id, short-lived) because the SubgraphRequest stage signs
 * whatever identity it is handed: an unsealed identity would make the coprocessor an oracle
 * signing assertions for anyone who can reach it. Sealed, only an identity this coprocessor
 * verified, for this very client request, gets an assertion.
 */
export const CALLER_CONTEXT_KEY = 'kpi::caller';
const SEAL = { issuer: 'kpi-router-coprocessor', audience: 'kpi-router-context' } as const;
/** Longer than the router's whole-request timeout (router.yaml: 30 s), so a slow plan's last fetch still signs. */
export const SEAL_LIFETIME_SECONDS = 60;

export async function sealCaller(identity: Identity, routerRequestId: string, key: { privateKey: CryptoKey; keyId: string }) {
  const issuedAt = Math.floor(Date.now() / 1000);
  return new SignJWT({ rid: routerRequestId, identity: { ...identity } })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: key.keyId })
    .setIssuer(SEAL.issuer)
    .setAudience(SEAL.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + SEAL_LIFETIME_SECONDS)
    .sign(key.privateKey);
}

/** The caller sealed for this router request; throws for a seal that is forged, expired or another request's. */
export async function openCaller(seal: unknown, routerRequestId: string, publicKey: CryptoKey): Promise<Identity> {
  if (typeof seal !== 'string') throw new Error('no sealed caller');
  const { payload } = await jwtVerify(seal, publicKey, {
    issuer: SEAL.issuer,
    audience: SEAL.audience,
    algorithms: [SIGNING_ALGORITHM],
    requiredClaims: ['exp', 'iat', 'rid'],
  });
  if (payload.rid !== routerRequestId) throw new Error('caller sealed for another router request');
  return payload.identity as Identity;
}
