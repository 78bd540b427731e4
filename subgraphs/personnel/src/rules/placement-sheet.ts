import { isCalendarDate } from '@kpi/platform';
import { cellText, type SheetColumn } from '@kpi/platform/sheets';
import { PlacementKind } from '../entities/enums.js';

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

/** A kind as the graph names it or as a Vietnamese decision does. */
const KINDS: Record<string, PlacementKind> = {
  ...Object.fromEntries(Object.values(PlacementKind).map((k) => [k, k])),
  'TUYỂN DỤNG': PlacementKind.HIRE,
  'ĐIỀU ĐỘNG': PlacementKind.TRANSFER,
  'LUÂN CHUYỂN': PlacementKind.ROTATION,
  'BỔ NHIỆM': PlacementKind.APPOINTMENT,
  'THÔI CÔNG TÁC': PlacementKind.SEPARATION,
};

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
  const code = (column: PlacementColumn, what: string, optional = false) => {
    const text = cellText(cells[column]);
    if (!text && !optional) errors.push(`${column}: give ${what}`);
    else if (text.length > MAX_CODE) errors.push(`${column}: a code of at most ${MAX_CODE} characters`);
    return text || null;
  };
  const employeeCode = code('employee_code', 'the person’s staff code');
  const kindText = cellText(cells.kind).normalize('NFC').toUpperCase();
  const kind = KINDS[kindText];
  if (!kind) errors.push(`kind: one of ${Object.values(PlacementKind).join(', ')} (or Điều động, Luân chuyển, Bổ nhiệm…)`);
  const agencyCode = code('agency_code', 'the code of the agency');
  const divisionCode = code('division_code', '', true);
  const positionCode = code('position_code', 'the code of the job position', kind === PlacementKind.SEPARATION);
  const supervisorCode = code('supervisor_code', '', true);
  if (supervisorCode && supervisorCode === employeeCode) errors.push('supervisor_code: a person does not supervise themselves');
  const day = (column: PlacementColumn, optional: boolean) => {
    const text = cellText(cells[column]);
    if (!text && optional) return null;
    if (!isCalendarDate(text)) errors.push(`${column}: a calendar date written YYYY-MM-DD`);
    else if (text > today) errors.push(`${column}: ${text} is in the future (today is ${today}); an import brings the past in`);
    else return text;
    return undefined;
  };
  const effectiveFrom = day('effective_from', false);
  const effectiveTo = day('effective_to', true);
  if (effectiveFrom && effectiveTo && effectiveTo < effectiveFrom)
    errors.push(`effective_to: ${effectiveTo} is before the placement starts (${effectiveFrom})`);
  const text = (column: PlacementColumn) => {
    const value = cellText(cells[column]);
    if (value.length > MAX_TEXT || value.includes('\u0000')) errors.push(`${column}: at most ${MAX_TEXT} characters of text`);
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
