import { describe, expect, it } from '@jest/globals';
import { columnsOf, itemsOf, packedOf, unpackedOf } from '../src/rules/item-groups.js';
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
