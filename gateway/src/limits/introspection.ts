import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type OperationDefinitionNode } from 'graphql';
import type { GatewayContext } from '../identity.js';
import type { IntrospectionPolicy } from './config.js';
import { said } from '../messages.js';
import { currentLanguage, descriptionIn, type Language } from '@kpi/platform';

const asking = new WeakMap<OperationDefinitionNode, boolean>();

/**
 * Whether an operation asks the schema anywhere (`__schema`, `__type`). Asked of every answer;
 * known once per parsed operation (Apollo Server hands back the same nodes for a query it has seen).
 */
export function asksSchema(operation: OperationDefinitionNode): boolean {
  let found = asking.get(operation);
  if (found === undefined) {
    found = false;
    visit(operation, {
      [Kind.FIELD](node) {
        if (node.name.value === '__schema' || node.name.value === '__type') found = true;
      },
    });
    asking.set(operation, found);
  }
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

/**
 * The schema's descriptions in the caller's language: each carries its Vietnamese after a mark
 * (platform/src/i18n/descriptions.ts); an answer that asked the schema gets the part the caller
 * reads — GraphiQL in a Vietnamese browser documents the graph in Vietnamese.
 */
export function describedInLanguagePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response, contextValue }) {
          if (!operation || response.body.kind !== 'single' || !asksSchema(operation)) return;
          const language = contextValue.language ?? currentLanguage();
          const data = response.body.singleResult.data;
          if (!data) return;
          // Only what the schema said: a domain field that happens to be called `description` is the caller's data.
          for (const selection of operation.selectionSet.selections)
            if (selection.kind === Kind.FIELD && (selection.name.value === '__schema' || selection.name.value === '__type'))
              localize(data[selection.alias?.value ?? selection.name.value], language);
        },
      };
    },
  };
}

function localize(value: unknown, language: Language) {
  if (Array.isArray(value)) for (const item of value) localize(item, language);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const [key, inner] of Object.entries(record)) {
      if (key === 'description' && typeof inner === 'string') record[key] = descriptionIn(inner, language);
      else localize(inner, language);
    }
  }
}
