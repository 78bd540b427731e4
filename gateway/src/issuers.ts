import { outsideRequests, serviceUnavailable, unauthenticated, USER_TOKEN, verifyUserToken, type Principal } from '@kpi/platform';
import {
  createRemoteJWKSet,
  decodeJwt,
  errors as joseErrors,
  jwtVerify,
  type CryptoKey,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { LRUCache } from 'lru-cache';
import { said } from './messages.js';

/**
 * An OpenID Connect provider the gateway trusts to sign people in: a province's Keycloak, the
 * national VNeID, a ministry's SSO, or the embedded development provider. Configured by its
 * issuer URL alone; its keys come from its discovery document.
 */
export interface OidcIssuer {
  /** The `iss` of its tokens, and where `/.well-known/openid-configuration` is found. */
  issuer: string;
  /** The `aud` its access tokens must carry for the graph. */
  audience: string;
  /** Which claim names the employee, and as what: the employee code (a username) or the employee id. */
  employee: { claim: string; by: 'id' | 'code' };
  /** The signing algorithms accepted from it (never `none`, never a symmetric one). */
  algorithms?: string[];
  /** After fetching its keys, how long before a token with an unknown `kid` may fetch them again (default 30 s). */
  keyRefetchSeconds?: number;
}

/**
 * A token once verified is taken at its word for this long at most (and never past its `exp` or
 * its maximum age): a caller presents the same token on every request, and checking its signature
 * again each time was a tenth of the gateway's CPU per diary write. The same bound as the access
 * kept per session (access.ts): a provider's key withdrawn shows within it.
 */
export const VERIFIED_TOKEN = { seconds: 30, max: 20_000 };

/** Asymmetric algorithms only: an HMAC "signature" would need the secret shared with every verifier. */
export const DEFAULT_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];
const SYMMETRIC = /^HS/;

/** How the remote key sets are kept: fetched at first use, refreshed in the background, re-fetched for an unknown `kid`. */
export const KEY_SET = { timeoutMs: 5_000, cacheMaxAgeMs: 10 * 60_000, cooldownMs: 30_000 };

/**
 * Reads `KPI_OIDC_ISSUERS`: a JSON array of issuers, e.g.
 * `[{"issuer":"https://sso.example.gov.vn/realms/kpi","audience":"kpi-graph","employee":{"claim":"preferred_username","by":"code"}}]`.
 */
export function oidcIssuersFromEnv(env: NodeJS.ProcessEnv = process.env): OidcIssuer[] {
  if (!env.KPI_OIDC_ISSUERS) return [];
  const parsed = JSON.parse(env.KPI_OIDC_ISSUERS) as OidcIssuer[];
  for (const issuer of parsed) assertIssuer(issuer);
  return parsed;
}

