import { Migration } from '@mikro-orm/migrations';
import { jobTableSql } from '@kpi/platform';

/** An applied catalogue import runs as a job. */
export class CatalogueJobs extends Migration {
  override name = '20261204100000-jobs';

  up() {
    for (const sql of jobTableSql('catalogue')) this.addSql(sql);
  }
}
