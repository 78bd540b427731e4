import { Migration } from '@mikro-orm/migrations';
import { revisionSql } from '@kpi/platform';

/**
 * A revision that moves with every change to a person's placement, position or status, or a job position (what other subgraphs keep of people: the diary's writes), in the change's own transaction: a subgraph
 * keeping these facts between requests compares it before using them (platform/src/server/owned-facts.ts).
 */
export class PersonnelRevision extends Migration {
  override name = '20261209000000-revision';

  up() {
    for (const sql of revisionSql('personnel', ['employee', 'job_position'])) this.addSql(sql);
  }
}
