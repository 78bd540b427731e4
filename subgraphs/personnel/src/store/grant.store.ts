import type { EntityManager } from '@mikro-orm/postgresql';
import { readRevisionSql } from '@kpi/platform';
import { asEntities, BACKGROUND, boundRows } from '@kpi/platform/database';
import { RoleGrant } from '../entities/index.js';

/** Data access for role grants; every method is one statement. */
export class GrantStore {
  constructor(private readonly em: EntityManager) {}

  /**
   * The access revision: the directory's revision and the grants' and clients' counter (migration
   * 20261219090000), read for the gateway's watch about once a second — background work, not a
   * statement of whatever request it lands beside.
   */
  async accessRevision(): Promise<string> {
    const [row] = await this.em.execute<{ revision: string }[]>(
      `${BACKGROUND} select (${readRevisionSql('personnel')}) || '/' || a."counter" as "revision"
         from "personnel"."access_revision" a`,
    );
    return row!.revision;
  }

  /** Some people's grants, managed: what a writer changes (a transfer ends them). */
  ofEmployees(employeeIds: readonly string[]) {
    return this.em.find(RoleGrant, { employeeId: { $in: [...employeeIds] } }, { orderBy: { effectiveFrom: 'asc', id: 'asc' } });
  }

  /**
   * The same grants to read (the loaders': a person's access, which the gateway asks for at a
   * session's first request and whenever the access revision moves): the entities' values as plain rows, bound, planned once per
   * connection for a small batch — no statement text made and planned anew, no entity hydrated.
   */
  async ofEmployeesToRead(employeeIds: readonly string[]) {
    const rows = await boundRows(this.em, RoleGrant, 'employee_id = any($1::uuid[])', [[...employeeIds]], {
      batch: employeeIds.length,
      orderBy: 'effective_from, id',
    });
    return asEntities(RoleGrant, rows);
  }

  /** Grants matching the filter; `agencyIds` limits them to grants over those agencies (an agency admin's view). */
  list(filter: { employeeId?: string; agencyId?: string; agencyIds?: readonly string[] }) {
    return this.em.find(
      RoleGrant,
      {
        ...(filter.employeeId ? { employeeId: filter.employeeId } : {}),
        ...(filter.agencyId ? { agencyId: filter.agencyId } : {}),
        ...(filter.agencyIds ? { agencyId: { $in: [...filter.agencyIds] } } : {}),
      },
      { orderBy: { grantedAt: 'desc', id: 'asc' } },
    );
  }
}
