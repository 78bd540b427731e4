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
