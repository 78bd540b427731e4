import type { EntityManager } from '@mikro-orm/postgresql';
import { asEntities, boundRows, executeBound, executePlanned, PLANNED_BATCH } from '@kpi/platform/database';
import { Duty, DutyKind, School, SchoolClass, Teacher, TeachingNorm, Term } from '../entities/index.js';
import type { DutyKindRow, DutyRow, NormRow, TermRow } from '../rules/load.js';

/** One (person, date range) scoring asks about; `n` numbers them from 1, in the caller's order. */
export interface FactsRange {
  employeeId: string;
  from: string;
  to: string;
}

export interface TaughtCountRow {
  teacherId: string;
  taught: number;
  substitutions: number;
}

export interface NewPeriod {
  id: string;
  source: string;
  externalId: string;
  schoolAgencyId: string;
  teacherId: string;
  classId: string;
  subject: string;
  taughtOn: string;
  periodNumber: number;
  substituteFor: string | null;
}

const literal = (values: string[]) => `{${values.join(',')}}`;

/** A statement for a small batch planned once per connection, a large one planned for its values (planned.ts). */
const executeFor = (batch: number) => (batch <= PLANNED_BATCH ? executePlanned : executeBound);

/**
 * Education's tables, read and written in a constant number of statements per request. Reads are
 * plain rows with bound parameters (platform/src/database/plain.ts): nothing read here is changed
 * and flushed, and an ORM query built, planned and hydrated each time cost a teacher's score
 * ~8 ms of education's CPU for six small reads.
 */
export class EducationStore {
  constructor(private readonly em: EntityManager) {}

  async teachers(ids: readonly string[]) {
    return asEntities(Teacher, await boundRows(this.em, Teacher, 'employee_id = any($1::uuid[])', [[...ids]], { batch: ids.length }));
  }

  async teachersOfSchools(schoolIds: readonly string[]) {
    const rows = await boundRows(this.em, Teacher, 'school_agency_id = any($1::uuid[])', [[...schoolIds]], { batch: schoolIds.length });
    return asEntities(Teacher, rows);
  }

  async schools(ids: readonly string[]) {
    return asEntities(School, await boundRows(this.em, School, 'agency_id = any($1::uuid[])', [[...ids]], { batch: ids.length }));
  }

  async classesOf(schoolIds: readonly string[], schoolYearCode: string) {
    const rows = await boundRows(
      this.em,
      SchoolClass,
      'school_agency_id = any($1::uuid[]) and school_year_code = $2',
      [[...schoolIds], schoolYearCode],
      { batch: schoolIds.length, orderBy: 'grade, name' },
    );
    return asEntities(SchoolClass, rows);
  }

  async classes(ids: readonly string[]) {
    return asEntities(SchoolClass, await boundRows(this.em, SchoolClass, 'id = any($1::uuid[])', [[...ids]], { batch: ids.length }));
  }

  async terms(): Promise<TermRow[]> {
    return asEntities(Term, await boundRows(this.em, Term, 'true', [], { batch: 1, orderBy: 'starts_on' }));
  }

  async norms(): Promise<NormRow[]> {
    return asEntities(TeachingNorm, await boundRows(this.em, TeachingNorm, 'true', [], { batch: 1, orderBy: 'effective_from' }));
  }

  async dutyKinds(): Promise<DutyKindRow[]> {
    return asEntities(DutyKind, await boundRows(this.em, DutyKind, 'true', [], { batch: 1, orderBy: 'code' }));
  }

  /** Each teacher's periods taught between two days, and how many of them were substitutions. */
  async taughtCounts(teacherIds: readonly string[], from: string, to: string): Promise<TaughtCountRow[]> {
    const rows = await executeFor(teacherIds.length)<{ teacher_id: string; taught: string; substitutions: string }>(
      this.em,
      `select teacher_id, count(*) as taught, count(substitute_for) as substitutions
         from education.taught_period
        where teacher_id = any($1::uuid[]) and taught_on between $2 and $3
        group by teacher_id`,
      [[...teacherIds], from, to],
    );
    return rows.map((r) => ({ teacherId: r.teacher_id, taught: Number(r.taught), substitutions: Number(r.substitutions) }));
  }

  /** Periods a week each teacher is timetabled for in a term. */
  async timetabled(teacherIds: readonly string[], termCode: string): Promise<{ teacherId: string; perWeek: number }[]> {
    const rows = await executeFor(teacherIds.length)<{ teacher_id: string; per_week: string }>(
      this.em,
      `select teacher_id, sum(periods_per_week) as per_week from education.timetable_line
        where teacher_id = any($1::uuid[]) and term_code = $2 group by teacher_id`,
      [[...teacherIds], termCode],
    );
    return rows.map((r) => ({ teacherId: r.teacher_id, perWeek: Number(r.per_week) }));
  }

