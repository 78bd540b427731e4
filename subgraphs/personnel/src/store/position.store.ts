import type { EntityManager } from '@mikro-orm/postgresql';
import { asEntities, plainRows } from '@kpi/platform/database';
import { JobPosition, type PositionCategory } from '../entities/index.js';

export interface PositionFilter {
  agencyId?: string;
  category?: PositionCategory;
  isLeadership?: boolean;
  active?: boolean;
}

export class PositionStore {
  constructor(private readonly em: EntityManager) {}

  /** Every job position (a few hundred for a province), as the entities' values, for keeping. */
  async all(): Promise<JobPosition[]> {
    return asEntities(JobPosition, await plainRows(this.em, JobPosition, {}));
  }

  byAgencies(agencyIds: readonly string[]) {
    return this.em.find(JobPosition, { agencyId: { $in: [...agencyIds] } }, { orderBy: { code: 'asc' } });
  }

  byAgencyAndCode(agencyId: string, code: string) {
    return this.em.findOne(JobPosition, { agencyId, code });
  }

  /** Keyset page ordered by (agency, code), with id as the tiebreak the cursor carries. */
  async page(filter: PositionFilter, size: number, after: [string, string] | null) {
    const qb = this.em.createQueryBuilder(JobPosition, 'p');
    if (filter.agencyId) qb.andWhere({ agencyId: filter.agencyId });
    if (filter.category) qb.andWhere({ category: filter.category });
    if (filter.isLeadership !== undefined) qb.andWhere({ isLeadership: filter.isLeadership });
    if (filter.active !== undefined) qb.andWhere({ active: filter.active });
    const total = await qb.clone().getCount();
    if (after) qb.andWhere('(p.code, p.id) > (?, ?)', after);
    const rows = await qb
      .orderBy({ code: 'asc', id: 'asc' })
      .limit(size + 1)
      .getResultList();
    return { rows, total };
  }
}
