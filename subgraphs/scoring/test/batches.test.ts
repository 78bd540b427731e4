import { describe, expect, it } from '@jest/globals';
import { evenBatches } from '../src/services/inputs.service.js';

describe('the diary asked in even batches', () => {
  it('cuts a province into as few batches as the limit allows, of sizes a range apart, every range once in order', () => {
    const ranges = Array.from({ length: 7215 }, (_, i) => i);
    const batches = evenBatches(ranges, 5000);
    expect(batches.map((b) => b.length)).toEqual([3608, 3607]);
    expect(batches.flat()).toEqual(ranges);
  });

  it('keeps a small set whole and asks nothing for none', () => {
    expect(evenBatches([1, 2, 3], 5000)).toEqual([[1, 2, 3]]);
    expect(evenBatches([], 5000)).toEqual([]);
    expect(
      evenBatches(
        Array.from({ length: 10001 }, (_, i) => i),
        5000,
      ).map((b) => b.length),
    ).toEqual([3334, 3334, 3333]);
  });
});
