import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { defineMessages, formatNumber } from './i18n/catalogue.js';

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
  thisJob: { vi: 'công việc này', en: 'this job' },
  aPersonalRecord: {
    vi: 'hồ sơ cá nhân: danh tính này không phải của một cán bộ',
    en: 'a personal record: this identity is not a person',
  },
  notFound: { vi: 'Không có {{what}} nào có {{key}}.', en: 'No {{what}} with {{key}} exists.' },
  internal: {
    vi: 'Lỗi nội bộ: sự cố đã được ghi lại cho bộ phận vận hành.',
    en: 'Internal error: the failure was logged for the operators.',
  },
  characters: { vi: '{{count}} ký tự', en: '{{count}} characters' },
  unavailable: {
    vi: 'Một dịch vụ cần cho yêu cầu này tạm thời không sẵn sàng (không phải lỗi của yêu cầu); hãy thử lại sau giây lát.',
    en: 'A service this request needs is unavailable for a moment (not a fault of the request); retry shortly.',
  },
  mustNotBeEmpty: { vi: '{{label}} không được để trống.', en: '{{label}} must not be empty.' },
  theCode: { vi: 'Mã', en: 'The code' },
  codeShape: {
    vi: 'Mã gồm 1–32 ký tự: chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.',
    en: 'A code is 1–32 letters, digits, dots, dashes or underscores.',
  },
  duplicateCode: {
    vi: 'Đã có {{what}} mang mã {{code}}; hãy chọn mã khác.',
    en: 'A {{what}} with code {{code}} already exists; choose another code.',
  },
  badCursor: {
    vi: 'Con trỏ không phải do danh sách này tạo ra; hãy bắt đầu lại mà không có `after`.',
    en: 'The cursor is not one this list produced; start again without `after`.',
  },
  pageSize: { vi: '`first` phải từ 0 đến {{max}}.', en: '`first` must be between 0 and {{max}}.' },
  unreadableFile: {
    vi: 'Không đọc được tệp theo định dạng {{format}}: {{reason}}',
    en: 'The file could not be read as {{format}}: {{reason}}',
  },
  unknownColumns: {
    vi: 'Cột không xác định: {{unknown}}. Các cột cần có: {{expected}}.',
    en: 'Unknown columns: {{unknown}}. Expected: {{expected}}.',
  },
  missingColumns: {
    vi: 'Dòng đầu tiên phải là dòng tiêu đề, với các cột {{missing}}.',
    en: 'The first row must be the header row, with the columns {{missing}}.',
  },
  bodyTooLarge: { vi: 'Nội dung yêu cầu lớn hơn {{limit}}.', en: 'The request body is larger than {{limit}}.' },
  bodyNotJson: { vi: 'Nội dung yêu cầu không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  badEncoding: {
    vi: 'Content-Encoding không được hỗ trợ: gửi nguyên văn, gzip, deflate hoặc br.',
    en: 'Unsupported Content-Encoding: send the body as is, gzip, deflate or br.',
  },
  announceToken: {
    vi: '`announce` phải là một UUID viết thường (như randomUUID tạo ra).',
    en: '`announce` must be a lowercase UUID (as randomUUID makes).',
  },
  badCharset: { vi: 'Bảng mã không được hỗ trợ: gửi JSON dạng UTF-8.', en: 'Unsupported charset: send JSON as UTF-8.' },
  aborted: { vi: 'Yêu cầu bị hủy trước khi nội dung đến nơi.', en: 'The request was aborted before its body arrived.' },
  badLength: {
    vi: 'Độ dài nội dung yêu cầu không khớp với Content-Length.',
    en: 'The request body is not as long as its Content-Length says.',
  },
  sendJson: {
    vi: 'Gửi yêu cầu GraphQL dạng JSON: `Content-Type: application/json`.',
    en: 'Send GraphQL requests as JSON: `Content-Type: application/json`.',
  },
  nothingHere: {
    vi: 'Không có gì tại {{method}} {{path}}; giao diện lập trình là POST /graphql.',
    en: 'Nothing is served at {{method}} {{path}}; the API is POST /graphql.',
  },
  unreadableRequest: {
    vi: 'Không đọc được yêu cầu: hãy kiểm tra nội dung, Content-Type và Content-Encoding.',
    en: 'The request could not be read: check its body, Content-Type and Content-Encoding.',
  },
  headersTooLarge: { vi: 'Phần đầu của yêu cầu quá lớn.', en: 'The request headers are too large.' },
  tooSlow: { vi: 'Yêu cầu đến quá chậm.', en: 'The request took too long to arrive.' },
  notHttp: { vi: 'Yêu cầu không phải HTTP hợp lệ.', en: 'The request is not valid HTTP.' },
  jobOrphaned: {
    vi: 'Dịch vụ đã dừng khi công việc này đang chạy và không thể tiếp tục; hãy chạy lại.',
    en: 'The service stopped while this job ran and it could not be resumed; start it again.',
  },
  jobPeerDown: {
    vi: '{{what}} không sẵn sàng; công việc sẽ được chạy lại sau giây lát.',
    en: '{{what}} was unavailable; the job is retried shortly.',
  },
  jobPeerDownFinal: {
    vi: '{{what}} không sẵn sàng; hãy chạy lại công việc khi dịch vụ hoạt động trở lại.',
    en: '{{what}} was unavailable; start the job again once it is back.',
  },
  aServiceNamed: { vi: 'Dịch vụ {{service}}', en: '{{service}}' },
  aService: { vi: 'Một dịch vụ mà công việc cần', en: 'A service the job needs' },
  jobFailed: {
    vi: 'Công việc thất bại do một lỗi ngoài dự kiến; chi tiết có trong nhật ký dịch vụ.',
    en: 'The job failed on an unexpected error; it is in the service log.',
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
    return `${JSON.stringify(value.slice(0, length))}… (${said.characters({ count: formatNumber(value.length) })})`;
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
