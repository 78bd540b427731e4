/**
 * Who may define what. The province's subgraphs own the graph's shared types; a department's
 * subgraph (an entry whose `owner` is an agency code) joins the graph by extending the province's
 * entities with fields of its own, under their @key. Composition alone does not hold this: it
 * merges whatever the subgraphs say — a department's description of `Employee` silently became the
 * one clients read, a `@shareable` copy of a personnel field or an `@override` would let a
 * department answer for the province's data, an enum value it adds appears in the province's enum.
 *
 * The rules are checked on each subgraph's parsed SDL (graphql-js), before composition, so the
 * message names the department, the element and the rule; composition's own hints about a
 * department disagreeing with a province subgraph are turned into the same errors afterwards.
 */
import { PROVINCE } from '@kpi/platform';
import {
  Kind,
  OperationTypeNode,
  parse,
  print,
  type DirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type OperationDefinitionNode,
  type StringValueNode,
} from 'graphql';
import type { HintSummary } from './hints.js';

export type OwnershipRule = 'province-description' | 'province-field' | 'province-override' | 'province-root-field' | 'province-type';

/** Each rule in one sentence, printed under the violations (docs/governance.md says it at length). */
export const OWNERSHIP_RULES: Record<OwnershipRule, string> = {
  'province-description':
    "a department gives no description of its own to a type, field, argument or enum value a province subgraph defines (repeating the province's word for word is harmless): composition would pick one of the two silently",
  'province-field':
    "a department adds fields of its own to the province's entities, under their @key; a field a province subgraph resolves it repeats only as a key field or @external, never to resolve it itself (@shareable, @provides)",
  'province-override': 'a department never takes a field from a province subgraph with @override',
  'province-root-field': 'a department adds root fields of its own; it never defines one a province subgraph defines',
  'province-type':
    "a department extends a province entity only under its @key, and repeats the province's other types (enums, inputs, scalars, value objects, unions) only as the province defines them",
};

export interface OwnershipViolation {
  subgraph: string;
  /** The department's agency code. */
  owner: string;
  /** `Employee`, `Employee.fullName`, `Query.employees(first:)`, `StaffType.CIVIL_SERVANT` */
  element: string;
  rule: OwnershipRule;
  /** What the subgraph does, said after its name: `describes Employee in words of its own; personnel defines it`. */
  message: string;
}

export interface OwnedSdl {
  name: string;
  owner: string;
  sdl: string;
}

interface ArgumentShape {
  type: string;
  description?: string;
  defaultValue?: string;
}

interface FieldShape extends ArgumentShape {
  external: boolean;
  overrideFrom?: string;
  /** The top-level fields its @provides lets this subgraph resolve on the returned type. */
  provides: string[];
  args: Map<string, ArgumentShape>;
}

type TypeKind = 'object' | 'interface' | 'union' | 'enum' | 'input' | 'scalar';

interface TypeShape {
  kind: TypeKind;
  description?: string;
  keyed: boolean;
  /** The top-level fields named by its @key directives. */
  keyFields: Set<string>;
  fields: Map<string, FieldShape>;
  values: Map<string, { description?: string }>;
  members: Set<string>;
}

interface SubgraphShape {
  name: string;
  owner: string;
  types: Map<string, TypeShape>;
  roots: Set<string>;
}

const FEDERATION_URL = /^https:\/\/specs\.apollo\.dev\/federation\/v\d/;
const FEDERATION_DIRECTIVES = ['key', 'external', 'requires', 'provides', 'shareable', 'override', 'extends', 'tag', 'inaccessible'];
/** What federation adds to every subgraph: no one's domain. */
const isFederationMachinery = (name: string) => name.startsWith('_') || name.startsWith('link__') || name.startsWith('federation__');

/**
 * How this SDL spells federation's directives: imported by name or renamed (`@link(import: [{ name:
 * "@key", as: "@primaryKey" }])`), or prefixed (`@federation__key`); a federation 1 SDL (no @link)
 * uses the plain names. Answers the federation name of a directive application, if it is one.
 */
