import { createHash, randomUUID } from 'node:crypto';
import { SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { SIGNING_ALGORITHM } from './keys.js';
import { signCompactJwt } from './compact-sign.js';
import { verifyJwt } from './compact-verify.js';
import type { Identity } from './identity.js';
import { ALL_ROLES, Role } from './roles.js';
import { scopesOfRoles } from './scopes.js';

/**
 * The bearer tokens callers present to the gateway. `exp` and `iat` are required, `iat` may not lie
 * in the future and a token may not live longer than `maxLifetimeSeconds` (a leaked token must die
 * on its own); `clockSkewSeconds` absorbs clocks a little apart.
 */
export const USER_TOKEN = { issuer: 'kpi-identity', audience: 'kpi-graph', maxLifetimeSeconds: 24 * 3600, clockSkewSeconds: 60 } as const;

/**
 * The assertions that reach a subgraph, from the gateway or from one of the graph's own subgraphs.
 * Each is bound to one subgraph request: its audience is that subgraph, `dig` is the digest of the
 * request's body (query, operation name, variables), `jti` is an id the subgraph accepts once, and
 * it lives a few seconds. A captured assertion is therefore worthless for any other subgraph, any
 * other body, or a second time — and since only the gateway and the graph's own subgraphs can sign
 * one, every `_entities` representation a subgraph sees was composed by them from the owning
 * subgraphs' answers, never written by a caller.
 */
export const SUBGRAPH_ASSERTION = { ttlSeconds: 30, clockSkewSeconds: 5 } as const;
export const GATEWAY_ASSERTION = { issuer: 'kpi-gateway' } as const;
/** What one subgraph signs to ask another, with the service key. */
export const SERVICE_ASSERTION = { issuer: 'kpi-service' } as const;
/**
 * A subgraph asking another on behalf of its caller carries the caller's gateway assertion (made for
 * the asking subgraph) as evidence; it is honoured this long after it was signed, so that a request
 * that computes a while before it asks still can.
 */
export const DELEGATION_MAX_AGE_SECONDS = 300;
export const IDENTITY_HEADER = 'x-kpi-identity';

/** The audience of assertions for one subgraph: a department's subgraph has its own too. */
export const subgraphAudience = (subgraph: string) => `kpi-subgraph:${subgraph}`;

/** What a subgraph request's body holds, as the gateway sends it and express parses it. */
export interface SubgraphRequestBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/**
 * The digest an assertion is bound to: SHA-256 over the JSON of [query, operationName, variables].
 * Computed from the parsed body on both sides (JSON round-trips these values exactly), so it does
 * not depend on how the bytes were spaced or which other keys rode along.
 */
export function requestDigest(body: SubgraphRequestBody): string {
  const canonical = JSON.stringify([body.query ?? null, body.operationName ?? null, body.variables ?? null]);
  return createHash('sha256').update(canonical).digest('base64url');
}

/** Remembers the assertion ids a subgraph has accepted until they expire: each is good once. */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();
  private nextSweep = 0;

  /** False when `jti` was already used; otherwise records it (until `expiresAt`, epoch seconds). */
  accept(jti: string, expiresAt: number): boolean {
    const now = Date.now() / 1000;
    if (now >= this.nextSweep) {
      for (const [id, until] of this.seen) if (until + SUBGRAPH_ASSERTION.clockSkewSeconds < now) this.seen.delete(id);
      this.nextSweep = now + SUBGRAPH_ASSERTION.ttlSeconds;
    }
    if (this.seen.has(jti)) return false;
    this.seen.set(jti, expiresAt);
    return true;
  }

  get size() {
    return this.seen.size;
  }
}

/** The request an assertion is made for, and (verifying) the guard against its reuse. */
export interface RequestBinding {
  /** The subgraph the request goes to. */
  audience: string;
  body: SubgraphRequestBody;
  /** The signing key's id (`kid`), as the signer publishes it: a verifier picks the key from a key set by it. */
  keyId?: string;
}

export interface VerifyBinding extends RequestBinding {
  replay: ReplayGuard;
}

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

/**
 * Who a verified bearer token names. A person is named only: what they may do is in the
 * province's records (personnel), which the gateway reads at sign-in — a token's role claims count
 * for nothing. An integration client carries its grant in the token its issuer signed.
 */
export type Principal =
  | { kind: 'person'; subject: string; employee: EmployeeReference; name: string | null }
  | { kind: 'client'; clientId: string; scopes: string[] };

