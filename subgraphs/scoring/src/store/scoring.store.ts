import type { EntityManager } from '@mikro-orm/postgresql';
import { CreativityRating, PeriodScore, ScoringPeriod, ScoringPolicy } from '../entities/index.js';

export interface LevelCounts {
  unitId: string;
  people: number;
  scored: number;
  meanScore: number | null;
  excellent: number;
  good: number;
  completed: number;
  notCompleted: number;
}

/** Data access for scoring; every method is one statement. */
export class ScoringStore {
  constructor(private readonly em: EntityManager) {}

  policies() {
    return this.em.find(ScoringPolicy, {}, { orderBy: { version: 'asc' } });
  }

  periods(codes: readonly string[]) {
    return this.em.find(ScoringPeriod, { code: { $in: [...codes] } });
  }

  /** Stored scores of some people for some periods (one statement for a page of people). */
  scores(keys: readonly { periodCode: string; employeeId: string }[]) {
    return this.em.find(PeriodScore, {
      $or: [...Map.groupBy(keys, (k) => k.periodCode)].map(([periodCode, group]) => ({
        periodCode,
        employeeId: { $in: group.map((k) => k.employeeId) },
      })),
    });
  }

  scoresByIds(ids: readonly string[]) {
    return this.em.find(PeriodScore, { id: { $in: [...ids] } });
  }

  scoresOfPeriod(periodId: string) {
    return this.em.find(PeriodScore, { periodId });
  }

  ratings(periodCodes: readonly string[]) {
    return this.em.find(CreativityRating, { periodCode: { $in: [...periodCodes] } });
  }

  /**
   * (Arrays go to PostgreSQL as one array literal: MikroORM would expand a JS array into a list.)
   * Level counts and mean score of units (agencies or divisions) in a period, from the stored
   * scores: a person counts in the unit of their main stretch, and in its parent agency.
   */
  async levelCounts(periodCode: string, unitIds: readonly string[]): Promise<LevelCounts[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select u.id as unit_id, count(s.id)::int as people, count(s.score)::int as scored, avg(s.score)::float8 as mean_score,
              count(*) filter (where s.level = 'EXCELLENT')::int as excellent, count(*) filter (where s.level = 'GOOD')::int as good,
              count(*) filter (where s.level = 'COMPLETED')::int as completed,
              count(*) filter (where s.level = 'NOT_COMPLETED')::int as not_completed
         from unnest(?::uuid[]) as u(id)
         join scoring.period_score s on s.period_code = ? and (s.agency_id = u.id or s.division_id = u.id)
        group by u.id`,
      [`{${unitIds.join(',')}}`, periodCode],
    );
    return rows.map((r) => ({
      unitId: r.unit_id as string,
      people: r.people as number,
      scored: r.scored as number,
      meanScore: r.mean_score === null ? null : Math.round((r.mean_score as number) * 100) / 100,
      excellent: r.excellent as number,
      good: r.good as number,
      completed: r.completed as number,
      notCompleted: r.not_completed as number,
    }));
  }
}
