import { isCalendarDate } from '@kpi/platform';
import { cellNumber, cellText, type SheetColumn } from '@kpi/platform/sheets';
import { AssignmentStatus, QualityRating } from '../entities/enums.js';
import { MAX_QUANTITY } from './entries.js';
import { day, said } from '../messages.js';

/** The assignment history sheet: one row an assignment, with its real dates and outcome. */
export const ASSIGNMENT_HISTORY_COLUMNS = [
  { key: 'import_key', label: 'Mã dòng' },
  { key: 'title', label: 'Tên công việc' },
  { key: 'work_item_code', label: 'Mã đầu công việc' },
  { key: 'assigner_code', label: 'Mã người giao' },
  { key: 'lead_code', label: 'Mã người chủ trì' },
  { key: 'co_operator_codes', label: 'Mã người phối hợp' },
  { key: 'expected_quantity', label: 'Số lượng giao' },
  { key: 'assigned_on', label: 'Ngày giao' },
  { key: 'deadline', label: 'Hạn hoàn thành' },
  { key: 'status', label: 'Trạng thái' },
  { key: 'submitted_on', label: 'Ngày báo cáo' },
  { key: 'quantity_done', label: 'Số lượng hoàn thành' },
  { key: 'quality', label: 'Chất lượng' },
  { key: 'major_errors', label: 'Số lỗi lớn' },
  { key: 'excused_errors', label: 'Lỗi có lý do khách quan' },
  { key: 'delays', label: 'Số lần chậm' },
  { key: 'excused_delays', label: 'Chậm có lý do khách quan' },
  { key: 'description', label: 'Mô tả' },
] as const satisfies readonly SheetColumn[];
export type AssignmentHistoryColumn = (typeof ASSIGNMENT_HISTORY_COLUMNS)[number]['key'];
export const ASSIGNMENT_HISTORY_REQUIRED: AssignmentHistoryColumn[] = [
  'title',
  'work_item_code',
  'assigner_code',
  'lead_code',
  'expected_quantity',
  'assigned_on',
  'deadline',
  'status',
];

const STATUSES: Record<string, AssignmentStatus> = {
  ASSIGNED: AssignmentStatus.ASSIGNED,
  'ĐÃ GIAO': AssignmentStatus.ASSIGNED,
  IN_PROGRESS: AssignmentStatus.IN_PROGRESS,
  'ĐANG THỰC HIỆN': AssignmentStatus.IN_PROGRESS,
  SUBMITTED: AssignmentStatus.SUBMITTED,
  'ĐÃ BÁO CÁO': AssignmentStatus.SUBMITTED,
  COMPLETED: AssignmentStatus.COMPLETED,
  'HOÀN THÀNH': AssignmentStatus.COMPLETED,
  CANCELLED: AssignmentStatus.CANCELLED,
  'ĐÃ HỦY': AssignmentStatus.CANCELLED,
};
const QUALITIES: Record<string, QualityRating> = {
  EXCELLENT: QualityRating.EXCELLENT,
  'XUẤT SẮC': QualityRating.EXCELLENT,
  GOOD: QualityRating.GOOD,
  TỐT: QualityRating.GOOD,
  SATISFACTORY: QualityRating.SATISFACTORY,
  ĐẠT: QualityRating.SATISFACTORY,
  UNSATISFACTORY: QualityRating.UNSATISFACTORY,
  'CHƯA ĐẠT': QualityRating.UNSATISFACTORY,
};

export interface AssignmentHistoryRow {
  key: string;
  title: string;
  description: string | null;
  workItemCode: string;
  assignerCode: string;
  leadCode: string;
  coOperatorCodes: string[];
  expectedQuantity: number;
  assignedOn: string;
  deadline: string;
  status: AssignmentStatus;
  submittedOn: string | null;
  quantityDone: number | null;
  quality: QualityRating | null;
  majorErrors: number;
  excusedErrors: number;
  delays: number;
  excusedDelays: number;
}

const count = (value: unknown) => (cellText(value) === '' ? 0 : cellNumber(value));
const isCount = (n: number) => Number.isInteger(n) && n >= 0 && n <= 100;

