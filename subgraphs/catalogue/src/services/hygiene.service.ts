import { DomainError, forbidden } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { said } from '../messages.js';
import type { Sector, WorkItem, WorkItemGroup } from '../entities/index.js';
import { WorkItemStatus } from '../entities/index.js';
import { assertPeriod } from '../rules/dates.js';
import { assertThresholds, classifyUsage, hygieneScope, type HygieneThresholds, type Usage } from '../rules/hygiene.js';
import { canManageAgencyCatalogue } from '../rules/ownership.js';
import { canReadUsage, keeperAgencyIds } from '../rules/usage.js';
import { similarPairs } from '../rules/similarity.js';
import * as diary from '../peers/diary.js';
import type { CatalogueContext } from './context.js';
import { assertReads } from './sector.service.js';
import { currentVersion } from './work-item.service.js';

/**
 * Near-duplicate active items (the same work under different names, often across agencies'
 * own lists): a working group's first candidates to merge.
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

export interface HygieneFilter {
  sectorCode?: string | null;
  group?: WorkItemGroup | null;
  ownerAgencyId?: string | null;
}

/**
 * Usage of many items in a period, from the diary subgraph: one `_entities` request for all of
 * them (the diary sums them in one statement). Asked as the catalogue service, because the facts
 * are the diary's and the caller's right to them was decided here. The catalogue never reads the
 * diary's tables.
 */
async function usageOf(ctx: CatalogueContext, ids: string[], from: string, to: string): Promise<Map<string, Usage>> {
  const rows = await diary.itemUsage(ctx.peers, ids, from, to, { asService: true });
  // A missing answer is not "never used": rather no list than a wrong one.
  if (rows.length !== ids.length || rows.some((row) => !row?.usage))
    throw new Error(`the diary answered no usage for ${rows.filter((row) => !row?.usage).length} of ${ids.length} work items`);
  return new Map(rows.map((row) => [row!.id, row!.usage]));
}

/**
 * What a working group streamlining a list asks: of the items in force on some day of the period
 * (matching the filter), those never used, those rarely used, and those whose recorded time is far
 * from their standard time. Province roles see the whole catalogue; an agency's or department's
 * catalogue keepers see the items they keep (their agency's own list, their sectors' items).
 */
export async function catalogueHygiene(
  ctx: CatalogueContext,
  input: { from: string; to: string; filter?: HygieneFilter | null } & HygieneThresholds,
) {
  const scope = hygieneScope(ctx.identity);
  if (!scope) throw forbidden(said.hygiene());
  assertPeriod(input.from, input.to);
  assertThresholds(input);
  const filter = input.filter ?? {};
  if (scope === 'kept' && filter.ownerAgencyId && !canManageAgencyCatalogue(ctx.identity, filter.ownerAgencyId))
    throw forbidden(said.anotherAgencyHygiene());
  let sectorId: string | undefined;
  if (filter.sectorCode) {
    const sector = await ctx.loaders.sectorByCode.load(filter.sectorCode);
    if (!sector)
      throw new DomainError(ErrorCode.INVALID_REFERENCE, said.noSectorCode({ code: filter.sectorCode }), {
        field: 'filter.sectorCode',
      });
    sectorId = sector.id;
  }
  let items = await ctx.loaders.store.itemsInForce(
    { sectorId, group: filter.group ?? undefined, ownerAgencyId: filter.ownerAgencyId ?? undefined },
    input.from,
    input.to,
  );
  if (scope === 'kept') {
    const sectors = await ctx.loaders.sector.loadMany([...new Set(items.map((item) => item.sectorId))]);
    const byId = new Map(sectors.filter((s): s is Sector => Boolean(s && !(s instanceof Error))).map((s) => [s.id, s]));
    // The one rule for usage facts: what WorkItem.usage answers to this caller, and nothing more.
    items = items.filter((item) => byId.has(item.sectorId) && canReadUsage(ctx.identity, keeperAgencyIds(item, byId.get(item.sectorId)!)));
  }
  for (const item of items) ctx.loaders.item.prime(item.id, item);
  const usage = await usageOf(
    ctx,
    items.map((item) => item.id),
    input.from,
    input.to,
  );
  return {
    from: input.from,
    to: input.to,
    itemsInForce: items.length,
    minEntries: input.minEntries,
    ...classifyUsage(
      items.map((item) => ({ item, usage: usage.get(item.id)! })),
      input,
    ),
  };
}
