import { groupLoader, recordLoader } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { AgencyStore } from './store/agency.store.js';
import { EmployeeStore } from './store/employee.store.js';
import { PositionStore } from './store/position.store.js';
import { GrantStore } from './store/grant.store.js';
import { ClientStore } from './store/client.store.js';

/** Every load by key goes through one of these, made fresh for each request. */
export function createLoaders(em: EntityManager) {
  const agencies = new AgencyStore(em);
  const positions = new PositionStore(em);
  const employees = new EmployeeStore(em);
  const grants = new GrantStore(em);
  const clients = new ClientStore(em);
  return {
    clientOperations: groupLoader(
      (clientIds: readonly string[]) => clients.operationsOf(clientIds),
      (o) => o.clientId,
    ),
    agency: recordLoader(
      (ids: readonly string[]) => agencies.byIds(ids),
      (a) => a.id,
    ),
    agencyByCode: recordLoader(
      (codes: readonly string[]) => agencies.byCodes(codes),
      (a) => a.code,
    ),
    agencyChildren: groupLoader(
      (ids: readonly string[]) => agencies.childrenOf(ids),
      (a) => a.parentId!,
    ),
    position: recordLoader(
      (ids: readonly string[]) => positions.byIds(ids),
      (p) => p.id,
    ),
    agencyPositions: groupLoader(
      (ids: readonly string[]) => positions.byAgencies(ids),
      (p) => p.agencyId,
    ),
    employee: recordLoader(
      (ids: readonly string[]) => employees.byIds(ids),
      (e) => e.id,
    ),
    employeeByCode: recordLoader(
      (codes: readonly string[]) => employees.byCodes(codes),
      (e) => e.code,
    ),
    directReports: groupLoader(
      (ids: readonly string[]) => employees.bySupervisors(ids),
      (e) => e.supervisorId!,
    ),
    unitStaff: new DataLoader<string, string[]>(async (unitIds) => {
      const staff = await employees.inUnits(unitIds);
      return unitIds.map((unit) => staff.filter((e) => (e.divisionId ?? e.agencyId) === unit).map((e) => e.id));
    }),
    placements: groupLoader(
      (ids: readonly string[]) => employees.placementsOf(ids),
      (p) => p.employeeId,
    ),
    grants: groupLoader(
      (ids: readonly string[]) => grants.ofEmployees(ids),
      (g) => g.employeeId,
    ),
    /** The store itself, for the lists no key reaches. */
    grantStore: grants,
  };
}

export type PersonnelLoaders = ReturnType<typeof createLoaders>;
