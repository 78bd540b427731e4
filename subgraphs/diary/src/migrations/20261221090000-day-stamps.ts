import { Migration } from '@mikro-orm/migrations';

/**
 * A person's day as a new entry is judged against it, stamped whole: its entries, the person's
 * leave that covers it and the reopenings of its month — the ids of those rows with the row
 * version (`xmin`) of each. `lock_unchanged_days` (20261218090000-unchanged-days) compared the
 * entries only, for a day read a moment before its insert; the diary now keeps the days it read
 * and wrote between writes (services/kept-days.ts), for as long as their stamps hold, so a leave
 * recorded or a month reopened since must also show. `day_stamp` is the one formula: the read of
 * a day (DiaryStore.writeContexts) and the insert's condition (`lock_unchanged_day_stamps`, the
 * same locks in the same order as `lock_unchanged_days`) both call it. The old function stays
 * for a process of the previous release still running during a rolling start.
 */
export class DayStamps extends Migration {
  override name = '20261221090000-day-stamps';

  up() {
    this.addSql(`
      create function diary.day_stamp(person uuid, on_day date) returns text
      language sql stable as $$
        select coalesce((select string_agg(e.id::text || '/' || e.xmin::text, ',' order by e.id)
                           from diary.diary_entry e where e.employee_id = person and e.work_date = on_day), '')
          || '|' || coalesce((select string_agg(l.id::text || '/' || l.xmin::text, ',' order by l.id)
                                from diary.leave l where l.employee_id = person and l.from_date <= on_day and l.to_date >= on_day), '')
          || '|' || coalesce((select string_agg(r.id::text || '/' || r.xmin::text, ',' order by r.id)
                                from diary.period_reopening r where r.month = date_trunc('month', on_day)::date), '')
      $$`);
    this.addSql(`
      create function diary.lock_unchanged_day_stamps(keys text[], employees uuid[], dates date[], stamps text[]) returns boolean
      language plpgsql volatile as $$
      begin
        perform pg_advisory_xact_lock(lock) from (select distinct hashtext(key) as lock from unnest(keys) key) locks order by lock;
        return not exists (
          select 1
            from unnest(employees, dates, stamps) as d (employee_id, work_date, stamp)
           where d.stamp is distinct from diary.day_stamp(d.employee_id, d.work_date));
      end $$`);
  }
}
