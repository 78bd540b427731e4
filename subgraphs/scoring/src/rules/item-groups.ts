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

/** Packed columns naming each group's item by its index in a batch's list of items (`workItem`) instead of its id. */
export type IndexedColumns = { workItem: string } & Omit<PackedColumns, 'workItemId'>;

/**
 * The packed columns of a batch whose groups name their items by index in `workItemIds` (the
 * diary's indexedItemGroups), with their ids back: the very columns packedItemGroups holds, key
 * for key, so that what is stored and its digest do not depend on the form that travelled.
 */
export function namedItems(workItemIds: readonly string[]) {
  return ({ workItem, version, standardMinutes, coefficient, entries, quantity, actualMinutes, selfInitiatedQuantity }: IndexedColumns) => {
    let workItemId = '';
    if (workItem !== '') {
      const indexes = workItem.split(',');
      const ids = new Array<string>(indexes.length);
      for (let i = 0; i < indexes.length; i++) {
        const id = workItemIds[Number(indexes[i])];
        if (id === undefined) throw new Error(`an item group names item ${indexes[i]} of ${workItemIds.length}`);
        ids[i] = id;
      }
      workItemId = ids.join(',');
    }
    return { workItemId, version, standardMinutes, coefficient, entries, quantity, actualMinutes, selfInitiatedQuantity };
  };
}

const PACKED = Symbol('the packed item groups these facts were read from, in the order of their terms');

type WithPacked = { items: ItemFacts[]; [PACKED]?: PackedColumns };

/** Whether the packed groups are in the order of their terms already: their item ids strictly rising (as the diary sends them). */
function inTermsOrder(packed: PackedColumns): boolean {
  const ids = packed.workItemId === '' ? [] : packed.workItemId.split(',');
  for (let i = 1; i < ids.length; i++) if (!(ids[i - 1]! < ids[i]!)) return false;
  return true;
}

/**
 * Facts whose item groups are these packed columns, read only as far as they are used: work
 * points need three columns of numbers, storing needs the texts as they came, and only a reader
 * of `items` (an explanation) gets the groups as objects. A province month's 212,000 groups were
 * made into objects, then packed again to be stored. Groups whose ids do not rise (two versions
 * of an item in a stretch, or another order) are sorted by terms first, so every reader sees
 * one order whatever order they came in. Assigning `items` replaces the packed columns.
 */
export function withPackedItems<T extends object>(facts: T, packed: PackedColumns): T & { items: ItemFacts[] } {
  const ordered = inTermsOrder(packed) ? packed : packedOf(unpackedOf(packed).sort(byTerms));
  let items: ItemFacts[] | undefined;
  Object.defineProperty(facts, PACKED, { value: ordered, configurable: true });
  Object.defineProperty(facts, 'items', {
    enumerable: true,
    configurable: true,
    get: () => (items ??= unpackedOf(ordered)),
    set(value: ItemFacts[]) {
      delete (facts as WithPacked)[PACKED];
      Object.defineProperty(facts, 'items', { value, enumerable: true, writable: true, configurable: true });
    },
  });
  return facts as T & { items: ItemFacts[] };
}

const POINTS = Symbol('the work points of the item groups, summed where they are kept');

/**
 * Facts that came with their work points instead of their groups (a live score: the diary sums
 * the groups as workPointsOf does, to the last bit). Their `items` were never fetched: reading
 * them is a mistake of the code that asked, and fails loudly rather than explain a score with
 * no groups.
 */
export function withWorkPoints<T extends object>(facts: T, workPoints: number): T & { items: ItemFacts[] } {
  Object.defineProperty(facts, POINTS, { value: workPoints, configurable: true });
  // Enumerable: whatever would show or store the groups (an explanation, a stored score) reads them, and fails.
  Object.defineProperty(facts, 'items', {
    enumerable: true,
    configurable: true,
    get() {
      throw new Error('these facts came with their work points only: ask the diary for the item groups to read them');
    },
  });
  return facts as T & { items: ItemFacts[] };
}

/** The facts' item groups packed, in the order of their terms: as they came when they came packed. */
export function packedItemsOf(facts: WithPacked): PackedColumns {
  return facts[PACKED] ?? packedOf(facts.items);
}

/**
 * Work points of the facts' approved groups: Σ quantity × standard minutes × coefficient, in the
 * order of their terms (the same sum, term by term, from the packed columns or the objects).
 */
export function workPointsOf(facts: WithPacked): number {
  const summed = (facts as { [POINTS]?: number })[POINTS];
  if (summed !== undefined) return summed;
  const packed = facts[PACKED];
  if (!packed) return facts.items.reduce((sum, i) => sum + i.quantity * i.standardMinutes * i.coefficient, 0);
  if (packed.quantity === '') return 0;
  const quantity = packed.quantity.split(',');
  const standardMinutes = packed.standardMinutes.split(',');
  const coefficient = packed.coefficient.split(',');
  let sum = 0;
  for (let i = 0; i < quantity.length; i++) sum += Number(quantity[i]) * Number(standardMinutes[i]) * Number(coefficient[i]);
  return sum;
}

/** A copy of the facts with other item groups (their other keys copied as they are, the groups not read). */
export function withItems<T extends { items: unknown }, I>(facts: T, items: I): Omit<T, 'items'> & { items: I } {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(facts)) copy[key] = key === 'items' ? items : facts[key as keyof T];
  return copy as Omit<T, 'items'> & { items: I };
}
