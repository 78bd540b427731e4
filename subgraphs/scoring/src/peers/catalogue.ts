import type { AskOptions, Peers } from '@kpi/platform';
import { ScoringCatalogueRevisionDocument, SectorStandardsDocument, type SectorStandardsQuery } from './catalogue.generated.js';

/**
 * What scoring asks the catalogue, typed from the catalogue's SDL by `pnpm codegen` (the operation
 * is in catalogue.graphql beside this file).
 */
export type SectorWithStandards = SectorStandardsQuery['sectors'][number];

/** Every sector with its KPI standards in force on a day. */
export async function sectorStandards(peers: Peers, on: string, as: AskOptions = {}): Promise<SectorWithStandards[]> {
  return (await peers.query('catalogue', SectorStandardsDocument, { on }, as)).sectors;
}

/** The catalogue's revision, asked as scoring: it moves with every change to what `sectorStandards` answers. */
export async function catalogueRevision(peers: Peers, announce?: string): Promise<string> {
  return (await peers.query('catalogue', ScoringCatalogueRevisionDocument, { announce }, { asService: true })).catalogueRevision;
}
