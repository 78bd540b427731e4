import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@tag", "@inaccessible", "@override"])';

export interface FederatedSchemaOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  /** Entity stubs from other subgraphs must be listed, or type-graphql drops them silently. */
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /** `__resolveReference` per entity type name. */
  referenceResolvers: GraphQLResolverMap<any>;
}

export interface FederatedSchema {
  schema: GraphQLSchema;
  /** The subgraph's SDL with federation directives, as composition reads it. */
  sdl: string;
}

/**
 * type-graphql builds the schema from decorated classes; its printed SDL (directives included)
 * plus its resolvers become an Apollo subgraph schema with `_entities` and `_service`.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<FederatedSchema> {
  const plain = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    skipCheck: true,
    validate: false,
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(plain)}`;
  const resolvers = createResolversMap(plain) as GraphQLResolverMap<any>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(reference as object) } as never;
  }
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers }]);
  return { schema, sdl };
}
