import type { WorkItem } from '../entities/index.js';
import { WorkItemStatus } from '../entities/index.js';
import { similarPairs } from '../rules/similarity.js';
import type { CatalogueContext } from './context.js';
import { assertReads } from './sector.service.js';
import { currentVersion } from './work-item.service.js';

/**
 * Near-duplicate active items (the same work under different names, often across agencies'
 * own lists): a working group's first candidates to merge. Usage facts (never used, actual time
 * far from standard) are contributed by the diary subgraph on `WorkItem`, not computed here.
 */
export async function nearDuplicateWorkItems(ctx: CatalogueContext, threshold: number, sectorId?: string | null) {
  assertReads(ctx);
  const { rows } = await ctx.loaders.store.itemPage(
    { on: '9999-12-31', status: WorkItemStatus.ACTIVE, sectorId: sectorId ?? undefined },
    5000,
    null,
  );
  const named = await Promise.all(rows.map(async (item) => ({ id: item.id, item, name: (await currentVersion(ctx, item)).name })));
  return similarPairs(named, threshold).map(({ a, b, similarity }) => ({ a: a.item as WorkItem, b: b.item as WorkItem, similarity }));
}
