import { describe, expect, it } from '@jest/globals';
import {
  byTerms,
  columnsOf,
  itemsOf,
  packedItemsOf,
  packedOf,
  unpackedOf,
  withPackedItems,
  workPointsOf,
} from '../src/rules/item-groups.js';
import { readSegments, storedSegments } from '../src/entities/segments.type.js';
import type { ItemFacts } from '../src/rules/indicators.js';
import type { SegmentRecord } from '../src/entities/period-score.entity.js';

const group = (i: number, quantity: number): ItemFacts => ({
  workItemId: `0000000${i}-fbef-534d-8bae-7f6c8e039581`,
  version: i,
  standardMinutes: 37.5,
  coefficient: 1.2,
  entries: 3,
  quantity,
  actualMinutes: 95,
  selfInitiatedQuantity: quantity / 3,
});
// Values whose text is unusual: tiny, huge, long fractions, zero.
const groups = [group(1, 0.1 + 0.2), group(2, 1e-7), group(3, 123456789.125), group(4, 0), group(5, 1 / 3)];

describe('item groups packed as stored', () => {
  it('come back exactly as they went, value for value, in their order', () => {
    const packed = packedOf(groups);
    expect(typeof packed.quantity).toBe('string');
    expect(unpackedOf(packed)).toEqual(groups);
    expect(unpackedOf(JSON.parse(JSON.stringify(packed)))).toEqual(groups);
  });

  it('of a stretch without approved entries are empty texts, read as no group', () => {
    expect(packedOf([]).workItemId).toBe('');
    expect(unpackedOf(packedOf([]))).toEqual([]);
  });

  it('read the same from any form a score was stored in: packed, columns of values, objects', () => {
    const segment = { from: '2026-11-01', to: '2026-11-30', facts: { items: groups, led: [], coOperated: [] } } as unknown as SegmentRecord;
    const stored = JSON.parse(JSON.stringify(storedSegments([segment])));
    expect(stored[0].facts.items.workItemId).toBe(groups.map((g) => g.workItemId).join(','));
    const asColumns = [{ ...segment, facts: { ...segment.facts, items: columnsOf(groups) } }];
    for (const form of [stored, asColumns, [segment]]) expect(readSegments(form)[0]!.facts.items).toEqual(groups);
    expect(itemsOf(columnsOf(groups))).toEqual(groups);
  });
});

describe('facts read with their item groups packed (as the diary sends them)', () => {
  const factsOf = (items: ItemFacts[]) => withPackedItems({ workingDays: 21, led: [], coOperated: [] }, packedOf(items));
  const summed = (items: ItemFacts[]) => items.reduce((sum, i) => sum + i.quantity * i.standardMinutes * i.coefficient, 0);
  // Two versions of one item (equal ids side by side), then groups in no order at all.
  const twoVersions = [group(1, 2), { ...group(2, 5), version: 1 }, { ...group(2, 0.7), version: 2, coefficient: 2.5 }, group(3, 1 / 7)];
  const shuffled = [groups[3]!, groups[0]!, groups[4]!, groups[2]!, groups[1]!];

  it('give the work points of the groups as objects, to the last bit, in the order of their terms', () => {
    for (const items of [groups, twoVersions, shuffled, []]) {
      const sorted = [...items].sort(byTerms);
      expect(workPointsOf(factsOf(items))).toBe(summed(sorted));
      expect(workPointsOf({ items: sorted })).toBe(summed(sorted));
    }
    // The order matters: summed in another order, these groups give another last bit.
    const terms = [0.1, 0.2, 0.3].map((quantity, i) => ({ ...group(i + 1, quantity), standardMinutes: 1, coefficient: 1 }));
    expect(summed(terms)).not.toBe(summed([...terms].reverse()));
    expect(workPointsOf(factsOf([...terms].reverse()))).toBe(summed(terms));
  });

  it('read as objects only when asked, in the order of their terms, and stored as the texts they came as when in order', () => {
    const inOrder = packedOf(groups);
    const facts = withPackedItems({ workingDays: 21, led: [], coOperated: [] }, inOrder);
    expect(packedItemsOf(facts)).toBe(inOrder);
    expect(facts.items).toEqual(groups);
    for (const items of [twoVersions, shuffled]) {
      const read = factsOf(items);
      expect(read.items).toEqual([...items].sort(byTerms));
      expect(packedItemsOf(read)).toEqual(packedOf([...items].sort(byTerms)));
    }
    const segment = { from: '2026-11-01', to: '2026-11-30', facts } as unknown as SegmentRecord;
    const stored = JSON.parse(JSON.stringify(storedSegments([segment])));
    expect(stored[0].facts).toEqual({ workingDays: 21, led: [], coOperated: [], items: inOrder });
    expect(readSegments(stored)[0]!.facts.items).toEqual(groups);
  });

  it('once given other groups, are those groups everywhere', () => {
    const facts = factsOf(groups);
    facts.items = twoVersions;
    expect(facts.items).toBe(twoVersions);
    expect(workPointsOf(facts)).toBe(summed(twoVersions));
    expect(packedItemsOf(facts)).toEqual(packedOf(twoVersions));
    expect(JSON.parse(JSON.stringify(facts)).items).toEqual(twoVersions);
  });
});
