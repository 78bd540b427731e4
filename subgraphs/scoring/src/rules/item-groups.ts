import type { ItemFacts } from './indicators.js';

/**
 * A stretch's item groups as columns: one list per field, one value per group. The diary sends a
 * batch of them so (itemGroups) and scores are stored so: a province month's groups are 212,000,
 * and as objects repeating eight keys they were three quarters of everything stored.
 */
export type ItemColumns = { [K in keyof ItemFacts]: ItemFacts[K][] };

const FIELDS = [
  'workItemId',
  'version',
  'standardMinutes',
  'coefficient',
  'entries',
  'quantity',
  'actualMinutes',
  'selfInitiatedQuantity',
] as const;

/** The order of a stretch's groups: item, version, standard minutes, coefficient (as the diary sends them). */
export const byTerms = (a: ItemFacts, b: ItemFacts) =>
  (a.workItemId < b.workItemId ? -1 : a.workItemId > b.workItemId ? 1 : 0) ||
  a.version - b.version ||
  a.standardMinutes - b.standardMinutes ||
  a.coefficient - b.coefficient;

/** The groups as the rules read them: one object per group. */
export function itemsOf(columns: ItemColumns): ItemFacts[] {
  return columns.workItemId.map((workItemId, i) => ({
    workItemId,
    version: columns.version[i]!,
    standardMinutes: columns.standardMinutes[i]!,
    coefficient: columns.coefficient[i]!,
    entries: columns.entries[i]!,
    quantity: columns.quantity[i]!,
    actualMinutes: columns.actualMinutes[i]!,
    selfInitiatedQuantity: columns.selfInitiatedQuantity[i]!,
  }));
}

export function columnsOf(items: readonly ItemFacts[]): ItemColumns {
  return Object.fromEntries(FIELDS.map((field) => [field, items.map((item) => item[field])])) as ItemColumns;
}

/**
 * The columns as stored: each one text, its values joined by commas (ids hold none, and a number's
 * text is the one JSON writes). PostgreSQL makes a jsonb number of every value it parses, and a
 * month's 1.7 million of them were most of the time it took to store the month; a text is one
 * value whatever its length.
 */
export type PackedColumns = { [K in keyof ItemFacts]: string };

export function packedOf(items: readonly ItemFacts[]): PackedColumns {
  return Object.fromEntries(FIELDS.map((field) => [field, items.map((item) => item[field]).join(',')])) as PackedColumns;
}

/** The groups of packed columns, as the rules read them. */
export function unpackedOf(packed: PackedColumns): ItemFacts[] {
  const split = (text: string) => (text === '' ? [] : text.split(','));
  const numbers = (text: string) => split(text).map(Number);
  return itemsOf({
    workItemId: split(packed.workItemId),
    version: numbers(packed.version),
    standardMinutes: numbers(packed.standardMinutes),
    coefficient: numbers(packed.coefficient),
    entries: numbers(packed.entries),
    quantity: numbers(packed.quantity),
    actualMinutes: numbers(packed.actualMinutes),
    selfInitiatedQuantity: numbers(packed.selfInitiatedQuantity),
  });
}
