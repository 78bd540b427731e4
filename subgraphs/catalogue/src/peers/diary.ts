import type { AskOptions, Peers } from '@kpi/platform';
import { ItemUsageDocument } from './diary.generated.js';

/**
 * What the catalogue asks the diary, typed from the diary's SDL by `pnpm codegen` (the operation
 * is in diary.graphql beside this file).
 */

/** How much each item was used from `from` to `to`, in the order asked (null: no answer for it). */
export function itemUsage(peers: Peers, ids: readonly string[], from: string, to: string, as: AskOptions = {}) {
  return peers.entities('diary', 'WorkItem', ItemUsageDocument, ids, { from, to }, as);
}
