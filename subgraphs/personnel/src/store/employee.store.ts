import type { EntityManager } from '@mikro-orm/postgresql';
import { Employee, EmploymentStatus, Placement, type PositionCategory, type StaffType } from '../entities/index.js';
import { containsPattern } from '../rules/names.js';

export enum EmployeeSortField {
  NAME = 'NAME',
  CODE = 'CODE',
}
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

export interface EmployeeFilter {
  /** Employees of this agency or any agency / division below it. */
  withinPath?: string;
  divisionId?: string;
  positionId?: string;
  positionCategory?: PositionCategory;
  staffType?: StaffType;
  status?: EmploymentStatus;
  supervisorId?: string;
  search?: string;
  /** These employees only. */
  ids?: string[];
  /** Who reported to one of these supervisors in a placement overlapping from..to. */
  supervisedBy?: { supervisorIds: string[]; from: string; to: string };
}

export interface EmployeeScope {
  /** `'all'`, or the agencies whose directory the caller reads. */
  agencies: 'all' | string[];
  selfId: string | null;
}

const SORT_COLUMN = { [EmployeeSortField.NAME]: 'sort_name', [EmployeeSortField.CODE]: 'code' } as const;
const SORT_PROPERTY = { [EmployeeSortField.NAME]: 'sortName', [EmployeeSortField.CODE]: 'code' } as const;

export class EmployeeStore {
  constructor(private readonly em: EntityManager) {}

  byIds(ids: readonly string[]) {
    return this.em.find(Employee, { id: { $in: [...ids] } });
  }

  byCodes(codes: readonly string[]) {
    return this.em.find(Employee, { code: { $in: [...codes] } });
  }

  bySupervisors(supervisorIds: readonly string[]) {
    return this.em.find(Employee, { supervisorId: { $in: [...supervisorIds] } }, { orderBy: { sortName: 'asc', id: 'asc' } });
  }

  /** People in service placed directly in these agencies or divisions (not their subdivisions). */
  inUnits(unitIds: readonly string[]) {
    const ids = [...unitIds];
    return this.em.find(
      Employee,
      {
        $or: [{ agencyId: { $in: ids }, divisionId: null }, { divisionId: { $in: ids } }],
        status: { $in: [EmploymentStatus.ACTIVE, EmploymentStatus.ON_LEAVE] },
      },
      { fields: ['id', 'agencyId', 'divisionId'], orderBy: { sortName: 'asc', id: 'asc' } },
    );
  }

  placementsOf(employeeIds: readonly string[]) {
    return this.em.find(Placement, { employeeId: { $in: [...employeeIds] } }, { orderBy: { effectiveFrom: 'asc' } });
  }

  openPlacement(employeeId: string) {
    return this.em.findOne(Placement, { employeeId, effectiveTo: null });
  }

  /** Everyone whose placement in `positionId` covered `date`. */
  holdersOn(positionId: string, date: string) {
    return this.em.find(
      Placement,
      { positionId, effectiveFrom: { $lte: date }, $or: [{ effectiveTo: null }, { effectiveTo: { $gte: date } }] },
      { orderBy: { effectiveFrom: 'asc' } },
    );
  }

  /** Whether `candidateId` reports, directly or not, to `employeeId` (one recursive query). */
  async reportsTo(candidateId: string, employeeId: string): Promise<boolean> {
    const rows = await this.em.execute<{ found: number }[]>(
      `with recursive chain (id, supervisor_id, depth) as (
         select id, supervisor_id, 0 from personnel.employee where id = ?
         union all
         select e.id, e.supervisor_id, c.depth + 1 from personnel.employee e join chain c on e.id = c.supervisor_id
         where c.depth < 64
       ) select 1 as found from chain where id = ? limit 1`,
      [candidateId, employeeId],
    );
    return rows.length > 0;
  }

  /**
   * These people and, down the supervisor chains, everyone who reported to one of them in a
   * placement overlapping from..to while that one held a leading position in the range, and so on
   * down: the units of the leaders among them over the range (a superset of whose last stretch
   * names them), in one recursive statement whatever the depth. A supervisor cycle ends where it closes.
   */
  unitsOf(ids: readonly string[], from: string, to: string) {
    return this.em
      .createQueryBuilder(Employee, 'e')
      .where(
        `e.id in (
           with recursive unit (id) as (
             select id from personnel.employee where id = any(?::uuid[])
             union
             select p.employee_id from unit u
             join personnel.employee_placement p on p.supervisor_id = u.id
               and p.kind <> 'SEPARATION' and p.effective_from <= ?::date and (p.effective_to is null or p.effective_to >= ?::date)
             where exists (
               select 1 from personnel.employee_placement l join personnel.job_position jp on jp.id = l.position_id
               where l.employee_id = u.id and jp.is_leadership and l.kind <> 'SEPARATION'
                 and l.effective_from <= ?::date and (l.effective_to is null or l.effective_to >= ?::date))
           ) select id from unit)`,
        [`{${ids.join(',')}}`, to, from, to, from],
      )
      .getResultList();
  }

  /** Keyset page over a sort key with id as the tiebreak; scope and filters are SQL, not post-filters. */
  async page(
    filter: EmployeeFilter,
    scope: EmployeeScope,
    sort: { field: EmployeeSortField; direction: SortDirection },
    size: number,
    after: [string, string] | null,
  ) {
    const qb = this.em.createQueryBuilder(Employee, 'e');
    if (scope.agencies !== 'all') {
      qb.andWhere({ $or: [{ agencyId: { $in: scope.agencies } }, ...(scope.selfId ? [{ id: scope.selfId }] : [])] });
    }
    if (filter.withinPath) {
      qb.andWhere(
        '(e.agency_id in (select id from personnel.agency where path like ?) or e.division_id in (select id from personnel.agency where path like ?))',
        [`${filter.withinPath}%`, `${filter.withinPath}%`],
      );
    }
    if (filter.divisionId) qb.andWhere({ divisionId: filter.divisionId });
    if (filter.positionId) qb.andWhere({ positionId: filter.positionId });
    if (filter.positionCategory)
      qb.andWhere('e.position_id in (select id from personnel.job_position where category = ?)', [filter.positionCategory]);
    if (filter.staffType) qb.andWhere({ staffType: filter.staffType });
    if (filter.status) qb.andWhere({ status: filter.status });
    if (filter.supervisorId) qb.andWhere({ supervisorId: filter.supervisorId });
    if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter.supervisedBy) {
      const { supervisorIds, from, to } = filter.supervisedBy;
      qb.andWhere(
        `e.id in (select p.employee_id from personnel.employee_placement p
                  where p.supervisor_id = any(?::uuid[]) and p.effective_from <= ?::date and (p.effective_to is null or p.effective_to >= ?::date))`,
        [`{${supervisorIds.join(',')}}`, to, from],
      );
    }
    if (filter.search)
      qb.andWhere('(e.search_name like ? or lower(e.code) like ?)', [containsPattern(filter.search), containsPattern(filter.search)]);
    const total = await qb.clone().getCount();
    const column = SORT_COLUMN[sort.field];
    const ascending = sort.direction === SortDirection.ASC;
    if (after) qb.andWhere(`(e.${column}, e.id) ${ascending ? '>' : '<'} (?, ?)`, after);
    const order = ascending ? 'asc' : 'desc';
    const rows = await qb
      .orderBy({ [SORT_PROPERTY[sort.field]]: order, id: order })
      .limit(size + 1)
      .getResultList();
    return { rows, total, cursorOf: (employee: Employee): [string, string] => [employee[SORT_PROPERTY[sort.field]], employee.id] };
  }
}
