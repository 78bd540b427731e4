import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApolloGateway } from '@apollo/gateway';
import { readSupergraph, workspaceRoot } from '@kpi/platform';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  parse,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  costArguments,
  costVariables,
  FIELD_COSTS,
  kpiCostEstimator,
  operationCost,
  rememberedOperationCost,
  SIZE_ARGUMENTS,
  sizeRuleOf,
} from '../src/limits/cost.js';
import { DEFAULT_GATEWAY_LIMITS } from '../src/limits/config.js';

// The committed supergraph, as the gateway serves it (its API schema).
let schema: GraphQLSchema;
let gateway: ApolloGateway;
beforeAll(async () => {
  gateway = new ApolloGateway({ supergraphSdl: readSupergraph() });
  schema = (await gateway.load()).schema!;
});
afterAll(async () => {
  await gateway?.stop();
});

const maxCost = DEFAULT_GATEWAY_LIMITS.maxCost;
const cost = (query: string, variables?: Record<string, unknown>) => operationCost(schema, parse(query), variables);

describe('the cost model covers the whole supergraph', () => {
  it('prices every list and connection field: by a size argument, a list argument, a date range or a figure kept as data', () => {
    const unpriced: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        if (!isCompositeType(named)) continue; // scalars and enums cost nothing
        const list = isListType(getNullableType(field.type));
        const connection = named.name.endsWith('Connection');
        if ((list || connection) && sizeRuleOf(type, field) === null) unpriced.push(`${type.name}.${field.name}`);
        if (connection && !/size argument/.test(sizeRuleOf(type, field) ?? ''))
          unpriced.push(`${type.name}.${field.name} (a connection needs a size argument)`);
      }
    }
    // A new list field lands here: give it `first`, or its expected rows in FIELD_COSTS.
    expect(unpriced).toEqual([]);
  });

  it('keeps no figure for a field that does not exist, and says why for each', () => {
    const stale = Object.entries(FIELD_COSTS).filter(([key, data]) => {
      const [typeName, fieldName] = key.split('.');
      const type = schema.getType(typeName!);
      const field = isObjectType(type) ? type.getFields()[fieldName!] : undefined;
      if (!field || !data.why) return true;
      return data.sizeArgument !== undefined && !field.args.some((arg) => arg.name === data.sizeArgument);
    });
    expect(stale.map(([key]) => key)).toEqual([]);
  });
});

