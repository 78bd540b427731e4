import DataLoader from 'dataloader';
import { Parent } from '@kpi/platform';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import { WorkItem } from '../entities/index.js';
import { UnitOfMeasure } from '../entities/unit-of-measure.js';
import type { DiaryContext } from '../services/context.js';
import { itemLabels } from '../services/facts.service.js';
import type { ItemLabels } from '../peers/catalogue.js';

/**
 * What the diary answers of the work items its entries and assignments name: the catalogue's own
 * code, name and unit of today, kept under its revision. A staff page of a month's entries and
 * assignments asked the catalogue twice, one call after the diary's each time.
 */
export const PROVIDES_ITEM_LABELS = '@provides(fields: "code name unit")';

/** The request's loader of item labels: every item its entries and assignments name, in one ask. */
function labelsOf(ctx: DiaryContext) {
  return (ctx.loaders.itemLabels ??= new DataLoader<string, ItemLabels | null>((ids) => itemLabels(ctx, ids)));
}

async function labelOf(ctx: DiaryContext, id: string): Promise<ItemLabels> {
  const label = await labelsOf(ctx).load(id);
  // An entry's item is never deleted from the catalogue (items retire); a missing one is a fault.
  if (!label) throw new Error(`the catalogue has no work item ${id}`);
  return label;
}

@Resolver(() => WorkItem)
export class WorkItemLabelsResolver {
  @FieldResolver(() => String)
  async code(@Parent() item: WorkItem, @Ctx() ctx: DiaryContext) {
    return (await labelOf(ctx, item.id)).code;
  }

  @FieldResolver(() => String)
  async name(@Parent() item: WorkItem, @Ctx() ctx: DiaryContext) {
    return (await labelOf(ctx, item.id)).name;
  }

  @FieldResolver(() => UnitOfMeasure)
  async unit(@Parent() item: WorkItem, @Ctx() ctx: DiaryContext) {
    return (await labelOf(ctx, item.id)).unit;
  }
}
