import { isCalendarDate } from '@kpi/platform';
import { cellNumber, cellText, type SheetColumn } from '@kpi/platform/sheets';
import { AssignmentStatus, QualityRating } from '../entities/enums.js';
import { MAX_QUANTITY } from './entries.js';

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
  if (!title || title.length > 500) errors.push('title: 1 to 500 characters');
  const workItemCode = text('work_item_code');
  if (!workItemCode) errors.push('work_item_code: give the catalogue code of the work item');
  const assignerCode = text('assigner_code');
  if (!assignerCode) errors.push('assigner_code: give the staff code of who assigned it');
  const leadCode = text('lead_code');
  if (!leadCode) errors.push('lead_code: give the staff code of the person responsible');
  if (assignerCode && assignerCode === leadCode) errors.push('lead_code: the lead is not the assigner');
  const coOperatorCodes = [
    ...new Set(
      text('co_operator_codes')
        .split(/[;,\s]+/)
        .filter(Boolean),
    ),
  ];
  if (coOperatorCodes.includes(leadCode)) errors.push('co_operator_codes: the lead is not also a co-operator');
  const expectedQuantity = cellNumber(cells.expected_quantity);
  if (!(expectedQuantity > 0) || expectedQuantity > MAX_QUANTITY) errors.push('expected_quantity: a number above 0');
  const date = (key: AssignmentHistoryColumn, optional = false) => {
    const value = text(key);
    if (optional && value === '') return null;
    if (!isCalendarDate(value)) errors.push(`${key}: a calendar date written YYYY-MM-DD`);
    return value;
  };
  const assignedOn = date('assigned_on')!;
  const deadline = date('deadline')!;
  const submittedOn = date('submitted_on', true);
  if (isCalendarDate(assignedOn) && assignedOn > today) errors.push(`assigned_on: ${assignedOn} is in the future (today is ${today})`);
  if (isCalendarDate(assignedOn) && isCalendarDate(deadline) && deadline < assignedOn)
    errors.push('deadline: before the day it was assigned');
  if (submittedOn && isCalendarDate(submittedOn) && (submittedOn > today || submittedOn < assignedOn))
    errors.push('submitted_on: between the day it was assigned and today');
  const status = STATUSES[text('status').toUpperCase()];
  if (!status) errors.push('status: COMPLETED (Hoàn thành), CANCELLED (Đã hủy), SUBMITTED, IN_PROGRESS or ASSIGNED');
  const reported = status === AssignmentStatus.SUBMITTED || status === AssignmentStatus.COMPLETED;
  if (reported && !submittedOn) errors.push('submitted_on: the day it was reported done, for a submitted or completed assignment');
  if (!reported && submittedOn) errors.push('submitted_on: only a submitted or completed assignment was reported done');
  const quantityDone = text('quantity_done') === '' ? null : cellNumber(cells.quantity_done);
  if (quantityDone !== null && !(quantityDone >= 0 && quantityDone <= MAX_QUANTITY)) errors.push('quantity_done: a number from 0');
  const quality = text('quality') === '' ? null : QUALITIES[text('quality').toUpperCase()];
  if (quality === undefined) errors.push('quality: EXCELLENT (Xuất sắc), GOOD (Tốt), SATISFACTORY (Đạt) or UNSATISFACTORY (Chưa đạt)');
  if (status === AssignmentStatus.COMPLETED && quality === null) errors.push('quality: a completed assignment was rated');
  if (status && status !== AssignmentStatus.COMPLETED && quality) errors.push('quality: only a completed assignment is rated');
  const [majorErrors, excusedErrors, delays, excusedDelays] = (['major_errors', 'excused_errors', 'delays', 'excused_delays'] as const).map(
    (key) => {
      const n = count(cells[key]);
      if (!isCount(n)) errors.push(`${key}: a whole number from 0 to 100`);
      return n;
    },
  ) as [number, number, number, number];
  if (excusedErrors > majorErrors) errors.push('excused_errors: at most the major errors');
  if (excusedDelays > delays) errors.push('excused_delays: at most the delays');
  if (status !== AssignmentStatus.COMPLETED && majorErrors + delays > 0)
    errors.push('major_errors: errors and delays are recorded on completion');
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
