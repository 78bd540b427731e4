import type { AskOptions, Peers } from '@kpi/platform';
import type { DiaryFacts } from '../rules/indicators.js';
import { unpackFigures, type PackedFigures } from '../rules/packed-facts.js';
import { namedItems, withPackedItems, withWorkPoints, type IndexedColumns } from '../rules/item-groups.js';
import { ScoringFactsDocument, ScoringWorkPointsDocument, type ScoringFactsRange } from './diary.generated.js';

/**
 * What scoring asks the diary, typed from the diary's SDL by `pnpm codegen` (the operation is in
 * diary.graphql beside this file).
 */
/**
 * Each person-range's aggregated diary facts, in the order asked. The diary answers a batch as
 * columns (packedScoringFacts: one list per figure, the assignments one object of columns), read
 * back here as the objects its scoringFacts lists (rules/packed-facts.ts); the item groups come as
 * packed columns per range, naming their items by index in the batch's list (namedItems gives them
 * their ids back), and are read as the rules' shapes (rules/item-groups.ts withPackedItems:
 * in the order of their terms, whatever order they came in, since work points are summed in that
 * order). As objects, a team page of 500 asked ~1 MB of facts, ~45 % of it the assignments' keys.
 */
export async function scoringFacts(peers: Peers, ranges: ScoringFactsRange[], as: AskOptions = {}): Promise<DiaryFacts[]> {
  const { packedScoringFacts: packed } = await peers.query('diary', ScoringFactsDocument, { ranges }, as);
  const named = namedItems(packed.workItemIds);
  return unpackFigures(packed as unknown as PackedFigures, ranges.length).map((figures, i) =>
    withPackedItems(figures, named(packed.indexedItemGroups[i] as unknown as IndexedColumns)),
  );
}

/**
 * The same facts with the diary's sum of the item groups' work points instead of the groups (see
 * withWorkPoints): what a live score reads of them, the groups being ~70 % of the answer.
 */
export async function scoringWorkPoints(peers: Peers, ranges: ScoringFactsRange[], as: AskOptions = {}): Promise<DiaryFacts[]> {
  const { packedScoringFacts: packed } = await peers.query('diary', ScoringWorkPointsDocument, { ranges }, as);
  return unpackFigures(packed as unknown as PackedFigures, ranges.length).map((figures, i) =>
    withWorkPoints(figures, packed.workPoints[i]!),
  );
}
