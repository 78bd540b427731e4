import { IDENTITY_HEADER, signGatewayAssertion, unauthenticated, verifyUserToken, type Identity } from '@kpi/platform';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { CryptoKey } from 'jose';

export interface GatewayContext {
  identity: Identity | null;
  /** The signed assertion forwarded to subgraphs, made once per request on first use. */
  assertion?: Promise<string>;
  gatewayKey: CryptoKey;
}

const unauthenticatedResponse = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/** A missing token is allowed here (introspection needs none); a bad one never is. */
export async function identityFromRequest(authorization: string | undefined, issuerPublicKey: CryptoKey): Promise<Identity | null> {
  if (!authorization) return null;
  const [scheme, token] = authorization.split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) throw unauthenticatedResponse('Send the token as `Authorization: Bearer <token>`.');
  try {
    return await verifyUserToken(token, issuerPublicKey);
  } catch {
    throw unauthenticatedResponse('The bearer token is invalid or expired; sign in again.');
  }
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
 * Forwards the caller's identity to a subgraph as a short-lived assertion the gateway signs; the
 * caller's own token never travels further than the gateway.
 */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const ctx = context as Partial<GatewayContext>;
    if (!ctx.identity || !ctx.gatewayKey) return;
    ctx.assertion ??= signGatewayAssertion(ctx.identity, ctx.gatewayKey);
    request.http?.headers.set(IDENTITY_HEADER, await ctx.assertion);
  }
}
