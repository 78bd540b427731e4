import { ErrorCode as GraphErrorCode } from '@kpi/platform';

/**
 * The codes the catalogue answers with: the graph's generic ones and those of its own domain. Part
 * of the public contract (README, Errors): add codes, never rename or reuse them.
 */
export const ErrorCode = {
  ...GraphErrorCode,
  /** A work item no longer in force on that day. */
  WORK_ITEM_RETIRED: 'WORK_ITEM_RETIRED',
  /** Indicator weights that do not add up to 100 or leave the province’s limits. */
  INVALID_WEIGHTS: 'INVALID_WEIGHTS',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
