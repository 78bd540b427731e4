import { Migration } from '@mikro-orm/migrations';

/**
 * What scoring reads of an entry, and nothing else: an update that changes none of it (a note,
 * evidence, the reviewer's name) cancels out and writes no facts.
 */
const READ = (rows: string) => `select employee_id, work_date, status, source, actual_minutes, flags, work_item_id, work_item_version,
       standard_minutes, coefficient, quantity, assignment_id is null as self_initiated from ${rows}`;

/** The entries a statement added (+1) and took away (−1), per trigger: transition tables differ by event. */
const CHANGES = {
  INSERT: `select 1 as sign, c.* from (${READ('new_rows')}) c`,
  DELETE: `select -1 as sign, c.* from (${READ('old_rows')}) c`,
  UPDATE: `select 1 as sign, c.* from (${READ('new_rows')} except all ${READ('old_rows')}) c
           union all
           select -1 as sign, c.* from (${READ('old_rows')} except all ${READ('new_rows')}) c`,
};

const counted = (condition: string) => `sum(case when ${condition} then sign else 0 end)`;

/** Adds a set of changes to the day facts; keys in order, so that two writers lock rows alike. */
const ADD_TO_DAYS = (changes: string) => `
  with changes as (${changes})
  insert into diary.entry_day_facts as f (employee_id, work_date, entries, approved_entries, approved_actual_minutes,
                                          imported_entries, late_declarations, far_above_standard_entries, over_standard_entries)
  select employee_id, work_date, sum(sign),
         ${counted(`status = 'APPROVED'`)},
         sum(case when status = 'APPROVED' then sign * actual_minutes else 0 end),
         ${counted(`status = 'APPROVED' and source = 'IMPORT'`)},
         ${counted(`flags @> array['LATE_DECLARATION']`)},
         ${counted(`flags @> array['FAR_ABOVE_STANDARD']`)},
         ${counted(`flags @> array['OVER_STANDARD_DAY']`)}
    from changes
   group by employee_id, work_date
   order by employee_id, work_date
  on conflict (employee_id, work_date) do update
     set entries = f.entries + excluded.entries,
         approved_entries = f.approved_entries + excluded.approved_entries,
         approved_actual_minutes = f.approved_actual_minutes + excluded.approved_actual_minutes,
         imported_entries = f.imported_entries + excluded.imported_entries,
         late_declarations = f.late_declarations + excluded.late_declarations,
         far_above_standard_entries = f.far_above_standard_entries + excluded.far_above_standard_entries,
         over_standard_entries = f.over_standard_entries + excluded.over_standard_entries`;

/** Adds a set of changes to the month's item groups: approved entries only, by the terms copied into each. */
const ADD_TO_ITEMS = (changes: string) => `
  with changes as (${changes})
  insert into diary.entry_month_item_facts as f (employee_id, month, work_item_id, work_item_version, standard_minutes, coefficient,
                                                 entries, quantity, actual_minutes, self_initiated_quantity)
  select employee_id, date_trunc('month', work_date)::date, work_item_id, work_item_version, standard_minutes, coefficient,
         sum(sign), sum(sign * quantity), sum(sign * actual_minutes),
         sum(case when self_initiated then sign * quantity else 0 end)
    from changes
   where status = 'APPROVED'
   group by 1, 2, 3, 4, 5, 6
   order by 1, 2, 3, 4, 5, 6
  on conflict (employee_id, month, work_item_id, work_item_version, standard_minutes, coefficient) do update
     set entries = f.entries + excluded.entries,
         quantity = f.quantity + excluded.quantity,
         actual_minutes = f.actual_minutes + excluded.actual_minutes,
         self_initiated_quantity = f.self_initiated_quantity + excluded.self_initiated_quantity`;

/** Facts left with no entry behind them are gone, as if never written (only where a statement took entries away). */
const DROP_EMPTY = `
  delete from diary.entry_day_facts f
   using (select distinct employee_id, work_date from old_rows) k
   where f.employee_id = k.employee_id and f.work_date = k.work_date and f.entries = 0;
  delete from diary.entry_month_item_facts f
   using (select distinct employee_id, date_trunc('month', work_date)::date as month, work_item_id, work_item_version, standard_minutes, coefficient
            from old_rows where status = 'APPROVED') k
   where f.employee_id = k.employee_id and f.month = k.month and f.work_item_id = k.work_item_id
     and f.work_item_version = k.work_item_version and f.standard_minutes = k.standard_minutes and f.coefficient = k.coefficient
     and f.entries = 0`;

