import { Migration } from '@mikro-orm/migrations';

/** Decree 335's preset as it stood when shipped (a migration never follows later code changes). */
const DECREE_335 =
  '{"weights":{"quantity":30,"timeliness":20,"quality":20,"proactivity":10,"coordination":5,"creativity":5,"overdue":10},"errorDeduction":0.25,"delayDeduction":0.25,"assignedShareOfQuantity":0.5,"standardDayMinutes":480,"workingDaysPerMonth":21,"overdueGate":0.2,"leaderUnitShare":0.5,"leaderUnitFactorIfAnyNotCompleted":0.5,"kpiShareNonLeader":0.7,"kpiShareLeader":0.5,"bands":[{"level":"EXCELLENT","min":90,"inclusive":true},{"level":"GOOD","min":70,"inclusive":true},{"level":"COMPLETED","min":50,"inclusive":true}],"excellentCap":0.2}';

/**
 * The scoring schema: versioned policies, periods, and each person's period score with the
 * inputs it was computed from (segments as jsonb: a closed period is recomputed from them).
 * The first policy is Decree 335's preset, in force from 2025 (see docs/scoring.md).
 */
export class InitialScoring extends Migration {
  override name = '20261125300000-initial';

  up() {
    this.addSql(`
      create table scoring.scoring_policy (
        id uuid primary key,
        version integer not null unique,
        effective_from date not null unique,
        effective_to date,
        preset text not null,
        rules jsonb not null,
        recorded_by text not null,
        recorded_at timestamptz not null default now(),
        reason text,
        check (effective_to is null or effective_to >= effective_from)
      )`);
    this.addSql(
      `insert into scoring.scoring_policy (id, version, effective_from, preset, rules, recorded_by, reason)
       values ('01936a2e-0000-7000-8000-000000000301', 1, '2025-01-01', 'DECREE_335', '${DECREE_335}', 'migration',
               'Decree 335/2025 bands and deductions, Hue model indicators, Regulation 1636 shares; see docs/scoring.md')`,
    );
    this.addSql(`
      create table scoring.scoring_period (
        id uuid primary key,
        code text not null unique,
        kind text not null check (kind in ('MONTH','QUARTER','YEAR')),
        from_date date not null,
        to_date date not null,
        status text not null default 'OPEN' check (status in ('OPEN','CLOSED')),
        policy_version integer,
        computed_at timestamptz,
        closed_at timestamptz,
        closed_by text,
        check (to_date >= from_date),
        check ((status = 'CLOSED') = (closed_at is not null))
      )`);
    this.addSql(`
      create table scoring.period_score (
        id uuid primary key,
        period_id uuid not null references scoring.scoring_period (id) on delete cascade,
        period_code text not null,
        employee_id uuid not null,
        agency_id uuid not null,
        division_id uuid,
        position_category text,
        is_leadership boolean not null default false,
        own_score numeric(6,2),
        unit_score numeric(6,2),
        any_subordinate_not_completed boolean not null default false,
        score numeric(6,2),
        level text not null check (level in ('EXCELLENT','GOOD','COMPLETED','NOT_COMPLETED')),
        level_by_band text not null,
        gate text check (gate in ('OVERDUE','DISCIPLINE')),
        overdue_share numeric(6,4),
        work_points numeric(12,2) not null default 0,
        capacity_minutes numeric(12,2) not null default 0,
        available_days integer not null default 0,
        policy_version integer not null,
        frozen boolean not null default false,
        computed_at timestamptz not null default now(),
        segments jsonb not null default '[]',
        unique (period_id, employee_id)
      )`);
    this.addSql(`create index period_score_employee_idx on scoring.period_score (employee_id, period_code)`);
    this.addSql(`create index period_score_agency_idx on scoring.period_score (period_id, agency_id)`);
    this.addSql(`
      create table scoring.creativity_rating (
        id uuid primary key,
        period_code text not null,
        employee_id uuid not null,
        points numeric(5,2) not null check (points between 0 and 100),
        note text,
        rated_by text not null,
        rated_at timestamptz not null default now(),
        unique (period_code, employee_id)
      )`);
    this.addSql(`
      create table scoring.scoring_audit (
        id uuid primary key,
        action text not null,
        period_code text,
        actor text not null,
        at timestamptz not null default now(),
        reason text
      )`);
  }
}
