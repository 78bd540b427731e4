import { DomainError, forbidden, hasRole, Role } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode } from '../errors.js';
import { Duty, DutyBasis } from '../entities/index.js';
import { managesSchool, readsSchool } from '../rules/access.js';
import { dutyKindOf } from '../rules/load.js';
import { actorOf, type EducationContext } from './context.js';
import { termNamed } from './load.service.js';

export async function classesOf(ctx: EducationContext, agencyId: string, schoolYearCode: string) {
  const school = await ctx.loaders.school.load(agencyId);
  if (!school) return [];
  if (!readsSchool(ctx.identity, agencyId)) throw forbidden('this school’s classes');
  return ctx.loaders.store.classesOf([agencyId], schoolYearCode);
}

export interface DutyInput {
  teacherId: string;
  term: string;
  kindCode: string;
  doneOn?: string | null;
  occurrences?: number | null;
  note?: string | null;
}

/** A school admin records a duty a teacher holds (weekly) or did (per occurrence), counted as periods. */
export async function recordDuty(ctx: EducationContext, input: DutyInput) {
  const teacher = await ctx.loaders.teacher.load(input.teacherId);
  // Only province admins learn that someone is on no roster; anyone else is refused alike.
  if (!teacher && !hasRole(ctx.identity, Role.PROVINCE_ADMIN)) throw forbidden('this school’s duties');
  if (!teacher) throw new DomainError(ErrorCode.NOT_ON_ROSTER, 'That person is on no school’s roster.', { field: 'teacherId' });
  if (!managesSchool(ctx.identity, teacher.schoolAgencyId)) throw forbidden('this school’s duties');
  const term = await termNamed(ctx, input.term);
  const school = (await ctx.loaders.school.load(teacher.schoolAgencyId))!;
  const kind = dutyKindOf(await ctx.loaders.dutyKinds(), input.kindCode, school.level);
  if (!kind) {
    const codes = [...new Set((await ctx.loaders.dutyKinds()).map((k) => k.code))];
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `No duty kind ${input.kindCode}; the kinds are ${codes.join(', ')}.`, {
      field: 'kindCode',
    });
  }
  const perOccurrence = kind.basis === DutyBasis.PER_OCCURRENCE;
  if (perOccurrence && !input.doneOn)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${kind.name} is counted per occurrence: say the day it was done.`, {
      field: 'doneOn',
    });
  if (input.doneOn && (input.doneOn < term.startsOn || input.doneOn > term.endsOn))
    throw new DomainError(ErrorCode.OUTSIDE_TERM, `${input.doneOn} is not in ${term.code} (${term.startsOn} – ${term.endsOn}).`, {
      field: 'doneOn',
    });
  const occurrences = perOccurrence ? (input.occurrences ?? 1) : 1;
  if (!(occurrences > 0 && occurrences <= 100))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Occurrences are from more than 0 to 100.', { field: 'occurrences' });
  return ctx.em.transactional(async (em: EntityManager) => {
    const duty = em.create(Duty, {
      termCode: term.code,
      teacherId: teacher.employeeId,
      kindCode: kind.code,
      doneOn: perOccurrence ? input.doneOn! : null,
      occurrences,
      note: input.note?.trim() || null,
      recordedBy: actorOf(ctx),
    } as Duty);
    await em.flush();
    return duty;
  });
}
