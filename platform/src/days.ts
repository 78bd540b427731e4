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

/** The day before an ISO day: where a version, placement or policy that another replaces ends. */
export const dayBefore = (isoDate: string) => addDays(isoDate, -1);

/** How many days a range holds, both ends counted (`from` = `to`: 1), by arithmetic rather than by listing them. */
export const daysIn = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
