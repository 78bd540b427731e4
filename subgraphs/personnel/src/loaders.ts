import { groupLoader, KeptOwnRows, recordLoader, type Peers } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { AgencyStore } from './store/agency.store.js';
import { EmployeeStore } from './store/employee.store.js';
import { PositionStore } from './store/position.store.js';
import { GrantStore } from './store/grant.store.js';
import { ClientStore } from './store/client.store.js';
import type { Agency, JobPosition } from './entities/index.js';

/**
 * The agencies and job positions (a few hundred of each for a province), which nearly every
 * request reads — a person's own page its position, agency and unit — and which change a few
 * times a year: kept in the process under personnel's revision (migrations 20261209000000 and
 * 20261214090000 move it with every change of them), by id. `me` was three statements; it is one.
 */
const keptRows = new KeptOwnRows('personnel');

/** Every load by key goes through one of these, made fresh for each request. */
export function createLoaders(em: EntityManager, peers?: Peers) {
  const agencies = new AgencyStore(em);
  const positions = new PositionStore(em);
  const kept = keptRows.forRequest(em, peers?.watched('personnel'));
  let agencyById: Promise<ReadonlyMap<string, Agency>> | undefined;
  let positionById: Promise<ReadonlyMap<string, JobPosition>> | undefined;
  const employees = new EmployeeStore(em);
  const grants = new GrantStore(em);
  const clients = new ClientStore(em);
  return {
    clientOperations: groupLoader(
      (clientIds: readonly string[]) => clients.operationsOf(clientIds),
      (o) => o.clientId,
    ),
    agency: recordLoader(
      async (ids: readonly string[]) => {
        const all = await (agencyById ??= kept('agencies', () => agencies.all()).then(byId));
        return ids.flatMap((id) => all.get(id) ?? []);
      },
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
      async (ids: readonly string[]) => {
        const all = await (positionById ??= kept('positions', () => positions.all()).then(byId));
        return ids.flatMap((id) => all.get(id) ?? []);
      },
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
      (ids: readonly string[]) => grants.ofEmployeesToRead(ids),
      (g) => g.employeeId,
    ),
    /** The store itself, for the lists no key reaches. */
    grantStore: grants,
  };
}

export type PersonnelLoaders = ReturnType<typeof createLoaders>;

/** Kept rows by id, made once for each array kept (every request under a revision shares it). */
const indexes = new WeakMap<readonly { id: string }[], ReadonlyMap<string, unknown>>();
function byId<T extends { id: string }>(rows: readonly T[]): ReadonlyMap<string, T> {
  let index = indexes.get(rows);
  if (!index) indexes.set(rows, (index = new Map(rows.map((row) => [row.id, row]))));
  return index as ReadonlyMap<string, T>;
}