function federationDirectiveNames(document: DocumentNode): (applied: string) => string | undefined {
  const names = new Map<string, string>();
  let linked = false;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      if (link.name.value !== 'link') continue;
      const url = argument(link, 'url');
      if (url?.kind !== Kind.STRING || !FEDERATION_URL.test(url.value)) continue;
      linked = true;
      const as = argument(link, 'as');
      const prefix = `${as?.kind === Kind.STRING ? as.value : 'federation'}__`;
      for (const name of FEDERATION_DIRECTIVES) names.set(`${prefix}${name}`, name);
      const imports = argument(link, 'import');
      for (const imported of imports?.kind === Kind.LIST ? imports.values : []) {
        if (imported.kind === Kind.STRING) names.set(imported.value.replace(/^@/, ''), imported.value.replace(/^@/, ''));
        if (imported.kind === Kind.OBJECT) {
          const name = imported.fields.find((field) => field.name.value === 'name')?.value;
          const renamed = imported.fields.find((field) => field.name.value === 'as')?.value;
          if (name?.kind === Kind.STRING)
            names.set((renamed?.kind === Kind.STRING ? renamed.value : name.value).replace(/^@/, ''), name.value.replace(/^@/, ''));
        }
      }
    }
  }
  if (!linked) for (const name of FEDERATION_DIRECTIVES) names.set(name, name);
  return (applied) => names.get(applied);
}

function argument(directive: DirectiveNode, name: string) {
  return directive.arguments?.find((arg) => arg.name.value === name)?.value;
}

/** The top-level fields of a field set (`"id"`, `"id agency { id }"`). */
function topLevelFields(fieldSet: string): string[] {
  const operation = parse(`{ ${fieldSet} }`).definitions[0] as OperationDefinitionNode;
  return operation.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : []));
}

const KINDS: Partial<Record<DefinitionNode['kind'], TypeKind>> = {
  [Kind.OBJECT_TYPE_DEFINITION]: 'object',
  [Kind.OBJECT_TYPE_EXTENSION]: 'object',
  [Kind.INTERFACE_TYPE_DEFINITION]: 'interface',
  [Kind.INTERFACE_TYPE_EXTENSION]: 'interface',
  [Kind.UNION_TYPE_DEFINITION]: 'union',
  [Kind.UNION_TYPE_EXTENSION]: 'union',
  [Kind.ENUM_TYPE_DEFINITION]: 'enum',
  [Kind.ENUM_TYPE_EXTENSION]: 'enum',
  [Kind.INPUT_OBJECT_TYPE_DEFINITION]: 'input',
  [Kind.INPUT_OBJECT_TYPE_EXTENSION]: 'input',
  [Kind.SCALAR_TYPE_DEFINITION]: 'scalar',
  [Kind.SCALAR_TYPE_EXTENSION]: 'scalar',
};

const descriptionOf = (node: { description?: StringValueNode }) => node.description?.value.trim() || undefined;

const argumentShape = (value: InputValueDefinitionNode): ArgumentShape => ({
  type: print(value.type),
  description: descriptionOf(value),
  defaultValue: value.defaultValue && print(value.defaultValue),
});

