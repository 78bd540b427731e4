import { Migration } from '@mikro-orm/migrations';
import { revisionTriggerSql } from '@kpi/platform';

/**
 * Scoring's revision moves with its periods, agency closes and creativity ratings too: a live
 * score read the period's row, its agencies' closes and every rating of the period — the whole
 * province's, at a month's end — at each request, and now keeps them under the revision
 * (loaders.ts). They change when a period is computed, closed or reopened and when a leader rates.
 */
export class ScoringRevisionPeriods extends Migration {
  override name = '20261217090000-revision-periods';

  up() {
    for (const table of ['scoring_period', 'agency_close', 'creativity_rating']) this.addSql(revisionTriggerSql('scoring', table));
  }
}
