import { ErrorCode as GraphErrorCode } from '@kpi/platform';

/**
 * The codes the education subgraph answers with: the graph's generic ones and those of its own
 * domain. Part of the public contract: add codes, never rename or reuse them.
 */
export const ErrorCode = {
  ...GraphErrorCode,
  /** A teacher, or a substitute, who is not on the school's roster. */
  NOT_ON_ROSTER: 'NOT_ON_ROSTER',
  /** A class's timetable slot (day and period number) already holds a lesson. */
  SLOT_TAKEN: 'SLOT_TAKEN',
  /** A day outside every term of the school calendar. */
  OUTSIDE_TERM: 'OUTSIDE_TERM',
  /** Teaching dated after today. */
  FUTURE_DATE: 'FUTURE_DATE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
