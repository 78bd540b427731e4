import { Migration } from '@mikro-orm/migrations';

/**
 * Stretches are stored with each item-group column packed into one text (entities/segments.type.ts):
 * `scoring.item_rows(items)` now reads that form too — each text cut at its commas into a typed
 * array, the arrays zipped by unnest (a month's stretches in 0.6 s, where the columns of values
 * take 1.5 s) — beside the two stored before it (columns of values, a list of objects). Each branch is
 * gated on its form as a whole (a one-time filter), so a row's other two forms cost nothing.
 */
export class PackedItemGroups extends Migration {
  override name = '20261211090000-packed-item-groups';

  up() {
    this.addSql(`
      create or replace function scoring.item_rows(items jsonb)
      returns table (work_item_id text, version int, standard_minutes float8, coefficient float8, entries int,
                     quantity float8, actual_minutes float8, self_initiated_quantity float8)
      language sql immutable parallel safe as $$
        select p.*
          from unnest(string_to_array(case when jsonb_typeof(items->'workItemId') = 'string' then items->>'workItemId' end, ','),
                      string_to_array(case when jsonb_typeof(items->'workItemId') = 'string' then items->>'version' end, ',')::int[],
                      string_to_array(case when jsonb_typeof(items->'workItemId') = 'string' then items->>'standardMinutes' end, ',')::float8[],
                      string_to_array(case when jsonb_typeof(items->'workItemId') = 'string' then items->>'coefficient' end, ',')::float8[],
                      string_to_array(case when jsonb_typeof(items->'workItemId') = 'string' then items->>'entries' end, ',')::int[],
                      string_to_array(case when jsonb_typeof(items->'workItemId') = 'string' then items->>'quantity' end, ',')::float8[],
                      string_to_array(case when jsonb_typeof(items->'workItemId') = 'string' then items->>'actualMinutes' end, ',')::float8[],
                      string_to_array(case when jsonb_typeof(items->'workItemId') = 'string' then items->>'selfInitiatedQuantity' end, ',')::float8[])
               as p (work_item_id, version, standard_minutes, coefficient, entries, quantity, actual_minutes, self_initiated_quantity)
         where jsonb_typeof(items->'workItemId') = 'string'
        union all
        select c.work_item_id, c.version::int, c.standard_minutes::float8, c.coefficient::float8, c.entries::int,
               c.quantity::float8, c.actual_minutes::float8, c.self_initiated_quantity::float8
          from rows from (
                 jsonb_array_elements_text(case when jsonb_typeof(items->'workItemId') = 'array' then items->'workItemId' else '[]' end),
                 jsonb_array_elements_text(case when jsonb_typeof(items->'workItemId') = 'array' then items->'version' else '[]' end),
                 jsonb_array_elements_text(case when jsonb_typeof(items->'workItemId') = 'array' then items->'standardMinutes' else '[]' end),
                 jsonb_array_elements_text(case when jsonb_typeof(items->'workItemId') = 'array' then items->'coefficient' else '[]' end),
                 jsonb_array_elements_text(case when jsonb_typeof(items->'workItemId') = 'array' then items->'entries' else '[]' end),
                 jsonb_array_elements_text(case when jsonb_typeof(items->'workItemId') = 'array' then items->'quantity' else '[]' end),
                 jsonb_array_elements_text(case when jsonb_typeof(items->'workItemId') = 'array' then items->'actualMinutes' else '[]' end),
                 jsonb_array_elements_text(case when jsonb_typeof(items->'workItemId') = 'array' then items->'selfInitiatedQuantity' else '[]' end)
               ) as c (work_item_id, version, standard_minutes, coefficient, entries, quantity, actual_minutes, self_initiated_quantity)
         where jsonb_typeof(items->'workItemId') = 'array'
        union all
        select o."workItemId", o.version, o."standardMinutes", o.coefficient, o.entries, o.quantity, o."actualMinutes", o."selfInitiatedQuantity"
          from jsonb_to_recordset(case when jsonb_typeof(items) = 'array' then items else '[]' end)
               as o ("workItemId" text, version int, "standardMinutes" float8, coefficient float8, entries int,
                     quantity float8, "actualMinutes" float8, "selfInitiatedQuantity" float8)
         where jsonb_typeof(items) = 'array'
      $$`);
  }
}
