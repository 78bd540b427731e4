/**
 * The schema-wide property: whatever invalid value a client sends to whatever argument, the graph
 * answers with a client error (BAD_USER_INPUT naming the field, or GraphQL's own validation
 * error), never INTERNAL_SERVER_ERROR nor HTTP 500, with no more than an excerpt of the value in
 * the message, and writes nothing.
 *
 * Nothing here lists fields: the root queries and mutations are read from the composed schema the
 * gateway serves (and the entity fields reachable from argument-less root fields, such as
 * `me { periodScore(period:) }`), every argument and input field down to its leaves, every
 * subgraph of schema/subgraphs.json. A field added later is tested without a line here. For each
 * leaf, fast-check generates values its rule refuses (the platform's own rules, read from the
 * subgraph schemas, say what "invalid" means: a non-UUID id, an impossible or out-of-window date,
 * a text too long or with a NUL or a lone surrogate, a number out of range, a value of the wrong
 * type), every other argument valid. Each root field's rows are counted in every table of every
 * subgraph schema before and after its cases.
 *
 * KPI_PROPERTY_SEED replays a run; KPI_PROPERTY_RUNS sets the runs per leaf (default 4).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import {
  buildSubgraphSchemaOf,
  dateWindow,
  inputRuleOf,
  InvalidInput,
  isJudgedPerItem,
  loadGraphConfig,
  MESSAGE_LIMIT,
  parseDateTime,
  parseJsonObject,
  parseLocalDate,
  parsePeriod,
  workspaceRoot,
  yearWindow,
  type InputRule,
  type SubgraphDefinition,
} from '@kpi/platform';
import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
  isRequiredInputField,
  type GraphQLArgument,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDemoWorld, type DemoWorld } from '../../src/world.js';

const NOW = '2026-11-20T10:00:00+07:00';
const TODAY = '2026-11-20';
const RUNS = Number(process.env.KPI_PROPERTY_RUNS ?? 4);
const SEED = Number(process.env.KPI_PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));
/**
 * What a refused value may be answered with: the platform's BAD_USER_INPUT, GraphQL's own
 * refusals at the gateway, or the gateway's operation limits (a page of two billion is too costly
 * before it is a bad number).
 */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'OPERATION_TOO_COSTLY',
  'PAYLOAD_TOO_LARGE',
  'BAD_REQUEST',
]);

let world: DemoWorld;
let api: GraphQLSchema;
let subgraphSchemas: GraphQLSchema[];
let tables: string[];
const tokens = new Map<string, string>();

beforeAll(async () => {
  const root = workspaceRoot();
  const definitions: SubgraphDefinition<unknown>[] = [];
  for (const entry of loadGraphConfig(root).subgraphs.filter((e) => e.module)) {
    const module = await import(pathToFileURL(join(root, entry.module!)).href);
    definitions.push(module[entry.export ?? entry.name]);
  }
  const inWorld = ['personnel', 'catalogue', 'diary'];
  // Thousands of requests from two callers in a minute: this test is about inputs, not the rate limit.
  const rateLimit = process.env.KPI_RATE_LIMIT_REQUESTS;
  process.env.KPI_RATE_LIMIT_REQUESTS = '1000000';
  world = await startDemoWorld({ now: NOW, employees: 60, extra: definitions.filter((d) => !inWorld.includes(d.name)) });
  if (rateLimit === undefined) delete process.env.KPI_RATE_LIMIT_REQUESTS;
  else process.env.KPI_RATE_LIMIT_REQUESTS = rateLimit;
  subgraphSchemas = await Promise.all(definitions.map(async (d) => (await buildSubgraphSchemaOf(d)).schema));
  const introspection = (await (await post({ query: getIntrospectionQuery() })).json()) as { data: IntrospectionQuery };
  api = buildClientSchema(introspection.data);
  const { rows } = await world.db.query<{ name: string }>(
    `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema = any($1) order by 1`,
    [definitions.map((d) => d.schema)],
  );
  tables = rows.map((row) => row.name);
  for (const label of ['province-admin', 'eoffice']) tokens.set(label, await world.graph.token(world.user(label)));
}, 180_000);
afterAll(() => world?.stop());

