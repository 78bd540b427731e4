import { Connection, Constraint, PageArgs, GraphQLLocalDate } from '@kpi/platform';
import { Arg, Args, Ctx, Field, Float, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Agency, AuditEntry, Sector, UnitOfMeasure, WorkItem, WorkItemVersion } from '../entities/index.js';
import type { CatalogueContext } from '../services/context.js';
import * as exchange from '../services/exchange.service.js';
import { kpiHandbook } from '../services/handbook.service.js';
import { nearDuplicateWorkItems } from '../services/hygiene.service.js';
import * as items from '../services/work-item.service.js';
import {
  CatalogueImportReport,
  CreateWorkItemInput,
  ExportedFile,
  HandbookFormat,
  RetireWorkItemInput,
  ReviseWorkItemInput,
  SheetFormat,
  WorkItemFilter,
} from '../services/inputs.js';
import { todayInVietnam } from '../rules/dates.js';

export const WorkItemConnection = Connection(WorkItem, 'WorkItem');

@ObjectType({ description: 'Two active items whose names are nearly the same' })
export class NearDuplicatePair {
  @Field(() => WorkItem) a: WorkItem;
  @Field(() => WorkItem) b: WorkItem;
  @Field(() => Float, { description: 'Dice coefficient of name trigrams, 0–1' }) similarity: number;
}

@Resolver(() => WorkItem)
export class WorkItemResolver {
  @Query(() => WorkItem, { nullable: true })
  workItem(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogueContext) {
    return items.workItemById(ctx, id);
  }

  @Query(() => WorkItem, { nullable: true })
  workItemByCode(@Arg('code') code: string, @Ctx() ctx: CatalogueContext) {
    return items.workItemByCode(ctx, code);
  }

  @Query(() => WorkItemConnection, { description: 'The catalogue, filtered, ordered by code' })
  workItems(
    @Arg('filter', () => WorkItemFilter, { nullable: true }) filter: WorkItemFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: CatalogueContext,
  ) {
    return items.listWorkItems(ctx, filter, page);
  }

  @Query(() => [NearDuplicatePair], { description: 'Catalogue hygiene: active items with nearly the same name (similarity ≥ threshold)' })
  nearDuplicateWorkItems(
    @Constraint({ min: 0, max: 1 }) @Arg('threshold', () => Float, { defaultValue: 0.75 }) threshold: number,
    @Arg('sectorId', () => ID, { nullable: true }) sectorId: string | undefined,
    @Ctx() ctx: CatalogueContext,
  ) {
    return nearDuplicateWorkItems(ctx, threshold, sectorId);
  }

  @Query(() => ExportedFile, { description: 'The catalogue as it is on a date, as CSV or XLSX (base64) that importCatalogue reads back' })
  exportCatalogue(
    @Arg('format', () => SheetFormat) format: SheetFormat,
    @Arg('on', () => GraphQLLocalDate, { nullable: true }) on: string | undefined,
    @Arg('sectorId', () => ID, { nullable: true }) sectorId: string | undefined,
    @Arg('ownerAgencyId', () => ID, { nullable: true }) ownerAgencyId: string | undefined,
    @Ctx() ctx: CatalogueContext,
  ) {
    return exchange.exportCatalogue(ctx, { format, on: on ?? todayInVietnam(), sectorId, ownerAgencyId });
  }

  @Query(() => ExportedFile, {
    description: 'An agency’s KPI handbook (sổ tay KPI): its items grouped A–D, as Markdown, printable HTML or XLSX',
  })
  kpiHandbook(
    @Arg('agencyId', () => ID) agencyId: string,
    @Arg('format', () => HandbookFormat, { defaultValue: HandbookFormat.HTML }) format: HandbookFormat,
    @Arg('on', () => GraphQLLocalDate, { nullable: true }) on: string | undefined,
    @Ctx() ctx: CatalogueContext,
  ) {
    return kpiHandbook(ctx, agencyId, format, on ?? todayInVietnam());
  }

