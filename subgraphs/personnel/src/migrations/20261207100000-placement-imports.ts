import { Migration } from '@mikro-orm/migrations';

/**
 * A province moving from its previous KPI software brings its people's past placements in: each
 * such placement says it was imported, and each import is its own record of who brought how many
 * rows in and why (as a role grant is its own audit trail).
 */
export class PlacementImports extends Migration {
  override name = '20261207100000-placement-imports';

  up() {
    this.addSql(`alter table personnel.employee_placement add column imported boolean not null default false`);
    this.addSql(`
      create table personnel.placement_import (
        id uuid primary key,
        imported_by text not null,
        imported_at timestamptz not null default now(),
        reason text,
        row_count integer not null check (row_count >= 0),
        created integer not null check (created >= 0),
        unchanged integer not null check (unchanged >= 0),
        people integer not null check (people >= 0),
        earliest date,
        latest date
      )`);
    this.addSql(`create index placement_import_at_idx on personnel.placement_import (imported_at desc)`);
  }
}
