import { groupLoader, recordLoader } from '@kpi/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { VersionApproval, type WorkItemVersion } from './entities/index.js';
import { CatalogueStore } from './store/catalogue.store.js';

/** Every load by key goes through one of these, made fresh for each request. */
export function createLoaders(em: EntityManager) {
  const store = new CatalogueStore(em);
  // Every version of the items asked for, in one statement; approved ones and proposals are read
  // from it, so an item waiting for approval costs no extra statement.
  const allVersions = groupLoader(
    (ids: readonly string[]) => store.allVersionsOf(ids),
    (v) => v.workItemId,
  );
  const ofApproval = (approved: boolean) =>
    new DataLoader<string, WorkItemVersion[]>(async (ids) =>
      (await allVersions.loadMany(ids)).map((versions) =>
        versions instanceof Error ? versions : versions.filter((v) => (v.approval === VersionApproval.APPROVED) === approved),
      ),
    );
  const versions = ofApproval(true);
  const proposals = ofApproval(false);
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
      (ids: readonly string[]) => store.itemRows(ids),
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
    /** Approved versions only: what is in force. */
    versions,
    /** Versions not in force: the one waiting for approval, and rejected or withdrawn ones. */
    proposals,
    /** After a change to an item's versions, within the request. */
    versionsChanged(itemId: string) {
      for (const loader of [allVersions, versions, proposals]) loader.clear(itemId);
    },
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