  async duties(teacherIds: readonly string[], termCodes: readonly string[]): Promise<(DutyRow & { teacherId: string })[]> {
    if (!termCodes.length) return [];
    const rows = await boundRows(
      this.em,
      Duty,
      'teacher_id = any($1::uuid[]) and term_code = any($2::text[])',
      [[...teacherIds], [...termCodes]],
      { batch: teacherIds.length },
    );
    return asEntities(Duty, rows);
  }

  /**
   * Periods taught in each range, numbered in the caller's order: one statement whatever the
   * number of ranges (the ranges travel as three arrays, checked by the service). Each range reads
   * its teacher's days from the (teacher, day) index: joined whole, the planner hashed every period
   * of the term for a province month's 600 ranges (29–56 ms against 7–10 ms, the same counts).
   * A range without periods has no row.
   */
  async taughtInRanges(ranges: readonly FactsRange[]): Promise<Map<number, { taught: number; substitutions: number }>> {
    const rows = await executeFor(ranges.length)<{ n: number; taught: string; substitutions: string }>(
      this.em,
      `select r.n::int as n, c.taught, c.substitutions
         from unnest($1::uuid[], $2::date[], $3::date[]) with ordinality as r (employee_id, from_date, to_date, n)
        cross join lateral (
          select count(*) as taught, count(p.substitute_for) as substitutions
            from education.taught_period p
           where p.teacher_id = r.employee_id and p.taught_on between r.from_date and r.to_date
        ) as c
        where c.taught > 0`,
      [ranges.map((r) => r.employeeId), ranges.map((r) => r.from), ranges.map((r) => r.to)],
    );
    return new Map(rows.map((r) => [Number(r.n), { taught: Number(r.taught), substitutions: Number(r.substitutions) }]));
  }

  /** Which of these (source, external id) pairs were delivered before. */
  async delivered(source: string, externalIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.em.execute<{ external_id: string }[]>(
      `select external_id from education.taught_period where source = ? and external_id = any(?::text[])`,
      [source, `{${externalIds.map((id) => JSON.stringify(id)).join(',')}}`],
    );
    return new Set(rows.map((r) => r.external_id));
  }

  /** The slots (class, day, period) already holding a lesson, as `class|day|period`. */
  async takenSlots(slots: readonly { classId: string; taughtOn: string; periodNumber: number }[]): Promise<Set<string>> {
    if (!slots.length) return new Set();
    const rows = await this.em.execute<{ slot: string }[]>(
      `select p.class_id || '|' || to_char(p.taught_on, 'YYYY-MM-DD') || '|' || p.period_number as slot
         from education.taught_period p
         join unnest(?::uuid[], ?::date[], ?::int[]) as s (class_id, taught_on, period_number)
           on s.class_id = p.class_id and s.taught_on = p.taught_on and s.period_number = p.period_number`,
      [literal(slots.map((s) => s.classId)), literal(slots.map((s) => s.taughtOn)), literal(slots.map((s) => String(s.periodNumber)))],
    );
    return new Set(rows.map((r) => r.slot));
  }

  /**
   * Writes new periods in one statement; one that raced in since the checks (the same delivery,
   * or the slot taken) is skipped by the unique keys and reported by the caller from what is
   * returned.
   */
  async insertPeriods(periods: readonly NewPeriod[]): Promise<Set<string>> {
    if (!periods.length) return new Set();
    const rows = await this.em.execute<{ id: string }[]>(
      `insert into education.taught_period
         (id, source, external_id, school_agency_id, teacher_id, class_id, subject, taught_on, period_number, substitute_for)
       select * from jsonb_to_recordset(?::jsonb) as p (id uuid, source text, external_id text, school_agency_id uuid,
         teacher_id uuid, class_id uuid, subject text, taught_on date, period_number int, substitute_for uuid)
       on conflict do nothing
       returning id`,
      [
        JSON.stringify(
          periods.map((p) => ({
            id: p.id,
            source: p.source,
            external_id: p.externalId,
            school_agency_id: p.schoolAgencyId,
            teacher_id: p.teacherId,
            class_id: p.classId,
            subject: p.subject,
            taught_on: p.taughtOn,
            period_number: p.periodNumber,
            substitute_for: p.substituteFor,
          })),
        ),
      ],
    );
    return new Set(rows.map((r) => r.id));
  }
}
