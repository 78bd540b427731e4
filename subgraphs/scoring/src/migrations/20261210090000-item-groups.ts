import { Migration } from '@mikro-orm/migrations';

/**
 * Stretches are stored with their item groups as columns (entities/segments.type.ts); scores stored
 * before keep theirs as a list of objects. `scoring.item_groups(items)` reads either form as one
 * jsonb object per group ({workItemId, version, standardMinutes, coefficient, entries, quantity,
 * actualMinutes, selfInitiatedQuantity}), so the statements that take stored facts apart
 * (analytics) need not know which form a row holds.
 */
export class ItemGroups extends Migration {
  override name = '20261210090000-item-groups';

  up() {
    this.addSql(`
      create or replace function scoring.item_groups(items jsonb) returns setof jsonb
      language sql immutable parallel safe as $$
        select value from jsonb_array_elements(case when jsonb_typeof(items) = 'array' then items else '[]'::jsonb end)
        union all
        select jsonb_build_object(
                 'workItemId', items->'workItemId'->i, 'version', items->'version'->i,
                 'standardMinutes', items->'standardMinutes'->i, 'coefficient', items->'coefficient'->i,
                 'entries', items->'entries'->i, 'quantity', items->'quantity'->i,
                 'actualMinutes', items->'actualMinutes'->i, 'selfInitiatedQuantity', items->'selfInitiatedQuantity'->i)
          from generate_series(0, case when jsonb_typeof(items) = 'object' then jsonb_array_length(items->'workItemId') - 1 else -1 end) as i
      $$`);
  }
}
