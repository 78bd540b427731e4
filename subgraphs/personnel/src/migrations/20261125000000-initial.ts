import { Migration } from '@mikro-orm/migrations';

const AGENCY_KINDS = `'PROVINCE','PARTY_BODY','STATE_DEPARTMENT','FATHERLAND_FRONT','SOCIO_POLITICAL_ORGANISATION','PUBLIC_SERVICE_UNIT','CITY','DISTRICT','COMMUNE','DIVISION'`;

/** The personnel schema: the agency tree, job positions, employees and their placement history. */
export class InitialPersonnel extends Migration {
  override name = '20261125000000-initial';

  up() {
    this.addSql(`
      create table personnel.agency (
        id uuid primary key,
        code varchar(32) not null unique,
        name text not null,
        search_name text not null,
        kind text not null check (kind in (${AGENCY_KINDS})),
        parent_id uuid references personnel.agency (id),
        path text not null,
        depth smallint not null check (depth >= 0),
        sector_codes text[] not null default '{}',
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (parent_id is null or parent_id <> id)
      )`);
    this.addSql(`create index agency_parent_idx on personnel.agency (parent_id)`);
    this.addSql(`create index agency_path_idx on personnel.agency (path text_pattern_ops)`);

    this.addSql(`
      create table personnel.job_position (
        id uuid primary key,
        agency_id uuid not null references personnel.agency (id),
        code varchar(32) not null,
        title text not null,
        category text not null check (category in ('LEADERSHIP','PROFESSIONAL','SHARED_PROFESSIONAL','SUPPORT')),
        description text not null default '',
        is_leadership boolean not null default false,
        standard_minutes_per_day integer not null default 480 check (standard_minutes_per_day between 1 and 1440),
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, code)
      )`);
    this.addSql(`create index job_position_category_idx on personnel.job_position (category)`);

    this.addSql(`
      create table personnel.employee (
        id uuid primary key,
        code varchar(32) not null unique,
        full_name text not null,
        search_name text not null,
        sort_name text not null,
        staff_type text not null check (staff_type in ('CADRE','CIVIL_SERVANT','PUBLIC_EMPLOYEE')),
        agency_id uuid not null references personnel.agency (id),
        division_id uuid references personnel.agency (id),
        position_id uuid references personnel.job_position (id),
        supervisor_id uuid references personnel.employee (id),
        status text not null default 'ACTIVE'
          check (status in ('ACTIVE','ON_LEAVE','SUSPENDED','RETIRED','RESIGNED','TRANSFERRED_OUT','DECEASED')),
        email text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (supervisor_id is null or supervisor_id <> id)
      )`);
    this.addSql(`create index employee_agency_sort_idx on personnel.employee (agency_id, sort_name, id)`);
    this.addSql(`create index employee_sort_idx on personnel.employee (sort_name, id)`);
    this.addSql(`create index employee_division_idx on personnel.employee (division_id)`);
    this.addSql(`create index employee_position_idx on personnel.employee (position_id)`);
    this.addSql(`create index employee_supervisor_idx on personnel.employee (supervisor_id)`);

    this.addSql(`
      create table personnel.employee_placement (
        id uuid primary key,
        employee_id uuid not null references personnel.employee (id),
        kind text not null check (kind in ('HIRE','TRANSFER','ROTATION','APPOINTMENT','SEPARATION')),
        agency_id uuid not null references personnel.agency (id),
        division_id uuid references personnel.agency (id),
        position_id uuid references personnel.job_position (id),
        supervisor_id uuid references personnel.employee (id),
        effective_from date not null,
        effective_to date,
        decision_number text,
        reason text,
        recorded_by text not null,
        recorded_at timestamptz not null default now(),
        check (effective_to is null or effective_to >= effective_from)
      )`);
    // At most one open placement per employee: the database, not only the code, keeps history linear.
    this.addSql(`create unique index placement_open_idx on personnel.employee_placement (employee_id) where effective_to is null`);
    this.addSql(`create index placement_employee_idx on personnel.employee_placement (employee_id, effective_from)`);
    this.addSql(`create index placement_position_idx on personnel.employee_placement (position_id, effective_from)`);
  }
}
