import {
  ACCESS_CHANGED_HEADER,
  IDENTITY_HEADER,
  REQUEST_ID_HEADER,
  signGatewayAssertion,
  type Observed,
  unauthenticated,
  type Identity,
  type Principal,
  type Language,
} from '@kpi/platform';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { AccessDirectory, KnownCaller } from './access.js';
import type { Issuers } from './issuers.js';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { CryptoKey } from 'jose';
import { said } from './messages.js';
import { deduplicate, expand } from './representations.js';

export interface GatewayContext {
  identity: Identity | null;
  gatewayKey: CryptoKey;
  /** Its id in the published key set (/.well-known/jwks.json), written into every assertion. */
  gatewayKeyId: string;
  /** The request's id, sent with every subgraph fetch (their log lines carry it too). */
  requestId?: string;
  /** What the access log and the metrics report of this request. */
  observed?: Observed;
  /** The language the caller asked for, asked of every subgraph in turn. */
  language?: Language;
}

const unauthenticatedResponse = (message: string) => unauthenticated(message, 401);

/** A verified bearer token: who it names, and the token itself (one signed-in session). */
export interface Bearer {
  token: string;
  principal: Principal;
}

/**
 * Verifies the token locally (a signature and its claims, with cached keys: no call to anyone). A
 * missing token is allowed here (introspection needs none); a bad one never is.
 */
export async function bearerOf(authorization: string | undefined, issuers: Issuers): Promise<Bearer | null> {
  if (!authorization) return null;
  const [scheme, token] = authorization.split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) throw unauthenticatedResponse(said.bearerOnly());
  return { token, principal: await issuers.verify(token) };
}

/** The caller as the records know it: a person's roles and scope, a client's register entry (and its rate limit). */
export async function callerOf(bearer: Bearer, access: AccessDirectory): Promise<KnownCaller> {
  const { principal } = bearer;
  if (principal.kind === 'client') return access.clientOf(principal);
  return {
    identity: await access.identityOf({ session: bearer.token, employee: principal.employee }),
    requestsPerWindow: null,
    safelist: null,
  };
}

/** Operations that only ask about the schema are answered by the gateway itself, token or not. */
export function isIntrospectionOnly(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'));
}

export const requireIdentityPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }: { operation: OperationDefinitionNode; contextValue: GatewayContext }) {
        if (!contextValue.identity && !isIntrospectionOnly(operation)) throw unauthenticated();
      },
    };
  },
};

/**
 * Forwards the caller's identity to a subgraph as an assertion the gateway signs for that one
 * fetch: its audience is the subgraph, it carries the digest of the body being sent (so the
 * `_entities` representations in it are the ones the gateway composed), an id good once, and 30
 * seconds of life. The caller's own token never travels further than the gateway.
 */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
    /** The directory of access, when this subgraph keeps its records: it says whose access a write changed. */
    private readonly access?: AccessDirectory,
  ) {
    super(config);
  }

  /** Each distinct `_entities` representation is sent once (see representations.ts). */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const deduplicated = deduplicate(options.request);
    if (!deduplicated) return super.process(options);
    options.request.variables = deduplicated.variables;
    return expand(await super.process(options), deduplicated);
  }

  override async didReceiveResponse({
    response,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    const changed = this.access && response.http?.headers.get(ACCESS_CHANGED_HEADER);
    if (changed) this.access!.forget(changed.split(','));
    return response;
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const ctx = context as Partial<GatewayContext>;
    if (ctx.requestId) request.http?.headers.set(REQUEST_ID_HEADER, ctx.requestId);
    if (ctx.language) request.http?.headers.set('accept-language', ctx.language);
    if (!ctx.identity || !ctx.gatewayKey) return;
    const assertion = await signGatewayAssertion(ctx.identity, ctx.gatewayKey, {
      keyId: ctx.gatewayKeyId,
      audience: this.subgraph,
      body: { query: request.query, operationName: request.operationName, variables: request.variables },
    });
    request.http?.headers.set(IDENTITY_HEADER, assertion);
  }
}
