import type { EntityManager } from '@mikro-orm/postgresql';
import { addMonths, ARCHIVE_SCHEMA, assertMonth, PartitionStore } from '../store/partitions.store.js';

/**
 * The oldest month that may be archived is the one before the previous month: the previous month
 * is still being declared (until its close day) and this one is being written.
 */
export const newestArchivable = (today: string) => addMonths(today.slice(0, 7), -2);

export interface ArchivePlan {
  /** Attached months before the bound, oldest first: what would be (or was) archived. */
  months: string[];
  /** Rows in them (an estimate from the statistics, to tell the operator what moves). */
  rows: number;
}

/** The attached months before `before` (YYYY-MM), refusing a bound that would take a month still in use. */
export async function planArchive(em: EntityManager, before: string, today: string): Promise<ArchivePlan> {
  assertMonth(before, '--before');
  if (before > addMonths(newestArchivable(today), 1))
    throw new Error(
      `--before ${before} would archive a month still in use: at most ${addMonths(newestArchivable(today), 1)} (months up to ${newestArchivable(today)})`,
    );
  const months = (await new PartitionStore(em).attached()).filter((p) => p.month < before);
  if (months.length === 0) return { months: [], rows: 0 };
  const [row] = await em.execute<{ rows: number }[]>(
    `select coalesce(sum(greatest(reltuples, 0)), 0)::float8 as rows from pg_class where relnamespace = 'diary'::regnamespace and relname in (?)`,
    [months.map((p) => p.table)],
  );
  return { months: months.map((p) => p.month), rows: Math.round(row?.rows ?? 0) };
}

/**
 * Detaches each month before `before` and moves it to the archive schema, oldest first; each
 * month on its own (a detach CONCURRENTLY is its own transactions), so an interrupted run leaves
 * whole months either archived or attached, and running it again finishes the rest.
 */
export async function archiveBefore(em: EntityManager, before: string, today: string, onMonth?: (month: string) => void) {
  const plan = await planArchive(em, before, today);
  const partitions = new PartitionStore(em);
  for (const month of plan.months) {
    await partitions.archive(month);
    onMonth?.(month);
  }
  return plan;
}

/** Attaches an archived month back; refused if it is not in the archive. */
export async function restoreMonth(em: EntityManager, month: string) {
  assertMonth(month, '--restore');
  const partitions = new PartitionStore(em);
  if (!(await partitions.archived()).some((p) => p.month === month))
    throw new Error(`${month} is not in the ${ARCHIVE_SCHEMA} schema: nothing to restore`);
  await partitions.restore(month);
}
