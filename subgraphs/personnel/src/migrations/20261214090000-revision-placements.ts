import { Migration } from '@mikro-orm/migrations';
import { revisionTriggerSql } from '@kpi/platform';

/**
 * Personnel's revision moves with placements and agencies too: scoring keeps the people a live
 * score is computed over (a person, a leader's unit: their placements, supervisors, positions and
 * their agencies' sectors) between requests and compares the revision before using them
 * (subgraphs/scoring/src/services/unit.service.ts), as the diary does for the writer's facts. A
 * placement imported from a personnel system's history changes no employee row; an agency's
 * sectors change no person's.
 */
export class PersonnelRevisionPlacements extends Migration {
  override name = '20261214090000-revision-placements';

  up() {
    for (const table of ['employee_placement', 'agency']) this.addSql(revisionTriggerSql('personnel', table));
  }
}
