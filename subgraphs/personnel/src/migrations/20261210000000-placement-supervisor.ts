import { Migration } from '@mikro-orm/migrations';

/** A leader's unit over a period is found down the placements' supervisors (scoringUnits): by index, level after level. */
export class PlacementSupervisor extends Migration {
  override name = '20261210000000-placement-supervisor';

  up() {
    this.addSql(`create index placement_supervisor_idx on personnel.employee_placement (supervisor_id, effective_from)`);
  }
}
