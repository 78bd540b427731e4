import type { AskOptions, Peers } from '@kpi/platform';
import type { DiaryFacts, ProductFacts } from '../rules/indicators.js';
import { withPackedItems, withWorkPoints, type PackedColumns } from '../rules/item-groups.js';
import { ScoringFactsDocument, ScoringWorkPointsDocument, type ScoringFactsRange } from './diary.generated.js';

/**
 * What scoring asks the diary, typed from the diary's SDL by `pnpm codegen` (the operation is in
 * diary.graphql beside this file).
 */
/**
 * Each person-range's aggregated diary facts, in the order asked. The grouped lists travel as JSON
 * objects (the diary documents their shape as ScoringItemFacts and ScoringAssignmentFacts, a
 * province month being too large for typed objects), the item groups as packed columns (a text
 * a column: the diary reads a province month as ~7,000 rows rather than ~212,000): they are read
 * as the rules' shapes here, the item groups packed as they came (rules/item-groups.ts
 * withPackedItems: in the order of their terms, whatever order they came in, since work points are
 * summed in that order). Without the range echo, which the caller's stretch holds.
 */
export async function scoringFacts(peers: Peers, ranges: ScoringFactsRange[], as: AskOptions = {}): Promise<DiaryFacts[]> {
  const { scoringFacts } = await peers.query('diary', ScoringFactsDocument, { ranges }, as);
  return scoringFacts.map(({ packedItemGroups, employeeId: _employeeId, from: _from, to: _to, ...facts }) =>
    withPackedItems(
      { ...facts, led: facts.led as unknown as ProductFacts[], coOperated: facts.coOperated as unknown as ProductFacts[] },
      packedItemGroups as unknown as PackedColumns,
    ),
  );
}

/**
 * The same facts with the diary's sum of the item groups' work points instead of the groups (see
 * withWorkPoints): what a live score reads of them, the groups being ~70 % of the answer.
 */
export async function scoringWorkPoints(peers: Peers, ranges: ScoringFactsRange[], as: AskOptions = {}): Promise<DiaryFacts[]> {
  const { scoringFacts } = await peers.query('diary', ScoringWorkPointsDocument, { ranges }, as);
  return scoringFacts.map(({ workPoints, employeeId: _employeeId, from: _from, to: _to, ...facts }) =>
    withWorkPoints(
      { ...facts, led: facts.led as unknown as ProductFacts[], coOperated: facts.coOperated as unknown as ProductFacts[] },
      workPoints,
    ),
  );
}
