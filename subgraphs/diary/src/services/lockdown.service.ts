import { clockNow, DomainError, forbidden, hasRole, Role } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DiaryPolicy, PeriodReopening } from '../entities/index.js';
import type { SetDiaryPolicyInput } from './lockdown.inputs.js';
import { adminScope } from '../rules/access.js';
import { addDays, firstOfMonth, todayInVietnam } from '../rules/calendar.js';
import { assertPolicyStart, assertPolicyValues } from '../rules/lockdown.js';
import { audit, type DiaryContext } from './context.js';
import { policyOn } from './policy.service.js';
import { assertRange } from './view.service.js';
import { latestVersionForChange } from '@kpi/platform/database';
import { said } from '../messages.js';

const isProvinceAdmin = (ctx: DiaryContext) => ctx.identity.kind === 'person' && hasRole(ctx.identity, Role.PROVINCE_ADMIN);

/** The diary rules are public to the people they bind: every person reads them. */
function assertReadsPolicy(ctx: DiaryContext) {
  if (ctx.identity.kind !== 'person') throw forbidden(said.diaryPolicy());
}

export async function diaryPolicies(ctx: DiaryContext) {
  assertReadsPolicy(ctx);
  return ctx.loaders.policies();
}

export async function diaryPolicy(ctx: DiaryContext, on: string | null | undefined) {
  assertReadsPolicy(ctx);
  const date = on ?? todayInVietnam();
  assertRange(date, date);
  return policyOn(ctx, date);
}

/**
 * Province admins set the diary rules from a month on: a new version after the latest, which then
 * ends the day before (versions are a line, as the catalogue's are). Audited with its values.
 */
export async function setDiaryPolicy(ctx: DiaryContext, input: SetDiaryPolicyInput) {
  if (!isProvinceAdmin(ctx)) throw forbidden(said.diaryPolicy());
  const reason = input.reason?.trim();
  if (!reason) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.policyNeedsReason(), { field: 'reason' });
  const values = {
    closeDay: input.closeDay,
    graceDays: input.graceDays,
    lateAfterWorkingDays: input.lateAfterWorkingDays,
    standardDayMinutes: input.standardDayMinutes,
    farAboveFactor: input.farAboveFactor,
  };
  assertPolicyValues(values);
  return ctx.em.transactional(async (em: EntityManager) => {
    const latest = await latestVersionForChange(em, DiaryPolicy, 'diary.diary_policy');
    assertPolicyStart(input.effectiveFrom, todayInVietnam(), latest?.effectiveFrom ?? null);
    if (latest) latest.effectiveTo = addDays(input.effectiveFrom, -1);
    const policy = em.create(DiaryPolicy, {
      ...values,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: null,
      recordedBy: ctx.identity.subject,
      reason,
    } as DiaryPolicy);
    audit(ctx, em, `policy:${input.effectiveFrom}`, null, reason, {
      details: { ...values, effectiveFrom: input.effectiveFrom, previousFrom: latest?.effectiveFrom ?? null },
    });
    await em.flush();
    return policy;
  });
}

/** An explicit, audited reopening of a closed month (province admins), for all or one agency. */
export async function reopenPeriod(ctx: DiaryContext, input: { month: string; agencyId?: string | null; until: Date; reason: string }) {
  if (!isProvinceAdmin(ctx)) throw forbidden(said.closedPeriods());
  assertRange(input.month, input.month);
  if (!input.reason?.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.reopeningNeedsReason(), { field: 'reason' });
  if (!(input.until > clockNow())) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.untilInFuture(), { field: 'until' });
  return ctx.em.transactional(async (em: EntityManager) => {
    const reopening = em.create(PeriodReopening, {
      month: firstOfMonth(input.month),
      agencyId: input.agencyId ?? null,
      until: input.until,
      reopenedBy: ctx.identity.subject,
      reason: input.reason.trim(),
    } as PeriodReopening);
    audit(ctx, em, `reopen:${reopening.month}`, null, input.reason, {
      agencyId: reopening.agencyId,
      details: { month: reopening.month, until: input.until.toISOString(), reopeningId: reopening.id },
    });
    await em.flush();
    return reopening;
  });
}

/** A month's reopenings: all for province roles; those for their agencies (or every agency) for agency admins. */
export async function periodReopenings(ctx: DiaryContext, month: string) {
  const scope = adminScope(ctx.identity);
  if (!scope) throw forbidden(said.reopenings());
  assertRange(month, month);
  return ctx.loaders.store.reopeningsOf(firstOfMonth(month), 'all' in scope ? undefined : scope.agencyIds);
}