/** What one subgraph's SDL defines, its definitions and `extend` blocks of a type taken together. */
function shapeOf({ name, owner, sdl }: OwnedSdl): SubgraphShape {
  const document = parse(sdl);
  const federationName = federationDirectiveNames(document);
  const applied = (directives: readonly DirectiveNode[] | undefined, federationDirective: string) =>
    (directives ?? []).filter((directive) => federationName(directive.name.value) === federationDirective);
  const types = new Map<string, TypeShape>();
  const roots = new Set<string>();
  const declaredRoots = new Map<OperationTypeNode, string>();

  const fieldShape = (field: FieldDefinitionNode): FieldShape => {
    const from = applied(field.directives, 'override').map((directive) => argument(directive, 'from'))[0];
    return {
      type: print(field.type),
      description: descriptionOf(field),
      external: applied(field.directives, 'external').length > 0,
      overrideFrom: from?.kind === Kind.STRING ? from.value : undefined,
      provides: applied(field.directives, 'provides').flatMap((directive) => {
        const fields = argument(directive, 'fields');
        return fields?.kind === Kind.STRING ? topLevelFields(fields.value) : [];
      }),
      args: new Map((field.arguments ?? []).map((arg) => [arg.name.value, argumentShape(arg)])),
    };
  };

  for (const definition of document.definitions) {
    if (definition.kind === Kind.SCHEMA_DEFINITION || definition.kind === Kind.SCHEMA_EXTENSION)
      for (const operation of definition.operationTypes ?? []) declaredRoots.set(operation.operation, operation.type.name.value);
    const kind = KINDS[definition.kind];
    if (!kind || !('name' in definition) || !definition.name) continue;
    const typeName = definition.name.value;
    if (isFederationMachinery(typeName)) continue;
    const type = types.get(typeName) ?? {
      kind,
      keyed: false,
      keyFields: new Set<string>(),
      fields: new Map<string, FieldShape>(),
      values: new Map<string, { description?: string }>(),
      members: new Set<string>(),
    };
    types.set(typeName, type);
    if ('description' in definition) type.description ??= descriptionOf(definition);
    for (const key of applied('directives' in definition ? definition.directives : undefined, 'key')) {
      type.keyed = true;
      const fields = argument(key, 'fields');
      if (fields?.kind === Kind.STRING) for (const field of topLevelFields(fields.value)) type.keyFields.add(field);
    }
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION)
      for (const field of definition.fields ?? [])
        if (!isFederationMachinery(field.name.value)) type.fields.set(field.name.value, fieldShape(field));
    if (definition.kind === Kind.INTERFACE_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_EXTENSION)
      for (const field of definition.fields ?? []) type.fields.set(field.name.value, fieldShape(field));
    if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION || definition.kind === Kind.INPUT_OBJECT_TYPE_EXTENSION)
      for (const field of definition.fields ?? [])
        type.fields.set(field.name.value, { ...argumentShape(field), external: false, provides: [], args: new Map() });
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_EXTENSION)
      for (const value of definition.values ?? []) type.values.set(value.name.value, { description: descriptionOf(value) });
    if (definition.kind === Kind.UNION_TYPE_DEFINITION || definition.kind === Kind.UNION_TYPE_EXTENSION)
      for (const member of definition.types ?? []) type.members.add(member.name.value);
  }
  const defaults: [OperationTypeNode, string][] = [
    [OperationTypeNode.QUERY, 'Query'],
    [OperationTypeNode.MUTATION, 'Mutation'],
    [OperationTypeNode.SUBSCRIPTION, 'Subscription'],
  ];
  for (const [operation, typeName] of defaults) {
    const root = declaredRoots.get(operation) ?? typeName;
    if (types.has(root)) roots.add(root);
  }
  return { name, owner, types, roots };
}

const KIND_NAMES: Record<TypeKind, string> = {
  object: 'an object type',
  interface: 'an interface',
  union: 'a union',
  enum: 'an enum',
  input: 'an input type',
  scalar: 'a scalar',
};

const list = (names: Iterable<string>) => [...names].join(', ');

/**
 * Every way the departments' subgraphs break the province's ownership: from their SDL, and from
 * composition's hints when given (a department disagreeing with a province subgraph about an
 * element, e.g. INCONSISTENT_DESCRIPTION). The province's own subgraphs may change anything.
 */
