import type { AskOptions, EntityOf, Peers } from '@kpi/platform';
import {
  PlacementsInDocument,
  RatedPersonDocument,
  type EmployeeFilter,
  type PlacementsInQuery,
  type RatedPersonQuery,
} from './personnel.generated.js';

/**
 * What scoring asks personnel, typed from personnel's SDL by `pnpm codegen` (the operations are in
 * personnel.graphql beside this file).
 */
export type Placement = PlacementsInQuery['placementsIn'][number];
export type RatedPerson = EntityOf<RatedPersonQuery>;

/** Every placement but separations overlapping from..to of the people the filter names, by person then date. */
export async function placementsIn(
  peers: Peers,
  range: { from: string; to: string; filter: EmployeeFilter | null },
  as: AskOptions = {},
): Promise<Placement[]> {
  return (await peers.query('personnel', PlacementsInDocument, range, as)).placementsIn;
}

/** Where a person sits (null: no such person visible to the caller). */
export async function ratedPerson(peers: Peers, id: string, as: AskOptions = {}): Promise<RatedPerson | null> {
  const [found] = await peers.entities('personnel', 'Employee', RatedPersonDocument, [id], {}, as);
  return found ?? null;
}
