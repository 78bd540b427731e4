import { Migration } from '@mikro-orm/migrations';
import { jobTableSql } from '@kpi/platform';

/** A placement history import runs as a job (a province's careers are more than a request should hold). */
export class PersonnelJobs extends Migration {
  override name = '20261207110000-jobs';

  up() {
    for (const sql of jobTableSql('personnel')) this.addSql(sql);
  }
}
