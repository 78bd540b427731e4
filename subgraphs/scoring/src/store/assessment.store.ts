import type { EntityManager } from '@mikro-orm/postgresql';
import { AnnualAssessment } from '../entities/index.js';

export interface YearFacts {
  employeeId: string;
  agencyId: string;
  divisionId: string | null;
  positionCategory: string | null;
  isLeadership: boolean;
  months: number;
  kpiScore: number | null;
  due: number;
  lateOrOverdue: number;
}

/** Data access for annual assessments; every method is one statement. */
export class AssessmentStore {
  constructor(private readonly em: EntityManager) {}

  /**
   * The year of everyone whose last scored month of the year was in `agencyId`: the mean of the
   * monthly scores, and the work led that was due (on time, late or overdue) — all aggregated in
   * PostgreSQL from the stored monthly scores and their frozen facts.
   */
  async yearFacts(year: number, agencyId: string): Promise<YearFacts[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `with months as (
         select s.*, (select count(*) from jsonb_array_elements(s.segments) seg, jsonb_array_elements(seg->'facts'->'led') p
                       where p->>'timeliness' in ('ON_TIME', 'LATE', 'OVERDUE')) as due,
                     (select count(*) from jsonb_array_elements(s.segments) seg, jsonb_array_elements(seg->'facts'->'led') p
                       where p->>'timeliness' in ('LATE', 'OVERDUE')) as bad
           from scoring.period_score s
          where s.period_code like ? and length(s.period_code) = 7
       ), years as (
         select employee_id,
                (array_agg(agency_id order by period_code desc))[1] as agency_id,
                (array_agg(division_id order by period_code desc))[1] as division_id,
                (array_agg(position_category order by period_code desc))[1] as position_category,
                (array_agg(is_leadership order by period_code desc))[1] as is_leadership,
                count(score)::int as months, avg(score)::float8 as kpi_score,
                sum(due)::int as due, sum(bad)::int as bad
           from months group by employee_id
       )
       select * from years where agency_id = ?`,
      [`${year}-%`, agencyId],
    );
    return rows.map((r) => ({
      employeeId: r.employee_id as string,
      agencyId: r.agency_id as string,
      divisionId: (r.division_id as string | null) ?? null,
      positionCategory: (r.position_category as string | null) ?? null,
      isLeadership: r.is_leadership as boolean,
      months: r.months as number,
      kpiScore: r.kpi_score === null ? null : Math.round((r.kpi_score as number) * 100) / 100,
      due: r.due as number,
      lateOrOverdue: r.bad as number,
    }));
  }

  ofAgency(year: number, agencyId: string) {
    return this.em.find(AnnualAssessment, { year, agencyId }, { orderBy: { rank: 'asc', employeeId: 'asc' } });
  }

  ofPeople(keys: readonly { year: number; employeeId: string }[]) {
    return this.em.find(AnnualAssessment, {
      $or: [...Map.groupBy(keys, (k) => k.year)].map(([year, group]) => ({ year, employeeId: { $in: group.map((k) => k.employeeId) } })),
    });
  }
}
