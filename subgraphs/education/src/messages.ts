import { currentLanguage, defineCodeLabels, defineEnumLabels, defineMessages, formatNumber } from '@kpi/platform';
import { DutyBasis, SchoolLevel, SchoolRegime, TaughtPeriodOutcome, TeachingRole } from './entities/enums.js';
import { ErrorCode } from './errors.js';

/**
 * Everything the education subgraph says to a person, in Vietnamese and English (the platform's
 * one catalogue, issue 15 §2): refusals, the verdicts on delivered periods, and the labels of its
 * enums and codes. Loaded with the subgraph (src/subgraph.ts imports it). The codes never change
 * with the language; the English texts are the ones the graph said before it spoke Vietnamese.
 *
 * To add a message: add a key here with both texts (the same `{{values}}` in each), then raise it
 * as `new DomainError(code, said.key({ … }))` or `forbidden(said.what())` — never a bare string.
 */
export const said = defineMessages('education', {
  // What a refusal is about: the platform says "You are not allowed to access {{what}}."
  clientsDeliverOnly: {
    vi: '{{field}}: hệ thống tích hợp chỉ được gửi các tiết đã dạy (recordTaughtPeriods)',
    en: '{{field}}: integration clients may only deliver taught periods (recordTaughtPeriods)',
  },
  deliveringPeriods: {
    vi: 'việc gửi các tiết đã dạy của cơ quan này (chỉ quản trị của trường, hoặc hệ thống quản lý trường học được ghi trong hồ sơ của trường)',
    en: 'delivering this agency’s taught periods (its admins, or the school management system its school record names)',
  },
  thisPersonsLoad: { vi: 'khối lượng giảng dạy của người này', en: 'this person’s teaching load' },
  thisSchoolsTotals: { vi: 'số liệu tổng hợp giảng dạy của trường này', en: 'this school’s teaching totals' },
  thisSchoolsClasses: { vi: 'danh sách lớp của trường này', en: 'this school’s classes' },
  thisSchoolsDuties: { vi: 'các nhiệm vụ kiêm nhiệm của trường này', en: 'this school’s duties' },
  workFacts: {
    vi: 'số liệu công việc (chỉ dành cho các dịch vụ nội bộ của hệ thống)',
    en: 'work facts (for the graph’s own services)',
  },

  // Terms and duties.
  noTerm: { vi: 'Không có học kỳ {{code}}; các học kỳ hiện có: {{terms}}.', en: 'No term {{code}}; the terms are {{terms}}.' },
  noTermYet: { vi: 'Không có học kỳ {{code}}; chưa thiết lập học kỳ nào.', en: 'No term {{code}}; the terms are not yet set.' },
  onNoRoster: {
    vi: 'Người này không có trong danh sách giáo viên của trường nào.',
    en: 'That person is on no school’s roster.',
  },
  noDutyKind: {
    vi: 'Không có loại nhiệm vụ {{code}}; các loại hiện có: {{kinds}}.',
    en: 'No duty kind {{code}}; the kinds are {{kinds}}.',
  },
  sayDayDone: {
    vi: '{{duty}} được tính theo từng lần thực hiện: Đồng chí cần ghi ngày thực hiện.',
    en: '{{duty}} is counted per occurrence: say the day it was done.',
  },
  dayOutsideTerm: {
    vi: 'Ngày {{day}} không thuộc học kỳ {{term}} ({{from}} – {{to}}).',
    en: '{{day}} is not in {{term}} ({{from}} – {{to}}).',
  },
  occurrences: {
    vi: 'Số lần thực hiện phải lớn hơn 0 và không quá 100.',
    en: 'Occurrences are from more than 0 to 100.',
  },

  // Delivered periods: the batch, then each period's verdict.
  periodsPerBatch: { vi: 'Mỗi lần gửi từ 1 đến {{max}} tiết.', en: 'Send 1 to {{max}} periods at a time.' },
  teacherNotOnRoster: {
    vi: 'Giáo viên {{teacher}} không có trong danh sách giáo viên của {{school}}.',
    en: 'The teacher {{teacher}} is not on {{school}}’s roster.',
  },
  substitutedForNotOnRoster: {
    vi: 'Giáo viên được dạy thay phải là một giáo viên khác của trường.',
    en: 'The teacher substituted for must be another teacher of the school.',
  },
  classNotOfSchool: { vi: 'Lớp {{class}} không phải là lớp của {{school}}.', en: 'The class {{class}} is not a class of {{school}}.' },
  afterToday: { vi: 'Ngày {{day}} chưa đến (hôm nay là {{today}}).', en: '{{day}} is after today ({{today}}).' },
  inNoTerm: {
    vi: 'Ngày {{day}} không thuộc học kỳ nào của năm học {{year}} của lớp.',
    en: '{{day}} is in no term of the class’s school year {{year}}.',
  },
  periodNumber: { vi: 'Tiết học được đánh số từ 1 đến 10.', en: 'A period number is from 1 to 10.' },
  subjectMissing: { vi: 'Chưa ghi môn học đã dạy.', en: 'Name the subject taught.' },
  slotTaken: {
    vi: 'Lớp {{class}} đã có giờ dạy ở tiết {{period}} ngày {{day}}.',
    en: '{{class}} already has a lesson in period {{period}} on {{day}}.',
  },

  // The scoring-facts contract (asked by the graph's own services).
  rangesPerCall: { vi: 'Mỗi lần hỏi từ 1 đến {{max}} khoảng thời gian.', en: 'Ask for 1 to {{max}} ranges at a time.' },
  rangeEmployee: {
    vi: 'Khoảng {{index}}: mã cán bộ (employeeId) không phải là UUID.',
    en: 'Range {{index}}: the employee id is not a uuid.',
  },
  rangeDays: {
    vi: 'Khoảng {{index}}: ngày bắt đầu (from) phải trước hoặc trùng ngày kết thúc (to), dài tối đa {{max}} ngày.',
    en: 'Range {{index}}: from must be on or before to, at most {{max}} days.',
  },
});

