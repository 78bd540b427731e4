import { QueryOrder } from '@mikro-orm/core';
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import { asEntities, boundRows, executePrepared, plainRecords, plainRows } from '@kpi/platform/database';
import {
  Assignment,
  AssignmentEvent,
  AssignmentStatus,
  CalendarDay,
  DiaryAudit,
  DiaryEntry,
  type DiaryEntryRow,
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

/**
 * Every write to a person's day (typed, corrected or delivered by E-Office) holds this lock for
 * its transaction, so two writes at once cannot both pass the 24-hour or duplicate checks.
 */
export const lockPersonDay = (em: EntityManager, employeeId: string, workDate: string) =>
  em.execute('select pg_advisory_xact_lock(hashtext(?))', [personDayKey(employeeId, workDate)]);

/**
 * lockPersonDay for a group of writes, in one statement. The locks are taken in the order of
 * their numbers, so that two groups never each hold a lock the other waits for — also when two
 * days' keys hash alike. PostgreSQL evaluates a volatile output after the ORDER BY (9.6 on).
 */
export const lockPersonDays = (em: EntityManager, keys: readonly string[]) =>
  executePrepared(
    em,
    'select pg_advisory_xact_lock(lock) from (select distinct hashtext(key) as lock from unnest($1::text[]) key) locks order by lock',
    [keys],
  );

/** The lock's key of a person's day. */
export const personDayKey = (employeeId: string, workDate: string) => `${employeeId}/${workDate}`;

/** What the checks of a day need of its entries. */
export interface DayEntryRow {
  id: string;
  workItemId: string;
  quantity: number;
  actualMinutes: number;
  note: string | null;
  evidenceRef: string | null;
  assignmentId: string | null;
  client: string | null;
  externalId: string | null;
}

/** A policy version as the write checks read it. */
export interface PolicyRow {
  effectiveFrom: string;
  effectiveTo: string | null;
  closeDay: number;
  graceDays: number;
  lateAfterWorkingDays: number;
  standardDayMinutes: number;
  farAboveFactor: number;
}

export interface ReopeningRow {
  month: string;
  agencyId: string | null;
  until: Date;
}

/** What a write reads of its day: the rules (policy, calendar) come kept, before it. */
export interface WriteContextRows {
  entries: DayEntryRow[];
  reopenings: ReopeningRow[];
  onLeave: boolean;
  /**
   * The day as read: the ids of its entries, of the person's leave that covers it and of its
   * month's reopenings, with the row version of each (`diary.day_stamp`; DiaryStore.insertIfUnchanged).
   */
  stamp: string;
}

/**
 * A day's stamp (`diary.day_stamp`: its entries' `id/xmin` in the order of their ids, then `|` the
 * leave's, then `|` the reopenings') once `ids` were inserted into it by `transaction`: what the
 * database now says of the day, without asking it. Ids are lowercase UUIDs of one length, so their
 * text sorts as PostgreSQL sorts the uuids.
 */
export function stampWithEntries(stamp: string, ids: readonly string[], transaction: string): string {
  const [entries = '', ...rest] = stamp.split('|');
  const versions = [...(entries ? entries.split(',') : []), ...ids.map((id) => `${id}/${transaction}`)].sort();
  return [versions.join(','), ...rest].join('|');
}

export interface AuditQuery {
  entryId?: string | null;
  from?: Date | null;
  to?: Date | null;
  /** Only these agencies' rows; undefined: every row. */
  agencyIds?: readonly string[];
  limit: number;
}

/** A diary row from an integration client (E-Office intake), column by column. */
export interface IntakeRow {
  id: string;
  employeeId: string;
  agencyId: string;
  divisionId: string | null;
  workDate: string;
  workItemId: string;
  workItemVersion: number;
  standardMinutes: number;
  coefficient: number;
  quantity: number;
  actualMinutes: number;
  note: string | null;
  evidenceRef: string | null;
  evidenceRequired: boolean;
  source: string;
  externalId: string;
  client: string;
  flags: string[];
  recordedBy: string;
}

/** Data access for diaries; every method is one statement. */
export class DiaryStore {
  constructor(private readonly em: EntityManager) {}

  /**
   * One statement that claims the event's intake key and, only if it was free, writes the entry:
   * the new entry's id, or null when the client sent that event before (or a concurrent batch
   * claimed it first: the key's primary key decides, whatever the entry's work date).
   */
  async insertIntakeOnce(row: IntakeRow): Promise<string | null> {
    const rows = await this.em.execute<{ id: string }[]>(
      `with claimed as (
         insert into diary.intake_key (client, external_id, entry_id) values (?, ?, ?)
         on conflict (client, external_id) do nothing returning entry_id
       )
       insert into diary.diary_entry (id, employee_id, agency_id, division_id, work_date, work_item_id, work_item_version, standard_minutes, coefficient,
         quantity, actual_minutes, note, evidence_ref, evidence_required, source, external_id, client, flags, recorded_by)
       select entry_id, ?::uuid, ?::uuid, ?::uuid, ?::date, ?::uuid, ?::int, ?::numeric, ?::numeric, ?::numeric, ?::int, ?::text, ?::text,
              ?::boolean, ?::text, ?::text, ?::text, ?::text[], ?::text
         from claimed returning id`,
      [
        row.client,
        row.externalId,
        row.id,
        row.employeeId,
        row.agencyId,
        row.divisionId,
        row.workDate,
        row.workItemId,
        row.workItemVersion,
        row.standardMinutes,
        row.coefficient,
        row.quantity,
        row.actualMinutes,
        row.note,
        row.evidenceRef,
        row.evidenceRequired,
        row.source,
        row.externalId,
        row.client,
        `{${row.flags.join(',')}}`,
        row.recordedBy,
      ],
    );
    return rows[0]?.id ?? null;
  }

  entriesByIds(ids: readonly string[]) {
    return this.em.find(DiaryEntry, { id: { $in: [...ids] } });
  }

  /** Deletes an entry; how many went (0 or 1). */
  deleteEntry(id: string) {
    return this.em.nativeDelete(DiaryEntry, { id });
  }

  /** Deletes a leave; how many went (0 or 1). */
  deleteLeave(id: string) {
    return this.em.nativeDelete(Leave, { id });
  }

  /** Entries of many people over one date range (one query for a whole page of people), to show: plain rows. */
  async entriesOf(employeeIds: readonly string[], from: string, to: string): Promise<DiaryEntryRow[]> {
    return (await boundRows(
      this.em,
      DiaryEntry,
      'employee_id = any($1::uuid[]) and work_date >= $2 and work_date <= $3',
      [employeeIds, from, to],
      {
        batch: employeeIds.length,
        orderBy: 'work_date, created_at',
      },
    )) as DiaryEntryRow[];
  }

  entriesOfDay(employeeId: string, workDate: string) {
    return this.em.find(DiaryEntry, { employeeId, workDate });
  }

  /** Leaves of many people overlapping one date range (one query for a page of people), to read: plain rows. */
  async leavesOf(employeeIds: readonly string[], from: string, to: string): Promise<Leave[]> {
    return (await boundRows(
      this.em,
      Leave,
      'employee_id = any($1::uuid[]) and from_date <= $3 and to_date >= $2',
      [employeeIds, from, to],
      {
        batch: employeeIds.length,
      },
    )) as Leave[];
  }

  calendar(from: string, to: string) {
    return this.em.find(CalendarDay, { day: { $gte: from, $lte: to } }, { orderBy: { day: 'asc' } });
  }

  /** Every calendar exception (a few dozen rows a year), to read: plain rows. */
  async wholeCalendar(): Promise<CalendarDay[]> {
    return (await plainRows(this.em, CalendarDay, {}, { orderBy: { day: 'asc' } })) as CalendarDay[];
  }

  /** Every version of the policy, oldest first, as plain rows (they are kept between requests). */
  async policies(): Promise<DiaryPolicy[]> {
    return (await plainRows(this.em, DiaryPolicy, {}, { orderBy: { effectiveFrom: 'asc' } })) as DiaryPolicy[];
  }

  reopenings(months: readonly string[]) {
    return this.em.find(PeriodReopening, { month: { $in: [...months] } });
  }

  mappings(client: string) {
    return this.em.find(WorkItemMapping, { client });
  }

  /** A client's mappings for reading: the province defaults and, if named, only some agencies' own. */
  mappingsFor(client: string, agencyIds?: readonly string[]) {
    return this.em.find(
      WorkItemMapping,
      agencyIds ? { client, $or: [{ agencyId: null }, { agencyId: { $in: [...agencyIds] } }] } : { client },
      { orderBy: { documentType: 'asc', agencyId: QueryOrder.ASC_NULLS_FIRST } },
    );
  }

  /**
   * Events of a client already received, by external id: a retry is a duplicate whatever else
   * changed. Read from the intake keys, which outlive an archived month's entries.
   */
  async receivedEvents(client: string, externalIds: readonly string[]): Promise<Map<string, string>> {
    if (externalIds.length === 0) return new Map();
    const rows = await this.em.execute<{ id: string; external_id: string }[]>(
      `select entry_id as id, external_id from diary.intake_key where client = ? and external_id in (?)`,
      [client, [...externalIds]],
    );
    return new Map(rows.map((r) => [r.external_id, r.id]));
  }

  /** Entries a group of writes changes, managed by the group's unit of work (none asked: no statement). */
  async entriesToChange(ids: readonly string[]): Promise<DiaryEntry[]> {
    return ids.length ? this.em.find(DiaryEntry, { id: { $in: [...ids] } }) : [];
  }

  /**
   * What a group of typed entries is checked against, in one statement for every day of it, by
   * personDayKey: the person's other entries of the day, the month's reopenings and whether the
   * person is on leave that day, and the day's stamp. Read under the person-day locks (a locked
   * write), or before them by a write whose insert then checks the stamps (insertIfUnchanged), so
   * the day's entries are the ones the checks judge; the policy and the calendar come kept, read
   * before them (entry.service.ts).
   */
  async writeContexts(days: readonly { employeeId: string; workDate: string }[]): Promise<Map<string, WriteContextRows>> {
    const distinct = [...new Map(days.map((d) => [personDayKey(d.employeeId, d.workDate), d])).entries()];
    const rows = await executePrepared<{ entries: DayEntryRow[]; stamp: string; reopenings: ReopeningRow[]; leaves: number }>(
      this.em,
      // The entries by both arrays, not per day: the work dates known when it is planned prune the
      // month partitions then, where a lookup per day would start a scan of every month's.
      `with days as (select * from unnest($1::uuid[], $2::date[]) with ordinality as d (employee_id, work_date, n)),
            entries as (
              select e.employee_id, e.work_date,
                     json_agg(json_build_object('id', e.id, 'workItemId', e.work_item_id, 'quantity', e.quantity::float8,
                       'actualMinutes', e.actual_minutes, 'note', e.note, 'evidenceRef', e.evidence_ref, 'assignmentId', e.assignment_id,
                       'client', e.client, 'externalId', e.external_id)) as entries
                from diary.diary_entry e
               where e.employee_id = any($1::uuid[]) and e.work_date = any($2::date[])
               group by e.employee_id, e.work_date)
       select coalesce(x.entries, '[]') as entries, diary.day_stamp(d.employee_id, d.work_date) as stamp,
              (select coalesce(json_agg(json_build_object('month', r.month, 'agencyId', r.agency_id, 'until', r.until)), '[]')
                 from diary.period_reopening r where r.month = date_trunc('month', d.work_date)::date) as reopenings,
              (select count(*)::int from diary.leave l
                where l.employee_id = d.employee_id and l.from_date <= d.work_date and l.to_date >= d.work_date) as leaves
         from days d left join entries x on x.employee_id = d.employee_id and x.work_date = d.work_date
        order by d.n`,
      [distinct.map(([, d]) => d.employeeId), distinct.map(([, d]) => d.workDate)],
    );
    return new Map(
      rows.map((row, i) => [
        distinct[i]![0],
        {
          entries: row.entries,
          reopenings: row.reopenings.map((r) => ({ ...r, until: new Date(r.until as unknown as string) })),
          onLeave: row.leaves > 0,
          stamp: row.stamp,
        },
      ]),
    );
  }

  /**
   * New entries inserted by one statement, in no transaction of the caller's, only if none of
   * their days changed since writeContexts read them — their stamps compared under the days'
   * locks (migrations 20261218090000-unchanged-days, 20261221090000-day-stamps). Answers whether
   * they were inserted (when not, nothing was) and, when they were, the transaction that did: the
   * new rows' `xmin`, which the days' stamps now carry (stampWithEntries).
   */
  async insertIfUnchanged(
    days: readonly { employeeId: string; workDate: string; stamp: string }[],
    entries: readonly DiaryEntry[],
  ): Promise<{ unchanged: boolean; transaction: string | null }> {
    const { table, columns, json } = plainRecords(this.em, DiaryEntry, entries);
    // A partitioned table's rows cannot return their xmin: the inserting transaction's id is it.
    const [verdict] = await executePrepared<{ unchanged: boolean; transaction: string | null }>(
      this.em,
      `with verdict as materialized (select diary.lock_unchanged_day_stamps($1::text[], $2::uuid[], $3::date[], $4::text[]) as unchanged),
            added as (insert into ${table} (${columns})
                      select ${columns} from json_populate_recordset(null::${table}, $5::json) where (select unchanged from verdict)
                      returning 1)
       select unchanged, case when unchanged and exists (select from added) then pg_current_xact_id()::xid::text end as transaction
         from verdict`,
      [
        days.map((d) => personDayKey(d.employeeId, d.workDate)),
        days.map((d) => d.employeeId),
        days.map((d) => d.workDate),
        days.map((d) => d.stamp),
        json,
      ],
    );
    return verdict!;
  }

  /** A person's entries of one day, as the day checks need them (read under the day's lock). */
  async dayEntries(employeeId: string, workDate: string): Promise<DayEntryRow[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select id, work_item_id, quantity::float8 as quantity, actual_minutes, note, evidence_ref, assignment_id, client, external_id
         from diary.diary_entry where employee_id = ? and work_date = ?`,
      [employeeId, workDate],
    );
    return rows.map((r) => ({
      id: r.id as string,
      workItemId: r.work_item_id as string,
      quantity: r.quantity as number,
      actualMinutes: r.actual_minutes as number,
      note: r.note as string | null,
      evidenceRef: r.evidence_ref as string | null,
      assignmentId: r.assignment_id as string | null,
      client: r.client as string | null,
      externalId: r.external_id as string | null,
    }));
  }

  /** The audit trail, newest first. */
  audit(query: AuditQuery) {
    return this.em.find(
      DiaryAudit,
      {
        ...(query.entryId ? { entryId: query.entryId } : {}),
        ...(query.agencyIds ? { agencyId: { $in: [...query.agencyIds] } } : {}),
        ...(query.from || query.to ? { at: { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lte: query.to } : {}) } } : {}),
      },
      { orderBy: { at: 'desc', id: 'desc' }, limit: query.limit },
    );
  }

  /** Reopenings of a month, newest first; with agencies, only theirs and those for every agency. */
  reopeningsOf(month: string, agencyIds?: readonly string[]) {
    return this.em.find(
      PeriodReopening,
      agencyIds ? { month, $or: [{ agencyId: null }, { agencyId: { $in: [...agencyIds] } }] } : { month },
      { orderBy: { reopenedAt: 'desc', id: 'desc' } },
    );
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

  /**
   * Up to `limit` assignments some people lead or help with (one statement for a page of people),
   * to read: values of the entity (its getters), not managed — lists never change them.
   */
  async assignmentsOf(employeeIds: readonly string[], limit: number): Promise<Assignment[]> {
    const rows = await boundRows(this.em, Assignment, '(lead_id = any($1::uuid[]) or co_operator_ids && $1::uuid[])', [employeeIds], {
      batch: employeeIds.length,
      orderBy: 'deadline, id',
      limit,
    });
    return asEntities(Assignment, rows);
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
