import { describe, expect, it } from '@jest/globals';
import { graphql, type GraphQLSchema } from 'graphql';
import { GraphQLLocalDate as LenientLocalDate } from 'graphql-scalars';
import { Arg, Field, FieldResolver, Float, ID, InputType, Int, ObjectType, Query, Resolver, Info } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import {
  boundedError,
  buildFederatedSchema,
  Constraint,
  dateWindow,
  excerpt,
  GraphQLJSONObject,
  GraphQLLocalDate,
  InvalidInput,
  isCalendarDate,
  itemProblems,
  JudgedPerItem,
  MESSAGE_LIMIT,
  Parent,
  parseDateTime,
  parseJsonObject,
  parseLocalDate,
  parsePeriod,
  TEXT_MAX,
  textFault,
  yearWindow,
} from '../src/index.js';

const TODAY = '2026-11-20';

describe('the strict scalars', () => {
  it('know real calendar dates', () => {
    for (const date of ['2026-02-28', '2028-02-29', '2026-12-31', '2000-02-29']) expect(isCalendarDate(date)).toBe(true);
    for (const date of [
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2027-02-29',
      '1900-02-29',
      '2026-1-01',
      '',
      '9999-99-99',
      '2026-11-20T00:00:00Z',
    ])
      expect(isCalendarDate(date)).toBe(false);
  });

  it('take dates of the window only: 1950-01-01 to five years after today', () => {
    expect(dateWindow(TODAY)).toEqual({ from: '1950-01-01', to: '2031-11-20' });
    expect(dateWindow('2028-02-29').to).toBe('2033-02-28');
    expect(yearWindow(TODAY)).toEqual({ from: 1950, to: 2031 });
    expect(parseLocalDate('2026-11-20', TODAY)).toBe('2026-11-20');
    expect(parseLocalDate('1950-01-01', TODAY)).toBe('1950-01-01');
    expect(parseLocalDate('2031-11-20', TODAY)).toBe('2031-11-20');
    for (const bad of ['2031-11-21', '1949-12-31', '9999-12-31', '0001-01-01', '2026-02-30', '', 20261120, null, {}, '2026-11-20 '])
      expect(parseLocalDate(bad, TODAY)).toBeInstanceOf(InvalidInput);
  });

  it('take periods YYYY-MM of the window', () => {
    expect(parsePeriod('2026-10', TODAY)).toBe('2026-10');
    for (const bad of ['9999-12', '2026-13', '2026-00', '2026-1', '2026-10-01', '', 202610])
      expect(parsePeriod(bad, TODAY)).toBeInstanceOf(InvalidInput);
  });

  it('take date-times with their offset, in the window', () => {
    expect(parseDateTime('2026-11-20T10:00:00+07:00', TODAY)).toEqual(new Date('2026-11-20T03:00:00Z'));
    expect(parseDateTime('2026-11-20T03:00:00.123Z', TODAY)).toEqual(new Date('2026-11-20T03:00:00.123Z'));
    for (const bad of ['2026-11-20', '2026-11-20T10:00:00', '2026-02-30T00:00:00Z', '9999-12-31T00:00:00Z', 'yesterday', 1700000000000])
      expect(parseDateTime(bad, TODAY)).toBeInstanceOf(InvalidInput);
  });

  it('take JSON objects that are small, shallow and sound', () => {
    expect(parseJsonObject({ a: [1, { b: 'ok' }] })).toEqual({ a: [1, { b: 'ok' }] });
    for (const bad of [[1, 2], 'text', 3, null, { a: 'x\u0000' }, { ['k\u0000']: 1 }, { a: '\ud800' }, { a: 'x'.repeat(70_000) }])
      expect(parseJsonObject(bad)).toBeInstanceOf(InvalidInput);
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 10; i++) deep = { deep };
    expect(parseJsonObject(deep)).toBeInstanceOf(InvalidInput);
  });

  it('refuse NUL characters and lone surrogates in any text', () => {
    expect(textFault('Thẩm định hồ sơ 😀')).toBeNull();
    expect(textFault('a\u0000b')).toMatch(/NUL/);
    expect(textFault('a\ud800b')).toMatch(/surrogate/);
    expect(textFault('a\udc00')).toMatch(/surrogate/);
  });
});

