import { Migration } from '@mikro-orm/migrations';

/**
 * A group of new diary entries written in one statement, without a transaction of its own
 * (entry.service.ts, "written as read"): the days are read first, unlocked, the writes checked
 * against them, and then one statement takes the person-day locks and inserts the rows only if
 * none of those days changed since it was read. `lock_unchanged_days` is the condition: it takes
 * the locks in the order of their numbers (as `lockPersonDays` does, so that it never deadlocks
 * with a locked write), then compares each day's stamp — its entries' ids with the row version
 * (`xmin`) of each, as the read saw them — with the day now. A PL/pgSQL function, because each of
 * its statements reads a snapshot of its own: the comparison sees whatever was committed before
 * the locks were granted, where a plain statement's snapshot would be older than its locks. The
 * locks are held until the statement that called it commits, after its insert: no other write
 * of those days can come between the comparison and the rows.
 */
export class UnchangedDays extends Migration {
  override name = '20261218090000-unchanged-days';

  up() {
    this.addSql(`
      create function diary.lock_unchanged_days(keys text[], employees uuid[], dates date[], stamps text[]) returns boolean
      language plpgsql volatile as $$
      begin
        perform pg_advisory_xact_lock(lock) from (select distinct hashtext(key) as lock from unnest(keys) key) locks order by lock;
        return not exists (
          select 1
            from unnest(employees, dates, stamps) as d (employee_id, work_date, stamp)
           where d.stamp is distinct from coalesce(
                   (select string_agg(e.id::text || '/' || e.xmin::text, ',' order by e.id)
                      from diary.diary_entry e
                     where e.employee_id = d.employee_id and e.work_date = d.work_date),
                   ''));
      end $$`);
  }
}
