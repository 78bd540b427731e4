import { codeOf, DomainError, duplicateCode, forbidden, readable, required, uniqueCode, writable } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { said } from '../messages.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Sector } from '../entities/index.js';
import type { CreateSectorInput, UpdateSectorInput } from './inputs.js';
import { canManageProvinceCatalogue, canManageSector, canReadCatalogue } from '../rules/ownership.js';
import { audit, type CatalogueContext } from './context.js';

export function assertReads(ctx: CatalogueContext) {
  if (!canReadCatalogue(ctx.identity)) throw forbidden(said.theCatalogue());
}

export async function sectors(ctx: CatalogueContext) {
  assertReads(ctx);
  return ctx.loaders.store.allSectors();
}

export async function sectorById(ctx: CatalogueContext, id: string) {
  assertReads(ctx);
  return readable(ctx.identity, await ctx.loaders.sector.load(id), () => true, said.thisSector()) ?? null;
}

export async function sectorByCode(ctx: CatalogueContext, code: string) {
  assertReads(ctx);
  return ctx.loaders.sectorByCode.load(code);
}

export async function createSector(ctx: CatalogueContext, input: CreateSectorInput) {
  if (!canManageProvinceCatalogue(ctx.identity)) throw forbidden(said.theListOfSectors());
  const code = codeOf('code', input.code);
  const name = required('name', input.name, said.theName());
  return ctx.em.transactional(async (em: EntityManager) => {
    if (await em.findOne(Sector, { code })) throw duplicateCode(said.aSector(), code);
    const sector = em.create(Sector, {
      code,
      name,
      isVertical: input.isVertical ?? false,
      ownerAgencyId: input.ownerAgencyId,
      description: input.description?.trim() ?? '',
    } as Sector);
    audit(ctx, em, { subjectType: 'Sector', subjectId: sector.id, action: 'created', reason: input.reason, details: { code, name } });
    await uniqueCode(code, said.aSector(), () => em.flush());
    return sector;
  });
}

export async function updateSector(ctx: CatalogueContext, id: string, input: UpdateSectorInput) {
  return ctx.em.transactional(async (em: EntityManager) => {
    const sector = writable(
      ctx.identity,
      await em.findOne(Sector, { id }),
      (s) => canManageSector(ctx.identity, s),
      said.thisSector(),
      said.byId({ id }),
    );
    if (input.ownerAgencyId && input.ownerAgencyId !== sector.ownerAgencyId && !canManageProvinceCatalogue(ctx.identity))
      throw new DomainError(ErrorCode.FORBIDDEN, said.onlyProvinceHandsSector());
    const before = { name: sector.name, isVertical: sector.isVertical, ownerAgencyId: sector.ownerAgencyId, active: sector.active };
    if (input.name !== undefined && input.name !== null) sector.name = required('name', input.name, said.theName());
    if (input.description !== undefined && input.description !== null) sector.description = input.description.trim();
    if (input.isVertical !== undefined && input.isVertical !== null) sector.isVertical = input.isVertical;
    if (input.ownerAgencyId) sector.ownerAgencyId = input.ownerAgencyId;
    if (input.active !== undefined && input.active !== null) sector.active = input.active;
    audit(ctx, em, { subjectType: 'Sector', subjectId: sector.id, action: 'updated', reason: input.reason, details: { before } });
    await em.flush();
    ctx.loaders.sector.clear(sector.id).prime(sector.id, sector);
    return sector;
  });
}
