import { DomainError } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { EntryFlag } from '../entities/enums.js';

export const MINUTES_PER_DAY = 24 * 60;

/** No one does more than this many units of anything in a day; larger figures are typing (or sending) errors. */
export const MAX_QUANTITY = 100_000;

export function assertEntryValues(values: { quantity: number; actualMinutes: number }) {
  if (!(values.quantity > 0) || !Number.isFinite(values.quantity))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The quantity must be more than 0.', { field: 'quantity' });
  if (values.quantity > MAX_QUANTITY)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `The quantity is at most ${MAX_QUANTITY.toLocaleString('en')} a day.`, {
      field: 'quantity',
    });
  if (!Number.isInteger(values.actualMinutes) || values.actualMinutes <= 0)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The minutes spent must be a whole number above 0.', { field: 'actualMinutes' });
  if (values.actualMinutes > MINUTES_PER_DAY)
    throw new DomainError(ErrorCode.DAY_OVER_24_HOURS, 'One entry cannot take more than 24 hours.', { field: 'actualMinutes' });
}

export function assertNotFuture(workDate: string, today: string) {
  if (workDate > today)
    throw new DomainError(ErrorCode.FUTURE_DATE, `Work cannot be recorded for a future date (${workDate}; today is ${today}).`, {
      field: 'workDate',
    });
}

/** A day holds at most 24 hours of recorded work. */
export function assertDayTotal(otherMinutes: number, actualMinutes: number) {
  if (otherMinutes + actualMinutes > MINUTES_PER_DAY)
    throw new DomainError(
      ErrorCode.DAY_OVER_24_HOURS,
      `That day already holds ${otherMinutes} minutes; with ${actualMinutes} more it would exceed 24 hours.`,
      { field: 'actualMinutes', recordedMinutes: otherMinutes },
    );
}

export interface EntryKey {
  workItemId: string;
  quantity: number;
  actualMinutes: number;
  evidenceRef: string | null;
  note: string | null;
  assignmentId: string | null;
}

/**
 * The same work recorded twice on one day: the same item with the same evidence document, or —
 * without evidence — the same quantity, minutes, note and assignment.
 */
export function isDuplicate(existing: EntryKey, candidate: EntryKey): boolean {
  if (existing.workItemId !== candidate.workItemId) return false;
  if (existing.evidenceRef && candidate.evidenceRef)
    return existing.evidenceRef.trim().toLowerCase() === candidate.evidenceRef.trim().toLowerCase();
  return (
    Number(existing.quantity) === Number(candidate.quantity) &&
    existing.actualMinutes === candidate.actualMinutes &&
    (existing.note ?? '') === (candidate.note ?? '') &&
    existing.assignmentId === candidate.assignmentId &&
    !existing.evidenceRef === !candidate.evidenceRef
  );
}

export interface FlagFacts {
  dayMinutes: number;
  standardDayMinutes: number;
  actualMinutes: number;
  standardMinutes: number;
  quantity: number;
  farAboveFactor: number;
  late: boolean;
  evidenceRequired: boolean;
  evidenceRef: string | null;
  workingDay: boolean;
  afterClose: boolean;
}

/**
 * The flags of one entry. They warn; they never block (a long day happens): the person sees them
 * when saving, the reviewer sees flagged entries first.
 */
export function entryFlags(facts: FlagFacts): EntryFlag[] {
  const flags: EntryFlag[] = [];
  if (facts.dayMinutes > facts.standardDayMinutes) flags.push(EntryFlag.OVER_STANDARD_DAY);
  if (facts.actualMinutes > facts.farAboveFactor * facts.standardMinutes * facts.quantity) flags.push(EntryFlag.FAR_ABOVE_STANDARD);
  if (facts.late) flags.push(EntryFlag.LATE_DECLARATION);
  if (facts.evidenceRequired && !facts.evidenceRef?.trim()) flags.push(EntryFlag.NO_EVIDENCE);
  if (!facts.workingDay) flags.push(EntryFlag.NON_WORKING_DAY);
  if (facts.afterClose) flags.push(EntryFlag.AFTER_CLOSE);
  return flags;
}

const MESSAGES: Record<EntryFlag, (f: FlagFacts) => string> = {
  [EntryFlag.OVER_STANDARD_DAY]: (f) =>
    `The day now holds ${f.dayMinutes} minutes, above the standard working day of ${f.standardDayMinutes}.`,
  [EntryFlag.FAR_ABOVE_STANDARD]: (f) =>
    `${f.actualMinutes} minutes is more than ${f.farAboveFactor} × the standard ${f.standardMinutes * f.quantity} minutes for this quantity.`,
  [EntryFlag.LATE_DECLARATION]: () => 'Recorded after the declaration deadline for that day: it counts as declared late.',
  [EntryFlag.NO_EVIDENCE]: () => 'This work item expects evidence (e.g. an E-Office document number).',
  [EntryFlag.NON_WORKING_DAY]: () => 'That date is not a working day for you (weekend, holiday or leave).',
  [EntryFlag.AFTER_CLOSE]: () => 'The month is closed: this change was made with an override and is audited.',
};

export const flagMessage = (flag: EntryFlag, facts: FlagFacts) => MESSAGES[flag](facts);
