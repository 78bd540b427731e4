import { DomainError } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { month, said } from '../messages.js';

/**
 * A row for a month that has no partition (archived, or before the diary's first month): the
 * database refuses it, and the writer is told why instead of getting an internal error.
 */
export async function inKeptMonth<T>(workDate: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Error && /no partition of relation "diary_entry" found for row/.test(error.message))
      throw new DomainError(ErrorCode.PERIOD_CLOSED, said.monthNotKept({ month: month(workDate) }), { field: 'workDate' });
    throw error;
  }
}
