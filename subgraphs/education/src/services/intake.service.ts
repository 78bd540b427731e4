import { DomainError, forbidden, formatDay, newId, todayInVietnam, type InputProblem } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { TaughtPeriodOutcome } from '../entities/index.js';
import { limit, said } from '../messages.js';
import { deliversPeriods } from '../rules/access.js';
import type { NewPeriod } from '../store/education.store.js';
import type { EducationContext } from './context.js';

/** A school management system's batch: a school day or a week of a school at a time. */
export const MAX_PERIODS = 1000;

export interface TaughtPeriodInput {
  externalId: string;
  teacherId: string;
  classId: string;
  subject: string;
  taughtOn: string;
  periodNumber: number;
  substituteForId?: string | null;
}

export interface TaughtPeriodResult {
  externalId: string;
  outcome: TaughtPeriodOutcome;
  periodId: string | null;
  code: string | null;
  message: string | null;
}

const rejected = (externalId: string, code: string, message: string): TaughtPeriodResult => ({
  externalId,
  outcome: TaughtPeriodOutcome.REJECTED,
  periodId: null,
  code,
  message,
});

/**
 * Intake of periods taught, from a school's management system (or typed by its admins):
 * idempotent per source (the caller) and external id, like the diary's E-Office intake. Each
 * period gets its own verdict, in the order sent; the valid ones are written in one statement,
 * the rest say why not (nothing half-written: a period is written whole or not at all). The
 * roster, the classes and the terms are education's own: a period is accepted only for a teacher
 * on the school's roster, a class of the school, a day of a term not after today, a free slot.
 */
export async function recordTaughtPeriods(
  ctx: EducationContext,
  schoolId: string,
  periods: readonly TaughtPeriodInput[],
  problems: readonly (InputProblem | null)[] = [],
): Promise<TaughtPeriodResult[]> {
  const school = await ctx.loaders.school.load(schoolId);
  // An agency that is no school on record is refused like a school that is not the caller's: the
  // answer says nothing of which schools exist.
  if (!school || !deliversPeriods(ctx.identity, school)) throw forbidden(said.deliveringPeriods());
  if (periods.length === 0 || periods.length > MAX_PERIODS)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.periodsPerBatch({ max: limit(MAX_PERIODS) }), { field: 'periods' });
  const source = ctx.identity.subject;
  const store = ctx.loaders.store;
  const today = todayInVietnam();
  // Only well-formed periods reach the database: a malformed one is rejected on its own below.
  const wellFormed = periods.filter((_, index) => !problems[index]);
  const [roster, classes, terms, delivered, taken] = await Promise.all([
    store.teachers([...new Set(wellFormed.flatMap((p) => [p.teacherId, ...(p.substituteForId ? [p.substituteForId] : [])]))]),
    store.classes([...new Set(wellFormed.map((p) => p.classId))]),
    ctx.loaders.terms(),
    store.delivered(
      source,
      wellFormed.map((p) => p.externalId),
    ),
    store.takenSlots(wellFormed),
  ]);

  const onRoster = new Set(roster.filter((t) => t.schoolAgencyId === school.agencyId).map((t) => t.employeeId));
  const classOf = new Map(classes.filter((c) => c.schoolAgencyId === school.agencyId).map((c) => [c.id, c]));
  const seen = new Set<string>();
  const results: TaughtPeriodResult[] = [];
  const fresh: NewPeriod[] = [];
  for (const [index, p] of periods.entries()) {
    const slot = `${p.classId}|${p.taughtOn}|${p.periodNumber}`;
    const term = terms.find((t) => t.startsOn <= p.taughtOn && p.taughtOn <= t.endsOn);
    const schoolClass = classOf.get(p.classId);
    const problem = problems[index];
    let verdict: TaughtPeriodResult | null = null;
    if (problem) verdict = rejected(p.externalId, ErrorCode.BAD_USER_INPUT, problem.message);
    else if (delivered.has(p.externalId) || seen.has(`id:${p.externalId}`))
      verdict = { externalId: p.externalId, outcome: TaughtPeriodOutcome.ALREADY_RECORDED, periodId: null, code: null, message: null };
    else if (!onRoster.has(p.teacherId))
      verdict = rejected(p.externalId, ErrorCode.NOT_ON_ROSTER, said.teacherNotOnRoster({ teacher: p.teacherId, school: school.name }));
    else if (p.substituteForId && (!onRoster.has(p.substituteForId) || p.substituteForId === p.teacherId))
      verdict = rejected(p.externalId, ErrorCode.NOT_ON_ROSTER, said.substitutedForNotOnRoster());
    else if (!schoolClass)
      verdict = rejected(p.externalId, ErrorCode.BAD_USER_INPUT, said.classNotOfSchool({ class: p.classId, school: school.name }));
    else if (p.taughtOn > today)
      verdict = rejected(p.externalId, ErrorCode.FUTURE_DATE, said.afterToday({ day: formatDay(p.taughtOn), today: formatDay(today) }));
    else if (!term || term.code.split('/')[0] !== schoolClass.schoolYearCode)
      verdict = rejected(
        p.externalId,
        ErrorCode.OUTSIDE_TERM,
        said.inNoTerm({ day: formatDay(p.taughtOn), year: schoolClass.schoolYearCode }),
      );
    else if (p.periodNumber < 1 || p.periodNumber > 10) verdict = rejected(p.externalId, ErrorCode.BAD_USER_INPUT, said.periodNumber());
    else if (!p.subject.trim()) verdict = rejected(p.externalId, ErrorCode.BAD_USER_INPUT, said.subjectMissing());
    else if (taken.has(slot) || seen.has(slot))
      verdict = rejected(
        p.externalId,
        ErrorCode.SLOT_TAKEN,
        said.slotTaken({ class: schoolClass.name, period: p.periodNumber, day: formatDay(p.taughtOn) }),
      );
    seen.add(`id:${p.externalId}`);
    if (verdict) {
      results.push(verdict);
      continue;
    }
    seen.add(slot);
    const id = newId();
    fresh.push({
      id,
      source,
      externalId: p.externalId,
      schoolAgencyId: school.agencyId,
      teacherId: p.teacherId,
      classId: p.classId,
      subject: p.subject.trim(),
      taughtOn: p.taughtOn,
      periodNumber: p.periodNumber,
      substituteFor: p.substituteForId ?? null,
    });
    results.push({ externalId: p.externalId, outcome: TaughtPeriodOutcome.RECORDED, periodId: id, code: null, message: null });
  }
  const written = await store.insertPeriods(fresh);
  // A concurrent delivery of the same period (or of another lesson in the same slot) won the race.
  return results.map((r) =>
    r.periodId && !written.has(r.periodId)
      ? { externalId: r.externalId, outcome: TaughtPeriodOutcome.ALREADY_RECORDED, periodId: null, code: null, message: null }
      : r,
  );
}
