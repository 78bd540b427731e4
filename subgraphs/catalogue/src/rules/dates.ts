import { clockNow, DomainError, ErrorCode } from '@kpi/platform';

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