describe('messages never echo more than an excerpt', () => {
  it('quotes a short value whole and a long one cut, with its length', () => {
    expect(excerpt('2026-02-30')).toBe('"2026-02-30"');
    expect(excerpt('x'.repeat(1_048_576))).toBe(`"${'x'.repeat(40)}"… (1,048,576 characters)`);
    expect(excerpt({ a: 'y'.repeat(100) }).length).toBeLessThan(50);
  });

  it('cuts what graphql-js and Apollo quote back: a megabyte sent, a few hundred characters answered', () => {
    const huge = 'x'.repeat(1_048_576);
    const formatted = {
      message: `Variable "$f" got invalid value "${huge}"; Int cannot represent non-integer value: "${huge}"`,
      extensions: { code: 'BAD_USER_INPUT', detail: huge },
    };
    const bounded = boundedError(formatted);
    expect(bounded.message.length).toBeLessThan(MESSAGE_LIMIT + 20);
    expect(bounded.message).toContain('(1,048,576 characters)');
    expect(bounded.message).toMatch(/^Variable "\$f" got invalid value "x{40}"… \(1,048,576 characters\); Int cannot/);
    expect(bounded.extensions!.code).toBe('BAD_USER_INPUT');
    expect(String(bounded.extensions!.detail).length).toBeLessThan(MESSAGE_LIMIT + 20);
    expect(boundedError({ message: 'No agency with code X exists.' }).message).toBe('No agency with code X exists.');
  });
});

@InputType()
class NoteInput {
  @Field(() => GraphQLLocalDate) workDate: string;
  @Field(() => ID) itemId: string;
  @Field(() => String, { nullable: true }) note?: string;
  @Constraint({ min: 1, max: 10 }) @Field(() => Int, { nullable: true }) rating?: number;
}

@InputType()
class Event {
  @Field(() => String) externalId: string;
  @Field(() => GraphQLLocalDate) date: string;
}

@ObjectType()
class Person {
  @Field(() => ID) id: string;
}

const calls: string[] = [];

@Resolver()
class ProbeResolver {
  @Query(() => String)
  probe(
    @Arg('id', () => ID) id: string,
    @Arg('on', () => GraphQLLocalDate, { nullable: true }) on: string | undefined,
    @Constraint({ period: true }) @Arg('period', () => String, { nullable: true }) period: string | undefined,
    @Arg('text', () => String, { nullable: true }) text: string | undefined,
    @Arg('count', () => Int, { nullable: true }) count: number | undefined,
    @Constraint({ min: 0, max: 1 }) @Arg('ratio', () => Float, { nullable: true }) ratio: number | undefined,
    @Arg('input', () => NoteInput, { nullable: true }) input: NoteInput | undefined,
    @Arg('ids', () => [ID], { nullable: true }) ids: string[] | undefined,
    @Arg('facts', () => GraphQLJSONObject, { nullable: true }) facts: object | undefined,
  ) {
    calls.push('probe');
    return JSON.stringify({ id, on, period, text, count, ratio, input, ids, facts });
  }

  @Query(() => Person)
  person() {
    return { id: '0190f0f0-0000-7000-8000-000000000001' };
  }

  @Query(() => [String])
  intake(@JudgedPerItem() @Arg('events', () => [Event]) events: Event[], @Info() info: GraphQLResolveInfo) {
    return itemProblems(info, 'events', events).map((problem, i) => problem?.field ?? events[i]!.externalId);
  }
}

@Resolver(() => Person)
class PersonResolver {
  @FieldResolver(() => String)
  assessment(@Parent() person: Person, @Constraint({ year: true }) @Arg('year', () => Int) year: number) {
    calls.push('assessment');
    return `${person.id}/${year}`;
  }
}

let schema: GraphQLSchema;
async function run(source: string, variableValues?: Record<string, unknown>) {
  process.env.KPI_NOW = `${TODAY}T10:00:00+07:00`;
  schema ??= (await buildFederatedSchema({ resolvers: [ProbeResolver, PersonResolver], orphanedTypes: [], referenceResolvers: {} })).schema;
  calls.length = 0;
  const result = await graphql({ schema, source, variableValues, contextValue: {} });
  delete process.env.KPI_NOW;
  return result;
}
const ID_OK = '0190F0F0-0000-7000-8000-00000000000A';
const refused = async (source: string, variables?: Record<string, unknown>) => {
  const result = await run(source, variables);
  expect(calls).toEqual([]);
  return result.errors?.map((e) => [e.extensions.code, e.extensions.field]);
};

