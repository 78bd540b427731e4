import { addDays, DomainError, eachDay, formatDay, weekdayOf } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { DayKind } from '../entities/enums.js';
import { said } from '../messages.js';

/** Calendar exceptions by ISO date: holidays on weekdays, working days on weekends. */
export type Exceptions = ReadonlyMap<string, DayKind>;

export { addDays, eachDay };

/** Monday–Friday, unless the calendar says otherwise. */
export function isWorkingDay(day: string, exceptions: Exceptions): boolean {
  const exception = exceptions.get(day);
  if (exception === DayKind.HOLIDAY) return false;
  if (exception === DayKind.WORKING_SWAP) return true;
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6;
}

const isWeekend = (day: string) => [0, 6].includes(weekdayOf(day));

/**
 * An exception must change something: a holiday falls on a weekday (a weekend is already off),
 * a swapped working day on a weekend (a weekday is already worked).
 */
export function assertException(day: string, kind: DayKind) {
  if (kind === DayKind.HOLIDAY && isWeekend(day))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.holidayOnWeekend({ day: formatDay(day) }), {
      field: 'kind',
    });
  if (kind === DayKind.WORKING_SWAP && !isWeekend(day))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.swapOnWeekday({ day: formatDay(day) }), {
      field: 'kind',
    });
}

export const workingDays = (from: string, to: string, exceptions: Exceptions) =>
  eachDay(from, to).filter((day) => isWorkingDay(day, exceptions));

/** The `n`-th working day after `day` (n = 0: `day` itself if working, else the next one). */
export function addWorkingDays(day: string, n: number, exceptions: Exceptions): string {
  let current = day;
  while (!isWorkingDay(current, exceptions)) current = addDays(current, 1);
  for (let left = n; left > 0;) {
    current = addDays(current, 1);
    if (isWorkingDay(current, exceptions)) left -= 1;
  }
  return current;
}

export { todayInVietnam } from '@kpi/platform';

export const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`;
export const lastOfMonth = (day: string) => addDays(firstOfMonth(addDays(firstOfMonth(day), 32)), -1);
