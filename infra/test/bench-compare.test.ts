import { describe, expect, it } from '@jest/globals';
import { canonicalJson, firstDifference, median, spread } from '../src/bench-compare.js';

describe("the gateway bench's comparison of answers", () => {
  it('holds data alike whatever order the keys come in', () => {
    const ours = { me: { id: 'e1', periodScore: { score: 81.5, level: 'GOOD' }, diaryEntries: [{ id: 'd1', workItem: { code: 'A' } }] } };
    const peer = { me: { diaryEntries: [{ workItem: { code: 'A' }, id: 'd1' }], periodScore: { level: 'GOOD', score: 81.5 }, id: 'e1' } };
    expect(canonicalJson(ours)).toBe(canonicalJson(peer));
    expect(firstDifference(ours, peer)).toBeNull();
  });

  it('says where two answers first part: a value, a missing key, a shorter list', () => {
    expect(firstDifference({ me: { score: 81.5 } }, { me: { score: 81.4 } })).toEqual({ path: '$.me.score', a: 81.5, b: 81.4 });
    expect(firstDifference({ me: { id: 'e1', code: 'C' } }, { me: { id: 'e1' } })).toEqual({ path: '$.me.code', a: 'C', b: undefined });
    expect(firstDifference({ list: [1, 2] }, { list: [1] })).toEqual({ path: '$.list[1]', a: 2, b: undefined });
    // Order inside a list is data: the same items in another order differ.
    expect(firstDifference([1, 2], [2, 1])).toEqual({ path: '$[0]', a: 1, b: 2 });
    expect(firstDifference({ a: null }, { a: {} })).toEqual({ path: '$.a', a: null, b: {} });
  });

  it('sums rounds up by their median and picks checks evenly over the requests', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
    expect(spread(800, 4)).toEqual([0, 200, 400, 600]);
    expect(spread(3, 8)).toEqual([0, 1, 2]);
  });
});
