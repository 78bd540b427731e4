import { executeBound } from '@kpi/platform/database';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency, Employee, JobPosition, Placement, type PlacementKind } from '../entities/index.js';

/** A past placement as the history import writes it. */
export interface ImportedPlacementRow {
  id: string;
  employeeId: string;
  kind: PlacementKind;
  agencyId: string;
  divisionId: string | null;
  positionId: string | null;
  supervisorId: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  decisionNumber: string | null;
  reason: string | null;
}

/** Keys per look-up: a sheet names up to tens of thousands of codes, far below PostgreSQL's bound-parameter limit per chunk. */
const CHUNK = 5000;

async function chunked<K, T>(keys: readonly K[], find: (chunk: K[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += CHUNK) out.push(...(await find(keys.slice(i, i + CHUNK))));
  return out;
}

/** Data access of the placement history import: what a sheet's codes name, and the bulk write. */
export class PlacementImportStore {
  constructor(private readonly em: EntityManager) {}

  employeesByCodes(codes: readonly string[]) {
    return chunked(codes, (chunk) => this.em.find(Employee, { code: { $in: chunk } }));
  }

  agenciesByCodes(codes: readonly string[]) {
    return chunked(codes, (chunk) => this.em.find(Agency, { code: { $in: chunk } }));
  }

  agenciesByIds(ids: readonly string[]) {
    return chunked(ids, (chunk) => this.em.find(Agency, { id: { $in: chunk } }));
  }

  positionsOfAgencies(agencyIds: readonly string[]) {
    return chunked(agencyIds, (chunk) => this.em.find(JobPosition, { agencyId: { $in: chunk } }));
  }

  placementsOf(employeeIds: readonly string[]) {
    return chunked(employeeIds, (chunk) =>
      this.em.find(Placement, { employeeId: { $in: chunk } }, { orderBy: { employeeId: 'asc', effectiveFrom: 'asc' } }),
    );
  }

  /**
   * Holds the people a sheet names until the transaction ends (in id order, so two imports never
   * wait on each other in a circle): a concurrent import of the same people then sees what this
   * one wrote and finds it unchanged, rather than writing it twice.
   */
  async lockPeople(codes: readonly string[]) {
    await chunked(codes, (chunk) =>
      executeBound(this.em, `select id from personnel.employee where code = any($1::text[]) order by id for update`, [chunk]),
    );
  }

  /** Writes the placements a thousand a statement (the JSON a bound parameter), marked imported. */
  async insertPlacements(rows: readonly ImportedPlacementRow[], recordedBy: string, written: (n: number) => Promise<void>) {
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000).map((r) => ({
        id: r.id,
        employee_id: r.employeeId,
        kind: r.kind,
        agency_id: r.agencyId,
        division_id: r.divisionId,
        position_id: r.positionId,
        supervisor_id: r.supervisorId,
        effective_from: r.effectiveFrom,
        effective_to: r.effectiveTo,
        decision_number: r.decisionNumber,
        reason: r.reason,
      }));
      await executeBound(
        this.em,
        `insert into personnel.employee_placement (id, employee_id, kind, agency_id, division_id, position_id, supervisor_id,
           effective_from, effective_to, decision_number, reason, recorded_by, recorded_at, imported)
         select r.id, r.employee_id, r.kind, r.agency_id, r.division_id, r.position_id, r.supervisor_id,
                r.effective_from, r.effective_to, r.decision_number, r.reason, $2, now(), true
           from jsonb_to_recordset($1::jsonb) as r(id uuid, employee_id uuid, kind text, agency_id uuid, division_id uuid,
                position_id uuid, supervisor_id uuid, effective_from date, effective_to date, decision_number text, reason text)`,
        [JSON.stringify(chunk), recordedBy],
      );
      await written(chunk.length);
    }
  }
}
