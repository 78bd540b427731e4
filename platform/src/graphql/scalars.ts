import { GraphQLScalarType, Kind, valueFromASTUntyped, type ValueNode } from 'graphql';
import { todayInVietnam } from '../clock.js';
import { daysInMonth } from '../days.js';
import { defineMessages, formatNumber } from '../i18n/catalogue.js';
import { described } from '../i18n/descriptions.js';

/** What a valid value looks like, phrased to follow the field's name, in the request's language. */
export const rules = defineMessages('platform.rules', {
  refused: { vi: '`{{field}}` {{rule}}.', en: '`{{field}}` {{rule}}.' },
  refusedGot: { vi: '`{{field}}` {{rule}}; giá trị đã gửi: {{got}}.', en: '`{{field}}` {{rule}}; got {{got}}.' },
  date: {
    vi: 'phải là một ngày viết dạng YYYY-MM-DD, từ {{from}} đến {{to}}',
    en: 'must be a date written YYYY-MM-DD from {{from}} to {{to}}',
  },
  month: {
    vi: 'phải là một tháng viết dạng YYYY-MM, từ {{from}} đến {{to}}',
    en: 'must be a month written YYYY-MM from {{from}} to {{to}}',
  },
  dateTime: {
    vi: 'phải là một thời điểm viết như 2026-11-20T10:00:00+07:00 (ISO 8601, có múi giờ), từ {{from}} đến {{to}}',
    en: 'must be a date-time written like 2026-11-20T10:00:00+07:00 (ISO 8601, with its offset), from {{from}} to {{to}}',
  },
  json: {
    vi: 'phải là một đối tượng JSON không quá {{characters}} ký tự và {{depth}} cấp, các chuỗi không chứa ký tự NUL hay surrogate lẻ',
    en: 'must be a JSON object of at most {{characters}} characters and {{depth}} levels, its texts without NUL characters or lone surrogates',
  },
  nul: { vi: 'không được chứa ký tự NUL (U+0000)', en: 'must not contain a NUL character (U+0000)' },
  surrogate: { vi: 'phải là văn bản Unicode hợp lệ: có một surrogate lẻ', en: 'must be valid Unicode text: it contains a lone surrogate' },
  uuid: { vi: 'phải là một mã định danh của hệ thống (UUID)', en: 'must be an id of the graph (a UUID)' },
  textLength: { vi: 'dài tối đa {{max}} ký tự; đã gửi {{length}}', en: 'is at most {{max}} characters; got {{length}}' },
  year: { vi: 'phải là một năm từ {{from}} đến {{to}}', en: 'must be a year from {{from}} to {{to}}' },
  number: { vi: 'phải là một số từ {{min}} đến {{max}}', en: 'must be a number from {{min}} to {{max}}' },
});

/**
 * The graph's input scalars, shared by every subgraph: strict about what they accept, and never
 * throwing while a request is parsed. A value they refuse becomes an `InvalidInput`, and the
 * platform's argument guard (input-rules.ts) answers `BAD_USER_INPUT` naming the field before any
 * resolver runs. Why not throw in `parseValue` as graphql-js expects? A subgraph that throws there
 * answers HTTP 400, and the gateway reports every 400 from a subgraph as an internal error: the
 * caller would learn nothing. Refusing in the guard gives the same code and message whether the
 * value came as a variable or a literal, through the gateway or directly, and lets a batch (E-Office
 * events) judge each item on its own.
 */
export class InvalidInput {
  constructor(
    /** What a valid value looks like, phrased to follow the field's name: "must be a date written YYYY-MM-DD". */
    readonly rule: string,
    /** What was sent (only an excerpt of it ever reaches a message). */
    readonly value: unknown,
  ) {}
}

export const isInvalidInput = (value: unknown): value is InvalidInput => value instanceof InvalidInput;

/** The first day any date sent to the graph may name: older than any service record still kept. */
export const EARLIEST_DATE = '1950-01-01';
/** How far ahead a date may lie: decisions, deadlines, policies and holidays are planned years ahead, never decades. */
export const YEARS_AHEAD = 5;

