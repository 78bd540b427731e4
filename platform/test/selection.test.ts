import { describe, expect, it } from '@jest/globals';
import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selectedFields, selectedFieldsUnder } from '../src/graphql/selection.js';

const schema = buildSchema(`
  type Facts { a: Int b: Int c: Int inner: Facts }
  type Query { facts: Facts }
`);

/** What `facts` saw selected on itself, for a query. */
async function seenBy(query: string, under?: string): Promise<string[]> {
  let seen: Set<string> | undefined;
  const result = await graphql({
    schema,
    source: query,
    rootValue: {
      facts: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        seen = under ? selectedFieldsUnder(info, under) : selectedFields(info);
        return { a: 1, b: 2, c: 3, inner: null };
      },
    },
  });
  expect(result.errors).toBeUndefined();
  return [...seen!].sort();
}

describe('the fields a caller selected', () => {
  it('names the fields asked for, not the fields of what they hold', async () => {
    expect(await seenBy('{ facts { a inner { b } } }')).toEqual(['a', 'inner']);
  });

  it('looks through inline and named fragments, nested ones too, and counts a fragment once', async () => {
    const query = `{ facts { ... on Facts { b } ...F ...F } }
      fragment F on Facts { ...G }
      fragment G on Facts { c }`;
    expect(await seenBy(query)).toEqual(['b', 'c']);
  });

  it('counts a field under @skip or @include as selected', async () => {
    expect(await seenBy('{ facts { a @skip(if: true) b @include(if: false) } }')).toEqual(['a', 'b']);
  });

  it('joins the selections of the same field asked twice', async () => {
    expect(await seenBy('{ facts { a } facts { c } }')).toEqual(['a', 'c']);
  });

  it('names the fields selected under a field of the result, through fragments on both levels', async () => {
    expect(await seenBy('{ facts { a inner { b } } }', 'inner')).toEqual(['b']);
    const query = `{ facts { inner { a } ...F } }
      fragment F on Facts { inner { ... on Facts { c } ...G } }
      fragment G on Facts { inner { b } }`;
    expect(await seenBy(query, 'inner')).toEqual(['a', 'c', 'inner']);
  });

  it('names nothing under a field not selected, or a leaf', async () => {
    expect(await seenBy('{ facts { a } }', 'inner')).toEqual([]);
    expect(await seenBy('{ facts { a } }', 'a')).toEqual([]);
  });
});
