import type { AskOptions, EntityOf, Peers } from '@kpi/platform';
import {
  EmployeeFactsDocument,
  EmployeeHistoryDocument,
  type EmployeeFactsQuery,
  type EmployeeHistoryQuery,
} from './personnel.generated.js';

/**
 * What the diary asks personnel, typed from personnel's SDL by `pnpm codegen` (the operation is in
 * personnel.graphql beside this file).
 */
export type EmployeeFacts = EntityOf<EmployeeFactsQuery>;
export type EmployeeHistory = EntityOf<EmployeeHistoryQuery>;

/** People by id, or by another key (`{ code }`), in the order asked; null where none is visible. */
export function employees(peers: Peers, keys: readonly (string | { code: string })[], as: AskOptions = {}) {
  return peers.entities('personnel', 'Employee', EmployeeFactsDocument, keys, {}, as);
}

/** People by staff code with every placement they held (the history import), in the order asked. */
export function employeeHistories(peers: Peers, codes: readonly string[], as: AskOptions = {}) {
  return peers.entities(
    'personnel',
    'Employee',
    EmployeeHistoryDocument,
    codes.map((code) => ({ code })),
    {},
    as,
  );
}
