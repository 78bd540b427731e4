import type { AskOptions, EntityOf, Peers } from '@kpi/platform';
import {
  DirectoryDocument,
  RatedPersonDocument,
  ScoringUnitsDocument,
  type DirectoryQuery,
  type ScoringUnitsQuery,
  type EmployeeFilter,
  type RatedPersonQuery,
} from './personnel.generated.js';

/**
 * What scoring asks personnel, typed from personnel's SDL by `pnpm codegen` (the operations are in
 * personnel.graphql beside this file).
 */
export type DirectoryPage = DirectoryQuery['employees'];
export type Placement = DirectoryPage['nodes'][number]['placements'][number];
export type UnitPlacement = ScoringUnitsQuery['scoringUnits'][number];
export type RatedPerson = EntityOf<RatedPersonQuery>;

/** A page of the directory with everyone's placements. */
export async function directory(
  peers: Peers,
  page: { first: number; after: string | null; filter: EmployeeFilter | null },
  as: AskOptions = {},
): Promise<DirectoryPage> {
  return (await peers.query('personnel', DirectoryDocument, page, as)).employees;
}

/**
 * The placements over a range of these people and of the units of the leaders among them, down
 * every level (a superset of the leader rule's): by person, then from the first.
 */
export async function scoringUnits(
  peers: Peers,
  asked: { ids: string[]; from: string; to: string },
  as: AskOptions = {},
): Promise<UnitPlacement[]> {
  return (await peers.query('personnel', ScoringUnitsDocument, asked, as)).scoringUnits;
}

/** Where a person sits (null: no such person visible to the caller). */
export async function ratedPerson(peers: Peers, id: string, as: AskOptions = {}): Promise<RatedPerson | null> {
  const [found] = await peers.entities('personnel', 'Employee', RatedPersonDocument, [id], {}, as);
  return found ?? null;
}
