import { forbidden } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ProvinceLimits } from '../entities/index.js';
import type { SetProvinceLimitsInput } from './inputs.js';
import { assertDate, dayBefore } from '../rules/dates.js';
import { assertLimits } from '../rules/limits.js';
import { canManageProvinceCatalogue, canReadCatalogue } from '../rules/ownership.js';
import { assertStartsAfter, versionOn } from '../rules/versions.js';
import { audit, type CatalogueContext } from './context.js';
import { said } from '../messages.js';
import { latestVersionForChange } from '@kpi/platform/database';

/** The limits in force on a date (the earliest ones for dates before any). */
export async function limitsOn(ctx: CatalogueContext, date: string): Promise<ProvinceLimits> {
  const all = await ctx.loaders.limits();
  return versionOn(all, date) ?? all[0]!;
}

export async function limitsHistory(ctx: CatalogueContext) {
  if (!canReadCatalogue(ctx.identity)) throw forbidden(said.theCatalogue());
  return ctx.loaders.limits();
}

export async function setProvinceLimits(ctx: CatalogueContext, input: SetProvinceLimitsInput) {
  if (!canManageProvinceCatalogue(ctx.identity)) throw forbidden(said.theProvinceLimits());
  assertDate('effectiveFrom', input.effectiveFrom);
  assertLimits(input);
  return ctx.em.transactional(async (em: EntityManager) => {
    const latest = await latestVersionForChange(em, ProvinceLimits, 'catalogue.province_limits');
    assertStartsAfter(latest, input.effectiveFrom, said.aSetOfLimits());
    if (latest) {
      latest.effectiveTo = dayBefore(input.effectiveFrom);
      await em.flush();
    }
    const { reason, ...values } = input;
    const limits = em.create(ProvinceLimits, { ...values, reason: reason ?? null, recordedBy: ctx.identity.subject } as ProvinceLimits);
    audit(ctx, em, { subjectType: 'ProvinceLimits', subjectId: limits.id, action: 'set', reason, details: { ...values } });
    await em.flush();
    return limits;
  });
}
