import { Migration } from '@mikro-orm/migrations';

/**
 * A score's item groups are kept beside its stretches, not inside them: `item_groups` holds, for
 * each stretch in the order of `segments`, its groups as packed columns (rules/item-groups.ts) —
 * half of what a province month stores. As `json`, not `jsonb`: nothing queries inside a text of
 * ids, so PostgreSQL keeps it as it came instead of building a tree of it; storing a month's scores
 * took half the time in a measurement on the demo province (the stretches alone as jsonb, the
 * groups as json). Null where a score was stored before: its groups are inside its stretches.
 * `scoring.stretch_item_rows` reads a stretch's groups from either place.
 */
export class ItemGroupsApart extends Migration {
  override name = '20261212090000-item-groups-apart';

  up() {
    this.addSql(`alter table scoring.period_score add column item_groups json`);
    this.addSql(`
      do $$
      begin
        alter table scoring.period_score alter column item_groups set compression lz4;
      exception when feature_not_supported then
        raise notice 'lz4 is not supported by this server: scoring.period_score.item_groups keeps pglz';
      end $$`);
    this.addSql(`
      create or replace function scoring.stretch_item_rows(apart json, inside jsonb)
      returns table (work_item_id text, version int, standard_minutes float8, coefficient float8, entries int,
                     quantity float8, actual_minutes float8, self_initiated_quantity float8)
      language sql immutable parallel safe as $$
        select * from scoring.item_rows(coalesce(apart::jsonb, inside))
      $$`);
  }
}
