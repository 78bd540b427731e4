import { ErrorCode as GraphErrorCode } from '@kpi/platform';

/**
 * The codes personnel answers with: the graph's generic ones and those of its own domain. Part
 * of the public contract (README, Errors): add codes, never rename or reuse them.
 */
export const ErrorCode = {
  ...GraphErrorCode,
  /** A job position of another agency than the employee’s. */
  POSITION_NOT_IN_AGENCY: 'POSITION_NOT_IN_AGENCY',
  /** A division outside the employee’s agency. */
  DIVISION_NOT_IN_AGENCY: 'DIVISION_NOT_IN_AGENCY',
  /** A supervisor chain that would lead back to the employee. */
  SUPERVISOR_CYCLE: 'SUPERVISOR_CYCLE',
  /** A parent that lies inside the agency itself. */
  AGENCY_CYCLE: 'AGENCY_CYCLE',
  /** An employee who has left (or not yet started) on that day. */
  EMPLOYEE_INACTIVE: 'EMPLOYEE_INACTIVE',
  /** A head of unit named in a position that leads nothing. */
  NOT_A_LEADERSHIP_POSITION: 'NOT_A_LEADERSHIP_POSITION',
  /** A parent of a kind that cannot hold this agency. */
  INVALID_PARENT: 'INVALID_PARENT',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
