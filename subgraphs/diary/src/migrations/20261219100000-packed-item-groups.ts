import { Migration } from '@mikro-orm/migrations';

/** What the packs are made of: the kept groups of one person's month, in the order of their terms. */
const PACKED_COLUMNS = `employee_id, month, work_item_id, work_item_version, standard_minutes, coefficient, entries, quantity,
  actual_minutes, self_initiated_quantity`;

/**
 * Each key's (employee_id, month) kept groups packed: one text a column, the values joined by
 * commas in the order of the groups' terms (item, version, standard minutes, coefficient), read
 * from the kept groups' primary key. Decimals without their trailing zeros (trim_scale): the text
 * their float8 makes. The very texts the diary packed on every read before (scoring-facts.store.ts).
 */
const PACKS_OF = (keys: string) => `
  select k.employee_id, k.month, g.*
    from (${keys}) k
   cross join lateral (
     select string_agg(f.work_item_id::text, ',') as work_item_id, string_agg(f.work_item_version::text, ',') as work_item_version,
            string_agg(trim_scale(f.standard_minutes)::text, ',') as standard_minutes, string_agg(trim_scale(f.coefficient)::text, ',') as coefficient,
            string_agg(f.entries::text, ',') as entries, string_agg(trim_scale(f.quantity)::text, ',') as quantity,
            string_agg(f.actual_minutes::int::text, ',') as actual_minutes,
            string_agg(trim_scale(f.self_initiated_quantity)::text, ',') as self_initiated_quantity
       from (select * from diary.entry_month_item_facts f
              where f.employee_id = k.employee_id and f.month = k.month
              order by f.work_item_id, f.work_item_version, f.standard_minutes, f.coefficient) f
   ) g
   where g.work_item_id is not null`;

/** What of an entry its month's groups are made of (an update that changes none of it repacks nothing). */
const GROUPED = (rows: string) => `select employee_id, date_trunc('month', work_date)::date as month, work_item_id, work_item_version,
       standard_minutes, coefficient, quantity, actual_minutes, assignment_id is null as self_initiated from ${rows} where status = 'APPROVED'`;

/** The person-months whose groups a statement changed, by the event's transition tables. */
const CHANGED = {
  INSERT: `select employee_id, month from (${GROUPED('new_rows')}) c`,
  DELETE: `select employee_id, month from (${GROUPED('old_rows')}) c`,
  UPDATE: `select employee_id, month from ((${GROUPED('new_rows')} except all ${GROUPED('old_rows')})
           union all (${GROUPED('old_rows')} except all ${GROUPED('new_rows')})) c`,
};

/**
 * Packs `changed`'s person-months again from their kept groups (the facts trigger, which fires
 * first, has brought those up to date). Their packs are locked first, in order (a month without
 * one gets an empty one to lock, filled or dropped before the statement ends): two transactions
 * that change different groups of one person's month each see only their own change, and the
 * second would pack over the first's; locked, the second packs in a statement begun after the
 * first committed (READ COMMITTED: each statement of a function reads a snapshot of its own;
 * under REPEATABLE READ the second fails as a serialisation failure — never a stale pack). Row
 * locks, not advisory ones: a COPY of a province's year changes ~86,000 person-months in one
 * statement, more than PostgreSQL's lock table holds.
 */
const REPACK = (changed: string) => `
  select array_agg(employee_id order by employee_id, month), array_agg(month order by employee_id, month)
    into employees, months
    from (select distinct employee_id, month from (${changed}) c) k;
  if employees is null then
    return null;
  end if;
  insert into diary.entry_month_item_packs (${PACKED_COLUMNS})
  select k.employee_id, k.month, '', '', '', '', '', '', '', ''
    from unnest(employees, months) with ordinality as k (employee_id, month, n) order by k.n
  on conflict do nothing;
  perform 1 from diary.entry_month_item_packs p join unnest(employees, months) as k (employee_id, month)
                 on p.employee_id = k.employee_id and p.month = k.month
   order by p.employee_id, p.month for update of p;
  delete from diary.entry_month_item_packs p using unnest(employees, months) as k (employee_id, month)
   where p.employee_id = k.employee_id and p.month = k.month
     and not exists (select 1 from diary.entry_month_item_facts f where f.employee_id = k.employee_id and f.month = k.month);
  update diary.entry_month_item_packs p
     set work_item_id = g.work_item_id, work_item_version = g.work_item_version, standard_minutes = g.standard_minutes,
         coefficient = g.coefficient, entries = g.entries, quantity = g.quantity, actual_minutes = g.actual_minutes,
         self_initiated_quantity = g.self_initiated_quantity
    from (${PACKS_OF('select * from unnest(employees, months) as k (employee_id, month)')}) g
   where p.employee_id = g.employee_id and p.month = g.month`;