/** How a token names an employee: by id, or by the employee code (an identity provider's username). */
export interface EmployeeReference {
  by: 'id' | 'code';
  value: string;
}

const epochSeconds = () => Math.floor(Date.now() / 1000);
const LIFETIME_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/**
 * `exp` from the same clock reading as `iat`. jose's `setIssuedAt()` and `setExpirationTime('30s')`
 * each read the clock, so a second boundary between them made a 30 s assertion live 31 s — and
 * subgraphs refused it as living too long (a sign-in failing once in a few thousand requests).
 * A number is an absolute expiry (seconds since the epoch); a string is a lifetime like `12h`.
 */
function expiresAt(issuedAt: number, expiresIn: string | number): number {
  if (typeof expiresIn === 'number') return expiresIn;
  const match = /^(\d+)\s*([smhd])$/.exec(expiresIn.trim());
  if (!match) throw new Error(`a token lifetime is a number and a unit (s, m, h, d), not "${expiresIn}"`);
  return issuedAt + Number(match[1]) * LIFETIME_UNITS[match[2]!]!;
}

/** A person's token names them (`emp`); a client's carries its roles. */
const tokenClaims = (identity: Identity): JWTPayload =>
  identity.kind === 'person'
    ? { kind: 'person', ...(identity.employeeId ? { emp: identity.employeeId } : {}), ...(identity.name ? { name: identity.name } : {}) }
    : toClaims(identity);

/** Each token is its own session (a `jti`): the gateway remembers a person's access per session. */
export async function signUserToken(identity: Identity, issuerKey: CryptoKey, expiresIn: string | number = '12h') {
  const issuedAt = epochSeconds();
  return new SignJWT(tokenClaims(identity))
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, typ: 'JWT' })
    .setJti(randomUUID())
    .setSubject(identity.subject)
    .setIssuer(USER_TOKEN.issuer)
    .setAudience(USER_TOKEN.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt(issuedAt, expiresIn))
    .sign(issuerKey);
}

/** Throws on any bad signature, issuer, audience, expiry, lifetime or claim shape. */
export async function verifyUserToken(token: string, issuerPublicKey: CryptoKey): Promise<Principal> {
  const { payload } = await verifyJwt(token, issuerPublicKey, {
    issuer: USER_TOKEN.issuer,
    audience: USER_TOKEN.audience,
    algorithms: [SIGNING_ALGORITHM],
    requiredClaims: ['exp', 'iat', 'sub'],
    clockTolerance: USER_TOKEN.clockSkewSeconds,
    // Also refuses an `iat` in the future (beyond the skew).
    maxTokenAge: USER_TOKEN.maxLifetimeSeconds,
  });
  if (payload.exp! - payload.iat! > USER_TOKEN.maxLifetimeSeconds)
    throw new Error(`token lifetime over ${USER_TOKEN.maxLifetimeSeconds / 3600} h`);
  if (payload.kind === 'person') {
    if (typeof payload.emp !== 'string' || !payload.emp) throw new Error('person token without employee');
    return {
      kind: 'person',
      subject: payload.sub!,
      employee: { by: 'id', value: payload.emp },
      name: typeof payload.name === 'string' ? payload.name : null,
    };
  }
  const identity = fromClaims(payload);
  // Services talk to each other directly; a service identity never enters through the gateway.
  if (identity.kind === 'service') throw new Error('service identities are not accepted at the gateway');
  // A client of the development issuer: its roles read as the scopes that give them.
  return { kind: 'client', clientId: identity.subject.replace(/^client:/, ''), scopes: scopesOfRoles(identity.roles) };
}

/** A fresh assertion for one subgraph request: audience, body digest, id, a few seconds of life. */
async function assertion(claims: JWTPayload, subject: string, issuer: string, binding: RequestBinding, key: CryptoKey) {
  const issuedAt = epochSeconds();
  // The claims in the order jose's setters below add them: the same token either way.
  const signed = signCompactJwt(
    { alg: SIGNING_ALGORITHM, typ: 'JWT', ...(binding.keyId ? { kid: binding.keyId } : {}) },
    {
      ...claims,
      dig: requestDigest(binding.body),
      sub: subject,
      iss: issuer,
      aud: subgraphAudience(binding.audience),
      jti: randomUUID(),
      iat: issuedAt,
      exp: issuedAt + SUBGRAPH_ASSERTION.ttlSeconds,
    },
    key,
  );
  if (signed) return signed;
  return new SignJWT({ ...claims, dig: requestDigest(binding.body) })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, typ: 'JWT', ...(binding.keyId ? { kid: binding.keyId } : {}) })
    .setSubject(subject)
    .setIssuer(issuer)
    .setAudience(subgraphAudience(binding.audience))
    .setJti(randomUUID())
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + SUBGRAPH_ASSERTION.ttlSeconds)
    .sign(key);
}

