import { todayInVietnam } from '@kpi/platform';
import type { SubgraphDatabase } from '@kpi/platform/database';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addMonths, PartitionStore } from './store/partitions.store.js';

const DAY_MS = 86_400_000;

/**
 * How many months after the current one have their partition ready (`DIARY_MONTHS_AHEAD`, 3):
 * enough that a missed day of upkeep, or a week of the service being down, never leaves a month
 * without one, and few enough that empty tables do not pile up.
 */
export function monthsAhead(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.DIARY_MONTHS_AHEAD ?? 3);
  if (!Number.isInteger(value) || value < 1 || value > 24)
    throw new Error(`DIARY_MONTHS_AHEAD must be a whole number of months from 1 to 24, not ${env.DIARY_MONTHS_AHEAD}`);
  return value;
}

/**
 * The months a diary may be written in: from the diary's first month (its first policy: an
 * admin's correction may reach back that far) — or, once months were archived, the month after
 * the newest archived one: an archived month is never recreated behind the operator's back — to
 * `ahead` months after today's. Contiguous, so that no month in use is ever missing.
 */
export function monthsToKeep(input: { today: string; firstPolicy: string; newestArchived: string | null; ahead: number }) {
  const first = input.firstPolicy.slice(0, 7);
  const afterArchive = input.newestArchived ? addMonths(input.newestArchived, 1) : first;
  return { from: afterArchive > first ? afterArchive : first, to: addMonths(input.today.slice(0, 7), input.ahead) };
}

/** Creates the missing months the diary may be written in; what it did, if anything. */
export async function keepMonths(em: EntityManager, today = todayInVietnam(), ahead = monthsAhead()): Promise<string | undefined> {
  const partitions = new PartitionStore(em);
  const [policy] = await em.execute<{ first: string }[]>(
    `select to_char(min(effective_from), 'YYYY-MM-DD') as first from diary.diary_policy`,
  );
  const archived = await partitions.archived();
  const { from, to } = monthsToKeep({ today, firstPolicy: policy?.first ?? today, newestArchived: archived.at(-1)?.month ?? null, ahead });
  const created = await partitions.ensureMonths(from, to);
  return created ? `created ${created} month partition(s) of diary.diary_entry; months ${from} to ${to} ready` : undefined;
}

/** The diary's daily upkeep: its entries' month partitions (docs/diary.md, "Partitions by month"). */
export const diaryUpkeep = {
  everyMs: DAY_MS,
  run: (database: SubgraphDatabase) => keepMonths(database.orm.em.fork()),
};
