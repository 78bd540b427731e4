import { JsonType, type Platform, type TransformContext } from '@mikro-orm/core';
import {
  itemsOf,
  packedItemsOf,
  unpackedOf,
  withItems,
  withPackedItems,
  type ItemColumns,
  type PackedColumns,
} from '../rules/item-groups.js';
import type { ItemFacts } from '../rules/indicators.js';
import type { SegmentRecord } from './period-score.entity.js';

/**
 * A score's stretches as stored. Scores are stored with their item groups apart (`item_groups`,
 * one packed form per stretch: itemGroupsOf) and their stretches without them (storedApart).
 * Scores stored before kept each stretch's groups inside it — packed (from 20261211090000), as
 * columns of values (from 20261210090000) or as a list of objects (before) — and still read the
 * same: segmentsOf gives every reader the stretches with their groups, wherever they are kept. In
 * SQL, `scoring.stretch_item_rows(item_groups -> i, facts->'items')` reads any of them.
 */
export function storedSegments(segments: readonly SegmentRecord[]): unknown[] {
  return segments.map((segment) =>
    // Stretches read without their groups (kept apart) are written back as they were read.
    'items' in segment.facts ? { ...segment, facts: withItems(segment.facts, packedItemsOf(segment.facts)) } : segment,
  );
}

/** The stretches as stored beside their item groups: everything but the groups (their getter never read). */
export function storedApart(segments: readonly SegmentRecord[]): unknown[] {
  return segments.map((segment) => {
    const facts: Record<string, unknown> = {};
    for (const key of Object.keys(segment.facts)) if (key !== 'items') facts[key] = segment.facts[key as keyof typeof segment.facts];
    return { ...segment, facts };
  });
}

/** Each stretch's item groups as packed columns, in the order of the stretches: what `item_groups` holds. */
export function itemGroupsOf(segments: readonly SegmentRecord[]): PackedColumns[] {
  return segments.map((segment) => packedItemsOf(segment.facts));
}

/**
 * A score's stretches with their item groups: from `itemGroups` where the score keeps them apart
 * (read as objects only when something reads them), otherwise as its stretches hold them.
 */
export function segmentsOf(score: { segments: SegmentRecord[]; itemGroups?: PackedColumns[] | null }): SegmentRecord[] {
  const apart = score.itemGroups;
  if (!apart) return score.segments;
  return score.segments.map((segment, i) => ({ ...segment, facts: withPackedItems({ ...segment.facts }, apart[i]!) }));
}

type StoredItems = ItemFacts[] | ItemColumns | PackedColumns | undefined;

const itemsStored = (items: Exclude<StoredItems, undefined>): ItemFacts[] =>
  Array.isArray(items) ? items : typeof items.workItemId === 'string' ? unpackedOf(items as PackedColumns) : itemsOf(items as ItemColumns);

export function readSegments(stored: unknown): SegmentRecord[] {
  return (stored as (SegmentRecord & { facts: { items: StoredItems } })[]).map((segment) =>
    // Without items: they are kept apart (segmentsOf adds them).
    segment.facts.items === undefined || Array.isArray(segment.facts.items)
      ? segment
      : { ...segment, facts: { ...segment.facts, items: itemsStored(segment.facts.items) } },
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
