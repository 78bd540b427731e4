import type { AskOptions, EntityOf, Peers } from '@kpi/platform';
import {
  PlacementsInDocument,
  RatedPersonDocument,
  ScoringDirectoryRevisionDocument,
  ScoringUnitsDocument,
  type EmployeeFilter,
  type RatedPersonQuery,
  type ScoringPlacementFieldsFragment,
} from './personnel.generated.js';

/*
 * What scoring asks personnel, typed from personnel's SDL by `pnpm codegen` (the operations are in
 * personnel.graphql beside this file).
 */

/** A placement as scoring reads it, however it was found (placementsIn, scoringUnits). */
export type Placement = ScoringPlacementFieldsFragment;
export type RatedPerson = EntityOf<RatedPersonQuery>;

/** Every placement but separations overlapping from..to of the people the filter names, by person (by staff code) then date. */
export async function placementsIn(
  peers: Peers,
  range: { from: string; to: string; filter: EmployeeFilter | null },
  as: AskOptions = {},
): Promise<Placement[]> {
  return (await peers.query('personnel', PlacementsInDocument, range, as)).placementsIn;
}

/**
 * The placements over a range of these people and of the units of the leaders among them, down
 * every level (a superset of the leader rule's): by person, then from the first.
 */
export async function scoringUnits(
  peers: Peers,
  asked: { ids: string[]; from: string; to: string },
  as: AskOptions = {},
): Promise<Placement[]> {
  return (await peers.query('personnel', ScoringUnitsDocument, asked, as)).scoringUnits;
}

/** Where some people sit, in the order asked (null: no such person visible to the caller). */
export function placesOf(peers: Peers, ids: readonly string[], as: AskOptions = {}): Promise<(RatedPerson | null)[]> {
  return peers.entities('personnel', 'Employee', RatedPersonDocument, ids, {}, as);
}

/** Where a person sits (null: no such person visible to the caller). */
export async function ratedPerson(peers: Peers, id: string, as: AskOptions = {}): Promise<RatedPerson | null> {
  const [found] = await peers.entities('personnel', 'Employee', RatedPersonDocument, [id], {}, as);
  return found ?? null;
}

/** Personnel's revision, asked as scoring: it moves with every change to what `scoringUnits` answers. */
export async function directoryRevision(peers: Peers, announce?: string): Promise<string> {
  return (await peers.query('personnel', ScoringDirectoryRevisionDocument, { announce }, { asService: true })).directoryRevision;
}
