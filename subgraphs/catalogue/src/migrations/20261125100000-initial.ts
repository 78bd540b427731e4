import { Migration } from '@mikro-orm/migrations';

const CATEGORIES = `'LEADERSHIP','PROFESSIONAL','SHARED_PROFESSIONAL','SUPPORT'`;

/**
 * The catalogue schema. References to personnel (agencies, positions) are plain uuids without
 * foreign keys: personnel owns them in its own schema, possibly its own database.
 */
export class InitialCatalogue extends Migration {
  override name = '20261125100000-initial';

  up() {
    this.addSql(`
      create table catalogue.sector (
        id uuid primary key,
        code varchar(32) not null unique,
        name text not null,
        is_vertical boolean not null default false,
        owner_agency_id uuid not null,
        description text not null default '',
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    this.addSql(`
      create table catalogue.work_item (
        id uuid primary key,
        code varchar(32) not null unique,
        sector_id uuid not null references catalogue.sector (id),
        item_group char(1) not null check (item_group in ('A','B','C','D')),
        owner_agency_id uuid,
        status text not null default 'ACTIVE' check (status in ('ACTIVE','RETIRED')),
        retired_from date,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check ((item_group = 'C') = (owner_agency_id is not null)),
        check ((status = 'RETIRED') = (retired_from is not null))
      )`);
    this.addSql(`create index work_item_sector_idx on catalogue.work_item (sector_id, code)`);
    this.addSql(`create index work_item_owner_idx on catalogue.work_item (owner_agency_id) where owner_agency_id is not null`);
    this.addSql(`
      create table catalogue.work_item_version (
        id uuid primary key,
        work_item_id uuid not null references catalogue.work_item (id),
        version integer not null check (version >= 1),
        effective_from date not null,
        effective_to date,
        name text not null,
        search_name text not null,
        description text not null default '',
        unit text not null,
        standard_minutes numeric(10,2) not null check (standard_minutes > 0),
        coefficient numeric(4,2) not null check (coefficient > 0),
        criteria text,
        evidence text not null default '',
        evidence_required boolean not null default false,
        recorded_by text not null,
        recorded_at timestamptz not null default now(),
        reason text,
        unique (work_item_id, version),
        unique (work_item_id, effective_from),
        check (effective_to is null or effective_to >= effective_from)
      )`);
    // Versions of an item never overlap: one open version, the others closed before the next starts.
    this.addSql(`create unique index work_item_version_open_idx on catalogue.work_item_version (work_item_id) where effective_to is null`);
    this.addSql(`
      create table catalogue.position_work_item (
        position_id uuid not null,
        work_item_id uuid not null references catalogue.work_item (id),
        agency_id uuid not null,
        added_by text not null,
        added_at timestamptz not null default now(),
        primary key (position_id, work_item_id)
      )`);
    this.addSql(`create index position_work_item_agency_idx on catalogue.position_work_item (agency_id)`);
    this.addSql(`
      create table catalogue.sector_kpi_standard (
        id uuid primary key,
        sector_id uuid not null references catalogue.sector (id),
        position_category text not null check (position_category in (${CATEGORIES})),
        effective_from date not null,
        effective_to date,
        expected_minutes_per_month integer not null check (expected_minutes_per_month > 0),
        weight_quantity smallint not null, weight_timeliness smallint not null, weight_quality smallint not null,
        weight_proactivity smallint not null, weight_coordination smallint not null, weight_creativity smallint not null,
        weight_overdue smallint not null,
        recorded_by text not null,
        recorded_at timestamptz not null default now(),
        reason text,
        unique (sector_id, position_category, effective_from),
        check (weight_quantity + weight_timeliness + weight_quality + weight_proactivity + weight_coordination + weight_creativity + weight_overdue = 100),
        check (effective_to is null or effective_to >= effective_from)
      )`);
    this.addSql(
      `create unique index sector_kpi_standard_open_idx on catalogue.sector_kpi_standard (sector_id, position_category) where effective_to is null`,
    );
    this.addSql(`
      create table catalogue.province_limits (
        id uuid primary key,
        effective_from date not null unique,
        effective_to date,
        coefficient_min numeric(4,2) not null,
        coefficient_max numeric(4,2) not null,
        standard_minutes_max integer not null,
        weight_min smallint not null,
        weight_max smallint not null,
        expected_minutes_min integer not null,
        expected_minutes_max integer not null,
        recorded_by text not null,
        recorded_at timestamptz not null default now(),
        reason text,
        check (coefficient_min > 0 and coefficient_min <= coefficient_max),
        check (weight_min >= 0 and weight_min <= weight_max and weight_max <= 100),
        check (expected_minutes_min > 0 and expected_minutes_min <= expected_minutes_max)
      )`);
    this.addSql(`create unique index province_limits_open_idx on catalogue.province_limits ((true)) where effective_to is null`);
    // The province's default limits from the start of the pilot: see docs/catalogue.md.
    this.addSql(`
      insert into catalogue.province_limits
        (id, effective_from, coefficient_min, coefficient_max, standard_minutes_max, weight_min, weight_max, expected_minutes_min, expected_minutes_max, recorded_by, reason)
      values ('01936a2e-0000-7000-8000-000000000001', '2025-01-01', 0.5, 3.0, 4800, 0, 40, 4800, 10560, 'migration', 'Default province limits')`);
    this.addSql(`
      create table catalogue.change_request (
        id uuid primary key,
        kind text not null check (kind in ('ADD','CHANGE','RETIRE')),
        status text not null default 'PENDING' check (status in ('PENDING','APPROVED','REJECTED','WITHDRAWN')),
        requesting_agency_id uuid not null,
        work_item_id uuid references catalogue.work_item (id),
        sector_id uuid not null references catalogue.sector (id),
        proposal jsonb not null default '{}',
        reason text not null,
        requested_by text not null,
        decided_by text,
        decided_at timestamptz,
        decision_note text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check ((kind = 'ADD') = (work_item_id is null))
      )`);
    this.addSql(`create index change_request_status_idx on catalogue.change_request (status, sector_id)`);
    this.addSql(`
      create table catalogue.audit_entry (
        id uuid primary key,
        subject_type text not null,
        subject_id uuid not null,
        action text not null,
        actor text not null,
        at timestamptz not null default now(),
        reason text,
        details jsonb not null default '{}'
      )`);
    this.addSql(`create index audit_entry_subject_idx on catalogue.audit_entry (subject_id, at)`);
  }
}
