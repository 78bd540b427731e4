import { clockNow } from '@kpi/platform';
import type { DiaryPolicy } from '../entities/index.js';
import { addDays, firstOfMonth, type Exceptions } from '../rules/calendar.js';
import { isClosed } from '../rules/lockdown.js';
import type { DiaryContext } from './context.js';

/** The version in force on a date among versions ordered by start (the first one for earlier dates). */
export const policyAt = <P extends { effectiveFrom: string; effectiveTo: string | null }>(all: readonly P[], date: string): P =>
  all.find((p) => p.effectiveFrom <= date && (p.effectiveTo === null || date <= p.effectiveTo)) ?? all[0]!;

/** The policy in force on a date (the first one for earlier dates). */
export async function policyOn(ctx: DiaryContext, date: string): Promise<DiaryPolicy> {
  return policyAt(await ctx.loaders.policies(), date);
}

/** Calendar exceptions covering a span of dates, with a margin for "working days after". */
export function exceptionsAround(ctx: DiaryContext, from: string, to: string): Promise<Exceptions> {
  return ctx.loaders.calendar(addDays(firstOfMonth(from), -1), addDays(to, 45));
}

export async function closedFor(ctx: DiaryContext, workDate: string, agencyId: string, now = clockNow()) {
  const policy = await policyOn(ctx, workDate);
  const reopenings = await ctx.loaders.store.reopenings([firstOfMonth(workDate)]);
  return isClosed(workDate, agencyId, now, policy, reopenings);
}

/** Every calendar exception (a few dozen rows a year), once per request: deadlines span years. */
export function allExceptions(ctx: DiaryContext): Promise<Exceptions> {
  return ctx.loaders.calendar('1900-01-01', '9999-12-31');
}
