import { executeBound } from '@kpi/platform/database';
import type { EntityManager, RequiredEntityData } from '@mikro-orm/postgresql';
import { Assignment, AssignmentEvent, EntrySource, type EntryStatus } from '../entities/index.js';

/** The client name imported entries carry beside their import key: what makes a re-import a no-op. */
export const HISTORY_CLIENT = 'history-import';

/** A past entry as it is written: placed where its person worked that day, priced by the version then. */
export interface HistoryEntryRow {
  id: string;
  key: string;
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
  status: EntryStatus;
}

const COLUMNS = `id uuid, key text, employee_id uuid, agency_id uuid, division_id uuid, work_date date, work_item_id uuid,
  work_item_version integer, standard_minutes numeric, coefficient numeric, quantity numeric, actual_minutes integer, note text,
  evidence_ref text, evidence_required boolean, status text`;

/** Data access of the history import; every method is one statement (insertEntries: one per thousand rows). */
export class HistoryStore {
  constructor(private readonly em: EntityManager) {}

  /** Recorded minutes of each person-day asked, keyed `employeeId|date` (the 24-hour day counts what is stored). */
  async dayMinutes(days: readonly { employeeId: string; workDate: string }[]): Promise<Map<string, number>> {
    if (days.length === 0) return new Map();
    const dates = days.map((d) => d.workDate).sort();
    const rows = await executeBound<{ employee_id: string; work_date: string; minutes: number }>(
      this.em,
      `select e.employee_id, to_char(e.work_date, 'YYYY-MM-DD') as work_date, sum(e.actual_minutes)::int as minutes
         from diary.diary_entry e
         join unnest($1::uuid[], $2::date[]) as k(employee_id, work_date) on k.employee_id = e.employee_id and k.work_date = e.work_date
        where e.work_date between $3::date and $4::date
        group by 1, 2`,
      [days.map((d) => d.employeeId), days.map((d) => d.workDate), dates[0], dates.at(-1)],
    );
    return new Map(rows.map((r) => [`${r.employee_id}|${r.work_date}`, r.minutes]));
  }

  /**
   * Writes the rows whose import key is not taken yet, a thousand a statement (the JSON a bound
   * parameter): the key is claimed first, so a row imported by a concurrent run is skipped, never
   * written twice. Answers how many were written.
   */
  async insertEntries(rows: readonly HistoryEntryRow[], importedBy: string, written: (n: number) => Promise<void>): Promise<number> {
    let total = 0;
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000).map((r) => ({
        id: r.id,
        key: r.key,
        employee_id: r.employeeId,
        agency_id: r.agencyId,
        division_id: r.divisionId,
        work_date: r.workDate,
        work_item_id: r.workItemId,
        work_item_version: r.workItemVersion,
        standard_minutes: r.standardMinutes,
        coefficient: r.coefficient,
        quantity: r.quantity,
        actual_minutes: r.actualMinutes,
        note: r.note,
        evidence_ref: r.evidenceRef,
        evidence_required: r.evidenceRequired,
        status: r.status,
      }));
      const inserted = await executeBound<{ id: string }>(
        this.em,
        `with input as (select * from jsonb_to_recordset($1::jsonb) as r(${COLUMNS})),
         claimed as (
           insert into diary.intake_key (client, external_id, entry_id) select $2, key, id from input
           on conflict (client, external_id) do nothing returning entry_id
         )
         insert into diary.diary_entry (id, employee_id, agency_id, division_id, work_date, work_item_id, work_item_version,
           standard_minutes, coefficient, quantity, actual_minutes, note, evidence_ref, evidence_required, source, external_id, client,
           status, reviewed_by, reviewed_at, recorded_by)
         select i.id, i.employee_id, i.agency_id, i.division_id, i.work_date, i.work_item_id, i.work_item_version, i.standard_minutes,
                i.coefficient, i.quantity, i.actual_minutes, i.note, i.evidence_ref, i.evidence_required, $3, i.key, $2,
                i.status, $4, now(), $4
           from input i join claimed c on c.entry_id = i.id
         returning id`,
        [JSON.stringify(chunk), HISTORY_CLIENT, EntrySource.IMPORT, importedBy],
      );
      total += inserted.length;
      await written(chunk.length);
    }
    return total;
  }
}

/** An imported assignment and its recorded steps, as written. */
export interface HistoryAssignment {
  assignment: Omit<Assignment, 'imported' | 'createdAt' | 'updatedAt'>;
  events: Omit<AssignmentEvent, never>[];
}

/** The keys of a sheet's assignments imported before. */
export async function importedAssignmentKeys(em: EntityManager, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await executeBound<{ import_key: string }>(
    em,
    `select import_key from diary.assignment where import_key = any($1::text[])`,
    [[...keys]],
  );
  return new Set(rows.map((r) => r.import_key));
}

/** Imported assignments and their steps, in the caller's transaction (batched by the ORM). */
export async function insertAssignments(em: EntityManager, rows: readonly HistoryAssignment[]) {
  if (rows.length === 0) return;
  await em.insertMany(
    Assignment,
    rows.map((r) => r.assignment as RequiredEntityData<Assignment>),
  );
  await em.insertMany(
    AssignmentEvent,
    rows.flatMap((r) => r.events),
  );
}
