import type { AskOptions, EntityOf, Peers } from '@kpi/platform';
import {
  CatalogueRevisionDocument,
  ItemFactsDocument,
  ItemLabelsDocument,
  PerformableItemsDocument,
  type ItemFactsQuery,
  type ItemLabelsQuery,
  type PerformableItemsQuery,
} from './catalogue.generated.js';

/**
 * What the diary asks the catalogue, typed from the catalogue's SDL by `pnpm codegen` (the
 * operations are in catalogue.graphql beside this file).
 */
export type WorkItemFacts = EntityOf<ItemFactsQuery>;
export type ItemVersionFacts = WorkItemFacts['versions'][number];
export type PositionItems = EntityOf<PerformableItemsQuery>;
export type ItemLabels = EntityOf<ItemLabelsQuery>;

/** Work items with every approved version, in the order asked. */
export function workItems(peers: Peers, ids: readonly string[], as: AskOptions = {}) {
  return peers.entities('catalogue', 'WorkItem', ItemFactsDocument, ids, {}, as);
}

/** Work items' code, name and unit of today, in the order asked. */
export function itemLabels(peers: Peers, ids: readonly string[], as: AskOptions = {}) {
  return peers.entities('catalogue', 'WorkItem', ItemLabelsDocument, ids, {}, as);
}

/** The items each position may log (its job description and, for leaders, group A). */
export function performableItems(peers: Peers, positions: readonly { id: string; isLeadership: boolean }[], as: AskOptions = {}) {
  return peers.entities('catalogue', 'JobPosition', PerformableItemsDocument, positions, {}, as);
}

/** The catalogue's revision, asked as the diary: it moves with every change to what `workItems` and `performableItems` answer. */
export async function catalogueRevision(peers: Peers, announce?: string): Promise<string> {
  return (await peers.query('catalogue', CatalogueRevisionDocument, { announce }, { asService: true })).catalogueRevision;
}

/** Work items by their province-wide codes (how sheets name them), with every approved version. */
export function workItemsByCode(peers: Peers, codes: readonly string[], as: AskOptions = {}) {
  return peers.entities(
    'catalogue',
    'WorkItem',
    ItemFactsDocument,
    codes.map((code) => ({ code })),
    {},
    as,
  );
}
