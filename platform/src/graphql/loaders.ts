import DataLoader from 'dataloader';

/**
 * A per-request loader of one record per key: `fetch` receives every key asked for in one tick
 * and answers with one query; records come back in key order, `null` where none exists.
 */
export function recordLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (record: V) => K) {
  return new DataLoader<K, V | null>(async (keys) => {
    const records = await fetch(keys);
    const byKey = new Map(records.map((record) => [keyOf(record), record] as const));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A per-request loader of many records per key (a parent's children), one query per batch. */
export function groupLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (record: V) => K) {
  return new DataLoader<K, V[]>(async (keys) => {
    const records = await fetch(keys);
    const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const record of records) groups.get(keyOf(record))?.push(record);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
