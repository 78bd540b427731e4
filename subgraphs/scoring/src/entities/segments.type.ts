import { JsonType, type Platform, type TransformContext } from '@mikro-orm/core';
import { columnsOf, itemsOf, type ItemColumns } from '../rules/item-groups.js';
import type { ItemFacts } from '../rules/indicators.js';
import type { SegmentRecord } from './period-score.entity.js';

/**
 * A score's stretches as stored: each one's item groups as columns (rules/item-groups.ts), the rest
 * as it is. Scores stored before (groups as a list of objects) read the same: whichever form a
 * row holds, what is read is the list of objects the rules and the schema know. In SQL,
 * `scoring.item_rows(facts->'items')` reads either form (migration 20261210090000).
 */
export function storedSegments(segments: readonly SegmentRecord[]): unknown[] {
  return segments.map((segment) => ({ ...segment, facts: { ...segment.facts, items: columnsOf(segment.facts.items) } }));
}

type StoredItems = ItemFacts[] | ItemColumns;

export function readSegments(stored: unknown): SegmentRecord[] {
  return (stored as (SegmentRecord & { facts: { items: StoredItems } })[]).map((segment) =>
    Array.isArray(segment.facts.items) ? segment : { ...segment, facts: { ...segment.facts, items: itemsOf(segment.facts.items) } },
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
