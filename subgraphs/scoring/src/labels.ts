import { defineCodeLabels, defineEnumLabels } from '@kpi/platform';
import { AssessmentStatus, Gate, Level, PeriodKind, PeriodStatus, PolicyChangeAction, PositionCategory } from './entities/index.js';
import { ErrorCode } from './errors.js';
import { AnomalyKind } from './services/analytics.types.js';
import { PeriodAction } from './services/jobs.service.js';

/**
 * What scoring's enums and codes mean, in Vietnamese and English, for whatever people read
 * (messages, the web app, a printed sheet): the words of Decree 335 and of the web app's screens.
 * Registered when the subgraph loads (imported by subgraph.ts).
 */
export const periodStatusLabel = defineEnumLabels('ScoringPeriodStatus', PeriodStatus, {
  OPEN: { vi: 'Đang mở', en: 'Open' },
  CLOSED: { vi: 'Đã khóa sổ', en: 'Closed' },
});

export const periodKindLabel = defineEnumLabels('ScoringPeriodKind', PeriodKind, {
  MONTH: { vi: 'Tháng', en: 'Month' },
  QUARTER: { vi: 'Quý', en: 'Quarter' },
  YEAR: { vi: 'Năm', en: 'Year' },
});

export const levelLabel = defineEnumLabels('ClassificationLevel', Level, {
  EXCELLENT: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellently completed' },
  GOOD: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Well completed' },
  COMPLETED: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed' },
  NOT_COMPLETED: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not completed' },
});

export const gateLabel = defineEnumLabels('ClassificationGate', Gate, {
  OVERDUE: { vi: 'Quá tỷ lệ công việc chậm hoặc quá hạn cho phép', en: 'More than the allowed share of work late or overdue' },
  DISCIPLINE: { vi: 'Vi phạm kỷ luật, kỷ cương', en: 'A breach of discipline' },
});

export const assessmentStatusLabel = defineEnumLabels('AssessmentStatus', AssessmentStatus, {
  DRAFT: { vi: 'Dự thảo, đang chấm tiêu chí chung', en: 'Draft: general criteria being entered' },
  CONFIRMED: { vi: 'Cơ quan đã xác nhận', en: 'Confirmed by the agency' },
});

// The same labels as the catalogue's and the web app's (the enum is shared by personnel, catalogue and scoring).
export const positionCategoryLabel = defineEnumLabels('PositionCategory', PositionCategory, {
  LEADERSHIP: { vi: 'Lãnh đạo, quản lý', en: 'Leadership and management' },
  PROFESSIONAL: { vi: 'Chuyên môn, nghiệp vụ', en: 'Professional' },
  SHARED_PROFESSIONAL: { vi: 'Chuyên môn dùng chung', en: 'Shared professional' },
  SUPPORT: { vi: 'Hỗ trợ, phục vụ', en: 'Support and service' },
});

export const policyChangeActionLabel = defineEnumLabels('PolicyChangeAction', PolicyChangeAction, {
  AMEND: { vi: 'Sửa phiên bản', en: 'Amended' },
  WITHDRAW: { vi: 'Rút bỏ phiên bản', en: 'Withdrawn' },
});

export const periodActionLabel = defineEnumLabels('ScoringPeriodAction', PeriodAction, {
  COMPUTE: { vi: 'Tính và lưu điểm', en: 'Compute and store' },
  CLOSE: { vi: 'Khóa sổ', en: 'Close the period' },
  RECOMPUTE: { vi: 'Tính lại để đối chiếu', en: 'Recompute to check' },
});

export const anomalyKindLabel = defineEnumLabels('ScoringAnomalyKind', AnomalyKind, {
  AGENCY_HIGH_HOURS: { vi: 'Cơ quan có giờ làm bình quân cao bất thường', en: 'An agency’s hours stand out' },
  CLAIMS_FAR_ABOVE_STANDARD: { vi: 'Khai thời gian vượt xa định mức', en: 'Claims far above the standard time' },
  SUDDEN_JUMP: { vi: 'Điểm thay đổi đột ngột', en: 'A sudden jump in score' },
});

/** What scoring's own codes mean, for a person (INVALID_WEIGHTS as the catalogue labels it). */
defineCodeLabels({
  [ErrorCode.INVALID_WEIGHTS]: { vi: 'Trọng số các chỉ tiêu không hợp lệ', en: 'Invalid indicator weights' },
  [ErrorCode.PERIOD_CLOSED]: { vi: 'Kỳ đã khóa sổ', en: 'The period is closed' },
  [ErrorCode.POLICY_VERSION_IN_USE]: {
    vi: 'Phiên bản chính sách đã được dùng để tính điểm, không sửa được',
    en: 'The policy version was used by scores: it cannot change',
  },
  [ErrorCode.POLICY_CHANGED]: {
    vi: 'Chính sách đã thay đổi trong lúc tính điểm, hãy tính lại',
    en: 'The policy changed while scores were computed: compute again',
  },
});