/** Verifies the signature and every binding: audience, lifetime, body digest, single use. */
async function verifyBound(token: string, key: CryptoKey, issuer: string, binding: VerifyBinding): Promise<JWTPayload> {
  const { payload } = await verifyJwt(token, key, {
    issuer,
    audience: subgraphAudience(binding.audience),
    algorithms: [SIGNING_ALGORITHM],
    requiredClaims: ['exp', 'iat', 'jti', 'dig', 'sub'],
    clockTolerance: SUBGRAPH_ASSERTION.clockSkewSeconds,
    maxTokenAge: SUBGRAPH_ASSERTION.ttlSeconds,
  });
  if (payload.exp! - payload.iat! > SUBGRAPH_ASSERTION.ttlSeconds) throw new Error('assertion lives too long');
  if (payload.dig !== requestDigest(binding.body)) throw new Error('assertion made for another request body');
  if (!binding.replay.accept(payload.jti!, payload.exp!)) throw new Error('assertion already used');
  return payload;
}

export async function signGatewayAssertion(identity: Identity, gatewayKey: CryptoKey, binding: RequestBinding) {
  return assertion(toClaims(identity), identity.subject, GATEWAY_ASSERTION.issuer, binding, gatewayKey);
}

export async function verifyGatewayAssertion(token: string, gatewayPublicKey: CryptoKey, binding: VerifyBinding): Promise<Identity> {
  return fromClaims(await verifyBound(token, gatewayPublicKey, GATEWAY_ASSERTION.issuer, binding));
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

/**
 * The gateway asking as itself, for one thing: reading a person's access at sign-in (personnel's
 * `Employee.access`). It is the only service identity a gateway assertion may carry.
 */
export const gatewayServiceIdentity = (): Identity => serviceIdentity('gateway');

export interface ServiceAssertionOptions extends RequestBinding {
  /**
   * The caller's gateway assertion, as the asking subgraph received it: the service then asks on
   * the caller's behalf, and the answering subgraph applies the caller's permissions.
   */
  onBehalfOf?: string;
}

export async function signServiceAssertion(name: string, serviceKey: CryptoKey, options: ServiceAssertionOptions) {
  const claims: JWTPayload = { ...toClaims(serviceIdentity(name)), ...(options.onBehalfOf ? { obo: options.onBehalfOf } : {}) };
  return assertion(claims, `service:${name}`, SERVICE_ASSERTION.issuer, options, serviceKey);
}

export interface VerifiedServiceAssertion {
  /** Whose permissions apply: the service itself, or the caller it asks for. */
  identity: Identity;
  /** The caller's gateway assertion, when the service asked on a caller's behalf. */
  onBehalfOf: string | null;
}

/**
 * A service assertion, and the caller it speaks for when it carries one: that caller's gateway
 * assertion must be genuine, made for the asking service's subgraph, and recent. A service cannot
 * invent a caller, and a caller's assertion cannot be carried by anyone but a service.
 */
export async function verifyServiceAssertion(
  token: string,
  keys: { service: CryptoKey; gateway: CryptoKey },
  binding: VerifyBinding,
): Promise<VerifiedServiceAssertion> {
  const payload = await verifyBound(token, keys.service, SERVICE_ASSERTION.issuer, binding);
  const service = fromClaims(payload);
  if (service.kind !== 'service') throw new Error('not a service identity');
  if (typeof payload.obo !== 'string') return { identity: service, onBehalfOf: null };
  const { payload: caller } = await verifyJwt(payload.obo, keys.gateway, {
    issuer: GATEWAY_ASSERTION.issuer,
    audience: subgraphAudience(service.subject.replace(/^service:/, '')),
    algorithms: [SIGNING_ALGORITHM],
    requiredClaims: ['iat'],
    // The caller's assertion was checked (and used) by the asking subgraph; here it only proves the caller.
    clockTolerance: DELEGATION_MAX_AGE_SECONDS,
    maxTokenAge: DELEGATION_MAX_AGE_SECONDS,
  });
  return { identity: fromClaims(caller), onBehalfOf: payload.obo };
}
