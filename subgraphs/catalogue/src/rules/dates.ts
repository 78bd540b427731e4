import { DomainError, isCalendarDate } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { num, said } from '../messages.js';

export function assertDate(field: string, value: string) {
  if (!isCalendarDate(value)) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.notADate({ field }), { field });
}

export { dayBefore } from '@kpi/platform';

/** Today in Vietnam (UTC+7): a version "effective today" means the province's today. */
export { todayInVietnam } from '@kpi/platform';

/** The longest period the diary sums at once; asking for more would fail there, so it is refused here. */
export const MAX_PERIOD_DAYS = 366;

/** A period of whole days, `from` to `to` inclusive, at most MAX_PERIOD_DAYS long. */
export function assertPeriod(from: string, to: string) {
  assertDate('from', from);
  assertDate('to', to);
  if (to < from) throw new DomainError(ErrorCode.BAD_USER_INPUT, said.toBeforeFrom(), { field: 'to' });
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > MAX_PERIOD_DAYS)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.periodTooLong({ max: num(MAX_PERIOD_DAYS) }), { field: 'to' });
}
