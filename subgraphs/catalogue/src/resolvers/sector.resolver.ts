import { GraphQLLocalDate } from '@kpi/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Agency, Sector, SectorKpiStandard, IndicatorWeights, ProvinceLimits } from '../entities/index.js';
import type { CatalogueContext } from '../services/context.js';
import * as limits from '../services/limits.service.js';
import * as sectors from '../services/sector.service.js';
import * as standards from '../services/standard.service.js';
import { CreateSectorInput, SetProvinceLimitsInput, SetSectorKpiStandardInput, UpdateSectorInput } from '../services/inputs.js';

@Resolver(() => Sector)
export class SectorResolver {
  @Query(() => [Sector], { description: 'Every sector, ordered by code' })
  sectors(@Ctx() ctx: CatalogueContext) {
    return sectors.sectors(ctx);
  }

  @Query(() => Sector, { nullable: true })
  sector(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogueContext) {
    return sectors.sectorById(ctx, id);
  }

  @Query(() => Sector, { nullable: true })
  sectorByCode(@Arg('code') code: string, @Ctx() ctx: CatalogueContext) {
    return sectors.sectorByCode(ctx, code);
  }

  @Query(() => [ProvinceLimits], { description: 'The province’s limits on catalogues and standards, oldest first' })
  provinceLimits(@Ctx() ctx: CatalogueContext) {
    return limits.limitsHistory(ctx);
  }

  @Mutation(() => Sector)
  createSector(@Arg('input') input: CreateSectorInput, @Ctx() ctx: CatalogueContext) {
    return sectors.createSector(ctx, input);
  }

  @Mutation(() => Sector)
  updateSector(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateSectorInput, @Ctx() ctx: CatalogueContext) {
    return sectors.updateSector(ctx, id, input);
  }

  @Mutation(() => SectorKpiStandard, { description: 'A sector’s KPI standard for a position category from a date' })
  setSectorKpiStandard(@Arg('input') input: SetSectorKpiStandardInput, @Ctx() ctx: CatalogueContext) {
    return standards.setSectorKpiStandard(ctx, input);
  }

  @Mutation(() => ProvinceLimits, { description: 'New province limits from a date (province admins)' })
  setProvinceLimits(@Arg('input') input: SetProvinceLimitsInput, @Ctx() ctx: CatalogueContext) {
    return limits.setProvinceLimits(ctx, input);
  }

  @FieldResolver(() => Agency, { description: 'The owning department' })
  owner(@Root() sector: Sector) {
    return { id: sector.ownerAgencyId };
  }

  @FieldResolver(() => [SectorKpiStandard], { description: 'Its KPI standards: all versions, or those in force on a date' })
  kpiStandards(
    @Root() sector: Sector,
    @Arg('on', () => GraphQLLocalDate, { nullable: true }) on: string | undefined,
    @Ctx() ctx: CatalogueContext,
  ) {
    return standards.standardsOf(ctx, sector, on);
  }
}

@Resolver(() => SectorKpiStandard)
export class SectorKpiStandardResolver {
  @FieldResolver(() => IndicatorWeights)
  weights(@Root() standard: SectorKpiStandard) {
    return standards.weightsOf(standard);
  }

  @FieldResolver(() => Sector)
  sector(@Root() standard: SectorKpiStandard, @Ctx() ctx: CatalogueContext) {
    return ctx.loaders.sector.load(standard.sectorId);
  }
}
