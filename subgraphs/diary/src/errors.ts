import { defineCodeLabels, ErrorCode as GraphErrorCode } from '@kpi/platform';

/**
 * The codes the diary answers with: the graph's generic ones and those of its own domain. Part
 * of the public contract (README, Errors): add codes, never rename or reuse them.
 */
export const ErrorCode = {
  ...GraphErrorCode,
  /** A work item no longer in force on that day. */
  WORK_ITEM_RETIRED: 'WORK_ITEM_RETIRED',
  /** An employee who has left (or not yet started) on that day. */
  EMPLOYEE_INACTIVE: 'EMPLOYEE_INACTIVE',
  /** Work dated after today. */
  FUTURE_DATE: 'FUTURE_DATE',
  /** A day whose entries would add up to more than 24 hours. */
  DAY_OVER_24_HOURS: 'DAY_OVER_24_HOURS',
  /** The same work (item, date, assignment, reference) recorded twice. */
  DUPLICATE_ENTRY: 'DUPLICATE_ENTRY',
  /** An item the person’s position does not perform. */
  NOT_PERFORMABLE: 'NOT_PERFORMABLE',
  /** A period already locked or closed. */
  PERIOD_CLOSED: 'PERIOD_CLOSED',
  /** An assignment action its status does not allow (the possible ones in the extensions). */
  INVALID_TRANSITION: 'INVALID_TRANSITION',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** What each of the diary's own codes means, for a person (the generic ones are the platform's). */
defineCodeLabels({
  // Shared with the catalogue (WORK_ITEM_RETIRED), education (FUTURE_DATE), personnel (EMPLOYEE_INACTIVE) and
  // scoring (PERIOD_CLOSED): the same labels as theirs (one namespace of codes).
  [ErrorCode.WORK_ITEM_RETIRED]: { vi: 'Đầu công việc đã ngừng sử dụng', en: 'The work item is retired' },
  [ErrorCode.EMPLOYEE_INACTIVE]: { vi: 'Cán bộ không còn công tác', en: 'The employee is not in service' },
  [ErrorCode.FUTURE_DATE]: { vi: 'Ngày trong tương lai', en: 'A day after today' },
  [ErrorCode.DAY_OVER_24_HOURS]: { vi: 'Một ngày quá 24 giờ', en: 'A day over 24 hours' },
  [ErrorCode.DUPLICATE_ENTRY]: { vi: 'Công việc đã được ghi', en: 'Already recorded' },
  [ErrorCode.NOT_PERFORMABLE]: {
    vi: 'Không thuộc bản mô tả vị trí việc làm',
    en: 'Not in the position’s job description',
  },
  [ErrorCode.PERIOD_CLOSED]: { vi: 'Kỳ đã khóa sổ', en: 'The period is closed' },
  [ErrorCode.INVALID_TRANSITION]: {
    vi: 'Thao tác không hợp lệ với trạng thái hiện tại',
    en: 'Not possible in the current status',
  },
});
