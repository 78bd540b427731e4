import { Migration } from '@mikro-orm/migrations';

/**
 * A stored score's time may come from its period: a computation of the whole period no longer
 * rewrites the scores it finds unchanged to stamp them (each row ~3 kB with its stretches; 7,000
 * new row versions a province month, ~0.3 s of PostgreSQL and a table that grew with every run) —
 * it stamps the period, and a live (not frozen) score marked `stamped_by_period` reads the later of
 * its own time and the period's (PeriodScoreResolver.computedAt). Scores stored before keep their
 * own time (false); unfreezing clears the mark, for a computation of the period while the score
 * was frozen did not compute it.
 */
export class ScoresStampedByPeriod extends Migration {
  override name = '20261220090000-scores-stamped-by-period';

  up() {
    this.addSql('alter table scoring.period_score add column stamped_by_period boolean not null default false');
  }
}
