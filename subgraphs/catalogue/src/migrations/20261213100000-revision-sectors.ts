import { Migration } from '@mikro-orm/migrations';

/**
 * The catalogue's revision moves with the sectors and their KPI standards too: scoring keeps the
 * standards between computations (services/inputs.service.ts) and compares the revision before
 * using them, as the diary does for work items (migration 20261209000000).
 */
export class CatalogueRevisionSectors extends Migration {
  override name = '20261213100000-revision-sectors';

  up() {
    for (const table of ['sector', 'sector_kpi_standard'])
      this.addSql(
        `create trigger "${table}_moves_revision" after insert or update or delete or truncate on "catalogue"."${table}" for each statement execute function "catalogue"."move_revision"()`,
      );
  }
}