describe('what operations cost', () => {
  const yearOfDiaries = `
    query ($first: Int) {
      employees(first: $first) {
        nodes { code diaryEntries(from: "2026-01-01", to: "2026-12-31") { id workDate quantity } }
      }
    }`;

  it('multiplies by page sizes and date ranges: a year of entries for 500 people is refused, a page of 20 people’s month is not', () => {
    expect(cost(yearOfDiaries, { first: 500 })).toBeGreaterThan(40 * maxCost);
    // Literals, variables and fragments are counted alike.
    expect(
      cost(
        `{ employees(first: 500) { nodes { ...d } } } fragment d on Employee { diaryEntries(from: "2026-01-01", to: "2026-12-31") { id } }`,
      ),
    ).toBeGreaterThan(40 * maxCost);
    const month = `{ employees(first: 20) { nodes { code diaryEntries(from: "2026-11-01", to: "2026-11-30") { id workItem { name } } } } }`;
    expect(cost(month)).toBeLessThan(maxCost);
    // Twelve times the range costs about twelve times as much.
    const year = month.replace('2026-11-01', '2026-01-01').replace('2026-11-30', '2026-12-31');
    expect(cost(year) / cost(month)).toBeGreaterThan(11);
  });

  it('remembers a cost per document, operation and variables: never another variable set’s', () => {
    // One parsed document, as Apollo Server hands every request of the same query text.
    const document = parse(
      `${yearOfDiaries} query Month($first: Int) { employees(first: $first) { nodes { code } } }`.replace('query (', 'query Year('),
    );
    const asked = [
      ['Year', { first: 500 }],
      ['Year', { first: 5 }],
      ['Month', { first: 500 }],
      ['Year', { first: 500 }],
      ['Month', {}],
      ['Year', { first: 5 }],
    ] as const;
    for (const [operationName, variables] of asked)
      expect(rememberedOperationCost(schema, document, variables, operationName)).toBe(
        operationCost(schema, document, variables, operationName),
      );
    expect(rememberedOperationCost(schema, document, { first: 5 }, 'Year')).toBeLessThan(
      rememberedOperationCost(schema, document, { first: 500 }, 'Year'),
    );
    // Variables of the wrong type are refused each time, and leave nothing behind.
    expect(() => rememberedOperationCost(schema, document, { first: 'many' }, 'Year')).toThrow();
    expect(() => rememberedOperationCost(schema, document, { first: 'many' }, 'Year')).toThrow();
    // Remembered: the same document asked again is not walked again (its selection emptied here would price it otherwise).
    const walked = parse('{ employees(first: 500) { nodes { code } } }');
    const first = rememberedOperationCost(schema, walked, {});
    (walked.definitions[0] as unknown as { selectionSet: { selections: unknown[] } }).selectionSet.selections = [];
    expect(rememberedOperationCost(schema, walked, {})).toBe(first);
    expect(operationCost(schema, walked, {})).toBe(0);
  });

  it('depends only on the arguments costArguments names, for every field of the supergraph', () => {
    let read = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.args.length) continue;
        // Every argument given, each with a value no default equals; then only the ones named.
        const all = Object.fromEntries(field.args.map((arg) => [arg.name, telling(arg.name, arg.type)]));
        const named = costArguments(type, field);
        read += named.length ? 1 : 0;
        const only = Object.fromEntries(named.map((name) => [name, all[name]]));
        const price = (args: Record<string, unknown>) =>
          kpiCostEstimator({ type, field, args, childComplexity: 3, node: undefined as never, context: {} as never });
        expect({ field: `${type.name}.${field.name}`, cost: price(only) }).toEqual({
          field: `${type.name}.${field.name}`,
          cost: price(all),
        });
      }
    }
    expect(read).toBeGreaterThan(20);
  });

  it('remembers a write’s cost whatever its input: only the variables of sizes, lists, ranges and directives count', () => {
    const write = parse(
      'mutation W($input: RecordDiaryEntryInput!) { recordDiaryEntry(input: $input) { entry { id } warnings { code } } }',
    );
    expect(costVariables(schema, write, 'W')).toEqual([]);
    const page = parse(`
      query P($first: Int, $id: ID!, $from: LocalDate!, $to: LocalDate!, $withDays: Boolean!, $filter: AssignmentFilter) {
        employee(id: $id) { code diaryEntries(from: $from, to: $to) { id } }
        employees(first: $first) { nodes { ...Days } }
        myAssignments(filter: $filter) { id }
      }
      fragment Days on Employee { diaryPeriod(from: $from, to: $to) @include(if: $withDays) { workPoints } }`);
    expect(costVariables(schema, page, 'P')).toEqual(['filter', 'first', 'from', 'to', 'withDays']);
    // Two inputs, one cost remembered; a variable that counts still changes it.
    const inputs = [1, 2].map((n) => ({
      workDate: '2026-11-02',
      workItemId: `0190a3b2-0000-7000-8000-00000000000${n}`,
      quantity: n,
      actualMinutes: n,
    }));
    for (const input of inputs)
      expect(rememberedOperationCost(schema, write, { input }, 'W')).toBe(operationCost(schema, write, { input }, 'W'));
    const asked = (first: number | null | undefined) => {
      const variables: Record<string, unknown> = { id: 'x', from: '2026-11-01', to: '2026-11-30', withDays: true };
      if (first !== undefined) variables.first = first;
      return variables;
    };
    for (const first of [5, 500, null, undefined, 5])
      expect(rememberedOperationCost(schema, page, asked(first), 'P')).toBe(operationCost(schema, page, asked(first), 'P'));
    expect(rememberedOperationCost(schema, page, asked(5), 'P')).toBeLessThan(rememberedOperationCost(schema, page, asked(500), 'P'));
    // Left out, a variable takes its default; sent as null, it is null: not the same cost.
    const defaulted = parse('query D($first: Int = 20) { employees(first: $first) { nodes { code } } }');
    for (const variables of [{ first: null }, {}, { first: null }, {}])
      expect(rememberedOperationCost(schema, defaulted, variables, 'D')).toBe(operationCost(schema, defaulted, variables, 'D'));
    expect(operationCost(schema, defaulted, {}, 'D')).not.toBe(operationCost(schema, defaulted, { first: null }, 'D'));
  });

  it('reads a size left out as the list’s default page', () => {
    expect(cost('{ employees { nodes { code } } }')).toBe(cost('{ employees(first: 50) { nodes { code } } }'));
    expect(cost('{ employees(first: 500) { nodes { code } } }')).toBe(10 * cost('{ employees(first: 50) { nodes { code } } }'));
  });

  it('prices known-expensive fields: 15 aliases of nearDuplicateWorkItems are refused, one is not', () => {
    const one = '{ nearDuplicateWorkItems { similarity a { code } b { code } } }';
    expect(cost(one)).toBeLessThan(maxCost);
    const fifteen = `{ ${Array.from({ length: 15 }, (_, i) => `d${i}: nearDuplicateWorkItems { similarity }`).join(' ')} }`;
    expect(cost(fifteen)).toBeGreaterThan(maxCost);
  });

  it('a summary over a range repeats what is under it per month: a year of a person’s days costs twelve months’ worth', () => {
    const period = (to: string) => `{ me { diaryPeriod(from: "2026-01-01", to: "${to}") { workPoints days { day entries { id } } } } }`;
    expect(cost(period('2026-12-31'))).toBeGreaterThan(11 * cost(period('2026-01-31')));
    expect(cost(period('2026-12-31'))).toBeLessThan(maxCost);
  });

  it('charges nothing for introspection (GraphiQL’s full query)', () => {
    expect(cost('{ __schema { types { name fields { name args { name } type { name ofType { name } } } } } }')).toBe(0);
  });

  it('lets every example operation of the README through', () => {
    const readme = readFileSync(join(workspaceRoot(), 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
    let operations = 0;
    for (const block of blocks) {
      const document = parse(block);
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        operations += 1;
        const single: DocumentNode = {
          ...document,
          definitions: [definition, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
        };
        const variables = Object.fromEntries(
          (definition.variableDefinitions ?? []).map((v) => [
            v.variable.name.value,
            sample(schema.getType(typeName(v.type)) as GraphQLInputType),
          ]),
        );
        const found = operationCost(schema, single, variables);
        expect({ operation: definition.name?.value, cost: found, under: found <= maxCost }).toEqual({
          operation: definition.name?.value,
          cost: found,
          under: true,
        });
      }
    }
    expect(operations).toBeGreaterThan(10);
  });
});

const typeName = (node: { kind: string; type?: unknown; name?: { value: string } }): string =>
  node.kind === Kind.NAMED_TYPE ? node.name!.value : typeName(node.type as never);

/** A value of a variable's type, for the README's operations (their variables are ids and cursors). */
function sample(type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner) || isListType(inner)) return undefined;
  if (isScalarType(inner))
    return { Int: 1, Float: 1, Boolean: true, LocalDate: '2026-11-01' }[inner.name] ?? '01900000-0000-7000-8000-000000000000';
  return undefined;
}

/** An argument's value that no default equals: sizes of 77, lists of 7, a range of two months, a nested size of 9. */
function telling(name: string, type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return Array.from({ length: 7 }, () => telling(name, inner.ofType as GraphQLInputType));
  if (isEnumType(inner)) return inner.getValues().at(-1)!.value;
  if (isInputObjectType(inner)) {
    const size = SIZE_ARGUMENTS.find((field) => field in inner.getFields());
    return size ? { [size]: 9 } : {};
  }
  if (name === 'from') return '2026-01-01';
  if (name === 'to') return '2026-03-01';
  return { Int: 77, Float: 77, Boolean: true, LocalDate: '2026-02-01' }[inner.name] ?? 'telling';
}
