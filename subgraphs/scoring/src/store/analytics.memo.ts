import type { EntityManager } from '@mikro-orm/postgresql';
import { AnalyticsStore, type SegmentGroupRow } from './analytics.store.js';

/**
 * The province analytics, each answer kept once computed (scoring.analytics_memo) under the
 * generation of the stored scores it was computed from. Writing scores moves the generation on
 * (`nextGeneration`, in the writer's transaction), so a kept answer is never read after the
 * scores under it changed. The generation is read once per request, before anything is computed:
 * an answer computed while a writer commits is kept under the old generation and never read.
 * Measured on the demo province: byAgency took 686 ms a request, recomputed from the stored
 * segments every time, though a period's figures change only when it is computed again.
 */
export class AnalyticsMemo {
  private readonly store: AnalyticsStore;
  private generation: Promise<number> | null = null;

  constructor(private readonly em: EntityManager) {
    this.store = new AnalyticsStore(em);
  }

  private currentGeneration() {
    return (this.generation ??= this.em
      .execute<{ n: string }[]>('select n from scoring.score_generation')
      .then((rows) => Number(rows[0]!.n)));
  }

  /** The kept answers of `name` for each of `args`, computing (together) those not kept yet. */
  private async many<A, T>(name: string, args: readonly A[], compute: (missing: A[]) => Promise<T[]>): Promise<T[]> {
    const generation = await this.currentGeneration();
    const keys = args.map((a) => JSON.stringify(a));
    const kept = await this.em.execute<{ args: string; value: T }[]>(
      'select args, value from scoring.analytics_memo where generation = ? and name = ? and args = any(?::text[])',
      [generation, name, `{${keys.map((k) => JSON.stringify(k)).join(',')}}`],
    );
    const found = new Map(kept.map((row) => [row.args, row.value]));
    const missing = args.filter((_, i) => !found.has(keys[i]!));
    if (missing.length) {
      const values = await compute(missing);
      const rows = missing.map((a, i) => ({ args: JSON.stringify(a), value: values[i] }));
      await this.em.execute(
        `insert into scoring.analytics_memo (generation, name, args, value)
         select ?, ?, r.args, r.value from jsonb_to_recordset(?::jsonb) as r(args text, value jsonb) on conflict do nothing`,
        [generation, name, JSON.stringify(rows)],
      );
      for (const row of rows) found.set(row.args, row.value as T);
    }
    return keys.map((k) => found.get(k)!);
  }

  private async one<T>(name: string, args: unknown[], compute: () => Promise<T>): Promise<T> {
    const [value] = await this.many(name, [args], async () => [await compute()]);
    return value!;
  }

  /** Per period, so that a batch of periods reuses what is kept of each. */
  async segmentGroups(periodIds: readonly string[]): Promise<SegmentGroupRow[]> {
    const perPeriod = await this.many('segmentGroups', periodIds, async (missing) => {
      const rows = await this.store.segmentGroups(missing);
      return missing.map((id) => rows.filter((r) => r.periodId === id));
    });
    return perPeriod.flat();
  }

  distribution(periodId: string) {
    return this.one('distribution', [periodId], () => this.store.distribution(periodId));
  }

  trend(kind: string, fromDate: string, count: number) {
    return this.one('trend', [kind, fromDate, count], () => this.store.trend(kind, fromDate, count));
  }

  claimsAboveStandard(periodId: string, threshold: number, minEntries: number, limit: number) {
    return this.one('claimsAboveStandard', [periodId, threshold, minEntries, limit], () =>
      this.store.claimsAboveStandard(periodId, threshold, minEntries, limit),
    );
  }

  jumps(periodId: string, previousCode: string, points: number, limit: number) {
    return this.one('jumps', [periodId, previousCode, points, limit], () => this.store.jumps(periodId, previousCode, points, limit));
  }

  itemUsage(periodId: string, first: number) {
    return this.one('itemUsage', [periodId, first], () => this.store.itemUsage(periodId, first));
  }

  positions(periodId: string, agencyId: string | null) {
    return this.one('positions', [periodId, agencyId], () => this.store.positions(periodId, agencyId));
  }
}

/** Stored scores changed (in the caller's transaction): what was kept of the analytics is no longer read. */
export async function nextGeneration(em: EntityManager) {
  const [row] = await em.execute<{ n: string }[]>('update scoring.score_generation set n = n + 1 returning n');
  await em.execute('delete from scoring.analytics_memo where generation < ?', [Number(row!.n)]);
}
