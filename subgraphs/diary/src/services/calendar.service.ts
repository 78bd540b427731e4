import { clockNow, DomainError, ErrorCode, forbidden, hasRole, Role } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CalendarDay, type DayKind, Leave, type LeaveKind, PeriodReopening } from '../entities/index.js';
import { firstOfMonth } from '../rules/calendar.js';
import { audit, type DiaryContext } from './context.js';
import { employeesById } from './facts.service.js';
import { assertRange } from './view.service.js';

const isProvinceAdmin = (ctx: DiaryContext) => ctx.identity.kind === 'person' && hasRole(ctx.identity, Role.PROVINCE_ADMIN);

export async function calendarDays(ctx: DiaryContext, from: string, to: string) {
  if (ctx.identity.kind === 'service') throw forbidden('the calendar');
  assertRange(from, to);
  return ctx.loaders.store.calendar(from, to);
}

/** Province admins keep the calendar: a holiday, a swapped working day, or back to normal (kind null). */
export async function setCalendarDay(ctx: DiaryContext, day: string, kind: DayKind | null, name: string | null) {
  if (!isProvinceAdmin(ctx)) throw forbidden('the working calendar');
  assertRange(day, day);
  return ctx.em.transactional(async (em: EntityManager) => {
    const existing = await em.findOne(CalendarDay, { day });
    if (!kind) {
      if (existing) em.remove(existing);
    } else {
      if (!name?.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Name the day (e.g. Tết Nguyên đán).', { field: 'name' });
      const row = existing ?? em.create(CalendarDay, { day } as CalendarDay);
      Object.assign(row, { kind, name: name.trim(), recordedBy: ctx.identity.subject, recordedAt: new Date() });
    }
    audit(ctx, em, `calendar:${day}:${kind ?? 'normal'}`, null, name);
    await em.flush();
    return em.findOne(CalendarDay, { day });
  });
}

/** Agency admins record their people's approved leave. */
export async function recordLeave(
  ctx: DiaryContext,
  input: { employeeId: string; fromDate: string; toDate: string; kind: LeaveKind; note?: string | null },
) {
  assertRange(input.fromDate, input.toDate);
  const [employee] = await employeesById(ctx, [input.employeeId]);
  const who = ctx.identity;
  const allowed =
    employee &&
    who.kind === 'person' &&
    (hasRole(who, Role.PROVINCE_ADMIN) || (hasRole(who, Role.AGENCY_ADMIN) && who.agencyIds.includes(employee.agencyId)));
  if (!allowed) throw forbidden('this person’s leave');
  return ctx.em.transactional(async (em: EntityManager) => {
    const leave = em.create(Leave, { ...input, note: input.note ?? null, recordedBy: who.subject } as Leave);
    await em.flush();
    return leave;
  });
}

/** An explicit, audited reopening of a closed month (province admins), for all or one agency. */
export async function reopenPeriod(ctx: DiaryContext, input: { month: string; agencyId?: string | null; until: Date; reason: string }) {
  if (!isProvinceAdmin(ctx)) throw forbidden('closed periods');
  if (!input.reason?.trim())
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A reopening needs a reason: it is audited.', { field: 'reason' });
  if (!(input.until > clockNow())) throw new DomainError(ErrorCode.BAD_USER_INPUT, '`until` must be in the future.', { field: 'until' });
  return ctx.em.transactional(async (em: EntityManager) => {
    const reopening = em.create(PeriodReopening, {
      month: firstOfMonth(input.month),
      agencyId: input.agencyId ?? null,
      until: input.until,
      reopenedBy: ctx.identity.subject,
      reason: input.reason.trim(),
    } as PeriodReopening);
    audit(ctx, em, `reopen:${reopening.month}`, null, input.reason);
    await em.flush();
    return reopening;
  });
}
