import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Province analytics over the stored scores (scoring.period_score), aggregated in PostgreSQL:
 * each method is one statement whatever the number of people and agencies, and only the
 * aggregates travel to Node. A person's stretches (`segments`, jsonb) are taken apart with
 * jsonb_array_elements so that each stretch counts where the person worked then, and a
 * stretch's item groups with scoring.stretch_item_rows (kept apart in `item_groups`, or inside the
 * stretch in any form stored before: migrations 20261210090000, 20261212090000).
 *
 * A stretch's share of its person is its available days ÷ the person's available days (equal
 * shares when the person had none, e.g. a whole period of leave): a person counts once in the
 * province, split between agencies after a transfer.
 */

/** The stored scores' stretches with their share of the person; `?` is the period ids (an array literal). */
const STRETCHES = `stretches as (
  select s.period_id, s.id as score_id, s.employee_id, s.agency_id as main_agency_id, s.score::float8 as score, s.level, g.value as v,
         coalesce((g.value->>'availableDays')::float8 / nullif(sum((g.value->>'availableDays')::float8) over (partition by s.id), 0),
                  1.0 / count(*) over (partition by s.id)) as share,
         -- The stretch's item groups where the score keeps them apart (extracted once: see ITEM_ROWS).
         s.item_groups -> (g.n::int - 1) as apart
    from scoring.period_score s
   cross join lateral jsonb_array_elements(s.segments) with ordinality as g(value, n)
   where s.period_id = any(?::uuid[])
)`;

const FACT = (name: string, type = 'int') => `(v->'facts'->>'${name}')::${type}`;
/** Σ quantity × standard minutes over a stretch's approved items (no coefficient): its measured standard workload. */
/** A stretch's item groups as rows, wherever its score keeps them (`x` names the stretches, or nothing). */
const ITEM_ROWS = (x = '') => `scoring.stretch_item_rows(${x}apart, ${x}v->'facts'->'items')`;
const STANDARD_MINUTES = `(select coalesce(sum(i.quantity * i.standard_minutes), 0) from ${ITEM_ROWS()} as i)`;

const literal = (values: readonly string[]) => `{${values.join(',')}}`;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export type GroupDimension = 'agency' | 'sector' | 'category';

/** One group (an agency, a sector or a position category) of a period: shares of people and the diary facts of their stretches. */
export interface SegmentGroupRow {
  periodId: string;
  dimension: GroupDimension;
  /** The agency id, sector code or position category; null = no sector standard / no position. */
  key: string | null;
  headcount: number;
  people: number;
  scored: number;
  meanScore: number | null;
  excellent: number;
  good: number;
  completed: number;
  notCompleted: number;
  workingDays: number;
  leaveDays: number;
  declaredDays: number;
  daysOverStandard: number;
  lateDeclarations: number;
  entries: number;
  farAboveStandardEntries: number;
  approvedActualMinutes: number;
}

export interface DistributionRow {
  people: number;
  scored: number;
  meanScore: number | null;
  excellent: number;
  good: number;
  completed: number;
  notCompleted: number;
  /** People per whole point (floor of the score). */
  points: { point: number; people: number }[];
}

export interface TrendRow {
  code: string;
  people: number;
  scored: number;
  meanScore: number | null;
  notCompleted: number;
  approvedActualMinutes: number;
  availableDays: number;
}

export interface ClaimRow {
  employeeId: string;
  agencyId: string;
  approvedEntries: number;
  actualMinutes: number;
  standardMinutes: number;
  ratio: number;
  baseline: number | null;
  found: number;
}

export interface JumpRow {
  employeeId: string;
  agencyId: string;
  score: number;
  previous: number;
  change: number;
  meanChange: number | null;
  found: number;
}

export interface ItemUsageRow {
  workItemId: string;
  entries: number;
  people: number;
  quantity: number;
  actualMinutes: number;
  standardMinutes: number;
  top: number;
  bottom: number;
  used: number;
}

export interface PositionRow {
  positionId: string;
  agencyId: string;
  headcount: number;
  holders: number;
  capacityMinutes: number;
  workloadMinutes: number;
}