export function ownershipViolations(subgraphs: readonly OwnedSdl[], hints: readonly HintSummary[] = []): OwnershipViolation[] {
  const shapes = subgraphs.map(shapeOf);
  const province = shapes.filter((shape) => shape.owner === PROVINCE);
  const violations: OwnershipViolation[] = [];
  for (const department of shapes.filter((shape) => shape.owner !== PROVINCE))
    violations.push(...departmentViolations(department, province));
  violations.push(...hintViolations(hints, new Map(subgraphs.map(({ name, owner }) => [name, owner]))));
  const seen = new Set<string>();
  return violations.filter(({ subgraph, element, rule }) => {
    const key = `${subgraph} ${element} ${rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function departmentViolations(department: SubgraphShape, province: readonly SubgraphShape[]): OwnershipViolation[] {
  const violations: OwnershipViolation[] = [];
  const violation = (element: string, rule: OwnershipRule, message: string) =>
    violations.push({ subgraph: department.name, owner: department.owner, element, rule, message });
  const provinceNames = new Set(province.map(({ name }) => name));
  const definers = (typeName: string) => province.filter((shape) => shape.types.has(typeName));
  /** The province subgraphs that resolve a field (declare it, not as @external). */
  const resolvers = (typeName: string, fieldName: string) =>
    definers(typeName).filter((shape) => {
      const field = shape.types.get(typeName)!.fields.get(fieldName);
      return field && !field.external;
    });
  const named = (typeRef: string) => typeRef.replace(/[[\]!]/g, '');

  for (const [typeName, type] of department.types) {
    for (const [fieldName, field] of type.fields) {
      if (field.overrideFrom && provinceNames.has(field.overrideFrom))
        violation(
          `${typeName}.${fieldName}`,
          'province-override',
          `takes ${typeName}.${fieldName} from ${field.overrideFrom} with @override: the province's subgraph answers for its fields`,
        );
      const returned = named(field.type);
      for (const provided of field.provides) {
        const owners = resolvers(returned, provided);
        if (owners.length)
          violation(
            `${returned}.${provided}`,
            'province-field',
            `resolves ${returned}.${provided}, which ${list(owners.map(({ name }) => name))} resolves, through @provides on ${typeName}.${fieldName}`,
          );
      }
    }

    const theirs = definers(typeName);
    if (!theirs.length) continue;
    const definedBy = list(theirs.map(({ name }) => name));
    const provinceKind = theirs[0].types.get(typeName)!.kind;
    if (type.kind !== provinceKind) {
      violation(
        typeName,
        'province-type',
        `declares ${typeName} as ${KIND_NAMES[type.kind]}; ${definedBy} defines ${KIND_NAMES[provinceKind]}`,
      );
      continue;
    }
    const provinceTypes = theirs.map((shape) => shape.types.get(typeName)!);
    // A department repeating the province's words changes nothing (a platform scalar printed by
    // every subgraph built on the platform); words of its own would replace the province's.
    const ownWords = (description: string | undefined, provinceDescriptions: (string | undefined)[]) =>
      description !== undefined && !provinceDescriptions.includes(description);
    const describes = (element: string, what = element) =>
      violation(element, 'province-description', `describes ${what} in words of its own; ${definedBy} defines it`);
    if (
      ownWords(
        type.description,
        provinceTypes.map((provinceType) => provinceType.description),
      )
    )
      describes(typeName);
    const root = department.roots.has(typeName) || theirs.some((shape) => shape.roots.has(typeName));
    const entity = provinceTypes.some((provinceType) => provinceType.keyed);
    for (const [fieldName, field] of type.fields) {
      const provinceFields = provinceTypes.flatMap((provinceType) => provinceType.fields.get(fieldName) ?? []);
      if (!provinceFields.length) continue;
      if (
        ownWords(
          field.description,
          provinceFields.map((provinceField) => provinceField.description),
        )
      )
        describes(`${typeName}.${fieldName}`);
      for (const [argName, arg] of field.args) {
        const provinceArgs = provinceFields.flatMap((provinceField) => provinceField.args.get(argName) ?? []);
        if (
          provinceArgs.length &&
          ownWords(
            arg.description,
            provinceArgs.map((provinceArg) => provinceArg.description),
          )
        )
          describes(`${typeName}.${fieldName}(${argName}:)`, `the argument ${typeName}.${fieldName}(${argName}:)`);
      }
    }
    for (const [valueName, value] of type.values) {
      const provinceValues = provinceTypes.flatMap((provinceType) => provinceType.values.get(valueName) ?? []);
      if (
        provinceValues.length &&
        ownWords(
          value.description,
          provinceValues.map((provinceValue) => provinceValue.description),
        )
      )
        describes(`${typeName}.${valueName}`);
    }

    if (root) {
      for (const fieldName of type.fields.keys()) {
        const owners = resolvers(typeName, fieldName);
        if (owners.length)
          violation(
            `${typeName}.${fieldName}`,
            'province-root-field',
            `defines ${typeName}.${fieldName}, which ${list(owners.map(({ name }) => name))} defines`,
          );
      }
    } else if (entity) {
      if (!type.keyed)
        violation(
          typeName,
          'province-type',
          `declares ${typeName} without @key: a province entity is extended under its @key (fields: "id")`,
        );
      for (const [fieldName, field] of type.fields) {
        const owners = resolvers(typeName, fieldName);
        // A key field is how the department names the entity, an @external one what its @requires reads.
        if (owners.length && !type.keyFields.has(fieldName) && !field.external)
          violation(
            `${typeName}.${fieldName}`,
            'province-field',
            `defines ${typeName}.${fieldName}, which ${list(owners.map(({ name }) => name))} resolves: a department adds fields of its own`,
          );
      }
    } else {
      violations.push(...valueTypeViolations(department, typeName, type, provinceTypes, definedBy));
    }
  }
  return violations;
}

