import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { asEntities, boundRows } from '@kpi/platform/database';
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

/** A placement as scoring reads it (EmployeeStore.placementsIn, unitPlacements). */
export interface UnitPlacement {
  employeeId: string;
  agencyId: string;
  divisionId: string | null;
  positionId: string | null;
  supervisorId: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  sectorCodes: string[];
  positionCategory: PositionCategory | null;
  isLeadership: boolean;
  standardMinutesPerDay: number | null;
}

interface UnitPlacementRow {
  employee_id: string;
  agency_id: string;
  division_id: string | null;
  position_id: string | null;
  supervisor_id: string | null;
  effective_from: string;
  effective_to: string | null;
  sector_codes: string[] | null;
  category: PositionCategory | null;
  is_leadership: boolean | null;
  standard_minutes_per_day: number | null;
}

export interface EmployeeScope {
  /** `'all'`, or the agencies whose directory the caller reads. */
  agencies: 'all' | string[];
  selfId: string | null;
}

const SORT_COLUMN = { [EmployeeSortField.NAME]: 'sort_name', [EmployeeSortField.CODE]: 'code' } as const;
const SORT_PROPERTY = { [EmployeeSortField.NAME]: 'sortName', [EmployeeSortField.CODE]: 'code' } as const;

/** A placement overlapping from..to (`?` the range's last day, then its first), not a separation. */
const overlaps = (p: string) =>
  `${p}.kind <> 'SEPARATION' and ${p}.effective_from <= ?::date and (${p}.effective_to is null or ${p}.effective_to >= ?::date)`;

/** The columns of a placement as scoring reads it (p: the placement, a: its agency, jp: its position). */
const SCORING_PLACEMENT = `p.employee_id, p.agency_id, p.division_id, p.position_id, p.supervisor_id,
  p.effective_from::text as effective_from, p.effective_to::text as effective_to,
  a.sector_codes, jp.category, jp.is_leadership, jp.standard_minutes_per_day`;

const scoringPlacementOf = (r: UnitPlacementRow): UnitPlacement => ({
  employeeId: r.employee_id,
  agencyId: r.agency_id,
  divisionId: r.division_id,
  positionId: r.position_id,
  supervisorId: r.supervisor_id,
  effectiveFrom: r.effective_from,
  effectiveTo: r.effective_to,
  sectorCodes: r.sector_codes ?? [],
  positionCategory: r.category,
  isLeadership: r.is_leadership ?? false,
  standardMinutesPerDay: r.standard_minutes_per_day,
});

export class EmployeeStore {
  constructor(private readonly em: EntityManager) {}

  /**
   * People by id, as plain rows made Employees (bound, planned once per connection for a small
   * batch): what the loaders read — `me`, references, a grant's checks — and never write (a write
   * loads its own with `em.findOne`). The ORM's find built and hydrated each one: 14 % of
   * personnel's CPU in a profile of the staff dashboard, whose `me` is one person.
   */
  async byIds(ids: readonly string[]) {
    return asEntities(Employee, await boundRows(this.em, Employee, 'id = any($1::uuid[])', [[...ids]], { batch: ids.length }));
  }

  async byCodes(codes: readonly string[]) {
    return asEntities(Employee, await boundRows(this.em, Employee, 'code = any($1::text[])', [[...codes]], { batch: codes.length }));
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
   * Every placement but separations overlapping from..to of the employees the filter names
   * (everyone without one), as scoring reads them: plain rows, one statement for a province
   * (~8,000 placements a month) where the directory's pages took 15 calls of 5 statements each. By
   * person in the directory's order by code (the order scoring scores a province in, as
   * unitPlacements answers), then from the first.
   */
  async placementsIn(from: string, to: string, filter: EmployeeFilter): Promise<UnitPlacement[]> {
    const named = Object.values(filter).some((v) => v !== undefined && v !== null)
      ? this.filtered(this.em.createQueryBuilder(Employee, 'e'), filter).select('e.id')
      : null;
    const rows = await this.em.execute<UnitPlacementRow[]>(
      `select ${SCORING_PLACEMENT}
         from personnel.employee_placement p
         join personnel.employee e on e.id = p.employee_id
         join personnel.agency a on a.id = p.agency_id
         left join personnel.job_position jp on jp.id = p.position_id
        where ${overlaps('p')} ${named ? `and p.employee_id in (${named.getQuery()})` : ''}
        order by e.code, e.id, p.effective_from`,
      [to, from, ...(named ? named.getParams() : [])],
    );
    return rows.map(scoringPlacementOf);
  }

  /**
   * The placements overlapping from..to (not separations) of these people and, down the supervisor
   * chains, of everyone who reported to one of them in such a placement while that one held a
   * leading position in the range, and so on down: the units of the leaders among them over the
   * range (a superset of whose last stretch names them). One recursive statement, plain rows,
   * whatever the depth; a supervisor cycle ends where it closes. By person in the directory's
   * order by code (the order scoring scores a province in), then from the first.
   */
  async unitPlacements(ids: readonly string[], from: string, to: string): Promise<UnitPlacement[]> {
    const rows = await this.em.execute<UnitPlacementRow[]>(
      `with recursive unit (id) as (
         select id from personnel.employee where id = any(?::uuid[])
         union
         select p.employee_id from unit u
         join personnel.employee_placement p on p.supervisor_id = u.id and ${overlaps('p')}
         where exists (
           select 1 from personnel.employee_placement l join personnel.job_position jp on jp.id = l.position_id
           where l.employee_id = u.id and jp.is_leadership and ${overlaps('l')})
       )
       select ${SCORING_PLACEMENT}
       from unit u
       join personnel.employee e on e.id = u.id
       join personnel.employee_placement p on p.employee_id = u.id and ${overlaps('p')}
       join personnel.agency a on a.id = p.agency_id
       left join personnel.job_position jp on jp.id = p.position_id
       order by e.code, e.id, p.effective_from`,
      [`{${ids.join(',')}}`, to, from, to, from, to, from],
    );
    return rows.map(scoringPlacementOf);
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
    this.filtered(qb, filter);
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

  /** The filter's conditions on the employees aliased `e`, as SQL. */
  private filtered<Q extends QueryBuilder<Employee, 'e'>>(qb: Q, filter: EmployeeFilter): Q {
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
    return qb;
  }
}
