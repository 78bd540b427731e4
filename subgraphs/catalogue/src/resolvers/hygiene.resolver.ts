import { GraphQLLocalDate } from '@kpi/platform';
import { Arg, Ctx, Field, Float, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { WorkItem, WorkItemGroup } from '../entities/index.js';
import { DEFAULT_MIN_ENTRIES } from '../rules/hygiene.js';
import type { CatalogueContext } from '../services/context.js';
import { catalogueHygiene } from '../services/hygiene.service.js';

@InputType({ description: 'Which items catalogue hygiene looks at' })
export class CatalogueHygieneFilter {
  @Field({ nullable: true }) sectorCode?: string;
  @Field(() => WorkItemGroup, { nullable: true }) group?: WorkItemGroup;
  @Field(() => ID, { nullable: true, description: 'An agency’s own list (group C)' }) ownerAgencyId?: string;
}

@ObjectType({ description: 'An item used in the period, but by few entries' })
export class RarelyUsedWorkItem {
  @Field(() => WorkItem) workItem: WorkItem;
  @Field(() => Int) entries: number;
  @Field(() => Int, { description: 'How many people logged it' }) employees: number;
}

@ObjectType({ description: 'An item whose recorded time is far from its standard time' })
export class WorkItemFarFromStandard {
  @Field(() => WorkItem) workItem: WorkItem;
  @Field(() => Int) entries: number;
  @Field(() => Float, { description: 'Σ actual minutes recorded' }) actualMinutes: number;
  @Field(() => Float, { description: 'Σ quantity × standard minutes, each entry as the item was on its date' }) standardMinutes: number;
  @Field(() => Float, { description: 'Actual ÷ standard: above the factor, the standard is too short; below its inverse, too long' })
  actualToStandard: number;
}

@ObjectType({ description: 'What a working group streamlining a list looks at, from the diaries of a period' })
export class CatalogueHygiene {
  @Field(() => GraphQLLocalDate) from: string;
  @Field(() => GraphQLLocalDate) to: string;
  @Field(() => Int, { description: 'Items in force on some day of the period that match the filter (and that the caller keeps)' })
  itemsInForce: number;
  @Field(() => Int, { description: 'The fewest entries from which farFromStandard judges an item' }) minEntries: number;
  @Field(() => [WorkItem], { description: 'No diary entry in the period; by code' }) neverUsed: WorkItem[];
  @Field(() => [RarelyUsedWorkItem], { description: 'Fewer entries than rarelyBelow; fewest first' }) rarelyUsed: RarelyUsedWorkItem[];
  @Field(() => [WorkItemFarFromStandard], { description: 'Actual ÷ standard beyond farFactor either way; farthest first' })
  farFromStandard: WorkItemFarFromStandard[];
}

@Resolver()
export class HygieneResolver {
  @Query(() => CatalogueHygiene, {
    description:
      'Catalogue hygiene over a period (at most 366 days), from the diaries: items never used, rarely used, or far from their standard time. ' +
      'Province roles; agency and catalogue admins for the items they keep',
  })
  catalogueHygiene(
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Arg('filter', () => CatalogueHygieneFilter, { nullable: true }) filter: CatalogueHygieneFilter | undefined,
    @Arg('rarelyBelow', () => Int, { defaultValue: 5 }) rarelyBelow: number,
    @Arg('farFactor', () => Float, { defaultValue: 1.5 }) farFactor: number,
    @Arg('minEntries', () => Int, { defaultValue: DEFAULT_MIN_ENTRIES }) minEntries: number,
    @Ctx() ctx: CatalogueContext,
  ) {
    return catalogueHygiene(ctx, { from, to, filter, rarelyBelow, farFactor, minEntries });
  }
}