/**
 * Scoring's facts prepared as the diary changes (issue 14): per person and day (counts, approved
 * minutes, flags: what declared days and the discipline indicators need) and per person, month
 * and item terms (the approved work a month's work points are made of). Scoring a province month
 * read ~870,000 entries twice; these are ~143,000 days and ~212,000 item groups.
 *
 * Kept by statement triggers on `diary.diary_entry` with transition tables, in the same
 * transaction as every write path — the service, reviews, overrides, intake, history imports,
 * COPY, SQL by hand, an update that moves an entry to another month: a statement's changes are
 * added as one delta (a bulk COPY of a year aggregates once, not per row). Truncating the entries
 * empties them. A month detached into the archive takes its facts with it and brings them back on
 * restore (`diary.rebuild_entry_facts`, PartitionStore). The statements of scoring's facts read
 * them; `subgraphs/diary/test/entry-facts.test.ts` compares them with the entries over
 * randomised histories.
 */
export class EntryFacts extends Migration {
  override name = '20261209140000-entry-facts';

  up() {
    this.addSql(`
      create table diary.entry_day_facts (
        employee_id uuid not null,
        work_date date not null,
        entries integer not null,
        approved_entries integer not null,
        approved_actual_minutes bigint not null,
        imported_entries integer not null,
        late_declarations integer not null,
        far_above_standard_entries integer not null,
        over_standard_entries integer not null,
        primary key (employee_id, work_date)
      )`);
    this.addSql(`
      create table diary.entry_month_item_facts (
        employee_id uuid not null,
        month date not null,
        work_item_id uuid not null,
        work_item_version integer not null,
        standard_minutes numeric(10,2) not null,
        coefficient numeric(4,2) not null,
        entries integer not null,
        quantity numeric not null,
        actual_minutes bigint not null,
        self_initiated_quantity numeric not null,
        primary key (employee_id, month, work_item_id, work_item_version, standard_minutes, coefficient)
      )`);
    this.addSql(`
      create function diary.keep_entry_facts() returns trigger
      language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          ${ADD_TO_DAYS(CHANGES.INSERT)};
          ${ADD_TO_ITEMS(CHANGES.INSERT)};
        elsif tg_op = 'UPDATE' then
          ${ADD_TO_DAYS(CHANGES.UPDATE)};
          ${ADD_TO_ITEMS(CHANGES.UPDATE)};
          ${DROP_EMPTY};
        else
          ${ADD_TO_DAYS(CHANGES.DELETE)};
          ${ADD_TO_ITEMS(CHANGES.DELETE)};
          ${DROP_EMPTY};
        end if;
        return null;
      end $$`);
    this.addSql(`
      create trigger diary_entry_facts_insert after insert on diary.diary_entry
      referencing new table as new_rows for each statement execute function diary.keep_entry_facts()`);
    this.addSql(`
      create trigger diary_entry_facts_update after update on diary.diary_entry
      referencing old table as old_rows new table as new_rows for each statement execute function diary.keep_entry_facts()`);
    this.addSql(`
      create trigger diary_entry_facts_delete after delete on diary.diary_entry
      referencing old table as old_rows for each statement execute function diary.keep_entry_facts()`);
    this.addSql(`
      create function diary.clear_entry_facts() returns trigger
      language plpgsql as $$
      begin
        truncate diary.entry_day_facts, diary.entry_month_item_facts;
        return null;
      end $$`);
    this.addSql(`
      create trigger diary_entry_facts_truncate after truncate on diary.diary_entry
      for each statement execute function diary.clear_entry_facts()`);
    // The facts of whole months, made again from the entries attached now: the months given (the
    // first days of the first and last), or every month when called with nulls.
    this.addSql(`
      create function diary.rebuild_entry_facts(first_month date, last_month date) returns void
      language plpgsql as $$
      declare
        from_day date := coalesce(date_trunc('month', first_month)::date, '-infinity'::date);
        to_day date := coalesce((date_trunc('month', last_month) + interval '1 month - 1 day')::date, 'infinity'::date);
      begin
        delete from diary.entry_day_facts where work_date between from_day and to_day;
        delete from diary.entry_month_item_facts where month between from_day and to_day;
        ${ADD_TO_DAYS(`select 1 as sign, c.* from (${READ('diary.diary_entry')} where work_date between from_day and to_day) c`)};
        ${ADD_TO_ITEMS(`select 1 as sign, c.* from (${READ('diary.diary_entry')} where work_date between from_day and to_day) c`)};
      end $$`);
    this.addSql(`select diary.rebuild_entry_facts(null, null)`);
  }
}