/** The last window made, by its day: a province month's facts parse 14,000 dates, all of one day. */
let lastWindow: { today: string; window: { from: string; to: string } } | undefined;

/**
 * Today, read once a turn of the event loop: GraphQL coerces a request's variables in one
 * synchronous run, and a team page's facts parse 3,000 dates in it — reading the clock (and
 * `KPI_NOW`) for each cost ~3 ms of the diary's CPU a page of 500 (the dates now parse in 0.6).
 */
let todayThisTurn: string | undefined;
function todayOnce(): string {
  if (todayThisTurn === undefined) {
    todayThisTurn = todayInVietnam();
    queueMicrotask(() => {
      todayThisTurn = undefined;
    });
  }
  return todayThisTurn;
}

/** The plausible dates, [from, to], as of `today` (the province's day, `KPI_NOW` honoured). */
export function dateWindow(today = todayOnce()): { from: string; to: string } {
  if (lastWindow?.today !== today) lastWindow = { today, window: Object.freeze(windowOf(today)) };
  return lastWindow.window;
}

function windowOf(today: string): { from: string; to: string } {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year + YEARS_AHEAD, month, 0)).getUTCDate(); // 29 February → 28th
  const to = `${String(year + YEARS_AHEAD).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
  return { from: EARLIEST_DATE, to };
}

/** The plausible years (annual assessments, reward proposals): those of the date window. */
export function yearWindow(today = todayOnce()): { from: number; to: number } {
  const { from, to } = dateWindow(today);
  return { from: Number(from.slice(0, 4)), to: Number(to.slice(0, 4)) };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD = /^(\d{4})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;

/** True for a real calendar date written YYYY-MM-DD (no 30 February, no 13th month). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * `value` as a date of the window, or why not. The rule is worded only for a value refused: a
 * province month's facts are asked with 14,000 dates, and wording each cost 10 µs in i18next.
 */
export function parseLocalDate(value: unknown, today?: string): string | InvalidInput {
  const { from, to } = dateWindow(today);
  const rule = () => rules.date({ from, to });
  if (typeof value !== 'string' || !isCalendarDate(value)) return new InvalidInput(rule(), value);
  if (value < from || value > to) return new InvalidInput(rule(), value);
  return value;
}

/** `value` as a month (a scoring period, a `String` declared `@constraint(period: true)`) of the window, or why not. */
export function parsePeriod(value: unknown, today?: string): string | InvalidInput {
  const { from, to } = dateWindow(today);
  const rule = () => rules.month({ from: from.slice(0, 7), to: to.slice(0, 7) });
  if (typeof value !== 'string') return new InvalidInput(rule(), value);
  const match = PERIOD.exec(value);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return new InvalidInput(rule(), value);
  if (value < from.slice(0, 7) || value > to.slice(0, 7)) return new InvalidInput(rule(), value);
  return value;
}

/** `value` as a moment of the window (an ISO 8601 date-time with its offset), or why not. */
export function parseDateTime(value: unknown, today?: string): Date | InvalidInput {
  const { from, to } = dateWindow(today);
  const rule = () => rules.dateTime({ from, to });
  if (typeof value !== 'string') return new InvalidInput(rule(), value);
  const match = DATE_TIME.exec(value);
  if (!match || !isCalendarDate(match[1]!)) return new InvalidInput(rule(), value);
  const moment = new Date(value);
  if (Number.isNaN(moment.getTime())) return new InvalidInput(rule(), value);
  const day = moment.toISOString().slice(0, 10);
  if (day < from || day > to) return new InvalidInput(rule(), value);
  return moment;
}

/** How large a JSON object argument may be: policy overrides and change proposals are a few hundred bytes. */
export const JSON_OBJECT_LIMITS = { characters: 64 * 1024, depth: 8 };

/** `value` as a JSON object within the limits, its texts well formed and without NUL, or why not. */
export function parseJsonObject(value: unknown): Record<string, unknown> | InvalidInput {
  const rule = () => rules.json({ characters: formatNumber(JSON_OBJECT_LIMITS.characters), depth: JSON_OBJECT_LIMITS.depth });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return new InvalidInput(rule(), value);
  let serialised: string;
  try {
    serialised = JSON.stringify(value);
  } catch {
    return new InvalidInput(rule(), '[not serialisable]');
  }
  if (serialised.length > JSON_OBJECT_LIMITS.characters) return new InvalidInput(rule(), value);
  const sound = (node: unknown, depth: number): boolean => {
    if (typeof node === 'string') return textFault(node) === null;
    if (typeof node === 'number') return Number.isFinite(node);
    if (node === null || typeof node !== 'object') return true;
    if (depth >= JSON_OBJECT_LIMITS.depth) return false;
    if (Array.isArray(node)) return node.every((item) => sound(item, depth + 1));
    return Object.entries(node).every(([key, item]) => textFault(key) === null && sound(item, depth + 1));
  };
  return sound(value, 0) ? (value as Record<string, unknown>) : new InvalidInput(rule(), value);
}

/**
 * What is wrong with a text whatever its field: a NUL character (PostgreSQL cannot store it) or a
 * lone surrogate (not Unicode: it would be stored as U+FFFD, silently changed). Null when sound.
 */
export function textFault(text: string): string | null {
  if (text.includes('\u0000')) return rules.nul();
  if (!text.isWellFormed()) return rules.surrogate();
  return null;
}

const literal = (ast: ValueNode) => (ast.kind === Kind.STRING ? ast.value : valueFromASTUntyped(ast));

function serializeDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  throw new TypeError(`LocalDate cannot represent ${String(value).slice(0, 40)}`);
}

/** A calendar date, YYYY-MM-DD: every date of every subgraph. */
export const GraphQLLocalDate = new GraphQLScalarType({
  name: 'LocalDate',
  description: described(
    `A calendar date written \`YYYY-MM-DD\`, e.g. \`2026-11-20\`. Sent to the graph it must be a real date from ${EARLIEST_DATE} to ${YEARS_AHEAD} years after today.`,
    `Một ngày viết dạng \`YYYY-MM-DD\`, ví dụ \`2026-11-20\`. Gửi vào hệ thống phải là ngày có thật, từ ${EARLIEST_DATE} đến ${YEARS_AHEAD} năm sau hôm nay.`,
  ),
  serialize: serializeDate,
  parseValue: (value) => parseLocalDate(value),
  parseLiteral: (ast) => parseLocalDate(literal(ast)),
});