  @Mutation(() => WorkItem)
  createWorkItem(@Arg('input') input: CreateWorkItemInput, @Ctx() ctx: CatalogueContext) {
    return items.createWorkItem(ctx, input);
  }

  @Mutation(() => WorkItem, { description: 'A new version from a date; earlier dates keep the earlier version' })
  reviseWorkItem(@Arg('id', () => ID) id: string, @Arg('input') input: ReviseWorkItemInput, @Ctx() ctx: CatalogueContext) {
    return items.reviseWorkItem(ctx, id, input);
  }

  @Mutation(() => WorkItem)
  retireWorkItem(@Arg('id', () => ID) id: string, @Arg('input') input: RetireWorkItemInput, @Ctx() ctx: CatalogueContext) {
    return items.retireWorkItem(ctx, id, input);
  }

  @Mutation(() => CatalogueImportReport, {
    description: 'Imports a CSV/XLSX sheet (base64): a report per row; applied only when every row is valid and dryRun is false',
  })
  importCatalogue(
    @Arg('format', () => SheetFormat) format: SheetFormat,
    @Constraint({ maxLength: 1_000_000 })
    @Arg('content', { description: 'The file, base64-encoded (at most 1,000,000 characters: a file of about 730 KB)' })
    content: string,
    @Arg('effectiveFrom', () => GraphQLLocalDate) effectiveFrom: string,
    @Arg('dryRun', { defaultValue: true }) dryRun: boolean,
    @Arg('ownerAgencyId', () => ID, { nullable: true, description: 'The agency whose group C rows these are' })
    ownerAgencyId: string | undefined,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @Ctx() ctx: CatalogueContext,
  ) {
    return exchange.importCatalogue(ctx, { format, content, effectiveFrom, dryRun, ownerAgencyId, reason });
  }

  @FieldResolver(() => Sector)
  sector(@Root() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    return ctx.loaders.sector.load(item.sectorId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Group C: the agency whose own list it is' })
  ownerAgency(@Root() item: WorkItem) {
    return item.ownerAgencyId ? { id: item.ownerAgencyId } : null;
  }

  @FieldResolver(() => WorkItemVersion, {
    description: 'The version in force today (or the latest, if none is); for an item never approved, its latest proposal',
  })
  current(@Root() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    return items.currentVersion(ctx, item);
  }

  @FieldResolver(() => String)
  async name(@Root() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    return (await items.currentVersion(ctx, item)).name;
  }

  @FieldResolver(() => UnitOfMeasure)
  async unit(@Root() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    return (await items.currentVersion(ctx, item)).unit;
  }

  @FieldResolver(() => Float, { description: 'Today’s standard minutes per unit' })
  async standardMinutes(@Root() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    return (await items.currentVersion(ctx, item)).standardMinutes;
  }

  @FieldResolver(() => Float, { description: 'Today’s coefficient' })
  async coefficient(@Root() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    return (await items.currentVersion(ctx, item)).coefficient;
  }

  @FieldResolver(() => WorkItemVersion, { nullable: true, description: 'The item as it was on a date: what an entry of that date earns' })
  asOf(@Root() item: WorkItem, @Arg('date', () => GraphQLLocalDate) date: string, @Ctx() ctx: CatalogueContext) {
    return items.versionOfOn(ctx, item, date);
  }

  @FieldResolver(() => [WorkItemVersion], {
    description: 'Every approved version (each in force from its date), oldest first; a group C proposal is in pendingVersion',
  })
  versions(@Root() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    return ctx.loaders.versions.load(item.id);
  }

  @FieldResolver(() => [AuditEntry], { description: 'Who changed it, when and why' })
  history(@Root() item: WorkItem, @Ctx() ctx: CatalogueContext) {
    return ctx.loaders.audit.load(item.id);
  }
}
