import { GraphQLLocalDate, described } from '@kpi/platform';
import { Arg, Ctx, Field, Float, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { WorkItem, WorkItemGroup } from '../entities/index.js';
import { DEFAULT_MIN_ENTRIES } from '../rules/hygiene.js';
import type { CatalogueContext } from '../services/context.js';
import { catalogueHygiene } from '../services/hygiene.service.js';

@InputType({ description: described('Which items catalogue hygiene looks at', 'Các đầu công việc cần rà soát danh mục') })
export class CatalogueHygieneFilter {
  @Field({ nullable: true, description: described('Items of the sector with this code', 'Đầu công việc của ngành có mã này') })
  sectorCode?: string;
  @Field(() => WorkItemGroup, { nullable: true, description: described('Items of this group', 'Đầu công việc thuộc nhóm này') })
  group?: WorkItemGroup;
  @Field(() => ID, { nullable: true, description: described('An agency’s own list (group C)', 'Danh mục riêng của một cơ quan (nhóm C)') })
  ownerAgencyId?: string;
}

@ObjectType({ description: described('An item used in the period, but by few entries', 'Đầu công việc có dùng trong kỳ nhưng ít bản ghi') })
export class RarelyUsedWorkItem {
  @Field(() => WorkItem, { description: described('The item', 'Đầu công việc') }) workItem: WorkItem;
  @Field(() => Int, { description: described('Diary entries of it in the period', 'Số bản ghi nhật ký trong kỳ') }) entries: number;
  @Field(() => Int, { description: described('How many people logged it', 'Số người đã ghi') }) employees: number;
}

@ObjectType({
  description: described(
    'An item whose recorded time is far from its standard time',
    'Đầu công việc có thời gian thực tế chênh nhiều so với thời gian chuẩn',
  ),
})
export class WorkItemFarFromStandard {
  @Field(() => WorkItem, { description: described('The item', 'Đầu công việc') }) workItem: WorkItem;
  @Field(() => Int, {
    description: described('Diary entries of it in the period (at least minEntries)', 'Số bản ghi nhật ký trong kỳ (ít nhất minEntries)'),
  })
  entries: number;
  @Field(() => Float, { description: described('Σ actual minutes recorded', 'Tổng số phút thực tế đã ghi') }) actualMinutes: number;
  @Field(() => Float, {
    description: described(
      'Σ quantity × standard minutes, each entry as the item was on its date',
      'Tổng số lượng × thời gian chuẩn (phút), mỗi bản ghi theo phiên bản đầu công việc vào ngày của nó',
    ),
  })
  standardMinutes: number;
  @Field(() => Float, {
    description: described(
      'Actual ÷ standard: above the factor, the standard is too short; below its inverse, too long',
      'Thực tế ÷ chuẩn: lớn hơn hệ số thì thời gian chuẩn quá ngắn; nhỏ hơn nghịch đảo của hệ số thì quá dài',
    ),
  })
  actualToStandard: number;
}

@ObjectType({
  description: described(
    'What a working group streamlining a list looks at, from the diaries of a period',
    'Những gì tổ công tác rà soát danh mục cần xem, từ nhật ký công việc của một kỳ',
  ),
})
export class CatalogueHygiene {
  @Field(() => GraphQLLocalDate, { description: described('First day of the period, inclusive', 'Ngày đầu kỳ, tính cả ngày này') })
  from: string;
  @Field(() => GraphQLLocalDate, { description: described('Last day of the period', 'Ngày cuối kỳ') }) to: string;
  @Field(() => Int, {
    description: described(
      'Items in force on some day of the period that match the filter (and that the caller keeps)',
      'Số đầu công việc có hiệu lực ít nhất một ngày trong kỳ, thỏa điều kiện lọc (và do người gọi quản lý)',
    ),
  })
  itemsInForce: number;
  @Field(() => Int, {
    description: described(
      'The fewest entries from which farFromStandard judges an item',
      'Số bản ghi tối thiểu để farFromStandard đánh giá một đầu công việc',
    ),
  })
  minEntries: number;
  @Field(() => [WorkItem], {
    description: described('No diary entry in the period; by code', 'Không có bản ghi nhật ký nào trong kỳ; theo mã'),
  })
  neverUsed: WorkItem[];
  @Field(() => [RarelyUsedWorkItem], {
    description: described('Fewer entries than rarelyBelow; fewest first', 'Ít bản ghi hơn rarelyBelow; ít nhất trước'),
  })
  rarelyUsed: RarelyUsedWorkItem[];
  @Field(() => [WorkItemFarFromStandard], {
    description: described(
      'Actual ÷ standard beyond farFactor either way; farthest first',
      'Tỷ lệ thực tế ÷ chuẩn vượt farFactor theo một trong hai chiều; chênh nhiều nhất trước',
    ),
  })
  farFromStandard: WorkItemFarFromStandard[];
}

@Resolver()
export class HygieneResolver {
  @Query(() => CatalogueHygiene, {
    description: described(
      'Catalogue hygiene over a period (at most 366 days), from the diaries: items never used, rarely used, or far from their standard time. Province roles; agency and catalogue admins for the items they keep',
      'Rà soát danh mục trong một kỳ (tối đa 366 ngày), từ nhật ký: đầu công việc chưa dùng, ít dùng, hoặc chênh nhiều so với thời gian chuẩn. Vai trò cấp tỉnh; quản trị viên cơ quan và quản trị danh mục với đầu công việc họ quản lý',
    ),
  })
  catalogueHygiene(
    @Arg('from', () => GraphQLLocalDate, { description: described('First day of the period, inclusive', 'Ngày đầu kỳ, tính cả ngày này') })
    from: string,
    @Arg('to', () => GraphQLLocalDate, {
      description: described(
        'Last day of the period, inclusive: not before from, at most 366 days in all',
        'Ngày cuối kỳ, tính cả ngày này: không trước from, cả kỳ không quá 366 ngày',
      ),
    })
    to: string,
    @Arg('filter', () => CatalogueHygieneFilter, {
      nullable: true,
      description: described(
        'Which items to look at (default: all the caller may see)',
        'Các đầu công việc cần xem (mặc định: tất cả những gì người gọi được xem)',
      ),
    })
    filter: CatalogueHygieneFilter | undefined,
    @Arg('rarelyBelow', () => Int, {
      defaultValue: 5,
      description: described(
        'An item with fewer entries than this (1–10,000) is rarely used',
        'Đầu công việc có ít bản ghi hơn số này (1–10.000) được coi là ít dùng',
      ),
    })
    rarelyBelow: number,
    @Arg('farFactor', () => Float, {
      defaultValue: 1.5,
      description: described(
        'How far actual ÷ standard time may stray, either way, before an item is listed (above 1, at most 100)',
        'Mức chênh cho phép của tỷ lệ thực tế ÷ chuẩn theo mỗi chiều trước khi đầu công việc bị liệt kê (lớn hơn 1, tối đa 100)',
      ),
    })
    farFactor: number,
    @Arg('minEntries', () => Int, {
      defaultValue: DEFAULT_MIN_ENTRIES,
      description: described(
        'The fewest entries from which an item’s time is judged (1–10,000)',
        'Số bản ghi tối thiểu để đánh giá thời gian của một đầu công việc (1–10.000)',
      ),
    })
    minEntries: number,
    @Ctx() ctx: CatalogueContext,
  ) {
    return catalogueHygiene(ctx, { from, to, filter, rarelyBelow, farFactor, minEntries });
  }
}
