import { currentLanguage, enumLabel, formatDay, isCalendarDate, LANGUAGES } from '@kpi/platform';
import { cellText, type SheetColumn } from '@kpi/platform/sheets';
import { PlacementKind } from '../entities/enums.js';
import '../labels.js';
import { plain, said } from '../messages.js';

/**
 * The placement history sheet: people's past placements as a previous KPI or HR system exported
 * them, one row a placement. Headers are the keys or their Vietnamese labels.
 */
export const PLACEMENT_COLUMNS = [
  { key: 'employee_code', label: 'Mã cán bộ' },
  { key: 'kind', label: 'Loại' },
  { key: 'agency_code', label: 'Mã cơ quan' },
  { key: 'division_code', label: 'Mã phòng ban' },
  { key: 'position_code', label: 'Mã vị trí' },
  { key: 'supervisor_code', label: 'Mã người phụ trách' },
  { key: 'effective_from', label: 'Từ ngày' },
  { key: 'effective_to', label: 'Đến ngày' },
  { key: 'decision_number', label: 'Số quyết định' },
  { key: 'reason', label: 'Lý do' },
] as const satisfies readonly SheetColumn[];
export type PlacementColumn = (typeof PLACEMENT_COLUMNS)[number]['key'];
export const PLACEMENT_REQUIRED: PlacementColumn[] = ['employee_code', 'kind', 'agency_code', 'position_code', 'effective_from'];

/**
 * A column as a row's problem names it: its key in English (as it always did), its label in
 * Vietnamese (what a Vietnamese sheet's header says).
 */
export const columnName = (key: PlacementColumn) =>
  currentLanguage() === 'vi' ? PLACEMENT_COLUMNS.find((column) => column.key === key)!.label : key;

/**
 * A kind as the graph names it, as a Vietnamese decision does (Điều động, Bổ nhiệm…: the kinds'
 * Vietnamese labels) or as the English labels say.
 */
const KINDS: Record<string, PlacementKind> = Object.fromEntries(
  Object.values(PlacementKind).flatMap((kind) => [
    [kind, kind],
    ...LANGUAGES.map((language) => [enumLabel('PlacementKind', kind, language).normalize('NFC').toUpperCase(), kind]),
  ]),
);

export interface PlacementRow {
  employeeCode: string;
  kind: PlacementKind;
  agencyCode: string;
  divisionCode: string | null;
  /** Null only for a separation: someone out of service holds no position. */
  positionCode: string | null;
  supervisorCode: string | null;
  effectiveFrom: string;
  /** Null: until the next placement starts (the person's next row, or their first stored placement). */
  effectiveTo: string | null;
  decisionNumber: string | null;
  reason: string | null;
}

const MAX_TEXT = 2000;
const MAX_CODE = 32;

/**
 * One row's own values, every problem named by its column; what needs the stored records (codes,
 * the chain of a person's placements) is judged later.
 */
export function parsePlacementRow(
  cells: Partial<Record<PlacementColumn, unknown>>,
  today: string,
): { row?: PlacementRow; errors: string[] } {
  const errors: string[] = [];
  const code = (column: PlacementColumn, what: (() => string) | null) => {
    const text = cellText(cells[column]);
    if (!text && what) errors.push(said.rowGive({ column: columnName(column), what: what() }));
    else if (text.length > MAX_CODE) errors.push(said.rowCodeTooLong({ column: columnName(column), max: plain(MAX_CODE) }));
    return text || null;
  };
  const employeeCode = code('employee_code', said.thePersonStaffCode);
  const kindText = cellText(cells.kind).normalize('NFC').toUpperCase();
  const kind = KINDS[kindText];
  if (!kind) errors.push(said.rowKind({ column: columnName('kind'), kinds: Object.values(PlacementKind).join(', ') }));
  const agencyCode = code('agency_code', said.theAgencyCode);
  const divisionCode = code('division_code', null);
  const positionCode = code('position_code', kind === PlacementKind.SEPARATION ? null : said.thePositionCode);
  const supervisorCode = code('supervisor_code', null);
  if (supervisorCode && supervisorCode === employeeCode) errors.push(said.rowSelfSupervised({ column: columnName('supervisor_code') }));
  const day = (column: PlacementColumn, optional: boolean) => {
    const text = cellText(cells[column]);
    if (!text && optional) return null;
    if (!isCalendarDate(text)) errors.push(said.rowNotADate({ column: columnName(column) }));
    else if (text > today) errors.push(said.rowInFuture({ column: columnName(column), day: formatDay(text), today: formatDay(today) }));
    else return text;
    return undefined;
  };
  const effectiveFrom = day('effective_from', false);
  const effectiveTo = day('effective_to', true);
  if (effectiveFrom && effectiveTo && effectiveTo < effectiveFrom)
    errors.push(
      said.rowEndsBeforeStart({ column: columnName('effective_to'), to: formatDay(effectiveTo), from: formatDay(effectiveFrom) }),
    );
  const text = (column: PlacementColumn) => {
    const value = cellText(cells[column]);
    if (value.length > MAX_TEXT || value.includes('\u0000'))
      errors.push(said.rowTextTooLong({ column: columnName(column), max: plain(MAX_TEXT) }));
    return value || null;
  };
  const decisionNumber = text('decision_number');
  const reason = text('reason');
  if (errors.length) return { errors };
  return {
    errors,
    row: {
      employeeCode: employeeCode!,
      kind: kind!,
      agencyCode: agencyCode!,
      divisionCode,
      positionCode,
      supervisorCode,
      effectiveFrom: effectiveFrom!,
      effectiveTo: effectiveTo ?? null,
      decisionNumber,
      reason,
    },
  };
}
