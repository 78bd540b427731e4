import { SignJWT, jwtVerify, type CryptoKey, type JWTPayload } from 'jose';
import { SIGNING_ALGORITHM } from './keys.js';
import type { Identity } from './identity.js';
import { ALL_ROLES, Role } from './roles.js';

/** The bearer tokens callers present to the gateway. */
export const USER_TOKEN = { issuer: 'kpi-identity', audience: 'kpi-graph' } as const;
/** The assertion the gateway forwards to subgraphs; short-lived because it rides on every hop. */
export const GATEWAY_ASSERTION = { issuer: 'kpi-gateway', audience: 'kpi-subgraph', ttlSeconds: 60 } as const;
export const IDENTITY_HEADER = 'x-kpi-identity';
/** What one subgraph signs to ask another for facts it owns, with the service key. */
export const SERVICE_ASSERTION = { issuer: 'kpi-service', audience: 'kpi-subgraph', ttlSeconds: 60 } as const;

interface IdentityClaims extends JWTPayload {
  kind: Identity['kind'];
  emp?: string;
  name?: string;
  roles: string[];
  agencies: string[];
  units: string[];
}

const toClaims = (identity: Identity): IdentityClaims => ({
  kind: identity.kind,
  ...(identity.employeeId ? { emp: identity.employeeId } : {}),
  ...(identity.name ? { name: identity.name } : {}),
  roles: identity.roles,
  agencies: identity.agencyIds,
  units: identity.unitIds,
});

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

function fromClaims(payload: JWTPayload): Identity {
  const claims = payload as Partial<IdentityClaims>;
  if (!payload.sub || !['person', 'client', 'service'].includes(claims.kind as string)) throw new Error('token has no subject or kind');
  if (!isStringArray(claims.roles) || !claims.roles.every((role) => (ALL_ROLES as string[]).includes(role)))
    throw new Error('token has unknown roles');
  const roles = claims.roles as Role[];
  // A client never carries a person's roles, whatever a (mis)configured issuer wrote — except a
  // read grant: an analytics system may be given the province analyst role (it reads scores).
  if (claims.kind === 'client' && roles.some((role) => role !== Role.INTEGRATION_CLIENT && role !== Role.PROVINCE_ANALYST))
    throw new Error('client token with person roles');
  if ((claims.kind === 'service') !== roles.includes(Role.SERVICE) || (claims.kind === 'service' && roles.length !== 1))
    throw new Error('only a service identity holds the SERVICE role, and nothing else');
  if (claims.kind === 'person' && (!claims.emp || roles.includes(Role.INTEGRATION_CLIENT)))
    throw new Error('person token without employee');
  return {
    subject: payload.sub,
    kind: claims.kind as Identity['kind'],
    employeeId: claims.emp ?? null,
    name: claims.name ?? null,
    roles,
    agencyIds: isStringArray(claims.agencies) ? claims.agencies : [],
    unitIds: isStringArray(claims.units) ? claims.units : [],
  };
}

export async function signUserToken(identity: Identity, issuerKey: CryptoKey, expiresIn: string | number = '12h') {
  return new SignJWT(toClaims(identity))
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, typ: 'JWT' })
    .setSubject(identity.subject)
    .setIssuer(USER_TOKEN.issuer)
    .setAudience(USER_TOKEN.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(issuerKey);
}

/** Throws on any bad signature, issuer, audience, expiry or claim shape. */
export async function verifyUserToken(token: string, issuerPublicKey: CryptoKey): Promise<Identity> {
  const { payload } = await jwtVerify(token, issuerPublicKey, {
    issuer: USER_TOKEN.issuer,
    audience: USER_TOKEN.audience,
    algorithms: [SIGNING_ALGORITHM],
  });
  const identity = fromClaims(payload);
  // Services talk to each other directly; a service identity never enters through the gateway.
  if (identity.kind === 'service') throw new Error('service identities are not accepted at the gateway');
  return identity;
}

export async function signGatewayAssertion(identity: Identity, gatewayKey: CryptoKey) {
  return new SignJWT(toClaims(identity))
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, typ: 'JWT' })
    .setSubject(identity.subject)
    .setIssuer(GATEWAY_ASSERTION.issuer)
    .setAudience(GATEWAY_ASSERTION.audience)
    .setIssuedAt()
    .setExpirationTime(`${GATEWAY_ASSERTION.ttlSeconds}s`)
    .sign(gatewayKey);
}

export async function verifyGatewayAssertion(token: string, gatewayPublicKey: CryptoKey): Promise<Identity> {
  const { payload } = await jwtVerify(token, gatewayPublicKey, {
    issuer: GATEWAY_ASSERTION.issuer,
    audience: GATEWAY_ASSERTION.audience,
    algorithms: [SIGNING_ALGORITHM],
  });
  return fromClaims(payload);
}

export const serviceIdentity = (name: string): Identity => ({
  subject: `service:${name}`,
  kind: 'service',
  employeeId: null,
  name,
  roles: [Role.SERVICE],
  agencyIds: [],
  unitIds: [],
});

export async function signServiceAssertion(name: string, serviceKey: CryptoKey) {
  return new SignJWT(toClaims(serviceIdentity(name)))
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, typ: 'JWT' })
    .setSubject(`service:${name}`)
    .setIssuer(SERVICE_ASSERTION.issuer)
    .setAudience(SERVICE_ASSERTION.audience)
    .setIssuedAt()
    .setExpirationTime(`${SERVICE_ASSERTION.ttlSeconds}s`)
    .sign(serviceKey);
}

export async function verifyServiceAssertion(token: string, servicePublicKey: CryptoKey): Promise<Identity> {
  const { payload } = await jwtVerify(token, servicePublicKey, {
    issuer: SERVICE_ASSERTION.issuer,
    audience: SERVICE_ASSERTION.audience,
    algorithms: [SIGNING_ALGORITHM],
  });
  const identity = fromClaims(payload);
  if (identity.kind !== 'service') throw new Error('not a service identity');
  return identity;
}