export class AnalyticsStore {
  constructor(private readonly em: EntityManager) {}

  /**
   * Every agency, sector and position category of some periods in one statement (grouping sets):
   * people as shares, the mean score and levels weighted by those shares, and the stretches'
   * diary facts summed. Stretches are attributed to the agency, sector and category they carry.
   */
  async segmentGroups(periodIds: readonly string[]): Promise<SegmentGroupRow[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `with ${STRETCHES},
       flat as (
         select period_id, employee_id, score, level, share, v,
                v->>'agencyId' as agency_id, v->>'sectorCode' as sector_code, v->>'positionCategory' as category
           from stretches
       )
       select period_id,
              case grouping(agency_id, sector_code, category) when 3 then 'agency' when 5 then 'sector' else 'category' end as dimension,
              agency_id, sector_code, category,
              count(distinct employee_id)::int as headcount,
              sum(share)::float8 as people,
              coalesce(sum(share) filter (where score is not null), 0)::float8 as scored,
              (sum(share * score) filter (where score is not null) / nullif(sum(share) filter (where score is not null), 0))::float8 as mean_score,
              coalesce(sum(share) filter (where level = 'EXCELLENT'), 0)::float8 as excellent,
              coalesce(sum(share) filter (where level = 'GOOD'), 0)::float8 as good,
              coalesce(sum(share) filter (where level = 'COMPLETED'), 0)::float8 as completed,
              coalesce(sum(share) filter (where level = 'NOT_COMPLETED'), 0)::float8 as not_completed,
              coalesce(sum(${FACT('workingDays')}), 0)::int as working_days,
              coalesce(sum(${FACT('leaveDays')}), 0)::int as leave_days,
              coalesce(sum(${FACT('declaredDays')}), 0)::int as declared_days,
              coalesce(sum(${FACT('daysOverStandard')}), 0)::int as days_over_standard,
              coalesce(sum(${FACT('lateDeclarations')}), 0)::int as late_declarations,
              coalesce(sum(${FACT('entries')}), 0)::int as entries,
              coalesce(sum(${FACT('farAboveStandardEntries')}), 0)::int as far_above_standard_entries,
              coalesce(sum(${FACT('approvedActualMinutes', 'float8')}), 0)::float8 as approved_actual_minutes
         from flat
        group by grouping sets ((period_id, agency_id), (period_id, sector_code), (period_id, category))`,
      [literal(periodIds)],
    );
    return rows.map((r) => {
      const dimension = r.dimension as GroupDimension;
      return {
        periodId: r.period_id as string,
        dimension,
        key: (dimension === 'agency' ? r.agency_id : dimension === 'sector' ? r.sector_code : r.category) as string | null,
        headcount: r.headcount as number,
        people: num(r.people)!,
        scored: num(r.scored)!,
        meanScore: num(r.mean_score),
        excellent: num(r.excellent)!,
        good: num(r.good)!,
        completed: num(r.completed)!,
        notCompleted: num(r.not_completed)!,
        workingDays: r.working_days as number,
        leaveDays: r.leave_days as number,
        declaredDays: r.declared_days as number,
        daysOverStandard: r.days_over_standard as number,
        lateDeclarations: r.late_declarations as number,
        entries: r.entries as number,
        farAboveStandardEntries: r.far_above_standard_entries as number,
        approvedActualMinutes: num(r.approved_actual_minutes)!,
      };
    });
  }

  /** Province-wide levels and mean (people as stored, one row each), with people per whole point for the histogram. */
  async distribution(periodId: string): Promise<DistributionRow> {
    const [r] = await this.em.execute<Record<string, unknown>[]>(
      `with s as (select score::float8 as score, level from scoring.period_score where period_id = ?)
       select count(*)::int as people, count(score)::int as scored, avg(score)::float8 as mean_score,
              count(*) filter (where level = 'EXCELLENT')::int as excellent,
              count(*) filter (where level = 'GOOD')::int as good,
              count(*) filter (where level = 'COMPLETED')::int as completed,
              count(*) filter (where level = 'NOT_COMPLETED')::int as not_completed,
              coalesce((select json_agg(json_build_object('point', point, 'people', people))
                          from (select floor(score)::int as point, count(*)::int as people from s where score is not null group by 1) p), '[]') as points
         from s`,
      [periodId],
    );
    return {
      people: r!.people as number,
      scored: r!.scored as number,
      meanScore: num(r!.mean_score),
      excellent: r!.excellent as number,
      good: r!.good as number,
      completed: r!.completed as number,
      notCompleted: r!.not_completed as number,
      points: (typeof r!.points === 'string' ? JSON.parse(r!.points) : r!.points) as DistributionRow['points'],
    };
  }

  /**
   * The `count` most recent periods of a kind that start no later than `fromDate` and have stored
   * scores, oldest first: people, mean score, not completed, approved minutes and available days.
   */
  async trend(kind: string, fromDate: string, count: number): Promise<TrendRow[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `with periods as (
         select p.id, p.code, p.from_date
           from scoring.scoring_period p
          where p.kind = ? and p.from_date <= ?::date
            and exists (select 1 from scoring.period_score s where s.period_id = p.id)
          order by p.from_date desc
          limit ?
       ),
       people as (
         select s.period_id, s.score::float8 as score, s.level,
                (select coalesce(sum((g.value->'facts'->>'approvedActualMinutes')::float8), 0)
                   from jsonb_array_elements(s.segments) as g(value)) as minutes,
                (select coalesce(sum(greatest(0, (g.value->'facts'->>'workingDays')::int - (g.value->'facts'->>'leaveDays')::int)), 0)
                   from jsonb_array_elements(s.segments) as g(value)) as days
           from scoring.period_score s
           join periods p on p.id = s.period_id
       )
       select p.code, count(*)::int as people, count(x.score)::int as scored, avg(x.score)::float8 as mean_score,
              count(*) filter (where x.level = 'NOT_COMPLETED')::int as not_completed,
              sum(x.minutes)::float8 as minutes, sum(x.days)::float8 as days
         from periods p
         join people x on x.period_id = p.id
        group by p.code, p.from_date
        order by p.from_date`,
      [kind, fromDate, count],
    );
    return rows.map((r) => ({
      code: r.code as string,
      people: r.people as number,
      scored: r.scored as number,
      meanScore: num(r.mean_score),
      notCompleted: r.not_completed as number,
      approvedActualMinutes: num(r.minutes)!,
      availableDays: num(r.days)!,
    }));
  }

  /**
   * People whose approved actual minutes ÷ the standard minutes of that work (Σ quantity ×
   * standard minutes) passes `threshold`, with at least `minEntries` approved entries: the
   * largest `limit`, with how many there were and the province's own ratio as the baseline.
   */
  async claimsAboveStandard(periodId: string, threshold: number, minEntries: number, limit: number): Promise<ClaimRow[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `with ${STRETCHES},
       person as (
         select employee_id, main_agency_id as agency_id,
                sum(${FACT('approvedEntries')})::int as approved_entries,
                sum(${FACT('approvedActualMinutes', 'float8')})::float8 as actual,
                sum(${STANDARD_MINUTES})::float8 as standard
           from stretches
          group by score_id, employee_id, main_agency_id
       ),
       baseline as (select sum(actual) / nullif(sum(standard), 0) as ratio from person where standard > 0),
       flagged as (
         select p.*, p.actual / p.standard as ratio
           from person p
          where p.standard > 0 and p.approved_entries >= ? and p.actual / p.standard > ?
       )
       select f.*, b.ratio as baseline, count(*) over ()::int as found
         from flagged f cross join baseline b
        order by f.ratio desc, f.employee_id
        limit ?`,
      [literal([periodId]), minEntries, threshold, limit],
    );
    return rows.map((r) => ({
      employeeId: r.employee_id as string,
      agencyId: r.agency_id as string,
      approvedEntries: r.approved_entries as number,
      actualMinutes: num(r.actual)!,
      standardMinutes: num(r.standard)!,
      ratio: num(r.ratio)!,
      baseline: num(r.baseline),
      found: r.found as number,
    }));
  }

  /**
   * People whose stored score moved by at least `points` against their stored score of the
   * previous period: the largest moves first, with how many there were and the province's mean
   * move (over everyone scored in both) as the baseline.
   */
  async jumps(periodId: string, previousCode: string, points: number, limit: number): Promise<JumpRow[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `with pairs as (
         select c.employee_id, c.agency_id, c.score::float8 as score, p.score::float8 as previous
           from scoring.period_score c
           join scoring.period_score p on p.employee_id = c.employee_id and p.period_code = ?
          where c.period_id = ? and c.score is not null and p.score is not null
       ),
       baseline as (select avg(score - previous) as mean_change from pairs)
       select x.employee_id, x.agency_id, x.score, x.previous, x.score - x.previous as change,
              b.mean_change::float8 as mean_change, count(*) over ()::int as found
         from pairs x cross join baseline b
        where abs(x.score - x.previous) >= ?
        order by abs(x.score - x.previous) desc, x.employee_id
        limit ?`,
      [previousCode, periodId, points, limit],
    );
    return rows.map((r) => ({
      employeeId: r.employee_id as string,
      agencyId: r.agency_id as string,
      score: num(r.score)!,
      previous: num(r.previous)!,
      change: num(r.change)!,
      meanChange: num(r.mean_change),
      found: r.found as number,
    }));
  }

  /**
   * Work items used in a period (approved entries, from the stretches' facts), across their
   * versions: the `first` most used and the `first` least used by entries, in one statement.
   */
  async itemUsage(periodId: string, first: number): Promise<ItemUsageRow[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `with ${STRETCHES},
       items as (
         select i.work_item_id, x.employee_id, i.entries, i.quantity, i.actual_minutes as actual,
                i.quantity * i.standard_minutes as standard
           from stretches x
          cross join lateral ${ITEM_ROWS('x.')} as i
       ),
       per_item as (
         select work_item_id, sum(entries)::int as entries, count(distinct employee_id)::int as people,
                sum(quantity)::float8 as quantity, sum(actual)::float8 as actual, sum(standard)::float8 as standard
           from items
          group by work_item_id
       ),
       ranked as (
         select *, row_number() over (order by entries desc, people desc, work_item_id)::int as top,
                row_number() over (order by entries asc, people asc, work_item_id)::int as bottom,
                count(*) over ()::int as used
           from per_item
       )
       select * from ranked where top <= ? or bottom <= ?`,
      [literal([periodId]), first, first],
    );
    return rows.map((r) => ({
      workItemId: r.work_item_id as string,
      entries: r.entries as number,
      people: r.people as number,
      quantity: num(r.quantity)!,
      actualMinutes: num(r.actual)!,
      standardMinutes: num(r.standard)!,
      top: r.top as number,
      bottom: r.bottom as number,
      used: r.used as number,
    }));
  }

  /**
   * Per job position (of the stretches; optionally one agency's): holders as people and as
   * shares, their capacity, and the measured standard workload of their approved work.
   */
  async positions(periodId: string, agencyId: string | null): Promise<PositionRow[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `with ${STRETCHES}
       select v->>'positionId' as position_id, v->>'agencyId' as agency_id,
              count(distinct employee_id)::int as headcount,
              sum(share)::float8 as holders,
              coalesce(sum((v->>'capacityMinutes')::float8), 0)::float8 as capacity,
              coalesce(sum(${STANDARD_MINUTES}), 0)::float8 as workload
         from stretches
        where v->>'positionId' is not null and (?::text is null or v->>'agencyId' = ?::text)
        group by 1, 2`,
      [literal([periodId]), agencyId, agencyId],
    );
    return rows.map((r) => ({
      positionId: r.position_id as string,
      agencyId: r.agency_id as string,
      headcount: r.headcount as number,
      holders: num(r.holders)!,
      capacityMinutes: num(r.capacity)!,
      workloadMinutes: num(r.workload)!,
    }));
  }
}
