import { DomainError, formatNumber } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { EntryFlag } from '../entities/enums.js';
import { day, num, said } from '../messages.js';

export const MINUTES_PER_DAY = 24 * 60;

/** No one does more than this many units of anything in a day; larger figures are typing (or sending) errors. */
export const MAX_QUANTITY = 100_000;

export function assertEntryValues(values: { quantity: number; actualMinutes: number }) {
  if (!(values.quantity > 0) || !Number.isFinite(values.quantity))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.quantityAboveZero(), { field: 'quantity' });
  if (values.quantity > MAX_QUANTITY)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.quantityAtMost({ max: formatNumber(MAX_QUANTITY) }), {
      field: 'quantity',
    });
  if (!Number.isInteger(values.actualMinutes) || values.actualMinutes <= 0)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, said.minutesWhole(), { field: 'actualMinutes' });
  if (values.actualMinutes > MINUTES_PER_DAY)
    throw new DomainError(ErrorCode.DAY_OVER_24_HOURS, said.entryOver24Hours(), { field: 'actualMinutes' });
}

export function assertNotFuture(workDate: string, today: string) {
  if (workDate > today)
    throw new DomainError(ErrorCode.FUTURE_DATE, said.futureDate({ date: day(workDate), today: day(today) }), {
      field: 'workDate',
    });
}

/** A day holds at most 24 hours of recorded work. */
export function assertDayTotal(otherMinutes: number, actualMinutes: number) {
  if (otherMinutes + actualMinutes > MINUTES_PER_DAY)
    throw new DomainError(ErrorCode.DAY_OVER_24_HOURS, said.dayOver24Hours({ minutes: num(otherMinutes), more: num(actualMinutes) }), {
      field: 'actualMinutes',
      recordedMinutes: otherMinutes,
    });
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
  [EntryFlag.OVER_STANDARD_DAY]: (f) => said.warnOverStandardDay({ minutes: num(f.dayMinutes), standard: num(f.standardDayMinutes) }),
  [EntryFlag.FAR_ABOVE_STANDARD]: (f) =>
    said.warnFarAboveStandard({
      minutes: num(f.actualMinutes),
      factor: num(f.farAboveFactor),
      standard: num(f.standardMinutes * f.quantity),
    }),
  [EntryFlag.LATE_DECLARATION]: () => said.warnLateDeclaration(),
  [EntryFlag.NO_EVIDENCE]: () => said.warnNoEvidence(),
  [EntryFlag.NON_WORKING_DAY]: () => said.warnNonWorkingDay(),
  [EntryFlag.AFTER_CLOSE]: () => said.warnAfterClose(),
};

export const flagMessage = (flag: EntryFlag, facts: FlagFacts) => MESSAGES[flag](facts);
