import { Migration } from '@mikro-orm/migrations';
import { revisionNoticeSql, revisionSql } from '@kpi/platform';

/**
 * Scoring's revision over the rows it keeps in process between requests — the policy's versions,
 * which change a few times a year and which every live score reads — moved by every change of
 * them in the change's own transaction, and said on the kpi_revisions channel, which scoring
 * itself hears (platform/src/server/kept-own-rows.ts).
 */
export class ScoringRevision extends Migration {
  override name = '20261216090000-revision';

  up() {
    for (const sql of revisionSql('scoring', ['scoring_policy'])) this.addSql(sql);
    this.addSql(revisionNoticeSql('scoring'));
  }
}