/** A moment: `Date` fields of every entity (type-graphql maps `Date` to it). */
export const GraphQLDateTimeISO = new GraphQLScalarType({
  name: 'DateTimeISO',
  description: described(
    'A date-time written in ISO 8601 with its offset, e.g. `2026-11-20T03:00:00.000Z`; answers are in UTC. Sent to the graph it must lie in the same window as dates.',
    'Một thời điểm viết theo ISO 8601 kèm múi giờ, ví dụ `2026-11-20T03:00:00.000Z`; kết quả trả về theo giờ UTC. Gửi vào hệ thống phải nằm trong cùng khoảng với ngày.',
  ),
  serialize: (value) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
    throw new TypeError(`DateTimeISO cannot represent ${String(value).slice(0, 40)}`);
  },
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => parseDateTime(literal(ast)),
});

const ECMA_404 = 'http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf';
/** A JSON object (policy overrides, change proposals, facts). */
export const GraphQLJSONObject = new GraphQLScalarType({
  name: 'JSONObject',
  description: described(
    `The \`JSONObject\` scalar type represents JSON objects as specified by [ECMA-404](${ECMA_404}).`,
    `Kiểu \`JSONObject\` biểu diễn một đối tượng JSON theo [ECMA-404](${ECMA_404}).`,
  ),
  specifiedByURL: ECMA_404,
  serialize: (value) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
    throw new TypeError('JSONObject cannot represent a non-object value');
  },
  parseValue: (value) => parseJsonObject(value),
  parseLiteral: (ast) => parseJsonObject(ast.kind === Kind.OBJECT ? valueFromASTUntyped(ast) : literal(ast)),
});

/** Every custom scalar a subgraph may take as input; the schema build refuses any other. */
export const INPUT_SCALARS: readonly GraphQLScalarType[] = [GraphQLLocalDate, GraphQLDateTimeISO, GraphQLJSONObject];
