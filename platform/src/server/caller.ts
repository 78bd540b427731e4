import type { CryptoKey } from 'jose';
import { decodeJwt } from 'jose';
import { DomainError, ErrorCode, signInFirst } from '../errors.js';
import type { Identity } from '../identity/identity.js';
import {
  GATEWAY_ASSERTION,
  gatewayServiceIdentity,
  IDENTITY_HEADER,
  SERVICE_ASSERTION,
  verifyGatewayAssertion,
  verifyServiceAssertion,
  type ReplayGuard,
  type SubgraphRequestBody,
} from '../identity/tokens.js';

/** Who asks a subgraph, as its assertion proves. */
export interface VerifiedCaller {
  identity: Identity;
  /**
   * The gateway assertion that proves the caller (for a person or client), which the subgraph may
   * carry when it asks a peer on the caller's behalf; null when a service asks as itself.
   */
  delegation: string | null;
}

export interface CallerKeys {
  gateway: CryptoKey;
  service: CryptoKey;
}

export class CallerRefused extends DomainError {
  constructor(
    readonly reason: string,
    status = 401,
  ) {
    super(ErrorCode.UNAUTHENTICATED, signInFirst(), { http: { status } });
  }
}

/**
 * The subgraph's door: every GraphQL request (`_entities` included) must be a POST carrying an
 * assertion signed by the gateway or by one of the graph's own subgraphs, made for this subgraph,
 * for this very body, not yet used and not expired. What fails says nothing to the caller about
 * why (the reason is for the operators' log).
 */
export async function verifyCaller(
  request: { method: string; header(name: string): string | undefined; body: unknown },
  subgraph: string,
  keys: CallerKeys,
  replay: ReplayGuard,
): Promise<VerifiedCaller> {
  if (request.method !== 'POST') throw new CallerRefused('not a POST (subgraphs answer POST only)');
  const token = request.header(IDENTITY_HEADER);
  if (!token) throw new CallerRefused('no assertion');
  const body = request.body;
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new CallerRefused('no single JSON request body');
  const binding = { audience: subgraph, body: body as SubgraphRequestBody, replay };
  let issuer: unknown;
  try {
    issuer = decodeJwt(token).iss;
  } catch {
    throw new CallerRefused('assertion is not a JWT');
  }
  try {
    if (issuer === GATEWAY_ASSERTION.issuer) {
      const identity = await verifyGatewayAssertion(token, keys.gateway, binding);
      // Services never enter through the gateway, so the gateway never speaks for one — only for
      // itself, reading access at sign-in.
      if (identity.kind === 'service' && identity.subject !== gatewayServiceIdentity().subject)
        throw new Error('a gateway assertion for a service identity');
      return { identity, delegation: identity.kind === 'service' ? null : token };
    }
    if (issuer === SERVICE_ASSERTION.issuer) {
      const verified = await verifyServiceAssertion(token, keys, binding);
      return { identity: verified.identity, delegation: verified.onBehalfOf };
    }
  } catch (error) {
    throw new CallerRefused((error as Error).message);
  }
  throw new CallerRefused(`unknown assertion issuer ${String(issuer).slice(0, 40)}`);
}
