import { DomainError, forbidden } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import type { School, Teacher } from '../entities/index.js';
import { said } from '../messages.js';
import { canReadLoad, readsSchool, type LoadOwner } from '../rules/access.js';
import { teachingLoad, type TeachingLoad } from '../rules/load.js';
import type { EducationContext } from './context.js';

export async function termNamed(ctx: EducationContext, code: string) {
  const term = await ctx.loaders.termOf(code);
  if (!term) {
    const known = (await ctx.loaders.terms()).map((t) => t.code);
    throw new DomainError(ErrorCode.NOT_FOUND, known.length ? said.noTerm({ code, terms: known.join(', ') }) : said.noTermYet({ code }), {
      field: 'term',
    });
  }
  return term;
}

/** One teacher's load in a term, from the loaders (batched across every teacher of the request). */
async function loadOf(ctx: EducationContext, teacher: Teacher, school: School, termCode: string): Promise<TeachingLoad> {
  const term = (await ctx.loaders.termOf(termCode))!;
  const key = `${termCode}|${teacher.employeeId}`;
  const [norms, kinds, taught, timetabled, duties] = await Promise.all([
    ctx.loaders.norms(),
    ctx.loaders.dutyKinds(),
    ctx.loaders.taught.load(key),
    ctx.loaders.timetabled.load(key),
    ctx.loaders.duties.load(key),
  ]);
  return teachingLoad({
    term,
    school,
    role: teacher.role,
    norms,
    kinds,
    timetabledPerWeek: timetabled,
    taught: taught.taught,
    substitutions: taught.substitutions,
    duties,
  });
}

/** A person's teaching load in a term; null when they are on no school's roster. */
export async function teachingLoadOf(ctx: EducationContext, employee: LoadOwner, termCode: string) {
  if (!canReadLoad(ctx.identity, employee)) throw forbidden(said.thisPersonsLoad());
  const term = await termNamed(ctx, termCode);
  const teacher = await ctx.loaders.teacher.load(employee.id);
  if (!teacher) return null;
  const school = (await ctx.loaders.school.load(teacher.schoolAgencyId))!;
  return {
    term: term.code,
    role: teacher.role,
    subject: teacher.subject,
    schoolId: school.agencyId,
    ...(await loadOf(ctx, teacher, school, term.code)),
  };
}

/** A school's totals over its roster for a term: norms, periods, surplus and deficit. */
export async function teachingTotalsOf(ctx: EducationContext, agencyId: string, termCode: string) {
  const school = await ctx.loaders.school.load(agencyId);
  if (!school) return null;
  if (!readsSchool(ctx.identity, agencyId)) throw forbidden(said.thisSchoolsTotals());
  const term = await termNamed(ctx, termCode);
  const teachers = await ctx.loaders.teachersOfSchool.load(agencyId);
  const loads = await Promise.all(teachers.map((t) => loadOf(ctx, t, school, term.code)));
  const sum = (pick: (l: TeachingLoad) => number) => loads.reduce((total, l) => total + pick(l), 0);
  return {
    term: term.code,
    teachers: teachers.length,
    normPeriods: sum((l) => l.normPeriods),
    timetabledPeriods: sum((l) => l.timetabledPeriods),
    taughtPeriods: sum((l) => l.taughtPeriods),
    substitutionPeriods: sum((l) => l.substitutionPeriods),
    dutyPeriods: sum((l) => l.dutyPeriods),
    surplusPeriods: sum((l) => Math.max(0, l.balance)),
    deficitPeriods: sum((l) => Math.max(0, -l.balance)),
    teachersOverNorm: loads.filter((l) => l.balance > 0).length,
    teachersUnderNorm: loads.filter((l) => l.balance < 0).length,
  };
}