describe('the argument guard', () => {
  it('lets sound values through, ids in lower case', async () => {
    const result = await run(
      `query ($input: NoteInput) { probe(id: "${ID_OK}", on: "2026-11-20", period: "2026-10", text: "Thẩm định", count: 3, ratio: 0.5, input: $input, ids: ["${ID_OK}"], facts: { a: 1 }) }`,
      { input: { workDate: '2026-11-19', itemId: ID_OK, rating: 10 } },
    );
    expect(result.errors).toBeUndefined();
    expect(JSON.parse(result.data!.probe as string)).toMatchObject({
      id: ID_OK.toLowerCase(),
      ids: [ID_OK.toLowerCase()],
      input: { itemId: ID_OK.toLowerCase(), workDate: '2026-11-19' },
      facts: { a: 1 },
    });
  });

  it('refuses each kind of bad value before the resolver, BAD_USER_INPUT naming the field', async () => {
    const probe = (args: string) => refused(`{ probe(id: "${ID_OK}", ${args}) }`);
    expect(await refused(`{ probe(id: "x") }`)).toEqual([['BAD_USER_INPUT', 'id']]);
    expect(await probe('on: "2026-02-30"')).toEqual([['BAD_USER_INPUT', 'on']]);
    expect(await probe('on: "2026-13-01"')).toEqual([['BAD_USER_INPUT', 'on']]);
    expect(await probe('on: ""')).toEqual([['BAD_USER_INPUT', 'on']]);
    expect(await probe('on: "2026-11-20T00:00:00Z"')).toEqual([['BAD_USER_INPUT', 'on']]);
    expect(await probe('on: "9999-12-31"')).toEqual([['BAD_USER_INPUT', 'on']]);
    expect(await probe('on: 20261120')).toEqual([['BAD_USER_INPUT', 'on']]);
    expect(await probe('period: "9999-12"')).toEqual([['BAD_USER_INPUT', 'period']]);
    expect(await probe('text: "a\\u0000b"')).toEqual([['BAD_USER_INPUT', 'text']]);
    expect(await probe(`text: "${'x'.repeat(TEXT_MAX + 1)}"`)).toEqual([['BAD_USER_INPUT', 'text']]);
    expect(await probe('count: 1000001')).toEqual([['BAD_USER_INPUT', 'count']]);
    expect(await probe('count: -1000001')).toEqual([['BAD_USER_INPUT', 'count']]);
    expect(await probe('ratio: -5')).toEqual([['BAD_USER_INPUT', 'ratio']]);
    expect(await probe('ratio: 1.01')).toEqual([['BAD_USER_INPUT', 'ratio']]);
    expect(await probe('ids: ["0190f0f0-0000-7000-8000-000000000001", "nope"]')).toEqual([['BAD_USER_INPUT', 'ids.1']]);
    expect(await probe('facts: { a: "\\u0000" }')).toEqual([['BAD_USER_INPUT', 'facts']]);
    expect(await probe(`input: { workDate: "2026-02-30", itemId: "${ID_OK}" }`)).toEqual([['BAD_USER_INPUT', 'workDate']]);
    expect(await probe(`input: { workDate: "2026-11-20", itemId: "${ID_OK}", rating: 0 }`)).toEqual([['BAD_USER_INPUT', 'rating']]);
  });

  it('answers a variable as it answers a literal, and quotes only an excerpt', async () => {
    const huge = 'x'.repeat(1_048_576);
    const result = await run(`query ($on: LocalDate) { probe(id: "${ID_OK}", on: $on) }`, { on: huge });
    expect(calls).toEqual([]);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'on' });
    expect(result.errors![0]!.message.length).toBeLessThan(200);
    const text = await run(`query ($t: String) { probe(id: "${ID_OK}", text: $t) }`, { t: huge });
    expect(text.errors![0]!.message).toBe('`text` is at most 2,000 characters; got 1,048,576.');
    const surrogate = await run(`query ($t: String) { probe(id: "${ID_OK}", text: $t) }`, { t: 'a\ud800' });
    expect(surrogate.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });

  it('guards the arguments of entity fields too, with the bounds declared on them', async () => {
    expect(await run(`{ person { assessment(year: 2026) } }`)).toMatchObject({ data: { person: { assessment: expect.any(String) } } });
    const result = await run(`{ person { assessment(year: -1) } }`);
    expect(calls).toEqual([]);
    expect(result.errors!.map((e) => [e.extensions.code, e.extensions.field, e.message])).toEqual([
      ['BAD_USER_INPUT', 'year', '`year` must be a year from 1950 to 2031; got -1.'],
    ]);
  });

  it('leaves the items of a @judgedPerItem list to the resolver, by the same rules', async () => {
    const result = await run(
      `{ intake(events: [{ externalId: "a", date: "2026-02-30" }, { externalId: "b", date: "2026-11-19" }, { externalId: "c\\u0000", date: "2026-11-19" }]) }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.intake).toEqual(['events.0.date', 'b', 'events.2.externalId']);
  });

  it('refuses at build time an input scalar that is not the platform’s', async () => {
    @Resolver()
    class LenientResolver {
      @Query(() => String)
      lenient(@Arg('on', () => LenientLocalDate) on: string) {
        return on;
      }
    }
    await expect(buildFederatedSchema({ resolvers: [LenientResolver], referenceResolvers: {} })).rejects.toThrow(
      /not one of @kpi\/platform's/,
    );
  });
});
