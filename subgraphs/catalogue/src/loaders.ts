import { groupLoader, recordLoader } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CatalogueStore } from './store/catalogue.store.js';

/** Every load by key goes through one of these, made fresh for each request. */
export function createLoaders(em: EntityManager) {
  const store = new CatalogueStore(em);
  return {
    store,
    sector: recordLoader(
      (ids: readonly string[]) => store.sectorsByIds(ids),
      (s) => s.id,
    ),
    sectorByCode: recordLoader(
      (codes: readonly string[]) => store.sectorsByCodes(codes),
      (s) => s.code,
    ),
    sectorsOwnedBy: groupLoader(
      (ids: readonly string[]) => store.sectorsOwnedBy(ids),
      (s) => s.ownerAgencyId,
    ),
    item: recordLoader(
      (ids: readonly string[]) => store.itemsByIds(ids),
      (i) => i.id,
    ),
    itemByCode: recordLoader(
      (codes: readonly string[]) => store.itemsByCodes(codes),
      (i) => i.code,
    ),
    ownItems: groupLoader(
      (ids: readonly string[]) => store.ownItemsOf(ids),
      (i) => i.ownerAgencyId!,
    ),
    versions: groupLoader(
      (ids: readonly string[]) => store.versionsOf(ids),
      (v) => v.workItemId,
    ),
    jobDescription: groupLoader(
      (ids: readonly string[]) => store.jobDescriptionsOf(ids),
      (line) => line.positionId,
    ),
    standards: groupLoader(
      (ids: readonly string[]) => store.standardsOf(ids),
      (s) => s.sectorId,
    ),
    audit: groupLoader(
      (ids: readonly string[]) => store.auditOf(ids),
      (a) => a.subjectId,
    ),
    /** Group A items: one list per request, however many leaders ask. */
    groupA: (() => {
      let items: ReturnType<CatalogueStore['itemsOfGroup']> | undefined;
      return () => (items ??= store.itemsOfGroup('A' as never));
    })(),
    limits: (() => {
      let all: ReturnType<CatalogueStore['allLimits']> | undefined;
      return () => (all ??= store.allLimits());
    })(),
  };
}

export type CatalogueLoaders = ReturnType<typeof createLoaders>;
