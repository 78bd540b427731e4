import { Migration } from '@mikro-orm/migrations';

/**
 * The figures operators watch (metrics.ts: entries recorded for today, entries waiting for
 * review) are read every scrape: each gets an index that answers it without reading the table —
 * the day's entries by work date, the waiting ones in a partial index that stays small.
 */
export class DayIndexes extends Migration {
  override name = '20261204090000-day-indexes';

  up() {
    this.addSql(`create index diary_entry_work_date_idx on diary.diary_entry (work_date)`);
    this.addSql(`create index diary_entry_waiting_idx on diary.diary_entry (work_date) where status = 'SUBMITTED'`);
  }
}
