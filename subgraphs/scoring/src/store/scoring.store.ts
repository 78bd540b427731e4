import { createHash } from 'node:crypto';
import { nextGeneration } from './analytics.memo.js';
import { newId } from '@kpi/platform';
import { asEntities, executeBound, plainRows } from '@kpi/platform/database';
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

/**
 * What a stored score holds but its id, times and frozen flag, column by column (see COLUMNS),
 * but its item groups (itemGroupsOf): the content its digest is made of.
 */
const contentOf = (period: ScoringPeriod, policy: number, r: PersonResult) => ({
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
  segments: storedApart(r.segments),
});

const COLUMNS = `id uuid, computed_at timestamptz, frozen boolean, stamped_by_period boolean, digest text, period_id uuid, period_code text, employee_id uuid,
  agency_id uuid, division_id uuid, position_category text, is_leadership boolean, own_score numeric, unit_score numeric,
  any_subordinate_not_completed boolean, score numeric, level text, level_by_band text, gate text, overdue_share numeric,
  work_points numeric, capacity_minutes numeric, available_days integer, policy_version integer, segments jsonb`;
const NAMES = COLUMNS.split(',')
  .map((c) => c.trim().split(' ')[0])
  .join(', ');

/** A score as it is stored but its id, time and frozen flag: its content's JSON, its item groups' JSON and the digest of both. */
interface StoredForm {
  employeeId: string;
  content: string;
  itemGroups: string;
  digest: string;
}

/** How many scores a statement writes. */
const CHUNK = 1000;

function storedForm(period: ScoringPeriod, policy: number, r: PersonResult): StoredForm {
  const content = JSON.stringify(contentOf(period, policy, r));
  const itemGroups = JSON.stringify(itemGroupsOf(r.segments));
  const digest = createHash('sha256').update(content).update('\n').update(itemGroups).digest('base64url');
  return { employeeId: r.employeeId, content, itemGroups, digest };
}

/** The row's JSON (COLUMNS): a new id, the time, the frozen flag and the digest put before the content, made into JSON once. */
function rowOf(form: StoredForm, at: string, frozen: boolean) {
  const head = JSON.stringify({ id: newId(), computed_at: at, frozen, stamped_by_period: true, digest: form.digest });
  return `${head.slice(0, -1)},${form.content.slice(1)}`;
}

const uuids = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** Data access for scoring; every method is one statement (but replaceScores: a few, and one per thousand scores written). */
export class ScoringStore {
  constructor(private readonly em: EntityManager) {}

