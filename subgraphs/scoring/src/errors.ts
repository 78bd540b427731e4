import { ErrorCode as GraphErrorCode } from '@kpi/platform';

/**
 * The codes scoring answers with: the graph's generic ones and those of its own domain. Part
 * of the public contract (README, Errors): add codes, never rename or reuse them.
 */
export const ErrorCode = {
  ...GraphErrorCode,
  /** Indicator weights that do not add up to 100 or leave the province’s limits. */
  INVALID_WEIGHTS: 'INVALID_WEIGHTS',
  /** A period already locked or closed. */
  PERIOD_CLOSED: 'PERIOD_CLOSED',
  /** A policy version that stored scores, periods or assessments used: it cannot be amended or withdrawn. */
  POLICY_VERSION_IN_USE: 'POLICY_VERSION_IN_USE',
  /** The policy version a computation used was amended or withdrawn before its scores were stored: compute again. */
  POLICY_CHANGED: 'POLICY_CHANGED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
