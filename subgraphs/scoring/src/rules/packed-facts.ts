import type { DiaryFacts, ProductFacts } from './indicators.js';

/** A stretch's diary facts without its item groups: what the diary's columns carry per range. */
export type StretchFigures = Omit<DiaryFacts, 'items' | 'providers'>;

/** The figures of a range that the diary packs as columns (PackedScoringFacts). */
type Figure = Exclude<keyof StretchFigures, 'led' | 'coOperated'>;

/** The fields of an assignment's facts, in the order the diary makes them. */
const ASSIGNMENT_FIELDS = [
  'id',
  'deadline',
  'effectiveDeadline',
  'status',
  'submittedOn',
  'timeliness',
  'expectedQuantity',
  'quantityDone',
  'quality',
  'majorErrors',
  'excusedErrors',
  'delays',
  'excusedDelays',
] as const;

/** The diary's facts of a batch as columns: one value per range (figures) or per assignment (assignments). */
export type PackedFigures = { [K in Figure]: number[] } & {
  assignments: { range: number[]; led: boolean[]; imported: boolean[] } & { [K in (typeof ASSIGNMENT_FIELDS)[number]]: unknown[] };
};

/**
 * Each range's figures and assignments as the rules read them, one object per range in the order
 * asked: the very objects the diary's scoringFacts lists (their keys in its order, an assignment's
 * `imported` only where true), so that scores and what they store are the same whichever form
 * travelled — a test holds the two forms equal.
 */
export function unpackFigures(packed: PackedFigures, count: number): StretchFigures[] {
  const stretches: StretchFigures[] = Array.from({ length: count }, (_, i) => ({
    workingDays: packed.workingDays[i]!,
    leaveDays: packed.leaveDays[i]!,
    declaredDays: packed.declaredDays[i]!,
    lateDeclarations: packed.lateDeclarations[i]!,
    daysOverStandard: packed.daysOverStandard[i]!,
    farAboveStandardEntries: packed.farAboveStandardEntries[i]!,
    entries: packed.entries[i]!,
    approvedEntries: packed.approvedEntries[i]!,
    approvedActualMinutes: packed.approvedActualMinutes[i]!,
    importedEntries: packed.importedEntries[i]!,
    led: [],
    coOperated: [],
  }));
  const a = packed.assignments;
  for (let j = 0; j < a.range.length; j++) {
    const facts = Object.fromEntries(ASSIGNMENT_FIELDS.map((field) => [field, a[field][j]])) as unknown as ProductFacts;
    if (a.imported[j]) facts.imported = true;
    (a.led[j] ? stretches[a.range[j]!]!.led : stretches[a.range[j]!]!.coOperated).push(facts);
  }
  return stretches;
}
