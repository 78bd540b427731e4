import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  getNamedType,
  isInputObjectType,
  isObjectType,
  isScalarType,
  Kind,
  parse,
  parseType,
  type ConstDirectiveNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type InputValueDefinitionNode,
  type ScalarTypeDefinitionNode,
} from 'graphql';
import { buildSchema, createResolversMap, getMetadataStorage, type BuildSchemaOptions } from 'type-graphql';
import { guardArguments, INPUT_RULE_DIRECTIVES } from './input-rules.js';
import { GraphQLDateTimeISO, INPUT_SCALARS } from './scalars.js';
import { described } from '../i18n/descriptions.js';

export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@tag", "@inaccessible", "@override"])';

/** The contract tag of the parts of the graph meant for third parties (`/partner/graphql`): put on a type, or on a field. */
export const PARTNER_TAG = 'partner';
export const PARTNER = `@tag(name: "${PARTNER_TAG}")`;

export interface FederatedSchemaOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  /** Entity stubs from other subgraphs must be listed, or type-graphql drops them silently. */
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /** `__resolveReference` per entity type name. */
  referenceResolvers: GraphQLResolverMap<never>;
}

export interface FederatedSchema {
  schema: GraphQLSchema;
  /** The subgraph's SDL with federation directives, as composition reads it. */
  sdl: string;
}

/**
 * The scalars a client can send must be the platform's own (strict, see scalars.ts): a scalar of
 * the same name from elsewhere (graphql-scalars' LocalDate) would parse by other rules.
 */
function assertPlatformInputScalars(schema: GraphQLSchema) {
  const inputs = new Set<GraphQLNamedType>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type))
      for (const field of Object.values(type.getFields())) for (const arg of field.args) inputs.add(getNamedType(arg.type));
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) inputs.add(getNamedType(field.type));
  }
  for (const type of inputs) {
    if (!isScalarType(type) || ['ID', 'String', 'Int', 'Float', 'Boolean'].includes(type.name)) continue;
    if (!INPUT_SCALARS.includes(type))
      throw new Error(
        `The scalar ${type.name} is taken as input but is not one of @kpi/platform's (${INPUT_SCALARS.map((s) => s.name).join(', ')}): import it from @kpi/platform.`,
      );
  }
}

/**
 * type-graphql drops the directives of a `@FieldResolver`'s arguments (it looks them up on the
 * object type's class, not the resolver's): `@Constraint({ year: true })` on
 * `Employee.annualAssessment(year:)` would silently do nothing. They are put back here.
 */
function restoreFieldResolverArgumentDirectives(schema: GraphQLSchema, resolvers: BuildSchemaOptions['resolvers']) {
  const storage = getMetadataStorage();
  const classes = new Set<unknown>(Array.isArray(resolvers) ? resolvers : []);
  for (const resolver of storage.fieldResolvers) {
    if (!classes.has(resolver.target) || !resolver.getObjectType) continue;
    const objectClass = resolver.getObjectType();
    const typeName = storage.objectTypes.find((type) => type.target === objectClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    if (!isObjectType(type)) continue;
    const field = type.getFields()[resolver.schemaName];
    for (const directive of storage.argumentDirectives) {
      if (directive.target !== resolver.target || directive.fieldName !== resolver.methodName) continue;
      const param = resolver.params?.find((p) => p.index === directive.parameterIndex && p.kind === 'arg') as { name: string } | undefined;
      const arg = field?.args.find((a) => a.name === param?.name);
      if (!arg) continue;
      const node = (parse(`scalar Directed ${directive.directive.nameOrDefinition}`).definitions[0] as ScalarTypeDefinitionNode)
        .directives![0]!;
      if (arg.astNode?.directives?.some((d) => d.name.value === node.name.value)) continue;
      const astNode: InputValueDefinitionNode = arg.astNode ?? {
        kind: Kind.INPUT_VALUE_DEFINITION,
        name: { kind: Kind.NAME, value: arg.name },
        type: parseType(String(arg.type)),
      };
      (arg as { astNode: InputValueDefinitionNode }).astNode = {
        ...astNode,
        directives: [...(astNode.directives ?? []), node as ConstDirectiveNode],
      };
    }
  }
}

/**
 * type-graphql builds the schema from decorated classes; its printed SDL (directives included)
 * plus its resolvers become an Apollo subgraph schema with `_entities` and `_service`. Every
 * resolver that takes arguments is put behind the platform's input rules (input-rules.ts).
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<FederatedSchema> {
  const plain = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    skipCheck: true,
    validate: false,
    directives: INPUT_RULE_DIRECTIVES,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTimeISO }],
  });
  assertPlatformInputScalars(plain);
  // The roots, described alike by every subgraph (composition keeps one description per type).
  const query = plain.getQueryType();
  if (query) query.description = described('What can be read', 'Những gì có thể đọc');
  const mutation = plain.getMutationType();
  if (mutation) mutation.description = described('What can be changed', 'Những gì có thể thay đổi');
  restoreFieldResolverArgumentDirectives(plain, options.resolvers);
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(plain)}`;
  const resolvers = createResolversMap(plain) as GraphQLResolverMap;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(reference as object) } as never;
  }
  const schema = guardArguments(buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers }]));
  return { schema, sdl };
}
