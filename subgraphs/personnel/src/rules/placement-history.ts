import { dayBefore, formatDay } from '@kpi/platform';
import { plain, said } from '../messages.js';
import { columnName } from './placement-sheet.js';

/** One imported row of a person's history: its row number in the sheet and its dates as given. */
export interface ImportedStretch {
  row: number;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface FittedStretch {
  /** The day it ends: as given, else the day before the next placement starts (null: still open). */
  effectiveTo: string | null;
  /** Each problem of its place in the chain, naming its column. */
  errors: string[];
}

/**
 * Where a person's imported placements fit in their career. History only goes before what is
 * stored: each row starts before the first stored placement and ends by the day before it, so
 * the stored line — which scores already rest on — is never rewritten. Imported rows follow one
 * another without overlap (gaps are allowed: a person may have been out of service); a row with
 * no end lasts until the next one starts. Answers each row's fit, by row number.
 */
export function fitHistory(
  employeeCode: string,
  stretches: readonly ImportedStretch[],
  firstStoredFrom: string | null,
): Map<number, FittedStretch> {
  const sorted = [...stretches].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.row - b.row);
  const fitted = new Map<number, FittedStretch>(sorted.map((s) => [s.row, { effectiveTo: s.effectiveTo, errors: [] }]));
  const chain: ImportedStretch[] = [];
  for (const stretch of sorted) {
    const { errors } = fitted.get(stretch.row)!;
    if (firstStoredFrom !== null && stretch.effectiveFrom >= firstStoredFrom) {
      errors.push(
        said.rowNotBeforeFirst({
          column: columnName('effective_from'),
          from: formatDay(stretch.effectiveFrom),
          code: employeeCode,
          first: formatDay(firstStoredFrom),
        }),
      );
      continue;
    }
    const previous = chain.at(-1);
    if (previous && previous.effectiveFrom === stretch.effectiveFrom) {
      errors.push(
        said.rowSameStart({
          column: columnName('effective_from'),
          row: plain(previous.row),
          code: employeeCode,
          from: formatDay(stretch.effectiveFrom),
        }),
      );
      continue;
    }
    if (firstStoredFrom !== null && stretch.effectiveTo !== null && stretch.effectiveTo >= firstStoredFrom)
      errors.push(
        said.rowReachesFirst({
          column: columnName('effective_to'),
          to: formatDay(stretch.effectiveTo),
          code: employeeCode,
          first: formatDay(firstStoredFrom),
          last: formatDay(dayBefore(firstStoredFrom)),
        }),
      );
    chain.push(stretch);
  }
  chain.forEach((stretch, i) => {
    const next = chain[i + 1];
    const fit = fitted.get(stretch.row)!;
    const nextFrom = next?.effectiveFrom ?? firstStoredFrom;
    fit.effectiveTo = stretch.effectiveTo ?? (nextFrom === null ? null : dayBefore(nextFrom));
    if (next && stretch.effectiveTo !== null && stretch.effectiveTo >= next.effectiveFrom)
      fit.errors.push(
        said.rowOverlaps({
          column: columnName('effective_to'),
          to: formatDay(stretch.effectiveTo),
          row: plain(next.row),
          code: employeeCode,
          from: formatDay(next.effectiveFrom),
        }),
      );
  });
  return fitted;
}

/** What makes a row the same placement as a stored one: re-importing a sheet changes nothing. */
export interface PlacementIdentity {
  effectiveFrom: string;
  agencyId: string;
  divisionId: string | null;
  positionId: string | null;
}

export const samePlacement = (a: PlacementIdentity, b: PlacementIdentity) =>
  a.effectiveFrom === b.effectiveFrom && a.agencyId === b.agencyId && a.divisionId === b.divisionId && a.positionId === b.positionId;
