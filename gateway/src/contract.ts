import { Supergraph } from '@apollo/federation-internals';
import {
  buildASTSchema,
  Kind,
  parse,
  print,
  printSchema,
  type DirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type GraphQLSchema,
  type InputValueDefinitionNode,
  type TypeNode,
} from 'graphql';

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

/** What the subgraphs tagged: whole types, and single fields (`Type.field`). */
function taggedIn(supergraph: DocumentNode, tag: string) {
  const isTagged = (directives: readonly DirectiveNode[] | undefined) =>
    (directives ?? []).some(
      (d) =>
        d.name.value === 'tag' &&
        d.arguments?.some((a) => a.name.value === 'name' && a.value.kind === Kind.STRING && a.value.value === tag),
    );
  const types = new Set<string>();
  const fields = new Set<string>();
  for (const definition of supergraph.definitions) {
    if (!('name' in definition) || !definition.name || !('directives' in definition)) continue;
    const name = definition.name.value;
    if (isTagged(definition.directives)) types.add(name);
    if ('fields' in definition)
      for (const field of definition.fields ?? []) if (isTagged(field.directives)) fields.add(`${name}.${field.name.value}`);
  }
  return { types, fields };
}

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/**
 * A contract of the graph: only what the subgraphs tagged `tag` in their SDL (`@tag(name: "partner")`
 * on a type — all its fields — or on single fields), plus the enums, scalars and unions those use.
 * Derived from the supergraph's API schema, so it is exactly the public graph, filtered. A tagged
 * field that uses an object or input type nobody tagged is an error: the contract would not be a
 * schema. The schema tooling writes it (schema/contracts/<tag>.graphql, checked in CI); the gateway
 * derives it at start and serves it on its own endpoint.
 */
export function contractSchema(supergraphSdl: string, tag: string): GraphQLSchema {
  const contract = contractOf(supergraphSdl, tag);
  if (!contract) throw new Error(`The ${tag} contract is empty: no subgraph tagged anything ${tag}.`);
  return contract;
}

/** The contract, or null when nothing in this supergraph is tagged (a graph of some subgraphs only). */
export function contractOf(supergraphSdl: string, tag: string): GraphQLSchema | null {
  const tagged = taggedIn(parse(supergraphSdl), tag);
  if (!tagged.types.size && !tagged.fields.size) return null;
  const api = parse(printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema()));
  const keepField = (type: string, field: { name: { value: string } }) =>
    tagged.types.has(type) || tagged.fields.has(`${type}.${field.name.value}`);

  const kept: DefinitionNode[] = [];
  const withFields = new Set<string>();
  for (const definition of api.definitions) {
    if (
      definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
      definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION ||
      definition.kind === Kind.INTERFACE_TYPE_DEFINITION
    ) {
      const fields = (definition.fields ?? []).filter((field: FieldDefinitionNode | InputValueDefinitionNode) =>
        keepField(definition.name.value, field),
      );
      if (!fields.length) continue;
      kept.push({ ...definition, fields, interfaces: undefined } as DefinitionNode);
      withFields.add(definition.name.value);
    }
  }
  // The leaf types (enums, scalars) and unions the kept fields use, and nothing they do not.
  const used = new Map<string, string>();
  for (const definition of kept)
    for (const field of (definition as { fields: readonly (FieldDefinitionNode | InputValueDefinitionNode)[] }).fields) {
      const where = `${(definition as { name: { value: string } }).name.value}.${field.name.value}`;
      used.set(namedType(field.type), where);
      for (const argument of 'arguments' in field ? (field.arguments ?? []) : []) used.set(namedType(argument.type), where);
    }
  const leaves = new Map(
    api.definitions
      .filter(
        (d) => d.kind === Kind.ENUM_TYPE_DEFINITION || d.kind === Kind.SCALAR_TYPE_DEFINITION || d.kind === Kind.UNION_TYPE_DEFINITION,
      )
      .map((d) => [(d as { name: { value: string } }).name.value, d]),
  );
  for (const [type, where] of used) {
    if (BUILT_IN_SCALARS.has(type) || withFields.has(type)) continue;
    const leaf = leaves.get(type);
    if (!leaf)
      throw new Error(`The ${tag} contract: ${where} uses ${type}, which is not tagged ${tag}; tag the type or leave the field out.`);
    kept.push(leaf);
  }
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: kept };
  if (!withFields.has('Query')) throw new Error(`The ${tag} contract has no query field: tag at least one.`);
  return buildASTSchema(document);
}

/** The contract as SDL, as the schema tooling commits it. */
export const printContract = (schema: GraphQLSchema) => `${print(parse(printSchema(schema))).trim()}\n`;
