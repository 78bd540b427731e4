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

/** The key of a range loader: an id and a date range, `id|from|to` (rangeKey('…', '2026-11-01', '2026-11-30')). */
export const rangeKey = (id: string, from: string, to: string) => `${id}|${from}|${to}`;

/**
 * A per-request loader of many records per id over a date range (a person's entries of a month):
 * the ids asked for with the same range in one tick are fetched by one query, `fetch(ids, from,
 * to)`; `idOf` says whose each record is. A page of 200 people's month is one statement.
 */
export function rangeLoader<T>(fetch: (ids: string[], from: string, to: string) => Promise<T[]>, idOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const results = new Map<string, T[]>();
    await Promise.all(
      [...byRange(keys)].map(async ([range, ids]) => {
        const [from, to] = range.split('|') as [string, string];
        for (const row of await fetch(ids, from, to)) {
          const key = rangeKey(idOf(row), from, to);
          const rows = results.get(key);
          if (rows) rows.push(row);
          else results.set(key, [row]);
        }
      }),
    );
    return keys.map((key) => results.get(key) ?? []);
  });
}

/** Range keys grouped by their range (`from|to`), each with its ids. */
export function byRange(keys: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const [id, from, to] = key.split('|') as [string, string, string];
    groups.set(`${from}|${to}`, [...(groups.get(`${from}|${to}`) ?? []), id]);
  }
  return groups;
}

/** `fetch(from, to)` at most once per range within a request (the calendar of a month, say). */
export function perRange<T>(fetch: (from: string, to: string) => Promise<T>) {
  const cache = new Map<string, Promise<T>>();
  return (from: string, to: string): Promise<T> => {
    const key = `${from}|${to}`;
    if (!cache.has(key)) cache.set(key, fetch(from, to));
    return cache.get(key)!;
  };
}