  /**
   * Replaces a period's stored scores — everyone's, or (`only`) those people's — but never a frozen
   * one: an agency's close froze those before the province's. A score whose digest (storedForm) is
   * the one stored is not written again: it is kept — ~30 MB of JSON less for PostgreSQL to parse
   * when a month is computed again with nothing changed. A live computation of everyone does not
   * even stamp it: the caller stamps the period, whose time such a score reads (stamped_by_period,
   * score.service.ts computedAtOf); stamping ~7,000 rows of ~3 kB each was ~0.3 s of PostgreSQL a
   * province month and a new version of every row. Otherwise (a close, one agency's people, a
   * score not yet marked) it is stamped with this computation's time and frozen flag. The others
   * go in as JSON, a thousand a statement (`jsonb_to_recordset`), the JSON as a bound parameter:
   * the ORM's per-entity inserts took most of a province run, and its inlining of parameters most
   * of what was left. The item groups go beside them as a second parameter read as `json`, not
   * `jsonb`, each row's the text it came as (`item_groups`): made jsonb, they were half of what
   * PostgreSQL parsed. Answers who stayed frozen.
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
    // Everyone's ($2 null) or those people's.
    const scope = `period_id = $1 and not frozen and ($2::uuid[] is null or employee_id = any($2::uuid[]))`;
    const scoped = [period.id, only ? uuids(only) : null];
    // Who is frozen in the period and the digests of the scores in scope, in one pass over the
    // period's rows: each row carries its stretches, so a pass reads tens of megabytes for a
    // province month (~130 ms), and two passes read them twice.
    const rows = await executeBound<{ employee_id: string; digest: string | null; frozen: boolean; stamped_by_period: boolean }>(
      this.em,
      `select employee_id, digest, frozen, stamped_by_period from scoring.period_score
        where period_id = $1 and (frozen or $2::uuid[] is null or employee_id = any($2::uuid[]))`,
      scoped,
    );
    const kept = new Set(rows.filter((row) => row.frozen).map((row) => row.employee_id));
    const before = new Map(rows.filter((row) => !row.frozen).map((row) => [row.employee_id, row.digest]));
    // Who need no stamp of their own when unchanged: the period's time is theirs.
    const periodStamped = new Set(
      only === null && !frozen ? rows.filter((row) => !row.frozen && row.stamped_by_period).map((row) => row.employee_id) : [],
    );
    await nextGeneration(this.em);
    const at = new Date().toISOString();
    const scored = results.filter((r) => !kept.has(r.employeeId));
    // Statements are queued on the transaction's connection as they are made, and run there in
    // order; the first failure is thrown once all have settled (the transaction is then rolled back).
    const writes: Promise<void>[] = [];
    let failure: { error: unknown } | undefined;
    const queue = (write: Promise<unknown>) => {
      const settled = write.then(
        () => undefined,
        (error: unknown) => void (failure ??= { error }),
      );
      writes.push(settled);
      return settled;
    };
    // Whoever is not scored any more (no longer placed in the period) first.
    const scoredIds = new Set(scored.map((r) => r.employeeId));
    if ([...before.keys()].some((id) => !scoredIds.has(id)))
      queue(
        executeBound(this.em, `delete from scoring.period_score where ${scope} and not (employee_id = any($3::uuid[]))`, [
          ...scoped,
          uuids([...scoredIds]),
        ]),
      );
    // A thousand scores at a time: PostgreSQL writes a chunk while the next is made into JSON here.
    for (let i = 0; i < scored.length && !failure; i += CHUNK) {
      const forms = scored.slice(i, i + CHUNK).map((r) => storedForm(period, policy, r));
      const same = forms.filter((form) => before.get(form.employeeId) === form.digest && !periodStamped.has(form.employeeId));
      const changed = forms.filter((form) => before.get(form.employeeId) !== form.digest);
      if (same.length)
        queue(
          executeBound(
            this.em,
            `update scoring.period_score set computed_at = $3, frozen = $4, stamped_by_period = true
              where ${scope} and employee_id = any($5::uuid[])`,
            [...scoped, at, frozen, uuids(same.map((form) => form.employeeId))],
          ),
        );
      if (changed.length) {
        // Their scores as stored before, if any.
        const replaced = changed.filter((form) => before.has(form.employeeId)).map((form) => form.employeeId);
        if (replaced.length)
          queue(
            executeBound(this.em, `delete from scoring.period_score where ${scope} and employee_id = any($3::uuid[])`, [
              ...scoped,
              uuids(replaced),
            ]),
          );
        queue(
          executeBound(
            this.em,
            `insert into scoring.period_score (${NAMES}, item_groups)
             select ${NAMES}, g.item_groups
               from rows from (jsonb_to_recordset($1::jsonb) as (${COLUMNS})) with ordinality as r(${NAMES}, n)
               join json_array_elements($2::json) with ordinality as g(item_groups, n) using (n)`,
            [`[${changed.map((form) => rowOf(form, at, frozen)).join(',')}]`, `[${changed.map((form) => form.itemGroups).join(',')}]`],
          ),
        );
      }
      // The chunk's last statement done, all of it is (one connection, in order); a chunk of scores
      // kept as they are writes nothing.
      queue((writes.at(-1) ?? Promise.resolve()).then(() => stored(forms.length)));
      // Let the connection send what is queued while the next chunk is made.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(writes);
    if (failure) throw failure.error;
    return kept;
  }

  /** One writer of a period's scores at a time (a province's computation, an agency's, a close), until the transaction ends. */
  async lockScores(periodId: string) {
    await this.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`scoring.period_score:${periodId}`]);
  }

  /**
   * A reopened period's scores (or those an agency's close froze) are live again, with their own
   * time: a computation of the period while they were frozen did not compute them.
   */
  async unfreezeScores(periodId: string, employeeIds: readonly string[] | null = null) {
    await nextGeneration(this.em);
    const scope = employeeIds ? { employeeId: { $in: [...employeeIds] } } : {};
    return this.em.nativeUpdate(PeriodScore, { periodId, ...scope }, { frozen: false, stampedByPeriod: false });
  }

  agencyClose(periodId: string, agencyId: string) {
    return this.em.findOne(AgencyClose, { periodId, agencyId });
  }

  /** A reopened period has no agency closed before it any more. */
  dropAgencyCloses(periodId: string) {
    return this.em.nativeDelete(AgencyClose, { periodId });
  }

  /** Every version of the policy, oldest first, as plain rows (they are kept between requests). */
  async policies(): Promise<ScoringPolicy[]> {
    return (await plainRows(this.em, ScoringPolicy, {}, { orderBy: { version: 'asc' } })) as ScoringPolicy[];
  }

  /** Every period stored (a few a month at most), as the entities' values, for keeping. */
  async allPeriods(): Promise<ScoringPeriod[]> {
    return asEntities(ScoringPeriod, await plainRows(this.em, ScoringPeriod, {}));
  }

  /** A period's agency closes, as the entities' values, for keeping. */
  async agencyClosesOf(periodId: string): Promise<AgencyClose[]> {
    return asEntities(AgencyClose, await plainRows(this.em, AgencyClose, { periodId }, { orderBy: { closedAt: 'asc' } }));
  }

  /** A period's creativity ratings, as the entities' values, for keeping. */
  async ratingsOf(periodCode: string): Promise<CreativityRating[]> {
    return asEntities(CreativityRating, await plainRows(this.em, CreativityRating, { periodCode }));
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