/**
 * A limit as the language writes it: vi 1.000; in English the digits as the messages always gave
 * them (1000), so that the English texts stay what they were.
 */
export const limit = (value: number) => (currentLanguage() === 'vi' ? formatNumber(value) : String(value));

/** The labels of education's enums, for whatever people read. */
export const schoolLevelLabel = defineEnumLabels('SchoolLevel', SchoolLevel, {
  PRIMARY: { vi: 'Tiểu học', en: 'Primary' },
  LOWER_SECONDARY: { vi: 'Trung học cơ sở', en: 'Lower secondary' },
  UPPER_SECONDARY: { vi: 'Trung học phổ thông', en: 'Upper secondary' },
});

export const schoolRegimeLabel = defineEnumLabels('SchoolRegime', SchoolRegime, {
  REGULAR: { vi: 'Trường phổ thông', en: 'Regular school' },
  SEMI_BOARDING: { vi: 'Trường phổ thông dân tộc bán trú', en: 'Semi-boarding school for ethnic minorities' },
  BOARDING: { vi: 'Trường phổ thông dân tộc nội trú', en: 'Boarding school for ethnic minorities' },
});

export const teachingRoleLabel = defineEnumLabels('TeachingRole', TeachingRole, {
  TEACHER: { vi: 'Giáo viên', en: 'Teacher' },
  PRINCIPAL: { vi: 'Hiệu trưởng', en: 'Principal' },
  DEPUTY_PRINCIPAL: { vi: 'Phó hiệu trưởng', en: 'Deputy principal' },
});

export const dutyBasisLabel = defineEnumLabels('DutyBasis', DutyBasis, {
  PER_WEEK: { vi: 'Theo mỗi tuần dạy học', en: 'Per teaching week' },
  PER_OCCURRENCE: { vi: 'Theo mỗi lần thực hiện', en: 'Per occurrence' },
});

export const taughtPeriodOutcomeLabel = defineEnumLabels('TaughtPeriodOutcome', TaughtPeriodOutcome, {
  RECORDED: { vi: 'Đã ghi nhận', en: 'Recorded' },
  ALREADY_RECORDED: { vi: 'Đã ghi nhận trước đó', en: 'Already recorded' },
  REJECTED: { vi: 'Bị từ chối', en: 'Rejected' },
});

/** What education's own codes mean (the generic ones are the platform's). */
defineCodeLabels({
  [ErrorCode.NOT_ON_ROSTER]: { vi: 'Không có trong danh sách giáo viên của trường', en: 'Not on the school’s roster' },
  [ErrorCode.SLOT_TAKEN]: { vi: 'Tiết này của lớp đã có giờ dạy', en: 'The timetable slot already holds a lesson' },
  [ErrorCode.OUTSIDE_TERM]: { vi: 'Ngày không thuộc học kỳ nào', en: 'A day outside every term' },
  [ErrorCode.FUTURE_DATE]: { vi: 'Ngày trong tương lai', en: 'A day after today' },
});
