import { clockNow, DomainError } from '@kpi/platform';
import { ErrorCode } from '../errors.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function assertDate(field: string, value: string) {
  if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} must be a date written YYYY-MM-DD.`, { field });
}

export function dayBefore(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** Today in Vietnam (UTC+7): a version "effective today" means the province's today. */
export const todayInVietnam = (now = clockNow()) => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** The longest period the diary sums at once; asking for more would fail there, so it is refused here. */
export const MAX_PERIOD_DAYS = 366;

/** A period of whole days, `from` to `to` inclusive, at most MAX_PERIOD_DAYS long. */
export function assertPeriod(from: string, to: string) {
  assertDate('from', from);
  assertDate('to', to);
  if (to < from) throw new DomainError(ErrorCode.BAD_USER_INPUT, '`to` comes before `from`.', { field: 'to' });
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > MAX_PERIOD_DAYS)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `A period is at most ${MAX_PERIOD_DAYS} days.`, { field: 'to' });
}
