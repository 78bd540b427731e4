import { Migration } from '@mikro-orm/migrations';

/**
 * `scoring.stretch_item_rows(apart, inside)` reads a stretch's groups kept apart with one parse of
 * its packed form (`json_to_record`) instead of casting it to jsonb for `scoring.item_rows`: that
 * function, inlined, names its argument some twenty times, and each naming parsed the text again —
 * the province overview's first answer took 5.2 s against 1.6 s before the groups were moved.
 * Callers pass the stretch's form as a column (analytics' stretches), so it is extracted once.
 */
export class StretchItemRows extends Migration {
  override name = '20261212091000-stretch-item-rows';

  up() {
    this.addSql(`
      create or replace function scoring.stretch_item_rows(apart json, inside jsonb)
      returns table (work_item_id text, version int, standard_minutes float8, coefficient float8, entries int,
                     quantity float8, actual_minutes float8, self_initiated_quantity float8)
      language sql immutable parallel safe as $$
        select u.*
          from json_to_record(apart) as p ("workItemId" text, version text, "standardMinutes" text, coefficient text, entries text,
                                           quantity text, "actualMinutes" text, "selfInitiatedQuantity" text)
         cross join lateral unnest(string_to_array(p."workItemId", ','), string_to_array(p.version, ',')::int[],
                                   string_to_array(p."standardMinutes", ',')::float8[], string_to_array(p.coefficient, ',')::float8[],
                                   string_to_array(p.entries, ',')::int[], string_to_array(p.quantity, ',')::float8[],
                                   string_to_array(p."actualMinutes", ',')::float8[], string_to_array(p."selfInitiatedQuantity", ',')::float8[])
               as u (work_item_id, version, standard_minutes, coefficient, entries, quantity, actual_minutes, self_initiated_quantity)
        union all
        select * from scoring.item_rows(inside) where apart is null
      $$`);
  }
}
