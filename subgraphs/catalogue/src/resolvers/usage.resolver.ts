import { described, Parent } from '@kpi/platform';
import { Ctx, FieldResolver, ID, Resolver } from 'type-graphql';
import { WorkItem } from '../entities/index.js';
import { keeperAgencyIds } from '../rules/usage.js';
import type { CatalogueContext } from '../services/context.js';

@Resolver(() => WorkItem)
export class WorkItemKeepersResolver {
  @FieldResolver(() => [ID], {
    description: described(
      'The agencies whose catalogue keepers keep it: the owner of an agency’s own item (group C), the sector’s department (A, D); none for the province’s list (B)',
      'Các cơ quan có người quản lý danh mục giữ đầu công việc này: cơ quan sở hữu với nhóm C, sở quản lý ngành với nhóm A, D; không có với danh mục của tỉnh (nhóm B)',
    ),
  })
  async keeperAgencyIds(@Parent() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    const sector = await ctx.loaders.sector.load(item.sectorId);
    if (!sector) throw new Error(`work item ${item.id} has no sector ${item.sectorId}`);
    return keeperAgencyIds(item, sector);
  }
}
