import { Migration } from '@mikro-orm/migrations';
import { revisionNoticeSql, revisionSql } from '@kpi/platform';

/**
 * The diary's revision over the rows it keeps in process between requests — the calendar's
 * exceptions and the policy's versions, which change a few times a year — moved by every change
 * of them in the change's own transaction, and said on the kpi_revisions channel, which the
 * diary itself hears (platform/src/server/kept-own-rows.ts).
 */
export class DiaryRevision extends Migration {
  override name = '20261216090000-revision';

  up() {
    for (const sql of revisionSql('diary', ['calendar_day', 'diary_policy'])) this.addSql(sql);
    this.addSql(revisionNoticeSql('diary'));
  }
}
