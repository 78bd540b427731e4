import { JsonType, type Platform, type TransformContext } from '@mikro-orm/core';
import { itemsOf, packedItemsOf, unpackedOf, withItems, type ItemColumns, type PackedColumns } from '../rules/item-groups.js';
import type { ItemFacts } from '../rules/indicators.js';
import type { SegmentRecord } from './period-score.entity.js';

/**
 * A score's stretches as stored: each one's item groups as packed columns (rules/item-groups.ts),
 * the rest as it is. Scores stored before — groups as columns of values (from 20261210090000), or
 * as a list of objects (before it) — read the same: whichever form a row holds, what is read is
 * the list of objects the rules and the schema know. In SQL, `scoring.item_rows(facts->'items')`
 * reads any of the three (migration 20261211090000).
 */
export function storedSegments(segments: readonly SegmentRecord[]): unknown[] {
  return segments.map((segment) => ({ ...segment, facts: withItems(segment.facts, packedItemsOf(segment.facts)) }));
}

type StoredItems = ItemFacts[] | ItemColumns | PackedColumns;

const itemsStored = (items: StoredItems): ItemFacts[] =>
  Array.isArray(items) ? items : typeof items.workItemId === 'string' ? unpackedOf(items as PackedColumns) : itemsOf(items as ItemColumns);

export function readSegments(stored: unknown): SegmentRecord[] {
  return (stored as (SegmentRecord & { facts: { items: StoredItems } })[]).map((segment) =>
    Array.isArray(segment.facts.items) ? segment : { ...segment, facts: { ...segment.facts, items: itemsStored(segment.facts.items) } },
  );
}

/** `segments` through the ORM: stored with their groups as columns, read as objects. */
export class SegmentsType extends JsonType {
  override convertToDatabaseValue(value: unknown, platform: Platform, context?: TransformContext): string | null {
    return super.convertToDatabaseValue(value == null ? value : storedSegments(value as SegmentRecord[]), platform, context);
  }

  override convertToJSValue(value: unknown, platform: Platform, context?: TransformContext): unknown {
    const read = super.convertToJSValue(value, platform, context);
    return read == null ? read : readSegments(read);
  }
}
