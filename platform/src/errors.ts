import { GraphQLError } from 'graphql';

/**
 * Every error a client can act on carries one of these codes in `extensions.code`.
 * They are part of the public contract: add codes, never rename or reuse them.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  DUPLICATE_CODE: 'DUPLICATE_CODE',
  INVALID_REFERENCE: 'INVALID_REFERENCE',
  POSITION_NOT_IN_AGENCY: 'POSITION_NOT_IN_AGENCY',
  DIVISION_NOT_IN_AGENCY: 'DIVISION_NOT_IN_AGENCY',
  SUPERVISOR_CYCLE: 'SUPERVISOR_CYCLE',
  AGENCY_CYCLE: 'AGENCY_CYCLE',
  EFFECTIVE_DATE_BEFORE_PREVIOUS: 'EFFECTIVE_DATE_BEFORE_PREVIOUS',
  EMPLOYEE_INACTIVE: 'EMPLOYEE_INACTIVE',
  NOT_A_LEADERSHIP_POSITION: 'NOT_A_LEADERSHIP_POSITION',
  INVALID_PARENT: 'INVALID_PARENT',
  INVALID_CURSOR: 'INVALID_CURSOR',
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  INVALID_WEIGHTS: 'INVALID_WEIGHTS',
  OVERLAPPING_VERSION: 'OVERLAPPING_VERSION',
  WORK_ITEM_RETIRED: 'WORK_ITEM_RETIRED',
  ALREADY_DECIDED: 'ALREADY_DECIDED',
  INVALID_IMPORT: 'INVALID_IMPORT',
  FUTURE_DATE: 'FUTURE_DATE',
  DAY_OVER_24_HOURS: 'DAY_OVER_24_HOURS',
  DUPLICATE_ENTRY: 'DUPLICATE_ENTRY',
  NOT_PERFORMABLE: 'NOT_PERFORMABLE',
  PERIOD_CLOSED: 'PERIOD_CLOSED',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** Infrastructure, not the caller: a database or a subgraph is unreachable for a moment. `extensions.retryable` is true. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A GraphQL error with a stable code and, where useful, the input field at fault. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: { field?: string; [key: string]: unknown } = {}) {
    super(message, { extensions: { ...details, code } });
    this.name = 'DomainError';
  }
}

export const unauthenticated = () => new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in first: this request carries no valid identity.');

/** Deliberately says nothing about whether the record exists. */
export const forbidden = (what = 'this record') => new DomainError(ErrorCode.FORBIDDEN, `You are not allowed to access ${what}.`);

export const notFound = (what: string, key: string) => new DomainError(ErrorCode.NOT_FOUND, `No ${what} with ${key} exists.`);

export const badInput = (field: string, message: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, { field });
