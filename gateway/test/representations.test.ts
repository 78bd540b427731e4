import { describe, expect, it } from '@jest/globals';
import { deduplicate, expand } from '../src/representations.js';

const item = (id: string) => ({ __typename: 'WorkItem', id });

describe('an entity fetch', () => {
  it('sends each distinct representation once and answers every place that named it', () => {
    const request = { variables: { from: '2026-11-01', representations: [item('a'), item('b'), item('a'), item('a'), item('b')] } };
    const deduplicated = deduplicate(request)!;
    expect(deduplicated.variables).toEqual({ from: '2026-11-01', representations: [item('a'), item('b')] });
    const answer = expand(
      {
        data: {
          _entities: [
            { name: 'A', unit: { code: 'doc' } },
            { name: 'B', unit: null },
          ],
        },
      },
      deduplicated,
    );
    const entities = answer.data!._entities as { name: string; unit: object | null }[];
    expect(entities.map((e) => e.name)).toEqual(['A', 'B', 'A', 'A', 'B']);
    // The gateway merges later fetches into these objects: no two places share one.
    expect(new Set(entities.map((e) => e.unit).filter(Boolean)).size).toBe(3);
  });

  it('puts an error about one representation at every place that named it', () => {
    const deduplicated = deduplicate({ variables: { representations: [item('a'), item('b'), item('a')] } })!;
    const answer = expand(
      {
        data: { _entities: [null, { name: 'B' }] },
        errors: [
          { message: 'no such item', path: ['_entities', 0, 'name'] },
          { message: 'the whole fetch', path: undefined },
        ],
      },
      deduplicated,
    );
    expect(answer.data!._entities).toEqual([null, { name: 'B' }, null]);
    expect(answer.errors!.map((e) => e.path)).toEqual([['_entities', 0, 'name'], ['_entities', 2, 'name'], undefined]);
  });

  it('is left alone when nothing repeats or there is nothing to represent', () => {
    expect(deduplicate({ variables: { representations: [item('a'), item('b')] } })).toBeNull();
    expect(deduplicate({ variables: { first: 10 } })).toBeNull();
    expect(deduplicate({})).toBeNull();
  });
});
