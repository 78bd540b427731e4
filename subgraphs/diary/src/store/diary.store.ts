import { raw, type EntityManager } from '@mikro-orm/postgresql';
import {
  Assignment,
  AssignmentEvent,
  AssignmentStatus,
  CalendarDay,
  DiaryEntry,
  DiaryPolicy,
  EntryStatus,
  Leave,
  PeriodReopening,
  WorkItemMapping,
} from '../entities/index.js';

export interface AssignmentQuery {
  statuses?: AssignmentStatus[];
  /** Only those whose deadline is on or before this day (overdue and due-soon lists narrow further). */
  deadlineUntil?: string;
  limit: number;
}

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

  /** Days on which each person has at least one entry: what missing-diary lists subtract. */
  async daysWithEntries(employeeIds: readonly string[], from: string, to: string): Promise<{ employeeId: string; days: string[] }[]> {
    if (employeeIds.length === 0) return [];
    const rows = await this.em.execute<{ employee_id: string; days: string[] }[]>(
      `select employee_id, array_agg(distinct to_char(work_date, 'YYYY-MM-DD')) as days
         from diary.diary_entry where employee_id in (?) and work_date between ? and ? group by employee_id`,
      [[...employeeIds], from, to],
    );
    return rows.map((r) => ({ employeeId: r.employee_id, days: r.days }));
  }

  assignmentsByIds(ids: readonly string[]) {
    return this.em.find(Assignment, { id: { $in: [...ids] } });
  }

  assignmentEvents(assignmentIds: readonly string[]) {
    return this.em.find(AssignmentEvent, { assignmentId: { $in: [...assignmentIds] } }, { orderBy: { at: 'asc', id: 'asc' } });
  }

  private assignments(where: Record<string, unknown>, query: AssignmentQuery) {
    return this.em.find(
      Assignment,
      {
        ...where,
        ...(query.statuses?.length ? { status: { $in: query.statuses } } : {}),
        ...(query.deadlineUntil ? { deadline: { $lte: query.deadlineUntil } } : {}),
      },
      { orderBy: { deadline: 'asc', id: 'asc' }, limit: query.limit },
    );
  }

  /** Assignments some people lead or help with (one statement for a page of people). */
  assignmentsOf(employeeIds: readonly string[], query: AssignmentQuery) {
    const ids = [...employeeIds];
    return this.assignments({ $or: [{ leadId: { $in: ids } }, { coOperatorIds: { $overlap: ids } }] }, query);
  }

  assignmentsGivenBy(assignerId: string, query: AssignmentQuery) {
    return this.assignments({ assignerId }, query);
  }

  /** A unit's assignments due in a period: the lead's division, or the agency as a whole. */
  assignmentsOfUnits(unitIds: readonly string[], from: string, to: string) {
    const ids = [...unitIds];
    return this.em.find(
      Assignment,
      { $or: [{ divisionId: { $in: ids } }, { agencyId: { $in: ids } }], deadline: { $gte: from, $lte: to } },
      { orderBy: { deadline: 'asc', id: 'asc' } },
    );
  }

  /** Σ quantity and count of diary entries advancing each assignment. */
  async recordedOn(assignmentIds: readonly string[]): Promise<{ assignmentId: string; entries: number; quantity: number }[]> {
    const rows = await this.em.execute<{ assignment_id: string; entries: number; quantity: number }[]>(
      `select assignment_id, count(*)::int as entries, coalesce(sum(quantity), 0)::float8 as quantity
         from diary.diary_entry where assignment_id in (?) group by assignment_id`,
      [[...assignmentIds]],
    );
    return rows.map((r) => ({ assignmentId: r.assignment_id, entries: r.entries, quantity: r.quantity }));
  }
}
