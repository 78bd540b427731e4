import { DomainError, forbidden, hasRole, Role } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CalendarDay, type DayKind, Leave, type LeaveKind } from '../entities/index.js';
import { administers, canReadDiary, type DiaryOwner } from '../rules/access.js';
import { assertException } from '../rules/calendar.js';
import { isUuid } from '../rules/ids.js';
import { audit, type DiaryContext } from './context.js';
import { employeesById } from './facts.service.js';
import { assertRange } from './view.service.js';
import { DiaryStore } from '../store/diary.store.js';
import { said } from '../messages.js';

const isProvinceAdmin = (ctx: DiaryContext) => ctx.identity.kind === 'person' && hasRole(ctx.identity, Role.PROVINCE_ADMIN);

/** The calendar's exceptions, for people (front-ends show them); clients and services have no use for them. */
export async function calendarDays(ctx: DiaryContext, from: string, to: string) {
  if (ctx.identity.kind !== 'person') throw forbidden(said.theCalendar());
  assertRange(from, to);
  return ctx.loaders.store.calendar(from, to);
}

/** Province admins keep the calendar: a holiday, a swapped working day, or back to normal (kind null). */
export async function setCalendarDay(ctx: DiaryContext, day: string, kind: DayKind | null, name: string | null) {
  if (!isProvinceAdmin(ctx)) throw forbidden(said.theWorkingCalendar());
  assertRange(day, day);
  if (kind) assertException(day, kind);
  if (kind && !name?.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.nameTheDay(), { field: 'name' });
  return ctx.em.transactional(async (em: EntityManager) => {
    const existing = await em.findOne(CalendarDay, { day });
    if (!kind) {
      if (existing) em.remove(existing);
    } else {
      const row = existing ?? em.create(CalendarDay, { day } as CalendarDay);
      Object.assign(row, { kind, name: name!.trim(), recordedBy: ctx.identity.subject, recordedAt: new Date() });
    }
    audit(ctx, em, `calendar:${day}:${kind ?? 'normal'}`, null, name, {
      details: { day, kind, name: name?.trim() || null, before: existing ? { kind: existing.kind, name: existing.name } : null },
    });
    await em.flush();
    return kind ? em.findOne(CalendarDay, { day }) : null;
  });
}

/** Agency admins record their people's approved leave (province admins anyone's); audited. */
export async function recordLeave(
  ctx: DiaryContext,
  input: { employeeId: string; fromDate: string; toDate: string; kind: LeaveKind; note?: string | null },
) {
  assertRange(input.fromDate, input.toDate);
  const [employee] = await employeesById(ctx, [input.employeeId]);
  if (!employee || !administers(ctx.identity, employee.agencyId)) throw forbidden(said.personsLeave());
  return ctx.em.transactional(async (em: EntityManager) => {
    const leave = em.create(Leave, { ...input, note: input.note?.trim() || null, recordedBy: ctx.identity.subject } as Leave);
    audit(ctx, em, 'leave-recorded', null, null, {
      agencyId: employee.agencyId,
      employeeId: employee.id,
      details: { leaveId: leave.id, fromDate: input.fromDate, toDate: input.toDate, kind: input.kind },
    });
    await em.flush();
    return leave;
  });
}

/**
 * Leave recorded by mistake (or not taken) is cancelled by the admins of the person's agency (or
 * a province admin): its working days expect a diary again. The row goes; the audit keeps what it was.
 */
export async function cancelLeave(ctx: DiaryContext, id: string, reason: string | null) {
  if (ctx.identity.kind !== 'person' || !isUuid(id)) throw forbidden(said.thisLeave());
  const leave = await ctx.em.findOne(Leave, { id });
  const [employee] = leave ? await employeesById(ctx, [leave.employeeId]) : [];
  if (!leave || !employee || !administers(ctx.identity, employee.agencyId)) throw forbidden(said.thisLeave());
  return ctx.em.transactional(async (em: EntityManager) => {
    const gone = await new DiaryStore(em).deleteLeave(id);
    if (gone === 0) throw forbidden(said.thisLeave());
    audit(ctx, em, 'leave-cancelled', null, reason, {
      agencyId: employee.agencyId,
      employeeId: employee.id,
      details: {
        leaveId: id,
        fromDate: leave.fromDate,
        toDate: leave.toDate,
        kind: leave.kind,
        note: leave.note,
        recordedBy: leave.recordedBy,
      },
    });
    await em.flush();
    return leave;
  });
}

/** A person's leave overlapping a range, for those who read their diary (one statement for a page of people). */
export async function leavesOf(ctx: DiaryContext, person: DiaryOwner, from: string, to: string) {
  if (!canReadDiary(ctx.identity, person)) throw forbidden(said.personsLeave());
  assertRange(from, to);
  return ctx.loaders.leaves.load(ctx.loaders.rangeKey(person.id, from, to));
}
