import { raw, type EntityManager } from '@mikro-orm/postgresql';
import { CalendarDay, DiaryEntry, DiaryPolicy, EntryStatus, Leave, PeriodReopening, WorkItemMapping } from '../entities/index.js';

export interface UsageRow {
  workItemId: string;
  entries: number;
  employees: number;
  quantity: number;
  actualMinutes: number;
  standardMinutes: number;
}

/** Data access for diaries; every method is one statement. */
export class DiaryStore {
  constructor(private readonly em: EntityManager) {}

  entriesByIds(ids: readonly string[]) {
    return this.em.find(DiaryEntry, { id: { $in: [...ids] } });
  }

  /** Entries of many people over one date range (one query for a whole page of people). */
  entriesOf(employeeIds: readonly string[], from: string, to: string) {
    return this.em.find(
      DiaryEntry,
      { employeeId: { $in: [...employeeIds] }, workDate: { $gte: from, $lte: to } },
      { orderBy: { workDate: 'asc', createdAt: 'asc' } },
    );
  }

  entriesOfDay(employeeId: string, workDate: string) {
    return this.em.find(DiaryEntry, { employeeId, workDate });
  }

  leavesOf(employeeIds: readonly string[], from: string, to: string) {
    return this.em.find(Leave, { employeeId: { $in: [...employeeIds] }, fromDate: { $lte: to }, toDate: { $gte: from } });
  }

  calendar(from: string, to: string) {
    return this.em.find(CalendarDay, { day: { $gte: from, $lte: to } }, { orderBy: { day: 'asc' } });
  }

  policies() {
    return this.em.find(DiaryPolicy, {}, { orderBy: { effectiveFrom: 'asc' } });
  }

  reopenings(months: readonly string[]) {
    return this.em.find(PeriodReopening, { month: { $in: [...months] } });
  }

  mappings(client: string) {
    return this.em.find(WorkItemMapping, { client });
  }

  /** The review queue: submitted entries of some units, flagged ones first, then oldest first. */
  async reviewQueue(divisionIds: readonly string[], from: string, to: string, limit: number) {
    return this.em
      .createQueryBuilder(DiaryEntry, 'e')
      .where({ divisionId: { $in: [...divisionIds] }, status: EntryStatus.SUBMITTED, workDate: { $gte: from, $lte: to } })
      .orderBy([{ [raw('cardinality(e.flags)')]: 'desc' }, { workDate: 'asc' }, { id: 'asc' }])
      .limit(limit)
      .getResultList();
  }

  /** Usage of items over a period, aggregated in the database: what the catalogue's hygiene asks. */
  async usage(itemIds: readonly string[], from: string, to: string, approvedOnly: boolean): Promise<UsageRow[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select work_item_id, count(*)::int as entries, count(distinct employee_id)::int as employees,
              coalesce(sum(quantity), 0)::float8 as quantity, coalesce(sum(actual_minutes), 0)::float8 as actual_minutes,
              coalesce(sum(quantity * standard_minutes), 0)::float8 as standard_minutes
         from diary.diary_entry
        where work_item_id in (?) and work_date between ? and ? ${approvedOnly ? "and status = 'APPROVED'" : ''}
        group by work_item_id`,
      [[...itemIds], from, to],
    );
    return rows.map((r) => ({
      workItemId: r.work_item_id as string,
      entries: r.entries as number,
      employees: r.employees as number,
      quantity: r.quantity as number,
      actualMinutes: r.actual_minutes as number,
      standardMinutes: r.standard_minutes as number,
    }));
  }
}
