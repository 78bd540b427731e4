import { DomainError, forbidden, formatDay, hasRole, Role } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode } from '../errors.js';
import { Duty, DutyBasis } from '../entities/index.js';
import { said } from '../messages.js';
import { managesSchool, readsSchool } from '../rules/access.js';
import { dutyKindOf } from '../rules/load.js';
import { actorOf, type EducationContext } from './context.js';
import { termNamed } from './load.service.js';

export async function classesOf(ctx: EducationContext, agencyId: string, schoolYearCode: string) {
  const school = await ctx.loaders.school.load(agencyId);
  if (!school) return [];
  if (!readsSchool(ctx.identity, agencyId)) throw forbidden(said.thisSchoolsClasses());
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
  if (!teacher && !hasRole(ctx.identity, Role.PROVINCE_ADMIN)) throw forbidden(said.thisSchoolsDuties());
  if (!teacher) throw new DomainError(ErrorCode.NOT_ON_ROSTER, said.onNoRoster(), { field: 'teacherId' });
  if (!managesSchool(ctx.identity, teacher.schoolAgencyId)) throw forbidden(said.thisSchoolsDuties());
  const term = await termNamed(ctx, input.term);
  const school = (await ctx.loaders.school.load(teacher.schoolAgencyId))!;
  const kind = dutyKindOf(await ctx.loaders.dutyKinds(), input.kindCode, school.level);
  if (!kind) {
    const codes = [...new Set((await ctx.loaders.dutyKinds()).map((k) => k.code))];
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.noDutyKind({ code: input.kindCode, kinds: codes.join(', ') }), {
      field: 'kindCode',
    });
  }
  const perOccurrence = kind.basis === DutyBasis.PER_OCCURRENCE;
  if (perOccurrence && !input.doneOn)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.sayDayDone({ duty: kind.name }), {
      field: 'doneOn',
    });
  if (input.doneOn && (input.doneOn < term.startsOn || input.doneOn > term.endsOn))
    throw new DomainError(
      ErrorCode.OUTSIDE_TERM,
      said.dayOutsideTerm({ day: formatDay(input.doneOn), term: term.code, from: formatDay(term.startsOn), to: formatDay(term.endsOn) }),
      {
        field: 'doneOn',
      },
    );
  const occurrences = perOccurrence ? (input.occurrences ?? 1) : 1;
  if (!(occurrences > 0 && occurrences <= 100))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.occurrences(), { field: 'occurrences' });
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
