import { Migration } from '@mikro-orm/migrations';
import { jobTableSql } from '@kpi/platform';

/** A history import runs as a job (a year of a province's diaries is more than a request should hold). */
export class DiaryJobs extends Migration {
  override name = '20261206100000-jobs';

  up() {
    for (const sql of jobTableSql('diary')) this.addSql(sql);
  }
}
