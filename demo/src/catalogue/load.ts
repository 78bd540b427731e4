import pg from 'pg';
import type { DemoCatalogue } from './generate.js';

const BATCH = 1000;
const snake = (column: string) => column.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

async function insertAll(client: pg.Client, table: string, rows: Record<string, unknown>[], onRows: (count: number) => void) {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!);
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const params: unknown[] = [];
    const tuples = batch.map((row) => `(${columns.map((column) => `$${params.push(row[column])}`).join(', ')})`);
    await client.query(`insert into catalogue.${table} (${columns.map(snake).join(', ')}) values ${tuples.join(', ')}`, params);
    onRows(batch.length);
  }
}

export async function hasDemoCatalogue(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('select exists (select 1 from catalogue.sector) as loaded');
    return rows[0].loaded as boolean;
  } finally {
    await client.end();
  }
}

/** Writes the demo catalogue in one transaction (replacing the catalogue when `replace`). */
export async function loadDemoCatalogue(
  url: string,
  demo: DemoCatalogue,
  options: { replace?: boolean; onProgress?: (done: number, total: number) => void } = {},
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const total = demo.sectors.length + demo.items.length + demo.versions.length + demo.jobDescriptions.length + demo.standards.length;
  let done = 0;
  const progress = (count: number) => options.onProgress?.((done += count), total);
  try {
    await client.query('begin');
    if (options.replace)
      await client.query(
        'truncate catalogue.audit_entry, catalogue.change_request, catalogue.position_work_item, catalogue.sector_kpi_standard, catalogue.work_item_version, catalogue.work_item, catalogue.sector',
      );
    await insertAll(client, 'sector', demo.sectors, progress);
    await insertAll(client, 'work_item', demo.items, progress);
    await insertAll(
      client,
      'work_item_version',
      demo.versions.map((v) => ({ ...v, recordedBy: 'demo-generator' })),
      progress,
    );
    await insertAll(
      client,
      'position_work_item',
      demo.jobDescriptions.map((j) => ({ ...j, addedBy: 'demo-generator' })),
      progress,
    );
    await insertAll(
      client,
      'sector_kpi_standard',
      demo.standards.map((s) => ({ ...s, recordedBy: 'demo-generator' })),
      progress,
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    await client.end();
  }
}
