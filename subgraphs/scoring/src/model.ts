/**
 * What the packages above the subgraphs (the test world) may use of scoring: its pure rules.
 * Nothing here does I/O.
 */
export { capOf } from './rules/cap.js';
/** The shape of a segment's `facts` (a JSON object on the wire): what the diary said of the stretch. */
export type { DiaryFacts, ItemFacts, ProductFacts } from './rules/indicators.js';
/** The diary's facts of a batch as columns, read back as the objects its scoringFacts lists. */
export { unpackFigures, type PackedFigures } from './rules/packed-facts.js';
/** The diary's item groups naming their items by index, given their ids back. */
export { namedItems, type IndexedColumns } from './rules/item-groups.js';
