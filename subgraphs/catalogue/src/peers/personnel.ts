import type { AskOptions, EntityOf, Peers } from '@kpi/platform';
import {
  AgencyFactsDocument,
  PersonFactsDocument,
  PositionFactsDocument,
  type AgencyFactsQuery,
  type PersonFactsQuery,
  type PositionFactsQuery,
} from './personnel.generated.js';

/**
 * What the catalogue asks personnel, typed from personnel's SDL by `pnpm codegen` (the operations
 * are in personnel.graphql beside this file). Asked as the caller unless told otherwise: personnel
 * applies the caller's own permissions.
 */
export type PositionFacts = EntityOf<PositionFactsQuery>;
export type PersonFacts = EntityOf<PersonFactsQuery>;
export type AgencyFacts = EntityOf<AgencyFactsQuery>;

export async function position(peers: Peers, id: string, as: AskOptions = {}): Promise<PositionFacts | null> {
  const [found] = await peers.entities('personnel', 'JobPosition', PositionFactsDocument, [id], {}, as);
  return found ?? null;
}

export async function person(peers: Peers, id: string, as: AskOptions = {}): Promise<PersonFacts | null> {
  const [found] = await peers.entities('personnel', 'Employee', PersonFactsDocument, [id], {}, as);
  return found ?? null;
}

export async function agency(peers: Peers, id: string, as: AskOptions = {}): Promise<AgencyFacts | null> {
  const [found] = await peers.entities('personnel', 'Agency', AgencyFactsDocument, [id], {}, as);
  return found ?? null;
}