function assertIssuer(config: OidcIssuer) {
  if (!config.issuer || !/^https?:\/\//.test(config.issuer)) throw new Error(`An OIDC issuer needs its URL: ${JSON.stringify(config)}`);
  if (!config.audience) throw new Error(`OIDC issuer ${config.issuer}: name the audience of the graph's tokens`);
  if (!config.employee?.claim || !['id', 'code'].includes(config.employee.by))
    throw new Error(`OIDC issuer ${config.issuer}: say which claim names the employee, by "id" or "code"`);
  if ((config.algorithms ?? []).some((alg) => SYMMETRIC.test(alg) || alg === 'none'))
    throw new Error(`OIDC issuer ${config.issuer}: only asymmetric signing algorithms are accepted`);
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** One trusted provider: its discovery document read once, its key set cached and refreshed. */
class RemoteIssuer {
  private keys: Promise<JWTVerifyGetKey & { reload(): Promise<void> }> | null = null;
  private refresher: NodeJS.Timeout | null = null;

  constructor(
    readonly config: OidcIssuer,
    private readonly fetch: Fetch,
  ) {}

  async verify(token: string): Promise<Principal> {
    const keys = await this.keySet();
    const { payload } = await jwtVerify(token, keys, {
      issuer: this.config.issuer,
      audience: this.config.audience,
      algorithms: this.config.algorithms ?? DEFAULT_ALGORITHMS,
      requiredClaims: ['exp', 'iat', 'sub'],
      clockTolerance: USER_TOKEN.clockSkewSeconds,
      maxTokenAge: USER_TOKEN.maxLifetimeSeconds,
    });
    return this.principal(payload);
  }

  /**
   * Who the token names: a client acting for itself (client credentials: its `sub` is its own
   * `client_id`), else the person named by the configured claim.
   */
  private principal(payload: JWTPayload): Principal {
    const clientId = payload.client_id ?? payload.azp;
    if (typeof clientId === 'string' && payload.sub === clientId)
      return { kind: 'client', clientId, scopes: typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [] };
    const value = payload[this.config.employee.claim];
    if (typeof value !== 'string' || !value) throw new Error(`token has no ${this.config.employee.claim} claim naming the employee`);
    return {
      kind: 'person',
      subject: `${this.config.issuer}#${payload.sub}`,
      employee: { by: this.config.employee.by, value },
      name: typeof payload.name === 'string' ? payload.name : null,
    };
  }

  /** Discovery then the key set, once; a failure is forgotten so the next request tries again. */
  private keySet() {
    this.keys ??= this.discover().catch((error) => {
      this.keys = null;
      throw error;
    });
    return this.keys;
  }

  private async discover() {
    const url = `${this.config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const response = await this.fetch(url, { signal: AbortSignal.timeout(KEY_SET.timeoutMs) });
    if (!response.ok) throw new Error(`discovery at ${url} answered ${response.status}`);
    const metadata = (await response.json()) as { issuer?: string; jwks_uri?: string };
    // OpenID Connect Discovery §4.3: the document must name the very issuer it was fetched for.
    if (metadata.issuer !== this.config.issuer) throw new Error(`discovery at ${url} names issuer ${metadata.issuer}`);
    if (!metadata.jwks_uri) throw new Error(`discovery at ${url} names no jwks_uri`);
    const keys = createRemoteJWKSet(new URL(metadata.jwks_uri), {
      timeoutDuration: KEY_SET.timeoutMs,
      cacheMaxAge: KEY_SET.cacheMaxAgeMs,
      cooldownDuration: this.config.keyRefetchSeconds !== undefined ? this.config.keyRefetchSeconds * 1000 : KEY_SET.cooldownMs,
    });
    // Refreshed before it goes stale, off any request's path (and out of the trace of the request
    // that asked first); a failed refresh keeps the old keys.
    this.refresher = outsideRequests(() => setInterval(() => void keys.reload().catch(() => {}), KEY_SET.cacheMaxAgeMs / 2));
    this.refresher.unref();
    return keys;
  }

  stop() {
    if (this.refresher) clearInterval(this.refresher);
  }
}

/**
 * The issuers the gateway accepts tokens from: the graph's own development issuer (tokens signed
 * with the issuer key, `pnpm tokens`' fallback and the tests') and the configured OpenID Connect
 * providers. A token is routed by its `iss` (read before verifying, only to choose the keys), then
 * verified entirely by that issuer's rules. Verifying is local: keys are cached.
 */
export class Issuers {
  private readonly remote: Map<string, RemoteIssuer>;
  /** Tokens verified lately, and until when each may be taken without checking again (epoch ms). */
  private readonly verified = new LRUCache<string, { principal: Principal; until: number }>({ max: VERIFIED_TOKEN.max });

  constructor(
    private readonly ownKey: CryptoKey,
    oidc: OidcIssuer[],
    fetch: Fetch = globalThis.fetch,
  ) {
    for (const config of oidc) assertIssuer(config);
    this.remote = new Map(oidc.map((config) => [config.issuer, new RemoteIssuer(config, fetch)]));
  }

  /** Who the token names; UNAUTHENTICATED for any bad token, SERVICE_UNAVAILABLE when its issuer's keys cannot be had. */
  async verify(token: string): Promise<Principal> {
    const known = this.verified.get(token);
    if (known && Date.now() < known.until) return known.principal;
    let claims: JWTPayload;
    try {
      claims = decodeJwt(token);
    } catch {
      throw invalid();
    }
    const principal = await this.verifyAnew(token, claims.iss);
    // Kept no longer than jose itself would accept it (exp, iat + the longest life), without its skew.
    const until = Math.min(
      Date.now() + VERIFIED_TOKEN.seconds * 1000,
      claims.exp! * 1000,
      (claims.iat! + USER_TOKEN.maxLifetimeSeconds) * 1000,
    );
    if (until > Date.now()) this.verified.set(token, { principal, until });
    return principal;
  }

  private async verifyAnew(token: string, issuer: unknown): Promise<Principal> {
    if (issuer === USER_TOKEN.issuer) {
      try {
        return await verifyUserToken(token, this.ownKey);
      } catch {
        throw invalid();
      }
    }
    const remote = typeof issuer === 'string' ? this.remote.get(issuer) : undefined;
    if (!remote) throw unauthenticated(said.foreignIssuer({ issuer: String(issuer).slice(0, 80) }), 401);
    try {
      return await remote.verify(token);
    } catch (error) {
      if (unreachable(error)) throw serviceUnavailable(said.providerUnreachable({ issuer: remote.config.issuer }), 'identity provider');
      throw invalid();
    }
  }

  stop() {
    for (const remote of this.remote.values()) remote.stop();
  }
}

const invalid = () => unauthenticated(said.invalidToken(), 401);

/** The provider or its keys out of reach (not a bad token): a timeout, a refused connection, an error page. */
function unreachable(error: unknown): boolean {
  if (error instanceof joseErrors.JWKSTimeout) return true;
  if (error instanceof joseErrors.JOSEError) return /Expected 200 OK/.test(error.message);
  const { name, message } = error as { name?: string; message?: string };
  return name === 'TimeoutError' || name === 'TypeError' || /discovery at|fetch failed/.test(message ?? '');
}
