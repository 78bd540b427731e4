import { groupLoader, KeptOwnRows, recordLoader, type Peers } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { AnnualAssessment, type PeriodScore, type ScoringPolicy } from './entities/index.js';
import { AnalyticsMemo } from './store/analytics.memo.js';
import { AssessmentStore } from './store/assessment.store.js';
import type { PersonResult } from './rules/people.js';
import { ScoringStore, type LevelCounts } from './store/scoring.store.js';
import type { ItemGroupsNeed } from './services/inputs.service.js';

/** A person's live result for an open period, with the policy version it was scored by. */
export interface LiveScore {
  policyVersion: number;
  result: PersonResult;
}

const key = (periodCode: string, id: string) => `${periodCode}|${id}`;
const split = (k: string) => {
  const [periodCode, id] = k.split('|') as [string, string];
  return { periodCode, id };
};

/**
 * What every live score reads and rarely changes, kept in the process under scoring's revision
 * (migrations 20261216090000, 20261217090000): the policy's versions (a few a year), the periods
 * (moved when one is computed, closed or reopened), each period's agency closes and creativity
 * ratings (a leader's rating moves it). A live score read the period, its closes and all of its
 * ratings — the province's, once leaders have rated — at every request.
 */
const keptRows = new KeptOwnRows('scoring');

/** Per-request loaders: a page of people's scores for a period is one statement. */
export function createLoaders(em: EntityManager, peers?: Peers) {
  const store = new ScoringStore(em);
  const analytics = new AnalyticsMemo(em);
  const kept = keptRows.forRequest(em, peers?.watched('scoring'));
  let policies: Promise<readonly ScoringPolicy[]> | undefined;
  return {
    store,
    key,
    policies: () => (policies ??= kept('policies', () => store.policies())),
    period: recordLoader(
      async (codes: readonly string[]) => (await kept('periods', () => store.allPeriods())).filter((p) => codes.includes(p.code)),
      (p) => p.code,
    ),
    score: new DataLoader<string, PeriodScore | null>(async (keys) => {
      const rows = await store.scores(keys.map(split).map(({ periodCode, id }) => ({ periodCode, employeeId: id })));
      const byKey = new Map(rows.map((r) => [key(r.periodCode, r.employeeId), r]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
    /** The agencies closed before the province, by period id. */
    agencyCloses: groupLoader(
      async (periodIds: readonly string[]) =>
        (await Promise.all(periodIds.map((id) => kept(`closes ${id}`, () => store.agencyClosesOf(id))))).flat(),
      (c) => c.periodId,
    ),
    /** Creativity ratings of a period, by period code: kept, however many people ask. */
    ratings: groupLoader(
      async (codes: readonly string[]) =>
        (await Promise.all(codes.map((code) => kept(`ratings ${code}`, () => store.ratingsOf(code))))).flat(),
      (r) => r.periodCode,
    ),
    scoreById: recordLoader(
      (ids: readonly string[]) => store.scoresByIds(ids),
      (s) => s.id,
    ),
    levelCounts: new DataLoader<string, LevelCounts | null>(async (keys) => {
      const groups = Map.groupBy(keys.map(split), (k) => k.periodCode);
      const results = new Map<string, LevelCounts>();
      for (const [periodCode, group] of groups)
        for (const row of await store.levelCounts(
          periodCode,
          group.map((g) => g.id),
        ))
          results.set(key(periodCode, row.unitId), row);
      return keys.map((k) => results.get(k) ?? null);
    }),
    /** Annual assessments by `year|employeeId`, a page of people in one statement. */
    assessment: new DataLoader<string, AnnualAssessment | null>(async (keys) => {
      const rows = await new AssessmentStore(em).ofPeople(
        keys.map(split).map(({ periodCode, id }) => ({ year: Number(periodCode), employeeId: id })),
      );
      const byKey = new Map(rows.map((r) => [`${r.year}|${r.employeeId}`, r]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
    assessmentById: recordLoader(
      (ids: readonly string[]) => em.find(AnnualAssessment, { id: { $in: [...ids] } }),
      (a) => a.id,
    ),
    /** Province analytics over the stored scores: kept once computed, until scores are stored again. */
    analytics,
    /** Every agency, sector and category group of a period: one statement shared by byAgency, bySector, byCategory, diaryDiscipline, anomalies. */
    analyticsGroups: groupLoader(
      (periodIds: readonly string[]) => analytics.segmentGroups(periodIds),
      (row) => row.periodId,
    ),
    /**
     * Live scores of open periods by `period|employeeId`, made on first use (it needs the request's
     * peers): every person asked for in one tick is computed in one go (score.service.ts).
     */
    live: {} as Partial<Record<ItemGroupsNeed, DataLoader<string, LiveScore | null>>>,
  };
}

export type ScoringLoaders = ReturnType<typeof createLoaders>;