function post(body: unknown, label?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': 'en' };
  if (label) headers.authorization = `Bearer ${tokens.get(label)}`;
  // The E-Office client calls where clients call: the partner contract (a field outside it does not exist there).
  const url = label === 'eoffice' ? world.graph.partnerUrl : world.graph.gatewayUrl;
  return fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
}

async function rowCounts(): Promise<Record<string, number>> {
  const { rows } = await world.db.query<{ name: string; n: number }>(
    tables.map((t) => `select '${t}' as name, count(*)::int as n from ${t}`).join(' union all '),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.n]));
}

// ---------------------------------------------------------------------------------------------
// The platform's rules, as the subgraph that serves a field declares them.

function subgraphField(typeName: string, fieldName: string): GraphQLField<unknown, unknown> | undefined {
  for (const schema of subgraphSchemas) {
    const type = schema.getType(typeName);
    if (isObjectType(type) && type.getFields()[fieldName]) return type.getFields()[fieldName];
  }
  return undefined;
}

function subgraphInputField(typeName: string, fieldName: string): GraphQLInputField | undefined {
  for (const schema of subgraphSchemas) {
    const type = schema.getType(typeName);
    if (isInputObjectType(type) && type.getFields()[fieldName]) return type.getFields()[fieldName];
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Values: a valid one for every position not under test, invalid ones for the position under test.

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function validLeaf(type: GraphQLNamedType, rule: InputRule): unknown {
  if (isEnumType(type)) return type.getValues()[0]!.name;
  switch (type.name) {
    case 'LocalDate':
      return TODAY;
    case 'DateTimeISO':
      return new Date(NOW).toISOString();
    case 'JSONObject':
      return {};
    case 'Boolean':
      return false;
  }
  if (rule.kind === 'id') return '0190f0f0-0000-7000-8000-000000000000';
  if (rule.kind === 'text') return rule.period ? TODAY.slice(0, 7) : 'x';
  if (rule.kind === 'number') return rule.year ? Number(TODAY.slice(0, 4)) : Math.min(Math.max(rule.integer ? 1 : 0.5, rule.min), rule.max);
  return null;
}

function validValue(type: GraphQLInputType, rule: () => InputRule, seen = new Set<string>()): unknown {
  if (isNonNullType(type)) return validValue(type.ofType, rule, seen);
  if (isListType(type)) return [validValue(type.ofType, rule, seen)];
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields()))
      if (isRequiredInputField(field)) value[field.name] = validValue(field.type, () => ruleOfInput(type.name, field), seen);
    return value;
  }
  return validLeaf(type as GraphQLNamedType, rule());
}

const ruleOfInput = (typeName: string, field: GraphQLInputField) => inputRuleOf(subgraphInputField(typeName, field.name) ?? field);

/** Of another JSON type than the leaf takes (GraphQL refuses it at the gateway, or the scalar does). */
const wrongType = fc.oneof(fc.constant({}), fc.constant([[]]), fc.boolean(), fc.string({ maxLength: 12 }), fc.integer());

