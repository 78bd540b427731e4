import type { AskOptions, Peers } from '@kpi/platform';
import type { DiaryFacts, ProductFacts } from '../rules/indicators.js';
import { itemsOf, type ItemColumns } from '../rules/item-groups.js';
import { ScoringFactsDocument, type ScoringFactsRange } from './diary.generated.js';

/**
 * What scoring asks the diary, typed from the diary's SDL by `pnpm codegen` (the operation is in
 * diary.graphql beside this file).
 */
export type RangeFacts = DiaryFacts & ScoringFactsRange;

/**
 * Each person-range's aggregated diary facts, in the order asked. The grouped lists travel as JSON
 * objects (the diary documents their shape as ScoringItemFacts and ScoringAssignmentFacts, a
 * province month being too large for typed objects), the item groups as columns (a third of the
 * size): they are read as the rules' shapes here.
 */
export async function scoringFacts(peers: Peers, ranges: ScoringFactsRange[], as: AskOptions = {}): Promise<RangeFacts[]> {
  const { scoringFacts } = await peers.query('diary', ScoringFactsDocument, { ranges }, as);
  return scoringFacts.map(({ itemGroups, ...facts }) => ({
    ...facts,
    items: itemsOf(itemGroups as unknown as ItemColumns),
    led: facts.led as unknown as ProductFacts[],
    coOperated: facts.coOperated as unknown as ProductFacts[],
  }));
}
