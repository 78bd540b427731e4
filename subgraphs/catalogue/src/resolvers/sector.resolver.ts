import { GraphQLLocalDate, described, Parent } from '@kpi/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Agency, Sector, SectorKpiStandard, IndicatorWeights, ProvinceLimits } from '../entities/index.js';
import type { CatalogueContext } from '../services/context.js';
import * as limits from '../services/limits.service.js';
import * as sectors from '../services/sector.service.js';
import * as standards from '../services/standard.service.js';
import { CreateSectorInput, SetProvinceLimitsInput, SetSectorKpiStandardInput, UpdateSectorInput } from '../services/inputs.js';

@Resolver(() => Sector)
export class SectorResolver {
  @Query(() => [Sector], {
    description: described(
      'Every sector, ordered by code. Every person signed in may read it',
      'Tất cả các ngành, theo thứ tự mã. Mọi người đã đăng nhập đều xem được',
    ),
  })
  sectors(@Ctx() ctx: CatalogueContext) {
    return sectors.sectors(ctx);
  }

  @Query(() => Sector, {
    nullable: true,
    description: described('A sector by id; null when there is none', 'Một ngành theo mã định danh; null nếu không có'),
  })
  sector(@Arg('id', () => ID, { description: described('Its id', 'Mã định danh') }) id: string, @Ctx() ctx: CatalogueContext) {
    return sectors.sectorById(ctx, id);
  }

  @Query(() => Sector, {
    nullable: true,
    description: described('A sector by code; null when there is none', 'Một ngành theo mã ngành; null nếu không có'),
  })
  sectorByCode(
    @Arg('code', { description: described('Its code, e.g. FINANCE', 'Mã ngành, ví dụ FINANCE') }) code: string,
    @Ctx() ctx: CatalogueContext,
  ) {
    return sectors.sectorByCode(ctx, code);
  }

  @Query(() => [ProvinceLimits], {
    description: described(
      'The province’s limits on catalogues and standards, oldest first',
      'Các bộ giới hạn của tỉnh cho danh mục và chuẩn KPI, cũ nhất trước',
    ),
  })
  provinceLimits(@Ctx() ctx: CatalogueContext) {
    return limits.limitsHistory(ctx);
  }

  @Mutation(() => Sector, { description: described('A new sector (province admins)', 'Tạo ngành mới (quản trị viên cấp tỉnh)') })
  createSector(
    @Arg('input', { description: described('The sector', 'Thông tin ngành') }) input: CreateSectorInput,
    @Ctx() ctx: CatalogueContext,
  ) {
    return sectors.createSector(ctx, input);
  }

  @Mutation(() => Sector, {
    description: described(
      'Changes a sector (its department or province admins; only the province hands it to another department)',
      'Sửa thông tin một ngành (sở quản lý ngành hoặc quản trị viên cấp tỉnh; chỉ tỉnh được chuyển ngành cho sở khác)',
    ),
  })
  updateSector(
    @Arg('id', () => ID, { description: described('The sector', 'Ngành cần sửa') }) id: string,
    @Arg('input', { description: described('What changes', 'Nội dung thay đổi') }) input: UpdateSectorInput,
    @Ctx() ctx: CatalogueContext,
  ) {
    return sectors.updateSector(ctx, id, input);
  }

  @Mutation(() => SectorKpiStandard, {
    description: described(
      'A sector’s KPI standard for a position category from a date',
      'Đặt chuẩn KPI của một ngành cho một nhóm vị trí việc làm từ một ngày',
    ),
  })
  setSectorKpiStandard(
    @Arg('input', { description: described('The standard', 'Nội dung chuẩn KPI') }) input: SetSectorKpiStandardInput,
    @Ctx() ctx: CatalogueContext,
  ) {
    return standards.setSectorKpiStandard(ctx, input);
  }

  @Mutation(() => ProvinceLimits, {
    description: described(
      'New province limits from a date (province admins)',
      'Đặt giới hạn mới của tỉnh từ một ngày (quản trị viên cấp tỉnh)',
    ),
  })
  setProvinceLimits(
    @Arg('input', { description: described('The limits', 'Các giới hạn') }) input: SetProvinceLimitsInput,
    @Ctx() ctx: CatalogueContext,
  ) {
    return limits.setProvinceLimits(ctx, input);
  }

  @FieldResolver(() => Agency, { description: described('The owning department', 'Sở quản lý ngành') })
  owner(@Parent() sector: Sector) {
    return { id: sector.ownerAgencyId };
  }

  @FieldResolver(() => [SectorKpiStandard], {
    description: described(
      'Its KPI standards: all versions, or those in force on a date',
      'Các chuẩn KPI của ngành: mọi phiên bản, hoặc các chuẩn có hiệu lực vào một ngày',
    ),
  })
  kpiStandards(
    @Parent() sector: Sector,
    @Arg('on', () => GraphQLLocalDate, {
      nullable: true,
      description: described(
        'Only the standards in force on this date (default: every version)',
        'Chỉ các chuẩn có hiệu lực vào ngày này (mặc định: mọi phiên bản)',
      ),
    })
    on: string | undefined,
    @Ctx() ctx: CatalogueContext,
  ) {
    return standards.standardsOf(ctx, sector, on);
  }
}

@Resolver(() => SectorKpiStandard)
export class SectorKpiStandardResolver {
  @FieldResolver(() => IndicatorWeights, {
    description: described('The weights of the 7 indicator groups', 'Trọng số của 7 nhóm chỉ tiêu'),
  })
  weights(@Parent() standard: SectorKpiStandard) {
    return standards.weightsOf(standard);
  }

  @FieldResolver(() => Sector, { description: described('Its sector', 'Ngành') })
  sector(@Parent() standard: SectorKpiStandard, @Ctx() ctx: CatalogueContext) {
    return ctx.loaders.sector.load(standard.sectorId);
  }
}