const outOfWindowYear = () => {
  const { from, to } = yearWindow(TODAY);
  return fc.oneof(fc.integer({ min: 0, max: from - 1 }), fc.integer({ min: to + 1, max: 9999 }));
};
const impossibleDate = fc.oneof(
  fc.tuple(fc.integer({ min: 1950, max: 2030 }), fc.integer({ min: 13, max: 99 }), fc.integer({ min: 1, max: 28 })),
  fc.tuple(fc.integer({ min: 1950, max: 2030 }), fc.constant(0), fc.integer({ min: 1, max: 28 })),
  fc.tuple(fc.integer({ min: 1950, max: 2030 }), fc.constantFrom(2, 4, 6, 9, 11), fc.constant(31)),
  fc.tuple(fc.integer({ min: 1950, max: 2030 }), fc.constant(2), fc.constant(30)),
  fc.tuple(fc.integer({ min: 1950, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 32, max: 99 })),
);
const dateText = ([y, m, d]: [number, number, number]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const garbage = fc.oneof(
  fc.constant(''),
  fc.constant('9999-99-99'),
  fc.constant('garbage'),
  fc.string({ maxLength: 30 }),
  fc.constant('x'.repeat(5000)),
);

function invalidDate(): fc.Arbitrary<unknown> {
  return fc.oneof(
    impossibleDate.map(dateText),
    fc.tuple(outOfWindowYear(), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(dateText),
    fc.date({ min: new Date('1950-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
    garbage,
    wrongType,
  );
}

const invalidPeriod = () =>
  fc.oneof(
    fc
      .tuple(fc.integer({ min: 1950, max: 2030 }), fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })))
      .map(([y, m]) => `${y}-${pad(m)}`),
    fc.tuple(outOfWindowYear(), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${pad(y, 4)}-${pad(m)}`),
    fc.constant(TODAY),
    garbage,
  );

const invalidByScalar: Record<string, () => fc.Arbitrary<unknown>> = {
  LocalDate: invalidDate,
  DateTimeISO: () =>
    fc.oneof(
      impossibleDate.map((d) => `${dateText(d)}T10:00:00Z`),
      fc.tuple(outOfWindowYear(), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map((d) => `${dateText(d)}T00:00:00Z`),
      fc.constant(`${TODAY}`),
      fc.constant(`${TODAY}T10:00:00`),
      garbage,
      wrongType,
    ),
  JSONObject: () =>
    fc.oneof(
      fc.array(fc.integer(), { maxLength: 3 }),
      fc.string({ maxLength: 10 }),
      fc.integer(),
      fc.string({ maxLength: 10 }).map((s) => ({ note: `${s}\u0000` })),
      fc.constant({ big: 'x'.repeat(70_000) }),
      fc.constant(JSON.parse('{"a":'.repeat(12) + '1' + '}'.repeat(12))),
    ),
};

/** Values the rule refuses; each is also checked against the platform's own parse (fc.pre). */
function invalidLeaf(type: GraphQLNamedType, rule: InputRule): fc.Arbitrary<unknown> {
  if (isEnumType(type)) {
    const names = new Set(type.getValues().map((v) => v.name));
    return fc.oneof(
      fc.string({ maxLength: 20 }).filter((s) => !names.has(s)),
      wrongType,
    );
  }
  if (invalidByScalar[type.name]) return invalidByScalar[type.name]!();
  switch (rule.kind) {
    case 'id':
      return fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.uuid().map((u) => `${u}x`),
        fc.uuid().map((u) => u.replace(/-/g, '')),
        fc.constant('not-a-uuid'),
        fc.constant('x'.repeat(10_000)),
        fc.integer(),
      );
    case 'text': {
      const part = fc.string({ maxLength: Math.min(20, Math.floor(rule.maxLength / 3)) });
      return fc.oneof(
        ...(rule.period ? [invalidPeriod()] : []),
        fc.integer({ min: rule.maxLength + 1, max: rule.maxLength + 100 }).map((n) => 'ả'.repeat(n)),
        fc.tuple(part, part).map(([a, b]) => `${a}\u0000${b}`),
        fc.tuple(part, fc.integer({ min: 0xd800, max: 0xdfff }), part).map(([a, unit, b]) => `${a}${String.fromCharCode(unit)}${b}`),
        fc.oneof(fc.constant({}), fc.integer()),
      );
    }
    case 'number': {
      if (rule.year) return fc.oneof(outOfWindowYear(), fc.integer({ min: -1_000_000, max: -1 }), wrongType);
      const above = rule.integer
        ? fc.integer({ min: Math.min(rule.max + 1, 2 ** 31 - 1), max: 2 ** 31 - 1 })
        : fc.double({ min: rule.max, max: 1e300, noNaN: true, noDefaultInfinity: true, minExcluded: true });
      const below = rule.integer
        ? fc.integer({ min: -(2 ** 31), max: Math.max(rule.min - 1, -(2 ** 31)) })
        : fc.double({ min: -1e300, max: rule.min, noNaN: true, noDefaultInfinity: true, maxExcluded: true });
      return fc.oneof(above, below, rule.integer ? fc.constantFrom(1.5, 2 ** 40) : wrongType, wrongType);
    }
    default:
      return wrongType;
  }
}

/** Whether the platform's own rule agrees that `value` is invalid (guards the generators). */
function isInvalid(type: GraphQLNamedType, rule: InputRule, value: unknown): boolean {
  if (isEnumType(type)) return !type.getValues().some((v) => v.name === value);
  const parse: Record<string, (v: unknown) => unknown> = {
    LocalDate: (v) => parseLocalDate(v, TODAY),
    DateTimeISO: (v) => parseDateTime(v, TODAY),
    JSONObject: parseJsonObject,
  };
  if (parse[type.name]) return parse[type.name]!(value) instanceof InvalidInput;
  if (type.name === 'Boolean') return typeof value !== 'boolean';
  if (rule.kind === 'id')
    return typeof value !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
  if (rule.kind === 'text')
    return (
      typeof value !== 'string' ||
      value.length > rule.maxLength ||
      value.includes('\u0000') ||
      !value.isWellFormed() ||
      (rule.period && parsePeriod(value, TODAY) instanceof InvalidInput)
    );
  if (rule.kind === 'number') {
    if (typeof value !== 'number' || (rule.integer && !Number.isInteger(value))) return true;
    if (rule.year) return value < yearWindow(TODAY).from || value > yearWindow(TODAY).to;
    return value < rule.min || value > rule.max;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Positions: every leaf under every argument of a field.

interface Leaf {
  /** Where it is, from the argument: ['input', 'workDate'], ['ids', 0]. */
  path: (string | number)[];
  type: GraphQLNamedType;
  rule: InputRule;
}

function leavesOf(type: GraphQLInputType, path: (string | number)[], rule: () => InputRule, stack: string[] = []): Leaf[] {
  if (isNonNullType(type)) return leavesOf(type.ofType, path, rule, stack);
  if (isListType(type)) return leavesOf(type.ofType, [...path, 0], rule, stack);
  if (isInputObjectType(type)) {
    if (stack.includes(type.name)) return [];
    return Object.values(type.getFields()).flatMap((field) =>
      leavesOf(field.type, [...path, field.name], () => ruleOfInput(type.name, field), [...stack, type.name]),
    );
  }
  return [{ path, type: type as GraphQLNamedType, rule: rule() }];
}

/** `base` (a valid value of `type`) with `value` put at `path`, creating what the path needs. */
function withValueAt(type: GraphQLInputType, base: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  if (isNonNullType(type)) return withValueAt(type.ofType, base, path, value);
  const [head, ...rest] = path;
  if (isListType(type)) {
    const items = Array.isArray(base) && base.length ? base : [validValue(type.ofType, () => ({ kind: 'free' }))];
    return [withValueAt(type.ofType, items[0], rest, value)];
  }
  if (isInputObjectType(type)) {
    const field = type.getFields()[head as string]!;
    const record = { ...((base as Record<string, unknown> | null) ?? {}) };
    const current = record[field.name] ?? (rest.length ? validValue(field.type, () => ruleOfInput(type.name, field)) : undefined);
    record[field.name] = withValueAt(field.type, current, rest, value);
    return record;
  }
  return value;
}

function selection(type: GraphQLOutputType, full: boolean): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!full || !(isObjectType(named) || isInterfaceType(named))) return ' { __typename }';
  const leaves = Object.values(named.getFields()).filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some(isRequiredArgument));
  return ` { ${leaves.map((f) => f.name).join(' ')} }`;
}

interface Target {
  /** The root operation and the chain of argument-less fields to the field under test. */
  operation: 'query' | 'mutation';
  via: string[];
  field: GraphQLField<unknown, unknown>;
  parent: string;
  identities: string[];
}

function targets(): Target[] {
  const found: Target[] = [];
  for (const [operation, root] of [
    ['query', api.getQueryType()],
    ['mutation', api.getMutationType()],
  ] as const) {
    for (const field of Object.values(root!.getFields()))
      if (field.args.length) found.push({ operation, via: [], field, parent: root!.name, identities: ['province-admin', 'eoffice'] });
  }
  // Entity fields with arguments, through root fields without required ones (me { periodScore(period:) }).
  const visited = new Set<string>([api.getQueryType()!.name]);
  let frontier: { type: GraphQLObjectType; via: string[] }[] = [];
  for (const field of Object.values(api.getQueryType()!.getFields())) {
    const type = getNamedType(field.type);
    if (isObjectType(type) && !field.args.some(isRequiredArgument) && !field.name.startsWith('_'))
      frontier.push({ type, via: [field.name] });
  }
  for (let depth = 0; depth < 3 && frontier.length; depth++) {
    const next: typeof frontier = [];
    for (const { type, via } of frontier) {
      if (visited.has(type.name)) continue;
      visited.add(type.name);
      for (const field of Object.values(type.getFields())) {
        if (field.args.length) found.push({ operation: 'query', via, field, parent: type.name, identities: ['province-admin'] });
        const inner = getNamedType(field.type);
        if (isObjectType(inner) && !field.args.some(isRequiredArgument)) next.push({ type: inner, via: [...via, field.name] });
      }
    }
    frontier = next;
  }
  return found;
}

interface Case {
  target: Target;
  leaf: Leaf;
  argument: GraphQLArgument;
  value: unknown;
  literal: boolean;
  identity: string;
}

function request(c: Case): { query: string; variables: Record<string, unknown> } {
  const { field, via, operation } = c.target;
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const args: string[] = [];
  for (const argument of field.args) {
    const served = subgraphField(c.target.parent, field.name)?.args.find((a) => a.name === argument.name) ?? argument;
    const rule = () => inputRuleOf(served);
    let value: unknown;
    if (argument === c.argument) value = withValueAt(argument.type, validValue(argument.type, rule), c.leaf.path.slice(1), c.value);
    else if (isRequiredArgument(argument)) value = validValue(argument.type, rule);
    else continue;
    if (argument === c.argument && c.literal && (typeof value === 'string' || typeof value === 'number')) {
      args.push(`${argument.name}: ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`);
      continue;
    }
    variables[argument.name] = value;
    declarations.push(`$${argument.name}: ${String(argument.type)}`);
    args.push(`${argument.name}: $${argument.name}`);
  }
  const judged = isJudged(c.target);
  let body = `${field.name}(${args.join(', ')})${selection(field.type, judged)}`;
  for (const name of [...via].reverse()) body = `${name} { ${body} }`;
  return { query: `${operation} Probe${declarations.length ? `(${declarations.join(', ')})` : ''} { ${body} }`, variables };
}

const isJudged = (target: Target) => Boolean(subgraphField(target.parent, target.field.name)?.args.some((a) => isJudgedPerItem(a)));

/** Whether the field under test appears in the data: it was resolved (not under a null or an empty list). */
function reached(data: unknown, path: string[]): boolean {
  if (data === null || data === undefined) return false;
  if (Array.isArray(data)) return data.some((item) => reached(item, path));
  if (path.length === 0) return true;
  const [head, ...rest] = path;
  const record = data as Record<string, unknown>;
  return head! in record && (rest.length === 0 ? record[head!] !== undefined : reached(record[head!], rest));
}

const expectedField = (path: (string | number)[]) => (path.length > 1 && path[0] === 'input' ? path.slice(1) : path).join('.');

let cases = 0;
let unreached = 0;
let judgedPerItem = 0;

async function judge(c: Case): Promise<void> {
  cases++;
  const response = await post(request(c), c.identity);
  const where = `${c.target.parent}.${c.target.field.name}(${c.leaf.path.join('.')}) as ${c.identity}`;
  const text = await response.text();
  if (response.status >= 500) throw new Error(`${where}: HTTP ${response.status}: ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
  const errors = body.errors ?? [];
  // A list judged per item is judged by its resolver, after its permission check.
  const accepted = isJudged(c.target) ? new Set([...CLIENT_CODES, 'FORBIDDEN']) : CLIENT_CODES;
  for (const error of errors) {
    if (!accepted.has(error.extensions?.code ?? ''))
      throw new Error(
        `${where}: answered ${error.extensions?.code} (${error.message.slice(0, 200)}) for ${JSON.stringify(c.value)?.slice(0, 80)}`,
      );
    if (error.message.length > MESSAGE_LIMIT + 40) throw new Error(`${where}: a message of ${error.message.length} characters`);
    if (error.extensions?.field !== undefined && error.extensions.field !== expectedField(c.leaf.path))
      throw new Error(`${where}: refused naming ${error.extensions.field}, not ${expectedField(c.leaf.path)}`);
  }
  if (errors.length) return;
  if (isJudged(c.target)) {
    judgedPerItem++;
    if (!text.includes('BAD_USER_INPUT')) throw new Error(`${where}: an invalid item was not rejected: ${text.slice(0, 300)}`);
    return;
  }
  if (!reached(body.data, [...c.target.via, c.target.field.name])) {
    unreached++;
    return;
  }
  throw new Error(`${where}: accepted ${JSON.stringify(c.value)?.slice(0, 80)}: ${text.slice(0, 200)}`);
}

const HUGE = 'x'.repeat(900_000); // under the gateway's 1 MB body limit

it('answers a 900 KB value with an excerpt of it, whichever server refuses it', async () => {
  const ask = async (query: string, variables: Record<string, unknown>) => {
    const response = await post({ query, variables }, 'province-admin');
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string; field?: string } }[] };
    return { status: response.status, text: JSON.stringify(body), error: body.errors[0]! };
  };
  // Refused by the platform's rules in a subgraph: the field named, the value quoted in 40 characters.
  const date = await ask(`query ($d: LocalDate!) { workingCalendar(from: $d, to: "2026-11-30") { day } }`, { d: HUGE });
  expect(date.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  expect(date.error.message).toBe(
    `\`from\` must be a date written YYYY-MM-DD from 1950-01-01 to 2031-11-20; got "${'x'.repeat(40)}"… (900,000 characters).`,
  );
  // Asked in Vietnamese, the same refusal: the rule and the count as Vietnamese writes them.
  const viDate = await fetch(world.graph.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get('province-admin')}` },
    body: JSON.stringify({
      query: `query ($d: LocalDate!) { workingCalendar(from: $d, to: "2026-11-30") { day } }`,
      variables: { d: HUGE },
    }),
  });
  expect(((await viDate.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
    `\`from\` phải là một ngày viết dạng YYYY-MM-DD, từ 1950-01-01 đến 2031-11-20; giá trị đã gửi: "${'x'.repeat(40)}"… (900.000 ký tự).`,
  );
  const name = await ask(`mutation ($i: CreateSectorInput!) { createSector(input: $i) { id } }`, {
    i: { code: 'BIG', name: HUGE, ownerAgencyId: '0190f0f0-0000-7000-8000-000000000000' },
  });
  expect(name.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  expect(name.text.length).toBeLessThan(1000);
});

it('refuses the audit’s examples, each BAD_USER_INPUT naming its field, writing nothing', async () => {
  const ID = '0190f0f0-0000-7000-8000-000000000000';
  const first = (type: string) => (api.getType(type) as GraphQLEnumType).getValues()[0]!.name;
  const entry = { workDate: TODAY, workItemId: ID, quantity: 1, actualMinutes: 30 };
  const employee = {
    code: 'NV-X',
    fullName: 'Nguyễn Văn A',
    staffType: first('StaffType'),
    agencyId: ID,
    positionId: ID,
    startDate: TODAY,
  };
  const item = {
    code: 'X-1',
    sectorId: ID,
    group: first('WorkItemGroup'),
    name: 'Việc',
    unit: first('UnitOfMeasure'),
    standardMinutes: 30,
    coefficient: 1,
    effectiveFrom: TODAY,
  };
  const assign = { leadId: ID, workItemId: ID, title: 'Việc', expectedQuantity: 1, deadline: TODAY };
  const RECORD = `mutation ($i: RecordDiaryEntryInput!) { recordDiaryEntry(input: $i) { entry { id } } }`;
  const CREATE_EMPLOYEE = `mutation ($i: CreateEmployeeInput!) { createEmployee(input: $i) { id } }`;
  const examples: [query: string, variables: Record<string, unknown>, field: string][] = [
    [`{ employee(id: "x") { id } }`, {}, 'id'],
    [RECORD, { i: { ...entry, assignmentId: 'not-a-uuid' } }, 'assignmentId'],
    [RECORD, { i: { ...entry, workDate: '9999-99-99' } }, 'workDate'],
    [RECORD, { i: { ...entry, note: 'x'.repeat(900_000) } }, 'note'],
    [RECORD, { i: { ...entry, evidenceRef: 'x'.repeat(900_000) } }, 'evidenceRef'],
    [`{ workingCalendar(from: "2026-02-30", to: "2026-03-31") { day } }`, {}, 'from'],
    [`{ diaryPolicy(on: "") { closeDay } }`, {}, 'on'],
    [CREATE_EMPLOYEE, { i: { ...employee, startDate: '2026-13-01' } }, 'startDate'],
    [CREATE_EMPLOYEE, { i: { ...employee, startDate: '9999-12-31' } }, 'startDate'],
    [CREATE_EMPLOYEE, { i: { ...employee, fullName: 'x'.repeat(900_000) } }, 'fullName'],
    [CREATE_EMPLOYEE, { i: { ...employee, fullName: 'Nguyễn\u0000Văn A' } }, 'fullName'],
    [
      `mutation ($i: PlacementInput!) { transferEmployee(input: $i) { id } }`,
      { i: { employeeId: ID, positionId: ID, effectiveFrom: '2026-12-01T00:00:00Z' } },
      'effectiveFrom',
    ],
    [
      `mutation ($i: CreateWorkItemInput!) { createWorkItem(input: $i) { id } }`,
      { i: { ...item, effectiveFrom: '2026-02-30' } },
      'effectiveFrom',
    ],
    [`mutation ($i: AssignWorkInput!) { assignWork(input: $i) { id } }`, { i: { ...assign, deadline: '' } }, 'deadline'],
    [`{ me { periodScore(period: "9999-12") { score } } }`, {}, 'period'],
    [`query ($a: ID!) { annualAssessments(year: -1, agencyId: $a) { kpiScore } }`, { a: ID }, 'year'],
    [`{ nearDuplicateWorkItems(threshold: -5) { similarity } }`, {}, 'threshold'],
  ];
  const before = await rowCounts();
  for (const [query, variables, field] of examples) {
    const response = await post({ query, variables }, 'province-admin');
    const body = (await response.json()) as { errors?: { message: string; extensions: { code: string; field?: string } }[] };
    expect({ query: query.slice(0, 60), field, errors: body.errors?.map((e) => [e.extensions.code, e.extensions.field]) }).toEqual({
      query: query.slice(0, 60),
      field,
      errors: [['BAD_USER_INPUT', field]],
    });
    expect(body.errors![0]!.message.length).toBeLessThan(200);
  }
  expect(await rowCounts()).toEqual(before);
});

// GraphQL's own refusals at the gateway ("Variable "$n" got invalid value <the 900 KB>") are cut
// by `boundedError`, through which the servers' formatError passes every coded error.
it('cuts what GraphQL quotes back at the gateway too (formatError → boundedError)', async () => {
  const response = await post({ query: `query ($n: Int) { reviewQueue(first: $n) { id } }`, variables: { n: HUGE } }, 'province-admin');
  const text = await response.text();
  expect(response.status).toBeLessThan(500);
  expect(text).toContain('BAD_USER_INPUT');
  expect(text.length).toBeLessThan(2 * MESSAGE_LIMIT);
});

it('refuses every generated invalid value of every argument as a client error, and writes nothing', async () => {
  const all = targets();
  let leaves = 0;
  let index = 0;
  for (const target of all) {
    const before = await rowCounts();
    for (const argument of target.field.args) {
      const served = subgraphField(target.parent, target.field.name)?.args.find((a) => a.name === argument.name) ?? argument;
      for (const leaf of leavesOf(argument.type, [argument.name], () => inputRuleOf(served))) {
        leaves++;
        const seed = SEED + index++;
        let run = 0;
        await fc.assert(
          fc.asyncProperty(invalidLeaf(leaf.type, leaf.rule), fc.boolean(), async (value, literal) => {
            fc.pre(isInvalid(leaf.type, leaf.rule, value));
            const identity = target.identities[run++ % target.identities.length]!;
            await judge({ target, leaf, argument, value, literal, identity });
          }),
          { numRuns: RUNS, seed, endOnFailure: true },
        );
      }
    }
    expect({ field: `${target.parent}.${target.field.name}`, counts: await rowCounts() }).toEqual({
      field: `${target.parent}.${target.field.name}`,
      counts: before,
    });
  }
  console.log(
    `input property test: ${cases} generated cases over ${leaves} argument leaves of ${all.length} fields ` +
      `(${all.filter((t) => !t.via.length).length} root fields and mutations), ${RUNS} runs each, seed ${SEED} ` +
      `(KPI_PROPERTY_SEED=${SEED} replays it); ${judgedPerItem} judged per item, ${unreached} not reached (under null or an empty list); ` +
      `date window ${JSON.stringify(dateWindow(TODAY))}`,
  );
  expect(cases).toBeGreaterThanOrEqual(leaves);
}, 600_000);
