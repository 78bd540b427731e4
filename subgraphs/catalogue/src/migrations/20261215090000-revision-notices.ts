import { Migration } from '@mikro-orm/migrations';
import { revisionNoticeSql } from '@kpi/platform';

/**
 * The revision also says it moved, on PostgreSQL's kpi_revisions channel, in the change's own
 * transaction: a subgraph on the same database that keeps these facts hears it and stops asking
 * for the revision at every request (platform/src/server/revision-watch.ts).
 */
export class CatalogueRevisionNotices extends Migration {
  override name = '20261215090000-revision-notices';

  up() {
    this.addSql(revisionNoticeSql('catalogue'));
  }
}
