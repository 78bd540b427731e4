import { Migration } from '@mikro-orm/migrations';
import { DUTY_KINDS, NORMS_FROM, CIRCULAR_05, TEACHING_NORMS } from './norms.js';

/**
 * The education schema: what a school's own system keeps. Employees and agencies are plain
 * uuids (owned by personnel). Taught periods are the big table (a province's schools deliver some
 * 5 M a year): its unique keys make intake idempotent per source and keep one lesson per class
 * and timetable slot.
 */
export class InitialEducation extends Migration {
  override name = '20261204080000-initial';

  up() {
    this.addSql(`
      create table education.school_year (
        code text primary key,
        starts_on date not null,
        ends_on date not null check (ends_on > starts_on)
      )`);
    this.addSql(`
      create table education.term (
        code text primary key,
        school_year_code text not null references education.school_year (code),
        name text not null,
        starts_on date not null,
        ends_on date not null check (ends_on > starts_on),
        teaching_weeks integer not null check (teaching_weeks between 1 and 26)
      )`);
    this.addSql(`
      create table education.school (
        agency_id uuid primary key,
        code text not null unique,
        name text not null,
        level text not null,
        regime text not null,
        intake_clients text[] not null default '{}'
      )`);
    this.addSql(`
      create table education.teacher (
        employee_id uuid primary key,
        school_agency_id uuid not null references education.school (agency_id),
        role text not null,
        subject text not null
      )`);
    this.addSql(`create index teacher_school_idx on education.teacher (school_agency_id)`);
    this.addSql(`
      create table education.school_class (
        id uuid primary key,
        school_agency_id uuid not null references education.school (agency_id),
        school_year_code text not null references education.school_year (code),
        name text not null,
        grade integer not null check (grade between 1 and 12),
        homeroom_teacher_id uuid references education.teacher (employee_id),
        unique (school_agency_id, school_year_code, name)
      )`);
    this.addSql(`
      create table education.timetable_line (
        id uuid primary key,
        term_code text not null references education.term (code),
        class_id uuid not null references education.school_class (id),
        teacher_id uuid not null references education.teacher (employee_id),
        subject text not null,
        periods_per_week integer not null check (periods_per_week between 1 and 20),
        unique (term_code, class_id, subject)
      )`);
    this.addSql(`create index timetable_line_teacher_idx on education.timetable_line (teacher_id, term_code)`);
    this.addSql(`
      create table education.taught_period (
        id uuid primary key,
        source text not null,
        external_id text not null,
        school_agency_id uuid not null references education.school (agency_id),
        teacher_id uuid not null references education.teacher (employee_id),
        class_id uuid not null references education.school_class (id),
        subject text not null,
        taught_on date not null,
        period_number integer not null check (period_number between 1 and 10),
        substitute_for uuid references education.teacher (employee_id),
        recorded_at timestamptz not null default now(),
        unique (source, external_id),
        unique (class_id, taught_on, period_number)
      )`);
    this.addSql(`create index taught_period_teacher_day_idx on education.taught_period (teacher_id, taught_on)`);
    this.addSql(`
      create table education.duty_kind (
        id uuid primary key,
        code text not null,
        level text,
        name text not null,
        basis text not null,
        periods numeric(5,2) not null check (periods > 0),
        source text not null,
        unique (code, level)
      )`);
    this.addSql(`
      create table education.duty (
        id uuid primary key,
        term_code text not null references education.term (code),
        teacher_id uuid not null references education.teacher (employee_id),
        kind_code text not null,
        done_on date,
        occurrences numeric(8,2) not null default 1 check (occurrences > 0),
        note text,
        recorded_by text not null
      )`);
    this.addSql(`create index duty_teacher_term_idx on education.duty (teacher_id, term_code)`);
    this.addSql(`
      create table education.teaching_norm (
        id uuid primary key,
        level text not null,
        regime text not null,
        role text not null,
        periods_per_week numeric(5,2) not null check (periods_per_week > 0),
        effective_from date not null,
        source text not null,
        unique (level, regime, role, effective_from)
      )`);
    for (const n of TEACHING_NORMS)
      this.addSql(
        `insert into education.teaching_norm (id, level, regime, role, periods_per_week, effective_from, source)
         values (gen_random_uuid(), '${n.level}', '${n.regime}', '${n.role}', ${n.periodsPerWeek}, '${NORMS_FROM}', '${CIRCULAR_05}')`,
      );
    for (const d of DUTY_KINDS)
      this.addSql(
        `insert into education.duty_kind (id, code, level, name, basis, periods, source)
         values (gen_random_uuid(), '${d.code}', ${d.level ? `'${d.level}'` : 'null'}, '${d.name}', '${d.basis}', ${d.periods}, '${d.source}')`,
      );
  }
}
