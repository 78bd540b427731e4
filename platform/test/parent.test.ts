import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { graphql } from 'graphql';
// eslint-disable-next-line no-restricted-imports -- the conversion Parent avoids, shown beside it
import { Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { buildFederatedSchema, Parent } from '../src/index.js';

let built = 0;

@ObjectType()
class Book {
  constructor() {
    // What an entity's initialisers cost (a fresh id, the ORM's setters), counted.
    built += 1;
  }

  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

/** What the books' resolver answered: plain rows, as read paths answer. */
const rows = [
  { id: 'b1', title: 'Luật Cán bộ, công chức' },
  { id: 'b2', title: 'Nghị định 335' },
];
const seen: { parent: unknown[]; root: unknown[] } = { parent: [], root: [] };

@Resolver(() => Book)
class BookResolver {
  @Query(() => [Book])
  books() {
    return rows;
  }

  @FieldResolver(() => String)
  shouted(@Parent() book: Book) {
    seen.parent.push(book);
    return book.title.toUpperCase();
  }

  @FieldResolver(() => String)
  converted(@Root() book: Book) {
    seen.root.push(book);
    return book.title;
  }
}

const ask = async (fields: string) => {
  const { schema } = await buildFederatedSchema({ resolvers: [BookResolver], referenceResolvers: {} });
  built = 0;
  seen.parent.length = 0;
  seen.root.length = 0;
  return graphql({ schema, source: `{ books { id ${fields} } }`, contextValue: {} });
};

describe('a field resolver’s parent', () => {
  it('is the object its parent resolver returned, never an instance built from it', async () => {
    const result = await ask('shouted');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      books: [
        { id: 'b1', shouted: 'LUẬT CÁN BỘ, CÔNG CHỨC' },
        { id: 'b2', shouted: 'NGHỊ ĐỊNH 335' },
      ],
    });
    expect(seen.parent).toHaveLength(2);
    seen.parent.forEach((parent, i) => expect(parent).toBe(rows[i]));
    expect(built).toBe(0);
  });

  it('would be an instance built for every field resolved with type-graphql’s Root', async () => {
    const result = await ask('converted');
    expect(result.errors).toBeUndefined();
    expect(seen.root.every((root) => root instanceof Book)).toBe(true);
    expect(built).toBe(2);
  });
});
