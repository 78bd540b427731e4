import { defineEnumLabels } from '@kpi/platform';
import {
  AssignmentAction,
  AssignmentRole,
  AssignmentStatus,
  DayKind,
  EntryFlag,
  EntrySource,
  EntryStatus,
  IntakeStatus,
  LeaveKind,
  QualityRating,
  ReviewDecision,
  Timeliness,
} from './entities/enums.js';

/**
 * What each value of the diary's enums is called, in Vietnamese and English, for whatever people
 * read (messages, sheets, screens asking the graph). The schema's names (`DiaryEntryStatus`, …)
 * key them; the values themselves stay the stable codes. Loaded with the subgraph (subgraph.ts).
 * ReminderKind is labelled with the reminders' own work (another branch).
 */
export const entrySourceLabel = defineEnumLabels('DiaryEntrySource', EntrySource, {
  MANUAL: { vi: 'Tự ghi', en: 'Typed in' },
  EOFFICE: { vi: 'Từ E-Office', en: 'From E-Office' },
  IMPORT: { vi: 'Nhập từ tệp', en: 'Imported' },
});

export const entryStatusLabel = defineEnumLabels('DiaryEntryStatus', EntryStatus, {
  SUBMITTED: { vi: 'Chờ duyệt', en: 'Submitted' },
  APPROVED: { vi: 'Đã duyệt', en: 'Approved' },
  RETURNED: { vi: 'Trả lại', en: 'Returned' },
});

export const entryFlagLabel = defineEnumLabels('DiaryEntryFlag', EntryFlag, {
  OVER_STANDARD_DAY: { vi: 'Vượt thời gian chuẩn của ngày', en: 'Over the standard day' },
  FAR_ABOVE_STANDARD: { vi: 'Vượt xa thời gian chuẩn', en: 'Far above the standard time' },
  LATE_DECLARATION: { vi: 'Khai bù', en: 'Declared late' },
  NO_EVIDENCE: { vi: 'Thiếu minh chứng', en: 'No evidence' },
  NON_WORKING_DAY: { vi: 'Ngày nghỉ', en: 'Not a working day' },
  AFTER_CLOSE: { vi: 'Ghi sau khóa sổ', en: 'Written after the close' },
});

export const dayKindLabel = defineEnumLabels('CalendarDayKind', DayKind, {
  HOLIDAY: { vi: 'Ngày nghỉ lễ', en: 'Holiday' },
  WORKING_SWAP: { vi: 'Ngày làm bù', en: 'Swapped working day' },
});

export const leaveKindLabel = defineEnumLabels('LeaveKind', LeaveKind, {
  ANNUAL: { vi: 'Nghỉ phép năm', en: 'Annual leave' },
  SICK: { vi: 'Nghỉ ốm', en: 'Sick leave' },
  MATERNITY: { vi: 'Nghỉ thai sản', en: 'Maternity leave' },
  TRAINING: { vi: 'Đi học, bồi dưỡng', en: 'Training' },
  OTHER: { vi: 'Nghỉ khác', en: 'Other leave' },
});

export const reviewDecisionLabel = defineEnumLabels('ReviewDecision', ReviewDecision, {
  APPROVE: { vi: 'Duyệt', en: 'Approve' },
  RETURN: { vi: 'Trả lại', en: 'Return' },
});

export const workEventStatusLabel = defineEnumLabels('WorkEventStatus', IntakeStatus, {
  CREATED: { vi: 'Đã ghi vào nhật ký', en: 'Recorded' },
  DUPLICATE: { vi: 'Trùng, đã nhận trước đó', en: 'Duplicate' },
  REJECTED: { vi: 'Bị từ chối', en: 'Rejected' },
});

export const assignmentStatusLabel = defineEnumLabels('AssignmentStatus', AssignmentStatus, {
  ASSIGNED: { vi: 'Chờ nhận', en: 'Assigned' },
  IN_PROGRESS: { vi: 'Đang làm', en: 'In progress' },
  SUBMITTED: { vi: 'Đã báo cáo, chờ đánh giá', en: 'Submitted' },
  COMPLETED: { vi: 'Hoàn thành', en: 'Completed' },
  RETURNED: { vi: 'Trả lại', en: 'Returned' },
  CANCELLED: { vi: 'Đã hủy', en: 'Cancelled' },
});

export const assignmentActionLabel = defineEnumLabels('AssignmentAction', AssignmentAction, {
  ASSIGN: { vi: 'Giao việc', en: 'Assign' },
  ACCEPT: { vi: 'Nhận việc', en: 'Accept' },
  SUBMIT: { vi: 'Báo cáo hoàn thành', en: 'Submit' },
  COMPLETE: { vi: 'Đánh giá hoàn thành', en: 'Complete' },
  RETURN: { vi: 'Trả lại', en: 'Return' },
  CANCEL: { vi: 'Hủy', en: 'Cancel' },
  REASSIGN: { vi: 'Giao lại', en: 'Reassign' },
  EXTEND: { vi: 'Gia hạn', en: 'Extend' },
});

export const qualityRatingLabel = defineEnumLabels('QualityRating', QualityRating, {
  EXCELLENT: { vi: 'Xuất sắc', en: 'Excellent' },
  GOOD: { vi: 'Tốt', en: 'Good' },
  SATISFACTORY: { vi: 'Đạt', en: 'Satisfactory' },
  UNSATISFACTORY: { vi: 'Chưa đạt', en: 'Unsatisfactory' },
});

export const timelinessLabel = defineEnumLabels('Timeliness', Timeliness, {
  PENDING: { vi: 'Chưa đến hạn', en: 'Pending' },
  ON_TIME: { vi: 'Đúng hạn', en: 'On time' },
  LATE: { vi: 'Trễ hạn', en: 'Late' },
  OVERDUE: { vi: 'Quá hạn', en: 'Overdue' },
  CANCELLED: { vi: 'Đã hủy', en: 'Cancelled' },
});

export const assignmentRoleLabel = defineEnumLabels('AssignmentRole', AssignmentRole, {
  LEAD: { vi: 'Người chủ trì', en: 'Lead' },
  COOPERATOR: { vi: 'Người phối hợp', en: 'Co-operator' },
});
