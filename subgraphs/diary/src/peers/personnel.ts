import type { AskOptions, EntityOf, Peers } from '@kpi/platform';
import { EmployeeFactsDocument, type EmployeeFactsQuery } from './personnel.generated.js';

/**
 * What the diary asks personnel, typed from personnel's SDL by `pnpm codegen` (the operation is in
 * personnel.graphql beside this file).
 */
export type EmployeeFacts = EntityOf<EmployeeFactsQuery>;

/** People by id, or by another key (`{ code }`), in the order asked; null where none is visible. */
export function employees(peers: Peers, keys: readonly (string | { code: string })[], as: AskOptions = {}) {
  return peers.entities('personnel', 'Employee', EmployeeFactsDocument, keys, {}, as);
}
