import { scrapedGauge, todayInVietnam, type ServiceMetrics } from '@kpi/platform';
import type { SubgraphDatabase } from '@kpi/platform/database';

/**
 * The diary's figures at /metrics, read when scraped (each from an index): the entries recorded
 * for today and the people who recorded them (from the day facts kept beside the entries, one row
 * per person and day with entries: migration 20261217090000), and the entries waiting for a
 * leader's review.
 */
export function diaryMetrics(metrics: ServiceMetrics, database: SubgraphDatabase) {
  const count = async (sql: string, params: unknown[] = []) => {
    const [row] = await database.orm.em.getConnection().execute<{ n: string }[]>(sql, params);
    return Number(row?.n ?? 0);
  };
  scrapedGauge(metrics, 'kpi_diary_entries_today', 'Diary entries recorded for today (Vietnam), whatever their status', () =>
    count('select coalesce(sum(entries), 0) as n from diary.entry_day_facts where work_date = ? and entries > 0', [todayInVietnam()]),
  );
  scrapedGauge(metrics, 'kpi_diary_people_today', 'People with at least one diary entry for today (Vietnam)', () =>
    count('select count(*) as n from diary.entry_day_facts where work_date = ? and entries > 0', [todayInVietnam()]),
  );
  // Below 1, next month's entries have nowhere to go: the upkeep has been failing (alert on it).
  scrapedGauge(metrics, 'kpi_diary_partition_months_ahead', 'Months after the current one whose diary partition exists, in a row', () =>
    count(
      `select coalesce(min(k) - 1, 24) as n from generate_series(1, 24) as k
        where to_regclass('diary.' || diary.entry_partition_name((date_trunc('month', ?::date) + k * interval '1 month')::date)) is null`,
      [todayInVietnam()],
    ),
  );
  scrapedGauge(metrics, 'kpi_reviews_waiting', 'Diary entries submitted and waiting for a leader’s review', () =>
    count(`select count(*) as n from diary.diary_entry where status = 'SUBMITTED'`),
  );
}
