import { Migration } from '@mikro-orm/migrations';

/**
 * The last index of the entries that led with the work date: the waiting ones, `(work_date) where
 * status = 'SUBMITTED'`. A unit head's review queue (`division_id in (…) and status = 'SUBMITTED'
 * and work_date between …`) took it whenever its dates were newer than the month's statistics —
 * today, or the first days of a month — and read the province's waiting entries of those days
 * to keep the unit's: 54,660 rows filtered for 441 on the demo's busiest day (107 ms). The waiting
 * entries are now indexed by unit and day, `(division_id, work_date) where status = 'SUBMITTED'`:
 * the queue reads its units' rows whatever the statistics say, the operators' count of the
 * waiting reads this small index whole as before, and the review index `(division_id, status,
 * work_date)`, which only the queue used, goes — one index fewer to maintain on every write.
 * No index of the entries starts with the work date now (day-lookups.test.ts holds it so).
 */
export class WaitingByDivision extends Migration {
  override name = '20261217100000-waiting-by-division';

  up() {
    this.addSql(`drop index diary.diary_entry_waiting_idx`);
    this.addSql(`drop index diary.diary_entry_review_idx`);
    this.addSql(`create index diary_entry_waiting_idx on diary.diary_entry (division_id, work_date) where status = 'SUBMITTED'`);
  }
}
