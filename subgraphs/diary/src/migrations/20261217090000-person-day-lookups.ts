import { Migration } from '@mikro-orm/migrations';

/**
 * A person's day is looked up on every write (the day's entries: duplicates, the day's total) and
 * must read that person's few rows, never the whole day's. The index on the work date alone let
 * the planner read the day instead: ANALYZE sees every date of a month's table among its most
 * common values, so a date written since (today, all morning, until autovacuum analyses again)
 * looks like one row, and `employee_id = $1 and work_date = $2` took that index and filtered the
 * day's ~25,000 rows (3.2 ms a lookup against 0.2 on the person's index; writes at 50 connections
 * spent 3.6 ms of PostgreSQL each). Without it, every lookup by person goes by the person's index,
 * and each entry written maintains one index fewer.
 *
 * It served only the operators' figures of today (metrics.ts). Those now count the day facts kept
 * beside the entries (a row per person and day with entries; a row whose entries are all gone is
 * deleted), by an index of their own there. It is partial on `entries > 0` — true of every row —
 * so that only a statement that says so, as the figures do, can take it: the facts' readers look a
 * person's days up by their key and must not be led onto a day's rows the same way.
 */
export class PersonDayLookups extends Migration {
  override name = '20261217090000-person-day-lookups';

  up() {
    this.addSql(`drop index diary.diary_entry_work_date_idx`);
    this.addSql(`create index entry_day_facts_day_idx on diary.entry_day_facts (work_date) where entries > 0`);
  }
}
