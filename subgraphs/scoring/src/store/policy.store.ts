import type { EntityManager } from '@mikro-orm/postgresql';
import { PolicyChange, ScoringPolicy } from '../entities/index.js';

/** Data access for the policy's versions and their corrections; every method is one statement. */
export class PolicyStore {
  constructor(private readonly em: EntityManager) {}

  /** The highest version number ever given, withdrawn ones included. */
  async highestVersion(): Promise<number> {
    const [row] = await this.em.execute<{ highest: number }[]>(
      `select greatest((select max(version) from scoring.scoring_policy), (select max(version) from scoring.policy_change), 0)::int as highest`,
    );
    return row!.highest;
  }

  /** Every version in the order they follow each other. */
  line() {
    return this.em.find(ScoringPolicy, {}, { orderBy: { effectiveFrom: 'asc' } });
  }

  /** What a version has scored: stored scores, periods stamped with it, annual assessments. */
  async usesOf(version: number): Promise<{ scores: number; periods: number; assessments: number }> {
    const [row] = await this.em.execute<{ scores: number; periods: number; assessments: number }[]>(
      `select (select count(*) from scoring.period_score where policy_version = ?)::int as scores,
              (select count(*) from scoring.scoring_period where policy_version = ?)::int as periods,
              (select count(*) from scoring.annual_assessment where policy_version = ?)::int as assessments`,
      [version, version, version],
    );
    return row!;
  }

  changes() {
    return this.em.find(PolicyChange, {}, { orderBy: { changedAt: 'desc' } });
  }
}
