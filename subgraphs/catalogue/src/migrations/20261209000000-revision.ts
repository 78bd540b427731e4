import { Migration } from '@mikro-orm/migrations';
import { revisionSql } from '@kpi/platform';

/**
 * A revision that moves with every change to a work item, its versions or a job description (what other subgraphs keep of the catalogue: the diary's writes), in the change's own transaction: a subgraph
 * keeping these facts between requests compares it before using them (platform/src/server/owned-facts.ts).
 */
export class CatalogueRevision extends Migration {
  override name = '20261209000000-revision';

  up() {
    for (const sql of revisionSql('catalogue', ['work_item', 'work_item_version', 'position_work_item'])) this.addSql(sql);
  }
}
