import { describe, expect, it } from '@jest/globals';
import {
  byTerms,
  columnsOf,
  itemsOf,
  packedItemsOf,
  packedOf,
  unpackedOf,
  withPackedItems,
  withWorkPoints,
  workPointsOf,
} from '../src/rules/item-groups.js';
import { itemGroupsOf, readSegments, segmentsOf, storedApart, storedSegments } from '../src/entities/segments.type.js';
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

describe('facts read with their work points only (a live score nobody asked to explain)', () => {
  const facts = () => withWorkPoints({ entries: 3 }, 1234.5678);

  it('give the work points the diary summed, as they came', () => {
    expect(workPointsOf(facts())).toBe(1234.5678);
    expect(workPointsOf(withWorkPoints({ entries: 0 }, 0))).toBe(0);
  });

  it('refuse to show or store groups they never had, loudly: an explanation, a stored score, JSON', () => {
    expect(() => facts().items).toThrow(/work points only/);
    expect(() => JSON.stringify(facts())).toThrow(/work points only/);
    const segment = { from: '2026-11-01', to: '2026-11-20', facts: facts() } as unknown as SegmentRecord;
    expect(() => storedSegments([segment])).toThrow(/work points only/);
    expect(() => itemGroupsOf([segment])).toThrow(/work points only/);
  });
});

describe('item groups kept apart from the stretches (item_groups)', () => {
  const stretch = (facts: object) => ({ from: '2026-11-01', to: '2026-11-30', kpi: 80, facts }) as unknown as SegmentRecord;
  const shuffled = [groups[2]!, groups[0]!, groups[1]!];

  it('are stored as the packed texts they came as, and the stretches without them', () => {
    const inOrder = packedOf(groups);
    const packed = stretch(withPackedItems({ workingDays: 21, led: [], coOperated: [] }, inOrder));
    const asObjects = stretch({ workingDays: 20, led: [], coOperated: [], items: shuffled });
    const segments = JSON.parse(JSON.stringify(storedApart([packed, asObjects])));
    expect(segments.map((s: SegmentRecord) => s.facts)).toEqual([
      { workingDays: 21, led: [], coOperated: [] },
      { workingDays: 20, led: [], coOperated: [] },
    ]);
    expect(segments[0].kpi).toBe(80);
    const apart = itemGroupsOf([packed, asObjects]);
    expect(apart[0]).toBe(inOrder);
    expect(apart[1]).toEqual(packedOf(shuffled));
  });

  it('are read back with their stretches, each with its own groups, and a score stored before reads as it was', () => {
    const first = stretch(withPackedItems({ workingDays: 21, led: [], coOperated: [] }, packedOf(groups)));
    const second = stretch(withPackedItems({ workingDays: 9, led: [], coOperated: [] }, packedOf([])));
    const stored = {
      segments: readSegments(JSON.parse(JSON.stringify(storedApart([first, second])))),
      itemGroups: JSON.parse(JSON.stringify(itemGroupsOf([first, second]))),
    };
    const read = segmentsOf(stored);
    expect(read.map((s) => s.facts.items)).toEqual([groups, []]);
    expect(read.map((s) => workPointsOf(s.facts))).toEqual([workPointsOf(first.facts), 0]);
    expect(read[1]!.facts.workingDays).toBe(9);
    // The stored stretches themselves are left as they were read.
    expect('items' in stored.segments[0]!.facts).toBe(false);
    // Written back through the ORM as read (without groups): nothing to pack.
    expect(JSON.parse(JSON.stringify(storedSegments(stored.segments)))[0].facts).toEqual({ workingDays: 21, led: [], coOperated: [] });

    const before = { segments: readSegments(JSON.parse(JSON.stringify(storedSegments([first])))), itemGroups: null };
    expect(segmentsOf(before)[0]!.facts.items).toEqual(groups);
  });
});
