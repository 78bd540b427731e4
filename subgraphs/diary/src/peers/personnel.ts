import type { AskOptions, EntityOf, Peers } from '@kpi/platform';
import {
  DirectoryRevisionDocument,
  EmployeeFactsDocument,
  EmployeeHistoryDocument,
  ReminderDirectoryDocument,
  type EmployeeFactsQuery,
  type EmployeeFilter,
  type EmployeeHistoryQuery,
  type ReminderDirectoryQuery,
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

/** Personnel's revision, asked as the diary: it moves with every change to what `employees` answers. */
export async function directoryRevision(peers: Peers, announce?: string): Promise<string> {
  return (await peers.query('personnel', DirectoryRevisionDocument, { announce }, { asService: true })).directoryRevision;
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

export type ReminderDirectoryPage = ReminderDirectoryQuery['employees'];
export type ReminderRecipient = ReminderDirectoryPage['nodes'][number];

/** A page of the directory with each person's agency, name and e-mail address (the reminder job). */
export async function reminderDirectory(
  peers: Peers,
  page: { first: number; after: string | null; filter: EmployeeFilter | null },
  as: AskOptions = {},
): Promise<ReminderDirectoryPage> {
  return (await peers.query('personnel', ReminderDirectoryDocument, page, as)).employees;
}
