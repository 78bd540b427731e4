import { Migration } from '@mikro-orm/migrations';

/**
 * One agency's month closed before the province's: which agency, whom its close froze (so that a
 * reopening unfreezes exactly them), who closed it, when and why.
 */
export class AgencyCloses extends Migration {
  override name = '20261206090000-agency-closes';

  up() {
    this.addSql(`
      create table scoring.agency_close (
        period_id uuid not null references scoring.scoring_period (id) on delete cascade,
        agency_id uuid not null,
        employee_ids uuid[] not null,
        closed_at timestamptz not null default now(),
        closed_by text not null,
        reason text,
        primary key (period_id, agency_id)
      )`);
  }
}
