import { DomainError } from '@kpi/platform';
import { ErrorCode } from '../errors.js';

/**
 * A row for a month that has no partition (archived, or before the diary's first month): the
 * database refuses it, and the writer is told why instead of getting an internal error.
 */
export async function inKeptMonth<T>(workDate: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Error && /no partition of relation "diary_entry" found for row/.test(error.message))
      throw new DomainError(
        ErrorCode.PERIOD_CLOSED,
        `The diary of ${workDate.slice(0, 7)} is not kept here: the month was archived or precedes the diary (an operator can restore an archived month).`,
        { field: 'workDate' },
      );
    throw error;
  }
}
