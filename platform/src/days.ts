/**
 * Days as the graph writes them, ISO `YYYY-MM-DD` strings: one representation for every subgraph,
 * compared as text, moved by whole UTC days (a day has no time zone; "today" is the province's,
 * `todayInVietnam`; a real calendar day: `isCalendarDate`).
 */

/** The day `days` after (or before, when negative) an ISO day. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** Days in a month (1–12) of the proleptic Gregorian calendar, by arithmetic: no Date made. */
export const daysInMonth = (year: number, month: number) => (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);

/** Sakamoto's offsets: the weekday of the first of each month, relative to a year's start. */
const MONTH_OFFSETS = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

/**
 * The weekday of an ISO day, 0 Sunday to 6 Saturday, by arithmetic (Sakamoto's method): counting
 * working days walks every day of a range, and making a Date for each was most of the walk.
 */
export function weekdayOf(isoDate: string): number {
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  let year = Number(isoDate.slice(0, 4));
  if (month < 3) year -= 1;
  return (year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400) + MONTH_OFFSETS[month - 1]! + day) % 7;
}

/**
 * The day after an ISO day, by arithmetic: walking a month's days (a diary's period, the working
 * days of a score's stretch) made a Date and its ISO text for every day.
 */
export function nextDay(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  if (day < daysInMonth(year, month)) return `${isoDate.slice(0, 8)}${String(day + 1).padStart(2, '0')}`;
  if (month < 12) return `${isoDate.slice(0, 5)}${String(month + 1).padStart(2, '0')}-01`;
  return `${String(year + 1).padStart(4, '0')}-01-01`;
}

/** Every day from `from` to `to`, both included (none when `to` is before `from`). */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = nextDay(day)) days.push(day);
  return days;
}

/** The day before an ISO day: where a version, placement or policy that another replaces ends. */
export const dayBefore = (isoDate: string) => addDays(isoDate, -1);

/** How many days a range holds, both ends counted (`from` = `to`: 1), by arithmetic rather than by listing them. */
export const daysIn = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
