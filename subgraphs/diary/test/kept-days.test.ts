import { describe, expect, it } from '@jest/globals';
import { KeptDays } from '../src/services/kept-days.js';
import type { DayEntryRow, WriteContextRows } from '../src/store/diary.store.js';

const entry = (id: string): DayEntryRow => ({
  id,
  workItemId: 'item',
  quantity: 1,
  actualMinutes: 10,
  note: null,
  evidenceRef: null,
  assignmentId: null,
  client: null,
  externalId: null,
});
const day = (entries: number, stamp = 's'): WriteContextRows => ({
  entries: Array.from({ length: entries }, (_, i) => entry(`e${i}`)),
  reopenings: [],
  onLeave: false,
  stamp,
});

describe('the days the diary keeps between writes', () => {
  it('hand out copies: a group adding its entries to a day leaves the kept day as it was', () => {
    const kept = new KeptDays();
    kept.keep('a', day(2));
    const taken = kept.take('a')!;
    taken.entries = [...taken.entries, entry('new')];
    taken.stamp = 'changed';
    expect(kept.take('a')).toEqual(day(2));
    expect(kept.take('b')).toBeUndefined();
  });

  it('hold at most their limit of days and entries, dropping the least recently used first', () => {
    const kept = new KeptDays(20);
    kept.keep('a', day(4)); // weighs 5
    kept.keep('b', day(4));
    kept.keep('c', day(4));
    kept.take('a'); // now the most recently used
    kept.keep('d', day(5)); // 21 would exceed 20: b, the least recently used, goes
    expect(['a', 'b', 'c', 'd'].filter((key) => kept.take(key))).toEqual(['a', 'c', 'd']);
    // Kept again with more entries: its old weight no longer counts, and the oldest make room.
    kept.keep('a', day(9));
    expect(kept.size).toBe(2);
    expect(['a', 'c', 'd'].filter((key) => kept.take(key))).toEqual(['a', 'd']);
    kept.forget(['a', 'd', 'x']);
    expect(kept.size).toBe(0);
    // After forgetting, the whole limit is free again.
    for (const key of ['p', 'q', 'r', 's']) kept.keep(key, day(4));
    expect(kept.size).toBe(4);
  });
});
