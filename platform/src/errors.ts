import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { defineMessages } from './i18n/catalogue.js';

/**
 * Every error a client can act on carries a code in `extensions.code`. These are the generic
 * ones, raised anywhere in the graph; each subgraph declares the codes of its own domain in its
 * `src/errors.ts` (on top of these). All of them are part of the public contract: add codes,
 * never rename or reuse them.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** A code (an employee's, an agency's, an item's) another record already has. */
  DUPLICATE_CODE: 'DUPLICATE_CODE',
  /** An id that names no record of the kind the field wants, here or in another subgraph. */
  INVALID_REFERENCE: 'INVALID_REFERENCE',
  INVALID_CURSOR: 'INVALID_CURSOR',
  /** A number or date outside what the rule allows (a range too long, a share over 100 %). */
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  /** Effective-dated data (policies, limits, placements): a new version must start after the last. */
  EFFECTIVE_DATE_BEFORE_PREVIOUS: 'EFFECTIVE_DATE_BEFORE_PREVIOUS',
  OVERLAPPING_VERSION: 'OVERLAPPING_VERSION',
  /** A request, review or proposal that was already approved, rejected or confirmed. */
  ALREADY_DECIDED: 'ALREADY_DECIDED',
  /** The same work (a period's computing, an agency's assessment) is running as a job: wait for it, or read it. */
  JOB_RUNNING: 'JOB_RUNNING',
  /** A spreadsheet refused as a whole, or (applied) with rows that do not pass: each row's problem is reported. */
  INVALID_IMPORT: 'INVALID_IMPORT',
  /** Infrastructure, not the caller: a database or a subgraph is unreachable for a moment. `extensions.retryable` is true. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A GraphQL error with a stable code and, where useful, the input field at fault. */
export class DomainError extends GraphQLError {
  /** `code`: one of ErrorCode, or of the raising subgraph's own codes (its `src/errors.ts`). */
  constructor(code: string, message: string, details: { field?: string; [key: string]: unknown } = {}) {
    super(message, { extensions: { ...details, code } });
    this.name = 'DomainError';
  }
}

/** The messages every subgraph and the gateway may say; what a refused record is, each says in its own words. */
export const said = defineMessages('platform', {
  signInFirst: {
    vi: 'Đồng chí cần đăng nhập: yêu cầu này không mang danh tính hợp lệ.',
    en: 'Sign in first: this request carries no valid identity.',
  },
  forbidden: { vi: 'Đồng chí không có quyền truy cập {{what}}.', en: 'You are not allowed to access {{what}}.' },
  thisRecord: { vi: 'bản ghi này', en: 'this record' },
  notFound: { vi: 'Không có {{what}} nào có {{key}}.', en: 'No {{what}} with {{key}} exists.' },
  internal: {
    vi: 'Lỗi nội bộ: sự cố đã được ghi lại cho bộ phận vận hành.',
    en: 'Internal error: the failure was logged for the operators.',
  },
});

/** What a caller without a valid identity is told, wherever it is refused (in the request's language). */
export const signInFirst = () => said.signInFirst();

/** No (valid) identity; `status` sets the HTTP status where the whole request is refused (401). */
export const unauthenticated = (message = signInFirst(), status?: number) =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message, status ? { http: { status } } : {});

/** Deliberately says nothing about whether the record exists. `what` is said by the caller, in the request's language. */
export const forbidden = (what = said.thisRecord()) => new DomainError(ErrorCode.FORBIDDEN, said.forbidden({ what }));

export const notFound = (what: string, key: string) => new DomainError(ErrorCode.NOT_FOUND, said.notFound({ what, key }));

export const badInput = (field: string, message: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, { field });

/** The most characters of a value sent by a client that a message quotes back. */
export const EXCERPT_LENGTH = 40;
/** The most characters of any error message, or of any text in its extensions, a client receives. */
export const MESSAGE_LIMIT = 500;

/** A short, printable quotation of a value sent by a client: `"2026-02-30"`, `"xxxx…" (1,048,576 characters)`. */
export function excerpt(value: unknown, length = EXCERPT_LENGTH): string {
  if (typeof value === 'string') {
    if (value.length <= length) return JSON.stringify(value);
    return `${JSON.stringify(value.slice(0, length))}… (${value.length.toLocaleString('en')} characters)`;
  }
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length <= length ? text : `${text.slice(0, length)}…`;
}

const QUOTED = /"(?:[^"\\]|\\.)*"/g;

function boundText(text: string): string {
  const quoted = text.replace(QUOTED, (literal) => {
    if (literal.length <= EXCERPT_LENGTH + 2) return literal;
    try {
      return excerpt(JSON.parse(literal));
    } catch {
      return excerpt(literal.slice(1, -1));
    }
  });
  return quoted.length <= MESSAGE_LIMIT ? quoted : `${quoted.slice(0, MESSAGE_LIMIT)}… (message cut)`;
}

function boundValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return value.length <= MESSAGE_LIMIT ? value : boundText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= 4) return '…';
  if (Array.isArray(value)) return value.slice(0, 20).map((item) => boundValue(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, boundValue(item, depth + 1)]));
}

/**
 * An error as a client may see it: graphql-js and Apollo quote an invalid value whole ("Variable
 * "$name" got invalid value …" with the megabyte that was sent); every quotation longer than
 * EXCERPT_LENGTH is cut to an excerpt, and the message and texts in the extensions to
 * MESSAGE_LIMIT characters. Every server's `formatError` (the subgraphs' and the gateway's)
 * passes what it answers through this.
 */
export function boundedError<T extends GraphQLFormattedError>(formatted: T): T {
  const message = boundText(formatted.message);
  const extensions = formatted.extensions ? (boundValue(formatted.extensions, 0) as T['extensions']) : undefined;
  if (message === formatted.message && extensions === formatted.extensions) return formatted;
  return { ...formatted, message, ...(extensions ? { extensions } : {}) };
}
