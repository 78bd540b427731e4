import type { EntityManager } from '@mikro-orm/postgresql';

/** Where detached months are kept: out of the diary's way, restorable by attaching them back. */
export const ARCHIVE_SCHEMA = 'diary_archive';

export interface MonthPartition {
  /** YYYY-MM */
  month: string;
  /** The table's name, in its schema: `diary_entry_2026_11`. */
  table: string;
  schema: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `2026-11` → the table that holds that month's entries. */
export const partitionName = (month: string) => `diary_entry_${month.replace('-', '_')}`;

export function assertMonth(month: string, what = 'month'): string {
  if (!MONTH.test(month)) throw new Error(`${what} must be a month written YYYY-MM, not ${JSON.stringify(month)}`);
  return month;
}

/** The month `count` months after `month` (negative: before). */
export function addMonths(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The month partitions of `diary.diary_entry`: created ahead, listed, detached into the archive
 * schema and attached back. Creation goes through `diary.ensure_entry_months` (the migration's
 * function), so the service, the demo loader and the benchmark name and bound months alike.
 */
export class PartitionStore {
  constructor(private readonly em: EntityManager) {}

  /** Creates the missing months from `from` to `to` (YYYY-MM, inclusive); how many it created. */
  async ensureMonths(from: string, to: string): Promise<number> {
    const [row] = await this.em.execute<{ created: number }[]>('select diary.ensure_entry_months(?::date, ?::date) as created', [
      `${assertMonth(from)}-01`,
      `${assertMonth(to)}-01`,
    ]);
    return row?.created ?? 0;
  }

  /** The months attached to the table, oldest first. */
  async attached(): Promise<MonthPartition[]> {
    return this.monthsOf(
      `select c.relname as table, n.nspname as schema from pg_inherits i
         join pg_class c on c.oid = i.inhrelid join pg_namespace n on n.oid = c.relnamespace
        where i.inhparent = 'diary.diary_entry'::regclass`,
    );
  }

  /** The months detached into the archive schema, oldest first. */
  async archived(): Promise<MonthPartition[]> {
    return this.monthsOf(
      `select c.relname as table, n.nspname as schema from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = ? and c.relkind = 'r' and c.relname ~ '^diary_entry_[0-9]{4}_[0-9]{2}$'`,
      [ARCHIVE_SCHEMA],
    );
  }

  /**
   * Detaches a month without blocking the diary's readers and writers (CONCURRENTLY: PostgreSQL
   * 14+, no default partition, outside a transaction), then moves it to the archive schema.
   */
  async archive(month: string): Promise<void> {
    const table = partitionName(assertMonth(month));
    const connection = this.em.getConnection();
    await connection.execute(`create schema if not exists ${ARCHIVE_SCHEMA}`);
    await connection.execute(`alter table diary.diary_entry detach partition diary.${table} concurrently`);
    await connection.execute(`alter table diary.${table} set schema ${ARCHIVE_SCHEMA}`);
    // A detach fires no trigger: the month's prepared facts go with its entries.
    await connection.execute(`select diary.rebuild_entry_facts('${month}-01', '${month}-01')`);
  }

  /**
   * Puts an archived month back: its rows are read and written again like any month's, with the
   * table's indexes as they are now. Attaching makes the ones it lacks; those it kept from when it
   * was archived and the table has dropped since (migrations 20261217090000 and 20261217100000
   * dropped three) go.
   */
  async restore(month: string): Promise<void> {
    const table = partitionName(assertMonth(month));
    const next = addMonths(month, 1);
    await this.em.transactional(async (em) => {
      await em.execute(`alter table ${ARCHIVE_SCHEMA}.${table} set schema diary`);
      // Attaching checks every row against the month's bounds (a scan of the month, once).
      await em.execute(`alter table diary.diary_entry attach partition diary.${table} for values from ('${month}-01') to ('${next}-01')`);
      const leftovers = await em.execute<{ index: string }[]>(
        `select i.relname as index from pg_index x join pg_class i on i.oid = x.indexrelid
          where x.indrelid = ?::regclass and not exists (select 1 from pg_inherits h where h.inhrelid = x.indexrelid)`,
        [`diary.${table}`],
      );
      for (const { index } of leftovers) await em.execute(`drop index diary."${index.replaceAll('"', '""')}"`);
      await em.execute(`select diary.rebuild_entry_facts('${month}-01', '${month}-01')`);
    });
  }

  private async monthsOf(sql: string, params: unknown[] = []): Promise<MonthPartition[]> {
    const rows = await this.em.execute<{ table: string; schema: string }[]>(sql, params);
    return rows
      .filter((r) => /^diary_entry_\d{4}_\d{2}$/.test(r.table))
      .map((r) => ({ month: r.table.slice('diary_entry_'.length).replace('_', '-'), table: r.table, schema: r.schema }))
      .sort((a, b) => a.month.localeCompare(b.month));
  }
}