/**
 * Each person's month of kept item groups (migration 20261209140000) also kept packed, as
 * scoring's facts read them: a province month read ~214,000 groups and packed them into ~7,100
 * rows of texts on every computation (370 ms of PostgreSQL, of which finding the rows ~130); the
 * packs are read in ~65 ms. Kept by a statement trigger on the entries that fires after the facts
 * trigger, for the person-months whose approved work a statement changed — a diary write of new
 * (not yet approved) entries packs nothing; a review packs the months it approved work in. A
 * truncate of the entries empties them; `rebuild_entry_facts` (archive, restore) packs the months
 * it rebuilds. `subgraphs/diary/test/entry-facts.test.ts` holds them equal to packing the kept
 * groups, text for text, over randomised histories and writers at the same time.
 */
export class PackedItemGroups extends Migration {
  override name = '20261219100000-packed-item-groups';

  up() {
    this.addSql(`
      create table diary.entry_month_item_packs (
        employee_id uuid not null,
        month date not null,
        work_item_id text not null,
        work_item_version text not null,
        standard_minutes text not null,
        coefficient text not null,
        entries text not null,
        quantity text not null,
        actual_minutes text not null,
        self_initiated_quantity text not null,
        primary key (employee_id, month)
      )`);
    this.addSql(`
      create function diary.keep_item_packs() returns trigger
      language plpgsql as $$
      declare
        employees uuid[];
        months date[];
      begin
        if tg_op = 'INSERT' then
          ${REPACK(CHANGED.INSERT)};
        elsif tg_op = 'UPDATE' then
          ${REPACK(CHANGED.UPDATE)};
        else
          ${REPACK(CHANGED.DELETE)};
        end if;
        return null;
      end $$`);
    // Named after the facts triggers, so they fire after them (PostgreSQL fires a table's triggers in name order).
    const transitionTables = {
      insert: 'new table as new_rows',
      update: 'old table as old_rows new table as new_rows',
      delete: 'old table as old_rows',
    };
    for (const [event, tables] of Object.entries(transitionTables))
      this.addSql(`create trigger diary_entry_packs_${event} after ${event} on diary.diary_entry
                   referencing ${tables} for each statement execute function diary.keep_item_packs()`);
    this.addSql(`
      create function diary.clear_item_packs() returns trigger
      language plpgsql as $$
      begin
        truncate diary.entry_month_item_packs;
        return null;
      end $$`);
    this.addSql(`
      create trigger diary_entry_packs_truncate after truncate on diary.diary_entry
      for each statement execute function diary.clear_item_packs()`);
    // The months' facts made again (archive, restore, by hand), and then their packs.
    this.addSql(`alter function diary.rebuild_entry_facts(date, date) rename to rebuild_entry_facts_alone`);
    const inMonths = `(first_month is null or month >= date_trunc('month', first_month)) and (last_month is null or month <= date_trunc('month', last_month))`;
    this.addSql(`
      create function diary.rebuild_entry_facts(first_month date, last_month date) returns void
      language sql volatile as $$
        select diary.rebuild_entry_facts_alone(first_month, last_month);
        delete from diary.entry_month_item_packs where ${inMonths};
        insert into diary.entry_month_item_packs (${PACKED_COLUMNS})
        ${PACKS_OF(`select distinct employee_id, month from diary.entry_month_item_facts where ${inMonths}`)};
      $$`);
    this.addSql(`
      insert into diary.entry_month_item_packs (${PACKED_COLUMNS})
      ${PACKS_OF('select distinct employee_id, month from diary.entry_month_item_facts')}`);
  }
}
