import { Migration } from '@mikro-orm/migrations';

/** Annual assessments: one row per person and year, proposed by the system, confirmed by the agency. */
export class AnnualAssessments extends Migration {
  override name = '20261125310000-assessment';

  up() {
    this.addSql(`
      create table scoring.annual_assessment (
        id uuid primary key,
        year smallint not null,
        employee_id uuid not null,
        agency_id uuid not null,
        division_id uuid,
        position_category text,
        is_leadership boolean not null default false,
        months smallint not null default 0,
        kpi_score numeric(6,2),
        kpi_share numeric(4,3) not null,
        kpi_points numeric(6,2),
        other_criteria numeric(6,2) check (other_criteria between 0 and 100),
        other_criteria_note text,
        disciplined boolean not null default false,
        overdue_share numeric(6,4),
        total numeric(6,2) check (total between 0 and 100),
        level_by_band text,
        gate text,
        level text check (level in ('EXCELLENT','GOOD','COMPLETED','NOT_COMPLETED')),
        rank integer,
        capped boolean not null default false,
        tied_at_cap boolean not null default false,
        status text not null default 'DRAFT' check (status in ('DRAFT','CONFIRMED')),
        confirmed_by text,
        confirmed_at timestamptz,
        policy_version integer not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (year, employee_id)
      )`);
    this.addSql(`create index annual_assessment_agency_idx on scoring.annual_assessment (year, agency_id)`);
  }
}
