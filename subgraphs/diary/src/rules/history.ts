import { formatNumber, isCalendarDate } from '@kpi/platform';
import { cellNumber, cellText, type SheetColumn } from '@kpi/platform/sheets';
import { EntryStatus } from '../entities/enums.js';
import { MAX_QUANTITY, MINUTES_PER_DAY } from './entries.js';
import { day, num, said } from '../messages.js';

/**
 * The history sheet: a province's past diary entries as its previous KPI software exported them,
 * one row an entry. Headers are the keys or their Vietnamese labels.
 */
export const HISTORY_COLUMNS = [
  { key: 'import_key', label: 'Mã dòng' },
  { key: 'employee_code', label: 'Mã cán bộ' },
  { key: 'work_date', label: 'Ngày' },
  { key: 'work_item_code', label: 'Mã đầu công việc' },
  { key: 'quantity', label: 'Số lượng' },
  { key: 'actual_minutes', label: 'Số phút thực tế' },
  { key: 'status', label: 'Trạng thái' },
  { key: 'note', label: 'Ghi chú' },
  { key: 'evidence_ref', label: 'Minh chứng' },
] as const satisfies readonly SheetColumn[];
export type HistoryColumn = (typeof HISTORY_COLUMNS)[number]['key'];
export const HISTORY_REQUIRED: HistoryColumn[] = ['employee_code', 'work_date', 'work_item_code', 'quantity'];

/** Past entries were decided in the old system: approved, or returned (kept, never counted). */
const STATUSES: Record<string, EntryStatus> = {
  APPROVED: EntryStatus.APPROVED,
  'ĐÃ DUYỆT': EntryStatus.APPROVED,
  RETURNED: EntryStatus.RETURNED,
  'TRẢ LẠI': EntryStatus.RETURNED,
};

export interface HistoryRow {
  /** What makes a re-import of the same row a no-op: its import_key, else its content. */
  key: string;
  employeeCode: string;
  workDate: string;
  workItemCode: string;
  quantity: number;
  /** Null: the item's standard minutes × quantity, as on the work date. */
  actualMinutes: number | null;
  status: EntryStatus;
  note: string | null;
  evidenceRef: string | null;
}

const MAX_TEXT = 2000;

/** One row's own values, every problem named by its column; what needs the graph is judged later. */
export function parseHistoryRow(cells: Partial<Record<HistoryColumn, unknown>>, today: string): { row?: HistoryRow; errors: string[] } {
  const errors: string[] = [];
  const employeeCode = cellText(cells.employee_code);
  if (!employeeCode) errors.push(said.rowEmployeeCode());
  const workDate = cellText(cells.work_date);
  if (!isCalendarDate(workDate)) errors.push(said.rowDate({ column: 'work_date' }));
  else if (workDate > today) errors.push(said.rowDateFuture({ column: 'work_date', date: day(workDate), today: day(today) }));
  const workItemCode = cellText(cells.work_item_code);
  if (!workItemCode) errors.push(said.rowItemCode());
  const quantity = cellNumber(cells.quantity);
  if (!(quantity > 0) || quantity > MAX_QUANTITY) errors.push(said.rowQuantity({ max: formatNumber(MAX_QUANTITY) }));
  const minutesText = cellText(cells.actual_minutes);
  const actualMinutes = minutesText === '' ? null : cellNumber(minutesText);
  if (actualMinutes !== null && !(Number.isInteger(actualMinutes) && actualMinutes > 0 && actualMinutes <= MINUTES_PER_DAY))
    errors.push(said.rowMinutes({ max: num(MINUTES_PER_DAY) }));
  const statusText = cellText(cells.status).toUpperCase();
  const status = statusText === '' ? EntryStatus.APPROVED : STATUSES[statusText];
  if (!status) errors.push(said.rowEntryStatus());
  const note = cellText(cells.note) || null;
  const evidenceRef = cellText(cells.evidence_ref) || null;
  for (const [column, text] of [
    ['note', note],
    ['evidence_ref', evidenceRef],
    ['import_key', cellText(cells.import_key)],
  ] as const)
    if (text && (text.length > MAX_TEXT || text.includes('\u0000'))) errors.push(said.rowTextAtMost({ column, max: num(MAX_TEXT) }));
  if (errors.length) return { errors };
  const key =
    cellText(cells.import_key) ||
    ['row', employeeCode, workDate, workItemCode, quantity, actualMinutes ?? '', status, note ?? '', evidenceRef ?? ''].join('|');
  return {
    errors,
    row: { key, employeeCode, workDate, workItemCode, quantity, actualMinutes, status: status!, note, evidenceRef },
  };
}

export interface PlacementSpan {
  effectiveFrom: string;
  effectiveTo: string | null;
  agencyId: string;
  divisionId: string | null;
}

/** Where a person worked on a day: the placement that holds it, if any. */
export const placementOn = (placements: readonly PlacementSpan[], day: string) =>
  placements.find((p) => p.effectiveFrom <= day && (p.effectiveTo === null || day <= p.effectiveTo)) ?? null;
