import { nextGeneration } from './analytics.memo.js';
import { newId } from '@kpi/platform';
import { executeBound } from '@kpi/platform/database';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AgencyClose, CreativityRating, PeriodScore, ScoringPeriod, ScoringPolicy } from '../entities/index.js';
import type { PersonResult } from '../rules/people.js';
import { itemGroupsOf, storedApart } from '../entities/segments.type.js';

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

/** A stored score as a row of `scoring.period_score`, column by column (see COLUMNS), but its item groups (itemGroupsOf). */
const rowOf = (period: ScoringPeriod, policy: number, r: PersonResult, frozen: boolean, at: string) => ({
  id: newId(),
  period_id: period.id,
  period_code: period.code,
  employee_id: r.employeeId,
  agency_id: r.agencyId,
  division_id: r.divisionId,
  position_category: r.positionCategory,
  is_leadership: r.isLeadership,
  own_score: r.ownScore,
  unit_score: r.unitScore,
  any_subordinate_not_completed: r.anySubordinateNotCompleted,
  score: r.score,
  level: r.classification.level,
  level_by_band: r.classification.byBand,
  gate: r.classification.gate,
  overdue_share: r.overdueShare,
  work_points: r.workPoints,
  capacity_minutes: r.capacityMinutes,
  available_days: r.availableDays,
  policy_version: policy,
  frozen,
  computed_at: at,
  segments: storedApart(r.segments),
});

const COLUMNS = `id uuid, period_id uuid, period_code text, employee_id uuid, agency_id uuid, division_id uuid, position_category text,
  is_leadership boolean, own_score numeric, unit_score numeric, any_subordinate_not_completed boolean, score numeric, level text,
  level_by_band text, gate text, overdue_share numeric, work_points numeric, capacity_minutes numeric, available_days integer,
  policy_version integer, frozen boolean, computed_at timestamptz, segments jsonb`;
const NAMES = COLUMNS.split(',')
  .map((c) => c.trim().split(' ')[0])
  .join(', ');

/** Data access for scoring; every method is one statement (but replaceScores: one per thousand scores). */
export class ScoringStore {
  constructor(private readonly em: EntityManager) {}

  /**
   * Replaces a period's stored scores — everyone's, or (`only`) those people's — but never a frozen
   * one: an agency's close froze those before the province's. Rows go in as JSON, a thousand a statement
   * (`jsonb_to_recordset`), the JSON as a bound parameter: the ORM's per-entity inserts took most
   * of a province run, and its inlining of parameters most of what was left. The item groups go
   * beside them as a second parameter read as `json`, not `jsonb`, each row's the text it came as
   * (`item_groups`): made jsonb, they were half of what PostgreSQL parsed. Answers who stayed frozen.
   */
  async replaceScores(
    period: ScoringPeriod,
    policy: number,
    results: PersonResult[],
    frozen: boolean,
    stored: (count: number) => Promise<void> = async () => {},
    only: readonly string[] | null = null,
  ): Promise<Set<string>> {
    await this.lockScores(period.id);
    const kept = new Set(await this.frozenIn(period.id));
    const scope = only ? { employeeId: { $in: [...only] } } : {};
    await this.em.nativeDelete(PeriodScore, { periodId: period.id, frozen: false, ...scope });
    await nextGeneration(this.em);
    const at = new Date().toISOString();
    const scored = results.filter((r) => !kept.has(r.employeeId));
    // Every chunk is sent at once, in order, on the transaction's connection: PostgreSQL inserts one
    // while the next is serialised here (the JSON of a month's scores is ~300 ms of Node's time).
    const chunks = Array.from({ length: Math.ceil(scored.length / 1000) }, (_, i) => scored.slice(i * 1000, (i + 1) * 1000));
    await Promise.all(
      chunks.map(async (chunk) => {
        await executeBound(
          this.em,
          `insert into scoring.period_score (${NAMES}, item_groups)
           select ${NAMES}, g.item_groups
             from rows from (jsonb_to_recordset($1::jsonb) as (${COLUMNS})) with ordinality as r(${NAMES}, n)
             join json_array_elements($2::json) with ordinality as g(item_groups, n) using (n)`,
          [
            JSON.stringify(chunk.map((r) => rowOf(period, policy, r, frozen, at))),
            JSON.stringify(chunk.map((r) => itemGroupsOf(r.segments))),
          ],
        );
        await stored(chunk.length);
      }),
    );
    return kept;
  }

  /** Whose scores of a period are frozen (by an agency's close, or the period's). */
  async frozenIn(periodId: string): Promise<string[]> {
    const rows = await this.em.execute<{ employee_id: string }[]>(
      `select employee_id from scoring.period_score where period_id = ? and frozen`,
      [periodId],
    );
    return rows.map((r) => r.employee_id);
  }

  /** One writer of a period's scores at a time (a province's computation, an agency's, a close), until the transaction ends. */
  async lockScores(periodId: string) {
    await this.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`scoring.period_score:${periodId}`]);
  }

  /** A reopened period's scores (or those an agency's close froze) are live again. */
  async unfreezeScores(periodId: string, employeeIds: readonly string[] | null = null) {
    await nextGeneration(this.em);
    const scope = employeeIds ? { employeeId: { $in: [...employeeIds] } } : {};
    return this.em.nativeUpdate(PeriodScore, { periodId, ...scope }, { frozen: false });
  }

  /** The agencies closed before their periods, by period. */
  agencyCloses(periodIds: readonly string[]) {
    return this.em.find(AgencyClose, { periodId: { $in: [...periodIds] } }, { orderBy: { closedAt: 'asc' } });
  }

  agencyClose(periodId: string, agencyId: string) {
    return this.em.findOne(AgencyClose, { periodId, agencyId });
  }

  /** A reopened period has no agency closed before it any more. */
  dropAgencyCloses(periodId: string) {
    return this.em.nativeDelete(AgencyClose, { periodId });
  }

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

  /** Who has a score stored for a period in an agency (their main stretch there). */
  async employeesScoredIn(periodCode: string, agencyId: string): Promise<string[]> {
    const rows = await this.em.execute<{ employee_id: string }[]>(
      `select employee_id from scoring.period_score where period_code = ? and agency_id = ?`,
      [periodCode, agencyId],
    );
    return rows.map((r) => r.employee_id);
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
