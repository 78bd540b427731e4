import type { AskOptions, Peers } from '@kpi/platform';
import type { DiaryFacts, ProductFacts } from '../rules/indicators.js';
import { byTerms, unpackedOf, type PackedColumns } from '../rules/item-groups.js';
import { ScoringFactsDocument, type ScoringFactsRange } from './diary.generated.js';

/**
 * What scoring asks the diary, typed from the diary's SDL by `pnpm codegen` (the operation is in
 * diary.graphql beside this file).
 */
export type RangeFacts = DiaryFacts & ScoringFactsRange;

/**
 * Each person-range's aggregated diary facts, in the order asked. The grouped lists travel as JSON
 * objects (the diary documents their shape as ScoringItemFacts and ScoringAssignmentFacts, a
 * province month being too large for typed objects), the item groups as packed columns (a text
 * a column: the diary reads a province month as ~7,000 rows rather than ~212,000): they are read
 * as the rules' shapes here, in the order of their terms whatever order they came in (work points
 * are summed in that order).
 */
export async function scoringFacts(peers: Peers, ranges: ScoringFactsRange[], as: AskOptions = {}): Promise<RangeFacts[]> {
  const { scoringFacts } = await peers.query('diary', ScoringFactsDocument, { ranges }, as);
  return scoringFacts.map(({ packedItemGroups, ...facts }) => ({
    ...facts,
    items: unpackedOf(packedItemGroups as unknown as PackedColumns).sort(byTerms),
    led: facts.led as unknown as ProductFacts[],
    coOperated: facts.coOperated as unknown as ProductFacts[],
  }));
}
