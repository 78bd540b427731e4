import {
  defaultFieldResolver,
  getNamedType,
  DirectiveLocation,
  GraphQLBoolean,
  GraphQLDirective,
  GraphQLFloat,
  GraphQLInt,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  valueFromASTUntyped,
  type ConstArgumentNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { Directive } from 'type-graphql';
import { DomainError, ErrorCode, excerpt } from '../errors.js';
import { INPUT_SCALARS, isInvalidInput, parsePeriod, rules, textFault, yearWindow } from './scalars.js';
import { formatNumber } from '../i18n/catalogue.js';
import { isUuid } from '../ids.js';

/**
 * The input rules of the graph: what every argument and input field of every subgraph accepts,
 * checked by one guard before any resolver runs (see `guardArguments`). By type:
 *
 *   ID          a UUID (every id of the graph is one), answered in lower case
 *   String      at most TEXT_MAX characters (or its `@constraint(maxLength:)`), no NUL, no lone surrogate
 *   String      `@constraint(period: true)`: a month YYYY-MM of the date window (a scoring period)
 *   Int, Float  within ±NUMBER_LIMIT (or its `@constraint(min:, max:)`); `@constraint(year: true)`: a year of the date window
 *   LocalDate, DateTimeISO, JSONObject   the platform's scalars (scalars.ts): real values of the date window
 *
 * A value that breaks a rule is refused with `BAD_USER_INPUT`, `extensions.field` naming it
 * (`workDate`, `events.3.date`, `ids.0`: the path from the argument, the conventional `input`
 * left out), and a message quoting at most a short excerpt of what was sent. Nothing is written,
 * nothing reaches the database. A field added later is covered by the same rules without a line
 * of its own; a domain bound that the type cannot know (a threshold from 0 to 1, a year) is
 * declared on the field with `@constraint`, in the subgraph's SDL.
 */

/** Most characters of a text without a bound of its own: notes, reasons, names, descriptions. */
export const TEXT_MAX = 2000;
/** The magnitude no number sent to the graph may exceed without a range of its own. */
export const NUMBER_LIMIT = 1_000_000;

export const constraintDirective = new GraphQLDirective({
  name: 'constraint',
  description:
    `A bound the platform checks before the resolver runs (otherwise: texts up to ${TEXT_MAX.toLocaleString('en')} characters, ` +
    `numbers within ±${NUMBER_LIMIT.toLocaleString('en')}); a value outside it is BAD_USER_INPUT naming the field.`,
  locations: [DirectiveLocation.ARGUMENT_DEFINITION, DirectiveLocation.INPUT_FIELD_DEFINITION],
  args: {
    maxLength: { type: GraphQLInt, description: 'Most characters of a text' },
    min: { type: GraphQLFloat, description: 'Least value of a number' },
    max: { type: GraphQLFloat, description: 'Greatest value of a number' },
    year: { type: GraphQLBoolean, description: 'An integer: a year of the date window (the years of LocalDate)' },
    period: { type: GraphQLBoolean, description: 'A text: a month written YYYY-MM of the date window (a scoring period)' },
  },
});

export const judgedPerItemDirective = new GraphQLDirective({
  name: 'judgedPerItem',
  description:
    'The items of this list are checked one by one: the resolver answers an invalid item with its own refusal, and the valid ones proceed.',
  locations: [DirectiveLocation.ARGUMENT_DEFINITION],
});

/** The directives a subgraph schema must declare to use the rules. */
export const INPUT_RULE_DIRECTIVES = [constraintDirective, judgedPerItemDirective];

export interface Constraint {
  maxLength?: number;
  min?: number;
  max?: number;
  year?: boolean;
  period?: boolean;
}

/** A bound of an argument or input field: `@Constraint({ min: 0, max: 1 }) @Arg('threshold', …)`. */
export const Constraint = (constraint: Constraint) =>
  Directive(
    `@constraint(${Object.entries(constraint)
      .map(([name, value]) => `${name}: ${JSON.stringify(value)}`)
      .join(', ')})`,
  );

/** A list argument whose items the resolver judges one by one (`itemProblems`). */
export const JudgedPerItem = () => Directive('@judgedPerItem');

/** A refused value: the field's path and a message about it. */
export interface InputProblem {
  field: string;
  message: string;
}

/** The rule of one leaf (a scalar or an enum) of an argument or input field. */
export type InputRule =
  | { kind: 'id' }
  | { kind: 'text'; maxLength: number; period: boolean }
  | { kind: 'number'; integer: boolean; min: number; max: number; year: boolean }
  | { kind: 'scalar' }
  | { kind: 'representation' }
  | { kind: 'free' };

type Plan =
  { kind: 'leaf'; leaf: InputRule } | { kind: 'list'; item: Plan; perItem: boolean } | { kind: 'object'; fields: () => [string, Plan][] };

const INPUT_SCALAR_NAMES = new Set(INPUT_SCALARS.map((scalar) => scalar.name));

function constraintOf(definition: GraphQLArgument | GraphQLInputField): Constraint {
  const node = definition.astNode?.directives?.find((directive) => directive.name.value === constraintDirective.name);
  const constraint: Constraint = {};
  for (const argument of (node?.arguments ?? []) as readonly ConstArgumentNode[])
    (constraint as Record<string, unknown>)[argument.name.value] = valueFromASTUntyped(argument.value);
  return constraint;
}

/** Whether a list argument is declared `@judgedPerItem`. */
export const isJudgedPerItem = (definition: GraphQLArgument) =>
  Boolean(definition.astNode?.directives?.some((directive) => directive.name.value === judgedPerItemDirective.name));

/** The rule the guard applies to a leaf argument or input field (a scalar or an enum). */
export function inputRuleOf(definition: GraphQLArgument | GraphQLInputField): InputRule {
  const type = getNamedType(definition.type);
  if (isEnumType(type)) return { kind: 'free' };
  return leafOf(type.name, constraintOf(definition), definition.name);
}

function leafOf(typeName: string, constraint: Constraint, where: string): InputRule {
  switch (typeName) {
    case 'ID':
      return { kind: 'id' };
    case 'String':
      return { kind: 'text', maxLength: constraint.maxLength ?? TEXT_MAX, period: constraint.period === true };
    case 'Int':
    case 'Float':
      return {
        kind: 'number',
        integer: typeName === 'Int',
        min: constraint.min ?? -NUMBER_LIMIT,
        max: constraint.max ?? NUMBER_LIMIT,
        year: constraint.year === true,
      };
    case 'Boolean':
      return { kind: 'free' };
    case '_Any':
      return { kind: 'representation' };
    default:
      if (INPUT_SCALAR_NAMES.has(typeName)) return { kind: 'scalar' };
      throw new Error(
        `${where} takes the scalar ${typeName}, which has no input rules: use one of @kpi/platform's (${[...INPUT_SCALAR_NAMES].join(', ')}) or add it to platform/src/graphql/scalars.ts.`,
      );
  }
}

const objectPlans = new WeakMap<object, Plan>();

function planOf(type: GraphQLInputType, constraint: Constraint, where: string, perItem = false): Plan {
  if (isNonNullType(type)) return planOf(type.ofType, constraint, where, perItem);
  if (isListType(type)) return { kind: 'list', item: planOf(type.ofType, constraint, where), perItem };
  if (isInputObjectType(type)) {
    let plan = objectPlans.get(type);
    if (!plan) {
      let fields: [string, Plan][] | undefined;
      plan = {
        kind: 'object',
        // Lazily: input types may refer to themselves.
        fields: () =>
          (fields ??= Object.values(type.getFields()).map((field) => [
            field.name,
            planOf(field.type, constraintOf(field), `${type.name}.${field.name}`),
          ])),
      };
      objectPlans.set(type, plan);
    }
    return plan;
  }
  if (isEnumType(type)) return { kind: 'leaf', leaf: { kind: 'free' } };
  if (isScalarType(type)) return { kind: 'leaf', leaf: leafOf(type.name, constraint, where) };
  throw new Error(`${where}: unexpected input type ${String(type)}`);
}

/** The dotted path a client reads in `extensions.field`: `workDate`, `events.3.date`. */
function fieldName(path: readonly (string | number)[]): string {
  const shown = path.length > 1 && path[0] === 'input' ? path.slice(1) : path;
  return shown.join('.');
}

/**
 * A broken rule found below an argument: the path to it is built as the check returns (each level
 * puts its key in front), so that checking a sound value — nearly all of them — allocates nothing
 * per value: a province month's 7,215 ranges of scoring facts are 21,645 leaves.
 */
interface Fault {
  path: (string | number)[];
  rule: string;
  value?: unknown;
}

const fault = (rule: string, value?: unknown, path: (string | number)[] = []): Fault => ({ path, rule, value });

function problemOf(found: Fault): InputProblem {
  const field = fieldName(found.path);
  return {
    field,
    message:
      found.value === undefined
        ? rules.refused({ field, rule: found.rule })
        : rules.refusedGot({ field, rule: found.rule, got: excerpt(found.value) }),
  };
}

/** The leaf `holder[key]` against its rule (an id is lower-cased in place). */
function checkLeaf(leaf: InputRule, holder: Record<string | number, unknown>, key: string | number): Fault | null {
  const value = holder[key];
  if (isInvalidInput(value)) return fault(value.rule, value.value);
  switch (leaf.kind) {
    case 'id':
      if (typeof value !== 'string' || !isUuid(value)) return fault(rules.uuid(), value);
      if (value !== value.toLowerCase()) holder[key] = value.toLowerCase();
      return null;
    case 'text': {
      if (typeof value !== 'string') return null; // the type was checked by GraphQL itself
      if (value.length > leaf.maxLength)
        return fault(rules.textLength({ max: formatNumber(leaf.maxLength), length: formatNumber(value.length) }));
      const textual = textFault(value);
      if (textual) return fault(textual);
      if (leaf.period) {
        const period = parsePeriod(value);
        if (isInvalidInput(period)) return fault(period.rule, value);
      }
      return null;
    }
    case 'number': {
      if (typeof value !== 'number') return null;
      if (leaf.year) {
        const { from, to } = yearWindow();
        return Number.isInteger(value) && value >= from && value <= to ? null : fault(rules.year({ from, to }), value);
      }
      if (!Number.isFinite(value) || value < leaf.min || value > leaf.max)
        return fault(rules.number({ min: formatNumber(leaf.min), max: formatNumber(leaf.max) }), value);
      return null;
    }
    case 'representation': {
      const id = (value as { id?: unknown } | null)?.id;
      return id === undefined || (typeof id === 'string' && isUuid(id)) ? null : fault(rules.uuid(), id, ['id']);
    }
    default:
      return null;
  }
}

/** `holder[key]` against its plan; the fault's path is from below `key`. */
function check(plan: Plan, holder: Record<string | number, unknown>, key: string | number): Fault | null {
  const value = holder[key];
  if (value === null || value === undefined) return null;
  if (plan.kind === 'leaf') return checkLeaf(plan.leaf, holder, key);
  if (plan.kind === 'list') {
    if (!Array.isArray(value)) return check(plan.item, holder, key);
    if (plan.perItem) return null;
    for (let index = 0; index < value.length; index++) {
      const found = check(plan.item, value as unknown[] as Record<number, unknown>, index);
      if (found) {
        found.path.unshift(index);
        return found;
      }
    }
    return null;
  }
  if (isInvalidInput(value)) return fault(value.rule, value.value);
  const record = value as Record<string, unknown>;
  for (const [name, field] of plan.fields()) {
    const found = check(field, record, name);
    if (found) {
      found.path.unshift(name);
      return found;
    }
  }
  return null;
}

type ArgumentPlans = [name: string, plan: Plan][];
const fieldPlans = new WeakMap<GraphQLField<unknown, unknown>, ArgumentPlans>();

function plansOf(field: GraphQLField<unknown, unknown>, where: string): ArgumentPlans {
  let plans = fieldPlans.get(field);
  if (!plans) {
    plans = field.args.map((argument) => [
      argument.name,
      planOf(argument.type, constraintOf(argument), `${where}(${argument.name}:)`, isJudgedPerItem(argument)),
    ]);
    fieldPlans.set(field, plans);
  }
  return plans;
}

/** The first value of `args` that breaks a rule (ids are lower-cased in place), or null. */
export function checkArguments(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  where = field.name,
): InputProblem | null {
  for (const [name, plan] of plansOf(field, where)) {
    const found = check(plan, args, name);
    if (found) {
      found.path.unshift(name);
      return problemOf(found);
    }
  }
  return null;
}

export const refusal = (found: InputProblem) => new DomainError(ErrorCode.BAD_USER_INPUT, found.message, { field: found.field });

/**
 * Puts the rules in front of every resolver of the schema that takes arguments (root fields,
 * mutations, entity fields such as `Employee.periodScore(period:)`, `_entities`). Throws at
 * build time when an argument takes a scalar without rules, so no field escapes them.
 */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const where = `${type.name}.${field.name}`;
      plansOf(field, where); // compiled now: a scalar without rules fails the build, not a request
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const found = checkArguments(field, args, where);
        if (found) throw refusal(found);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/**
 * For an argument declared `@judgedPerItem`: the problem of each item (null when sound), in
 * order, by the same rules, for the resolver to answer item by item.
 */
export function itemProblems(info: GraphQLResolveInfo, argumentName: string, items: readonly unknown[]): (InputProblem | null)[] {
  const field = info.parentType.getFields()[info.fieldName]!;
  const plan = plansOf(field, `${info.parentType.name}.${info.fieldName}`).find(([name]) => name === argumentName)?.[1];
  if (!plan || plan.kind !== 'list') throw new Error(`${info.fieldName} has no list argument ${argumentName}`);
  // Checked in a copy: the resolver judges the items as they were sent.
  const copy = [...items] as unknown as Record<number, unknown>;
  return items.map((_, index) => {
    const found = check(plan.item, copy, index);
    if (!found) return null;
    found.path.unshift(argumentName, index);
    return problemOf(found);
  });
}
