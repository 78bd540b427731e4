import type { EntityManager } from '@mikro-orm/postgresql';
import { asEntities, plainRows } from '@kpi/platform/database';
import { Agency } from '../entities/index.js';
import type { AgencyKind } from '../entities/index.js';
import { containsPattern } from '../rules/names.js';

export interface AgencyFilter {
  kind?: AgencyKind;
  parentId?: string;
  /** Only agencies inside this one's subtree (itself excluded). */
  withinPath?: string;
  search?: string;
  active?: boolean;
}

/** Data access for the agency tree; every method is one statement. */
export class AgencyStore {
  constructor(private readonly em: EntityManager) {}

  /** Moves a subtree: every path under `oldPath` starts with `newPath` instead, `depthShift` levels deeper. */
  moveSubtree(oldPath: string, newPath: string, depthShift: number) {
    return this.em.execute(
      `update personnel.agency set path = ? || substr(path, ?), depth = depth + ?, updated_at = now() where path like ?`,
      [newPath, oldPath.length + 1, depthShift, `${oldPath}%`],
      'run',
    );
  }

  /** Every agency and unit (a few hundred for a province), as the entities' values, for keeping. */
  async all(): Promise<Agency[]> {
    return asEntities(Agency, await plainRows(this.em, Agency, {}));
  }

  byCodes(codes: readonly string[]) {
    return this.em.find(Agency, { code: { $in: [...codes] } });
  }

  childrenOf(parentIds: readonly string[]) {
    return this.em.find(Agency, { parentId: { $in: [...parentIds] } }, { orderBy: { code: 'asc' } });
  }

  roots() {
    return this.em.find(Agency, { parentId: null }, { orderBy: { code: 'asc' } });
  }

  /** Keyset page ordered by code. */
  async page(filter: AgencyFilter, size: number, afterCode: string | null) {
    const qb = this.em.createQueryBuilder(Agency, 'a');
    if (filter.kind) qb.andWhere({ kind: filter.kind });
    if (filter.parentId) qb.andWhere({ parentId: filter.parentId });
    if (filter.active !== undefined) qb.andWhere({ active: filter.active });
    if (filter.withinPath) qb.andWhere({ path: { $like: `${filter.withinPath}_%` } });
    if (filter.search)
      qb.andWhere('(a.search_name like ? or lower(a.code) like ?)', [containsPattern(filter.search), containsPattern(filter.search)]);
    const total = await qb.clone().getCount();
    if (afterCode !== null) qb.andWhere({ code: { $gt: afterCode } });
    const rows = await qb
      .orderBy({ code: 'asc' })
      .limit(size + 1)
      .getResultList();
    return { rows, total };
  }
}