/**
 * A province value type repeated by a department (it needs the declaration to use the type) must
 * be the province's: composition merges the copies, so an enum value, an input field, an object
 * field or a union member the department adds or leaves out changes the province's type.
 */
function valueTypeViolations(
  department: SubgraphShape,
  typeName: string,
  type: TypeShape,
  provinceTypes: readonly TypeShape[],
  definedBy: string,
): OwnershipViolation[] {
  const violations: OwnershipViolation[] = [];
  const violation = (element: string, message: string) =>
    violations.push({ subgraph: department.name, owner: department.owner, element, rule: 'province-type', message });
  const compare = (what: string, theirs: Set<string>, ours: Set<string>, exact: boolean) => {
    for (const name of ours)
      if (!theirs.has(name))
        violation(`${typeName}.${name}`, `adds ${what} ${typeName}.${name} to ${typeName}, which ${definedBy} defines`);
    if (exact)
      for (const name of theirs)
        if (!ours.has(name))
          violation(`${typeName}.${name}`, `leaves ${what} ${typeName}.${name} out of ${typeName}, which ${definedBy} defines`);
  };
  const union = <T>(pick: (provinceType: TypeShape) => Iterable<T>) =>
    new Set(provinceTypes.flatMap((provinceType) => [...pick(provinceType)]));
  if (type.kind === 'enum')
    compare(
      'the value',
      union((t) => t.values.keys()),
      new Set(type.values.keys()),
      true,
    );
  if (type.kind === 'union')
    compare(
      'the member',
      union((t) => t.members),
      type.members,
      true,
    );
  // An input type is merged to the fields every subgraph has: leaving one out drops it. An object
  // type is merged to all fields, and a value type's field must be resolvable wherever it is
  // returned, which composition checks: only additions are the department's doing.
  if (type.kind === 'input' || type.kind === 'object' || type.kind === 'interface')
    compare(
      'the field',
      union((t) => t.fields.keys()),
      new Set(type.fields.keys()),
      type.kind === 'input',
    );
  for (const [fieldName, field] of type.fields) {
    const provinceField = provinceTypes.map((provinceType) => provinceType.fields.get(fieldName)).find((found) => found);
    if (provinceField && (provinceField.type !== field.type || provinceField.defaultValue !== field.defaultValue))
      violation(
        `${typeName}.${fieldName}`,
        `declares ${typeName}.${fieldName} as ${field.type}${field.defaultValue ? ` = ${field.defaultValue}` : ''}; ${definedBy} defines ${provinceField.type}${provinceField.defaultValue ? ` = ${provinceField.defaultValue}` : ''}`,
      );
  }
  return violations;
}

/**
 * Composition's INCONSISTENT_* hints say the subgraphs disagree about an element and composition
 * chose or merged; when a department disagrees with a province subgraph, the department changed
 * what the province defines. Disagreements among departments stay hints.
 */
export function hintViolations(hints: readonly HintSummary[], owners: ReadonlyMap<string, string>): OwnershipViolation[] {
  const violations: OwnershipViolation[] = [];
  for (const hint of hints) {
    if (!hint.code.startsWith('INCONSISTENT_')) continue;
    const involved = hint.subgraphs.filter((name) => owners.has(name));
    if (!involved.some((name) => owners.get(name) === PROVINCE)) continue;
    for (const subgraph of involved.filter((name) => owners.get(name) !== PROVINCE))
      violations.push({
        subgraph,
        owner: owners.get(subgraph)!,
        element: hint.coordinate ?? '(schema)',
        rule: hint.code === 'INCONSISTENT_DESCRIPTION' ? 'province-description' : 'province-type',
        message: `disagrees with ${list(involved.filter((name) => owners.get(name) === PROVINCE))} about ${hint.coordinate ?? 'the schema'} (composition hint ${hint.code}: ${hint.message.split('\n')[0]})`,
      });
  }
  return violations;
}

export function formatViolations(violations: readonly OwnershipViolation[]): string[] {
  const lines = [`Ownership check failed: ${violations.length} violation(s) by department subgraphs (docs/governance.md):`];
  for (const v of violations) lines.push(`  - ${v.subgraph} (${v.owner}) ${v.message} [${v.rule}]`);
  lines.push('The rules:');
  for (const rule of new Set(violations.map((v) => v.rule))) lines.push(`  ${rule}: ${OWNERSHIP_RULES[rule]}`);
  return lines;
}
