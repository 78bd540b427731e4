import { Migration } from '@mikro-orm/migrations';
import { jobLanguageSql } from '@kpi/platform';

/** A job speaks the language of whoever started it (its summary and errors): kept with the job. */
export class PersonnelJobLanguage extends Migration {
  override name = '20261208000000-job-language';

  up() {
    for (const sql of jobLanguageSql('personnel')) this.addSql(sql);
  }
}
