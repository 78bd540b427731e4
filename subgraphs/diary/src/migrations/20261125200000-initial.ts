import { Migration } from '@mikro-orm/migrations';
import { HOLIDAYS } from './holidays.js';

/**
 * The diary schema. Employees, agencies and work items are plain uuids (owned by personnel and
 * the catalogue). Diary entries are the big table (10–25 M rows a year for a province): its
 * indexes serve a person's days, a unit's review queue, an item's usage and intake idempotency.
 * At national scale it is range-partitioned by work_date (see docs/diary.md).
 */
export class InitialDiary extends Migration {
  override name = '20261125200000-initial';

  up() {
    this.addSql(`
      create table diary.diary_entry (
        id uuid primary key,
        employee_id uuid not null,
        agency_id uuid not null,
        division_id uuid,
        work_date date not null,
        work_item_id uuid not null,
        work_item_version integer not null,
        standard_minutes numeric(10,2) not null check (standard_minutes > 0),
        coefficient numeric(4,2) not null check (coefficient > 0),
        quantity numeric(10,2) not null check (quantity > 0),
        actual_minutes integer not null check (actual_minutes > 0 and actual_minutes <= 1440),
        assignment_id uuid,
        note text,
        evidence_ref text,
        evidence_required boolean not null default false,
        source text not null default 'MANUAL' check (source in ('MANUAL','EOFFICE','IMPORT')),
        external_id text,
        client text,
        status text not null default 'SUBMITTED' check (status in ('SUBMITTED','APPROVED','RETURNED')),
        reviewed_by text,
        reviewed_at timestamptz,
        review_note text,
        flags text[] not null default '{}',
        recorded_by text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check ((external_id is null) = (client is null))
      )`);
    this.addSql(`create index diary_entry_employee_day_idx on diary.diary_entry (employee_id, work_date)`);
    this.addSql(`create index diary_entry_review_idx on diary.diary_entry (division_id, status, work_date)`);
    this.addSql(`create index diary_entry_agency_day_idx on diary.diary_entry (agency_id, work_date)`);
    this.addSql(`create index diary_entry_item_day_idx on diary.diary_entry (work_item_id, work_date)`);
    // The same event from the same system never makes two entries, whatever the retries.
    this.addSql(`create unique index diary_entry_intake_idx on diary.diary_entry (client, external_id) where external_id is not null`);
    this.addSql(`
      create table diary.calendar_day (
        day date primary key,
        kind text not null check (kind in ('HOLIDAY','WORKING_SWAP')),
        name text not null,
        recorded_by text not null,
        recorded_at timestamptz not null default now()
      )`);
    for (const [day, kind, name] of HOLIDAYS)
      this.addSql(
        `insert into diary.calendar_day (day, kind, name, recorded_by) values ('${day}', '${kind}', '${name.replace(/'/g, "''")}', 'migration')`,
      );
    this.addSql(`
      create table diary.leave (
        id uuid primary key,
        employee_id uuid not null,
        from_date date not null,
        to_date date not null,
        kind text not null check (kind in ('ANNUAL','SICK','MATERNITY','TRAINING','OTHER')),
        note text,
        recorded_by text not null,
        recorded_at timestamptz not null default now(),
        check (to_date >= from_date)
      )`);
    this.addSql(`create index leave_employee_idx on diary.leave (employee_id, from_date)`);
    this.addSql(`
      create table diary.diary_policy (
        id uuid primary key,
        effective_from date not null unique,
        effective_to date,
        close_day smallint not null check (close_day between 1 and 28),
        grace_days smallint not null check (grace_days between 0 and 15),
        late_after_working_days smallint not null check (late_after_working_days between 0 and 20),
        standard_day_minutes smallint not null check (standard_day_minutes between 60 and 720),
        far_above_factor numeric(4,2) not null check (far_above_factor >= 1),
        recorded_by text not null,
        reason text
      )`);
    this.addSql(`
      insert into diary.diary_policy (id, effective_from, close_day, grace_days, late_after_working_days, standard_day_minutes, far_above_factor, recorded_by, reason)
      values ('01936a2e-0000-7000-8000-000000000101', '2025-01-01', 25, 0, 1, 480, 2.0, 'migration', 'Khanh Hoa: the month is due before the 25th; see docs/diary.md')`);
    this.addSql(`
      create table diary.period_reopening (
        id uuid primary key,
        month date not null check (extract(day from month) = 1),
        agency_id uuid,
        until timestamptz not null,
        reopened_by text not null,
        reopened_at timestamptz not null default now(),
        reason text not null
      )`);
    this.addSql(`
      create table diary.work_item_mapping (
        id uuid primary key,
        client text not null,
        agency_id uuid,
        document_type text not null,
        work_item_id uuid not null,
        recorded_by text not null,
        recorded_at timestamptz not null default now()
      )`);
    this.addSql(
      `create unique index work_item_mapping_key_idx on diary.work_item_mapping (client, coalesce(agency_id, '00000000-0000-0000-0000-000000000000'), document_type)`,
    );
    this.addSql(`
      create table diary.diary_audit (
        id uuid primary key,
        action text not null,
        entry_id uuid,
        actor text not null,
        at timestamptz not null default now(),
        reason text
      )`);
    this.addSql(`create index diary_audit_entry_idx on diary.diary_audit (entry_id)`);
  }
}
