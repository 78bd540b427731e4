import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type OperationDefinitionNode } from 'graphql';
import type { GatewayContext } from '../identity.js';
import type { IntrospectionPolicy } from './config.js';
import { said } from '../messages.js';

/** Whether an operation asks the schema anywhere (`__schema`, `__type`). */
export function asksSchema(operation: OperationDefinitionNode): boolean {
  let found = false;
  visit(operation, {
    [Kind.FIELD](node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/**
 * Introspection by policy (config.ts: open in development, signed-in callers only in production,
 * or off). `off` is Apollo's own `introspection: false` (a validation error); `signed-in` refuses
 * an anonymous schema question with UNAUTHENTICATED (401).
 */
export function introspectionPlugin(policy: IntrospectionPolicy): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (policy !== 'signed-in' || contextValue.identity || !operation || !asksSchema(operation)) return;
          throw new GraphQLError(said.schemaForSignedIn(), { extensions: { code: 'UNAUTHENTICATED' } });
        },
      };
    },
  };
}
