import { holdsData, inTransaction, insertAll, progressOver } from '../sql.js';
import type { DemoCatalogue } from './generate.js';

export const hasDemoCatalogue = (url: string) => holdsData(url, 'exists (select 1 from catalogue.sector)');

/** Writes the demo catalogue in one transaction (replacing the catalogue when `replace`). */
export async function loadDemoCatalogue(
  url: string,
  demo: DemoCatalogue,
  options: { replace?: boolean; onProgress?: (done: number, total: number) => void } = {},
) {
  const total = demo.sectors.length + demo.items.length + demo.versions.length + demo.jobDescriptions.length + demo.standards.length;
  const progress = progressOver(total, options.onProgress);
  await inTransaction(url, async (client) => {
    if (options.replace)
      await client.query(
        'truncate catalogue.audit_entry, catalogue.change_request, catalogue.position_work_item, catalogue.sector_kpi_standard, catalogue.work_item_version, catalogue.work_item, catalogue.sector cascade',
      );
    await insertAll(client, 'catalogue.sector', demo.sectors, progress);
    await insertAll(client, 'catalogue.work_item', demo.items, progress);
    await insertAll(
      client,
      'catalogue.work_item_version',
      demo.versions.map((v) => ({ ...v, recordedBy: 'demo-generator' })),
      progress,
    );
    await insertAll(
      client,
      'catalogue.position_work_item',
      demo.jobDescriptions.map((j) => ({ ...j, addedBy: 'demo-generator' })),
      progress,
    );
    await insertAll(
      client,
      'catalogue.sector_kpi_standard',
      demo.standards.map((s) => ({ ...s, recordedBy: 'demo-generator' })),
      progress,
    );
  });
}
