import { Migration } from '@mikro-orm/migrations';
import { jobTableSql } from '@kpi/platform';

/** Long work (computing, closing, recomputing a period; preparing an assessment) runs as jobs. */
export class ScoringJobs extends Migration {
  override name = '20261204100000-jobs';

  up() {
    for (const sql of jobTableSql('scoring')) this.addSql(sql);
  }
}
