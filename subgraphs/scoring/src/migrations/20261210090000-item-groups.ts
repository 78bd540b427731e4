import { Migration } from '@mikro-orm/migrations';

/**
 * Stretches are stored with their item groups as columns (entities/segments.type.ts); scores stored
 * before keep theirs as a list of objects. `scoring.item_rows(items)` reads either form as typed
 * rows — the columns zipped with ROWS FROM, the objects with jsonb_to_recordset — so the statements
 * that take stored facts apart (analytics) need not know which form a row holds, and build no
 * jsonb on the way.
 */
export class ItemGroups extends Migration {
  override name = '20261210090000-item-groups';

  up() {
    this.addSql(`
      create or replace function scoring.item_rows(items jsonb)
      returns table (work_item_id text, version int, standard_minutes float8, coefficient float8, entries int,
                     quantity float8, actual_minutes float8, self_initiated_quantity float8)
      language sql immutable parallel safe as $$
        select c.work_item_id, c.version::int, c.standard_minutes::float8, c.coefficient::float8, c.entries::int,
               c.quantity::float8, c.actual_minutes::float8, c.self_initiated_quantity::float8
          from rows from (
                 jsonb_array_elements_text(case when jsonb_typeof(items) = 'object' then items->'workItemId' else '[]' end),
                 jsonb_array_elements_text(case when jsonb_typeof(items) = 'object' then items->'version' else '[]' end),
                 jsonb_array_elements_text(case when jsonb_typeof(items) = 'object' then items->'standardMinutes' else '[]' end),
                 jsonb_array_elements_text(case when jsonb_typeof(items) = 'object' then items->'coefficient' else '[]' end),
                 jsonb_array_elements_text(case when jsonb_typeof(items) = 'object' then items->'entries' else '[]' end),
                 jsonb_array_elements_text(case when jsonb_typeof(items) = 'object' then items->'quantity' else '[]' end),
                 jsonb_array_elements_text(case when jsonb_typeof(items) = 'object' then items->'actualMinutes' else '[]' end),
                 jsonb_array_elements_text(case when jsonb_typeof(items) = 'object' then items->'selfInitiatedQuantity' else '[]' end)
               ) as c (work_item_id, version, standard_minutes, coefficient, entries, quantity, actual_minutes, self_initiated_quantity)
        union all
        select o."workItemId", o.version, o."standardMinutes", o.coefficient, o.entries, o.quantity, o."actualMinutes", o."selfInitiatedQuantity"
          from jsonb_to_recordset(case when jsonb_typeof(items) = 'array' then items else '[]' end)
               as o ("workItemId" text, version int, "standardMinutes" float8, coefficient float8, entries int,
                     quantity float8, "actualMinutes" float8, "selfInitiatedQuantity" float8)
      $$`);
  }
}
