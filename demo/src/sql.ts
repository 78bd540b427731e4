import pg from 'pg';

/**
 * The few SQL helpers the demo's loaders share. The demo writes each subgraph's schema directly
 * (fast, and the same rows on every machine), one transaction per subgraph.
 */
const BATCH = 1000;
const snake = (column: string) => column.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A client on `url` for `work`, closed whatever happens. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Whether a schema already holds data: `condition` is an SQL boolean expression (an `exists (…)`). */
export const holdsData = (url: string, condition: string) =>
  withClient(url, async (client) => (await client.query(`select ${condition} as loaded`)).rows[0].loaded as boolean);

/** `work` in one transaction on a client of `url`: all of it, or nothing. */
export const inTransaction = (url: string, work: (client: pg.Client) => Promise<void>) =>
  withClient(url, async (client) => {
    await client.query('begin');
    try {
      await work(client);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
  });

/**
 * Multi-row inserts of 1,000 into `table` (schema-qualified); `columns` (camelCase, written
 * snake_case) default to the first row's keys. ~16,000 rows in about a second.
 */
export async function insertAll(
  client: pg.Client,
  table: string,
  rows: object[],
  onRows: (count: number) => void,
  columns: string[] = rows.length ? Object.keys(rows[0]!) : [],
) {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH) as Record<string, unknown>[];
    const params: unknown[] = [];
    const tuples = batch.map((row) => `(${columns.map((column) => `$${params.push(row[column])}`).join(', ')})`);
    await client.query(`insert into ${table} (${columns.map(snake).join(', ')}) values ${tuples.join(', ')}`, params);
    onRows(batch.length);
  }
}

/** A progress callback over `total` rows, fed with counts as they are written. */
export function progressOver(total: number, onProgress?: (done: number, total: number) => void) {
  let done = 0;
  return (count: number) => onProgress?.((done += count), total);
}
