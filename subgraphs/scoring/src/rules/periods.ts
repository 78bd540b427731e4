import { DomainError } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { said } from '../messages.js';

export type PeriodKind = 'MONTH' | 'QUARTER' | 'YEAR';

export interface PeriodRange {
  code: string;
  kind: PeriodKind;
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `2026-11` (a month), `2026-Q4` (a quarter) or `2026` (a year) → its first and last day. */
export function periodRange(code: string): PeriodRange {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(code);
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    return { code, kind: 'MONTH', from: `${year}-${pad(m)}-01`, to: `${year}-${pad(m)}-${pad(lastDay(year, m))}` };
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(code);
  if (quarter) {
    const [year, q] = [Number(quarter[1]), Number(quarter[2])];
    const last = q * 3;
    return { code, kind: 'QUARTER', from: `${year}-${pad(last - 2)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
  }
  if (/^\d{4}$/.test(code)) return { code, kind: 'YEAR', from: `${code}-01-01`, to: `${code}-12-31` };
  throw new DomainError(ErrorCode.BAD_USER_INPUT, said.periodWritten(), { field: 'period' });
}

/** The part of [from, to] inside the period, or null. */
export function clip(range: { from: string; to: string | null }, period: { from: string; to: string }) {
  const from = range.from > period.from ? range.from : period.from;
  const to = range.to === null || range.to > period.to ? period.to : range.to;
  return from <= to ? { from, to } : null;
}