/** One row's own values and their consistency, every problem named by its column. */
export function parseAssignmentHistoryRow(
  cells: Partial<Record<AssignmentHistoryColumn, unknown>>,
  today: string,
): { row?: AssignmentHistoryRow; errors: string[] } {
  const errors: string[] = [];
  const text = (key: AssignmentHistoryColumn) => cellText(cells[key]);
  const title = text('title');
  if (!title || title.length > 500) errors.push(said.rowTitle());
  const workItemCode = text('work_item_code');
  if (!workItemCode) errors.push(said.rowItemCode());
  const assignerCode = text('assigner_code');
  if (!assignerCode) errors.push(said.rowAssignerCode());
  const leadCode = text('lead_code');
  if (!leadCode) errors.push(said.rowLeadCode());
  if (assignerCode && assignerCode === leadCode) errors.push(said.rowLeadIsAssigner());
  const coOperatorCodes = [
    ...new Set(
      text('co_operator_codes')
        .split(/[;,\s]+/)
        .filter(Boolean),
    ),
  ];
  if (coOperatorCodes.includes(leadCode)) errors.push(said.rowLeadIsCooperator());
  const expectedQuantity = cellNumber(cells.expected_quantity);
  if (!(expectedQuantity > 0) || expectedQuantity > MAX_QUANTITY) errors.push(said.rowExpectedQuantity());
  const date = (key: AssignmentHistoryColumn, optional = false) => {
    const value = text(key);
    if (optional && value === '') return null;
    if (!isCalendarDate(value)) errors.push(said.rowDate({ column: key }));
    return value;
  };
  const assignedOn = date('assigned_on')!;
  const deadline = date('deadline')!;
  const submittedOn = date('submitted_on', true);
  if (isCalendarDate(assignedOn) && assignedOn > today)
    errors.push(said.rowDateFuture({ column: 'assigned_on', date: day(assignedOn), today: day(today) }));
  if (isCalendarDate(assignedOn) && isCalendarDate(deadline) && deadline < assignedOn) errors.push(said.rowDeadlineBefore());
  if (submittedOn && isCalendarDate(submittedOn) && (submittedOn > today || submittedOn < assignedOn))
    errors.push(said.rowSubmittedBetween());
  const status = STATUSES[text('status').toUpperCase()];
  if (!status) errors.push(said.rowAssignmentStatus());
  const reported = status === AssignmentStatus.SUBMITTED || status === AssignmentStatus.COMPLETED;
  if (reported && !submittedOn) errors.push(said.rowSubmittedNeeded());
  if (!reported && submittedOn) errors.push(said.rowSubmittedOnlyReported());
  const quantityDone = text('quantity_done') === '' ? null : cellNumber(cells.quantity_done);
  if (quantityDone !== null && !(quantityDone >= 0 && quantityDone <= MAX_QUANTITY)) errors.push(said.rowQuantityDone());
  const quality = text('quality') === '' ? null : QUALITIES[text('quality').toUpperCase()];
  if (quality === undefined) errors.push(said.rowQuality());
  if (status === AssignmentStatus.COMPLETED && quality === null) errors.push(said.rowQualityNeeded());
  if (status && status !== AssignmentStatus.COMPLETED && quality) errors.push(said.rowQualityOnlyCompleted());
  const [majorErrors, excusedErrors, delays, excusedDelays] = (['major_errors', 'excused_errors', 'delays', 'excused_delays'] as const).map(
    (key) => {
      const n = count(cells[key]);
      if (!isCount(n)) errors.push(said.rowCount({ column: key }));
      return n;
    },
  ) as [number, number, number, number];
  if (excusedErrors > majorErrors) errors.push(said.rowExcusedErrors());
  if (excusedDelays > delays) errors.push(said.rowExcusedDelays());
  if (status !== AssignmentStatus.COMPLETED && majorErrors + delays > 0) errors.push(said.rowErrorsOnCompletion());
  if (errors.length) return { errors };
  const key =
    text('import_key') || ['assignment', leadCode, assignerCode, workItemCode, assignedOn, deadline, title, expectedQuantity].join('|');
  return {
    errors,
    row: {
      key,
      title,
      description: text('description') || null,
      workItemCode,
      assignerCode,
      leadCode,
      coOperatorCodes,
      expectedQuantity,
      assignedOn,
      deadline,
      status: status!,
      submittedOn,
      quantityDone,
      quality: quality ?? null,
      majorErrors,
      excusedErrors,
      delays,
      excusedDelays,
    },
  };
}
