import { forbidden, writable } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { INDICATORS, Sector, SectorKpiStandard, type IndicatorWeights } from '../entities/index.js';
import type { SetSectorKpiStandardInput } from './inputs.js';
import { assertDate, dayBefore } from '../rules/dates.js';
import { assertExpectedMinutes, assertWeights } from '../rules/limits.js';
import { canManageSector } from '../rules/ownership.js';
import { assertStartsAfter, versionOn } from '../rules/versions.js';
import { CatalogueStore } from '../store/catalogue.store.js';
import { audit, type CatalogueContext } from './context.js';
import { said } from '../messages.js';
import { limitsOn } from './limits.service.js';
import { assertReads } from './sector.service.js';

const column = (indicator: string) => `weight${indicator[0]!.toUpperCase()}${indicator.slice(1)}` as keyof SectorKpiStandard;

export function weightsOf(standard: SectorKpiStandard): IndicatorWeights {
  return Object.fromEntries(INDICATORS.map((indicator) => [indicator, standard[column(indicator)]])) as unknown as IndicatorWeights;
}

export async function standardsOf(ctx: CatalogueContext, sector: Sector, on?: string | null) {
  assertReads(ctx);
  const all = await ctx.loaders.standards.load(sector.id);
  if (!on) return all;
  const categories = [...new Set(all.map((s) => s.positionCategory))];
  return categories
    .map((category) =>
      versionOn(
        all.filter((s) => s.positionCategory === category),
        on,
      ),
    )
    .filter((s): s is SectorKpiStandard => s !== null);
}

/** A sector standard for a category from a date, within the province's limits on that date. */
export async function setSectorKpiStandard(ctx: CatalogueContext, input: SetSectorKpiStandardInput) {
  assertDate('effectiveFrom', input.effectiveFrom);
  return ctx.em.transactional(async (em: EntityManager) => {
    const sector = writable(
      ctx.identity,
      await em.findOne(Sector, { id: input.sectorId }),
      (s) => canManageSector(ctx.identity, s),
      said.thisSector(),
      said.byId({ id: input.sectorId }),
    );
    if (!sector) throw forbidden(said.thisSector());
    const limits = await limitsOn(ctx, input.effectiveFrom);
    assertWeights(limits, input.weights);
    assertExpectedMinutes(limits, input.expectedMinutesPerMonth);
    const latest = await new CatalogueStore(em).latestStandard(sector.id, input.positionCategory);
    assertStartsAfter(latest, input.effectiveFrom, said.aStandard());
    if (latest) {
      latest.effectiveTo = dayBefore(input.effectiveFrom);
      await em.flush();
    }
    const standard = em.create(SectorKpiStandard, {
      sectorId: sector.id,
      positionCategory: input.positionCategory,
      effectiveFrom: input.effectiveFrom,
      expectedMinutesPerMonth: input.expectedMinutesPerMonth,
      ...Object.fromEntries(INDICATORS.map((indicator) => [column(indicator), input.weights[indicator]])),
      recordedBy: ctx.identity.subject,
      reason: input.reason ?? null,
    } as SectorKpiStandard);
    audit(ctx, em, {
      subjectType: 'SectorKpiStandard',
      subjectId: standard.id,
      action: 'set',
      reason: input.reason,
      details: { sector: sector.code, category: input.positionCategory, effectiveFrom: input.effectiveFrom, weights: { ...input.weights } },
    });
    await em.flush();
    ctx.loaders.standards.clear(sector.id);
    return standard;
  });
}
