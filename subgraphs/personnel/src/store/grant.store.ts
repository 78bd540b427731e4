import type { EntityManager } from '@mikro-orm/postgresql';
import { RoleGrant } from '../entities/index.js';

/** Data access for role grants; every method is one statement. */
export class GrantStore {
  constructor(private readonly em: EntityManager) {}

  ofEmployees(employeeIds: readonly string[]) {
    return this.em.find(RoleGrant, { employeeId: { $in: [...employeeIds] } }, { orderBy: { effectiveFrom: 'asc', id: 'asc' } });
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
