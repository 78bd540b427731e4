/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/**
 * Where an annual assessment stands
 *
 * [vi] Tình trạng của kết quả đánh giá năm
 */
export type AssessmentStatus =
  /**
   * Confirmed by the agency: final
   *
   * [vi] Cơ quan đã xác nhận: kết quả chính thức
   */
  | 'CONFIRMED'
  /**
   * A proposal: the general criteria are being entered, levels and ranks follow
   *
   * [vi] Dự kiến: đang nhập điểm tiêu chí chung, mức xếp loại và thứ hạng tính theo
   */
  | 'DRAFT';

/**
 * A new assignment: what, to whom, how much, by when
 *
 * [vi] Việc giao mới: việc gì, cho ai, bao nhiêu, hạn khi nào
 */
export type AssignWorkInput = {
  /**
   * Employee ids of the co-operators (phối hợp); null: none
   *
   * [vi] Mã nhân sự của những người phối hợp; null: không có
   */
  coOperatorIds?: Array<string> | null | undefined;
  /**
   * A note kept in its history; null: none
   *
   * [vi] Ghi chú lưu trong lịch sử của việc; null: không có
   */
  comment?: string | null | undefined;
  /**
   * Due by the end of this day; a day off moves it to the next working day
   *
   * [vi] Hạn cuối ngày này; nếu là ngày nghỉ thì dời sang ngày làm việc kế tiếp
   */
  deadline: string;
  /**
   * What is to be done, in more detail
   *
   * [vi] Nội dung công việc chi tiết
   */
  description?: string | null | undefined;
  /**
   * Attachments and evidence references
   *
   * [vi] Tài liệu đính kèm và minh chứng
   */
  evidenceRefs?: Array<string> | null | undefined;
  /**
   * How many units of the work item are expected (the assigned products)
   *
   * [vi] Số lượng đơn vị dự kiến (sản phẩm được giao)
   */
  expectedQuantity: number;
  /**
   * The employee id of the person responsible (chủ trì)
   *
   * [vi] Mã nhân sự của người chủ trì
   */
  leadId: string;
  /**
   * A short title
   *
   * [vi] Tiêu đề ngắn
   */
  title: string;
  /**
   * The catalogue work item to produce
   *
   * [vi] Mã đầu công việc trong danh mục
   */
  workItemId: string;
};

/**
 * Where an assignment stands in its lifecycle
 *
 * [vi] Trạng thái của việc được giao
 */
export type AssignmentStatus =
  /**
   * Given to the lead, not yet accepted
   *
   * [vi] Đã giao cho người chủ trì, chưa nhận
   */
  | 'ASSIGNED'
  /**
   * Withdrawn by the assigner; counts for nothing
   *
   * [vi] Người giao đã hủy; không được tính
   */
  | 'CANCELLED'
  /**
   * Accepted by the assigner, with its quality rated
   *
   * [vi] Người giao đã công nhận hoàn thành và đánh giá chất lượng
   */
  | 'COMPLETED'
  /**
   * Accepted by the lead
   *
   * [vi] Người chủ trì đã nhận, đang làm
   */
  | 'IN_PROGRESS'
  /**
   * Sent back by the assigner to be reworked
   *
   * [vi] Người giao trả lại để làm lại
   */
  | 'RETURNED'
  /**
   * Reported done by the lead, waiting for the assigner’s review
   *
   * [vi] Người chủ trì đã báo cáo hoàn thành, chờ người giao đánh giá
   */
  | 'SUBMITTED';

/**
 * An exception to the Monday–Friday working week
 *
 * [vi] Ngoại lệ của tuần làm việc từ thứ Hai đến thứ Sáu
 */
export type CalendarDayKind =
  /**
   * A weekday that is not a working day (public holiday, compensatory day off)
   *
   * [vi] Ngày thường không làm việc (ngày lễ, ngày nghỉ bù)
   */
  | 'HOLIDAY'
  /**
   * A weekend day that is a working day (swapped to lengthen a holiday)
   *
   * [vi] Ngày cuối tuần phải đi làm (làm bù để nghỉ lễ dài hơn)
   */
  | 'WORKING_SWAP';

/**
 * A rule that makes a person not completed whatever their points
 *
 * [vi] Điều kiện khiến một người bị xếp loại không hoàn thành nhiệm vụ bất kể số điểm
 */
export type ClassificationGate =
  /**
   * Disciplined in the period
   *
   * [vi] Bị kỷ luật trong kỳ
   */
  | 'DISCIPLINE'
  /**
   * More than the policy’s share (20 %) of due work late or overdue
   *
   * [vi] Tỷ lệ công việc đến hạn bị chậm hoặc quá hạn vượt ngưỡng của chính sách (20 %)
   */
  | 'OVERDUE';

/**
 * The four classification levels of the national rules on assessing cadres, civil servants and public employees
 *
 * [vi] Bốn mức xếp loại chất lượng cán bộ, công chức, viên chức theo quy định của Nhà nước
 */
export type ClassificationLevel =
  /**
   * Completed tasks (Decree 335: 50 to under 70)
   *
   * [vi] Hoàn thành nhiệm vụ (Nghị định 335: từ 50 đến dưới 70 điểm)
   */
  | 'COMPLETED'
  /**
   * Excellently completed tasks (Decree 335: 90 points or more)
   *
   * [vi] Hoàn thành xuất sắc nhiệm vụ (Nghị định 335: từ 90 điểm)
   */
  | 'EXCELLENT'
  /**
   * Well completed tasks (Decree 335: 70 to under 90)
   *
   * [vi] Hoàn thành tốt nhiệm vụ (Nghị định 335: từ 70 đến dưới 90 điểm)
   */
  | 'GOOD'
  /**
   * Did not complete tasks (Decree 335: under 50, or failed a gate)
   *
   * [vi] Không hoàn thành nhiệm vụ (Nghị định 335: dưới 50 điểm, hoặc vướng điều kiện loại trừ)
   */
  | 'NOT_COMPLETED';

/**
 * Why an entry deserves a reviewer’s look (a warning, never a refusal)
 *
 * [vi] Lý do mục nhật ký cần người duyệt xem kỹ (cảnh báo, không chặn việc ghi)
 */
export type DiaryEntryFlag =
  /**
   * Written after its period closed, with an override
   *
   * [vi] Ghi sau khi kỳ đã khóa sổ, bằng quyền ghi đè
   */
  | 'AFTER_CLOSE'
  /**
   * Claimed minutes far above the item’s standard time × quantity
   *
   * [vi] Số phút kê khai vượt xa thời gian chuẩn của đầu công việc × số lượng
   */
  | 'FAR_ABOVE_STANDARD'
  /**
   * Recorded after the declaration deadline for its work date (kê khai sót, declared late)
   *
   * [vi] Ghi sau hạn kê khai của ngày làm việc (khai bù, kê khai sót)
   */
  | 'LATE_DECLARATION'
  /**
   * Dated on a weekend, a holiday or a day of leave
   *
   * [vi] Ghi vào ngày cuối tuần, ngày lễ hoặc ngày nghỉ phép
   */
  | 'NON_WORKING_DAY'
  /**
   * The item expects evidence and none was given
   *
   * [vi] Đầu công việc cần minh chứng nhưng chưa có
   */
  | 'NO_EVIDENCE'
  /**
   * The day’s recorded time exceeds the standard working day
   *
   * [vi] Tổng thời gian đã ghi trong ngày vượt thời gian làm việc chuẩn
   */
  | 'OVER_STANDARD_DAY';

/**
 * How an entry arrived: typed by the person, from E-Office, or imported
 *
 * [vi] Nguồn của mục nhật ký: do người dùng tự ghi, nhận từ E-Office, hoặc nhập từ tệp
 */
export type DiaryEntrySource =
  /**
   * Delivered by E-Office as a work event
   *
   * [vi] Nhận từ E-Office dưới dạng sự kiện công việc
   */
  | 'EOFFICE'
  /**
   * Brought in from the previous KPI software
   *
   * [vi] Nhập từ phần mềm KPI cũ
   */
  | 'IMPORT'
  /**
   * Typed by the person (or an admin, with an override)
   *
   * [vi] Do người dùng tự ghi (hoặc quản trị ghi đè)
   */
  | 'MANUAL';

/**
 * Only APPROVED entries count for scoring
 *
 * [vi] Chỉ các mục đã duyệt (APPROVED) mới được tính điểm
 */
export type DiaryEntryStatus =
  /**
   * Approved by the unit head: it counts
   *
   * [vi] Đã được thủ trưởng đơn vị duyệt: được tính điểm
   */
  | 'APPROVED'
  /**
   * Returned to its author with a reason
   *
   * [vi] Bị trả lại cho người ghi, kèm lý do
   */
  | 'RETURNED'
  /**
   * Recorded, waiting for the unit head’s review
   *
   * [vi] Đã ghi, chờ thủ trưởng đơn vị duyệt
   */
  | 'SUBMITTED';

/**
 * What a history sheet holds
 *
 * [vi] Loại dữ liệu của tệp lịch sử
 */
export type DiaryHistorySheet =
  /**
   * Past work assignments
   *
   * [vi] Các việc được giao trước đây
   */
  | 'ASSIGNMENTS'
  /**
   * Past diary entries
   *
   * [vi] Các mục nhật ký trước đây
   */
  | 'ENTRIES';

/**
 * The form of a KPI handbook; HTML is laid out for printing (A4 landscape)
 *
 * [vi] Định dạng sổ tay KPI; HTML được dàn trang để in (A4 ngang)
 */
export type HandbookFormat =
  /**
   * A printable HTML page (utf8), A4 landscape
   *
   * [vi] Trang HTML để in (utf8), khổ A4 ngang
   */
  | 'HTML'
  /**
   * Markdown text (utf8)
   *
   * [vi] Văn bản Markdown (utf8)
   */
  | 'MARKDOWN'
  /**
   * An Excel spreadsheet (base64)
   *
   * [vi] Bảng tính Excel (base64)
   */
  | 'XLSX';

/**
 * The weights of the 7 indicator groups: whole percentages, each within the province’s limits, summing to 100
 *
 * [vi] Trọng số của 7 nhóm chỉ tiêu: số phần trăm nguyên, mỗi trọng số trong giới hạn của tỉnh, tổng bằng 100
 */
export type IndicatorWeightsInput = {
  /**
   * Coordination, in percent
   *
   * [vi] Sự phối hợp, tính bằng phần trăm
   */
  coordination: number;
  /**
   * Creativity, in percent
   *
   * [vi] Tính sáng tạo, tính bằng phần trăm
   */
  creativity: number;
  /**
   * Degree of overdue work, in percent
   *
   * [vi] Mức độ công việc trễ hạn, tính bằng phần trăm
   */
  overdue: number;
  /**
   * Proactivity, in percent
   *
   * [vi] Tính chủ động, tính bằng phần trăm
   */
  proactivity: number;
  /**
   * Quality of handling, in percent
   *
   * [vi] Chất lượng xử lý công việc, tính bằng phần trăm
   */
  quality: number;
  /**
   * Quantity of work completed, in percent
   *
   * [vi] Số lượng công việc hoàn thành, tính bằng phần trăm
   */
  quantity: number;
  /**
   * Timeliness, in percent
   *
   * [vi] Tiến độ, thời hạn hoàn thành, tính bằng phần trăm
   */
  timeliness: number;
};

/**
 * Where a long piece of work stands
 *
 * [vi] Tình trạng của một công việc dài
 */
export type JobState =
  /**
   * Ended without doing its work; its errors say why
   *
   * [vi] Kết thúc mà không hoàn thành; phần lỗi cho biết lý do
   */
  | 'FAILED'
  /**
   * Waiting to run, or to be retried
   *
   * [vi] Đang chờ chạy, hoặc chờ chạy lại
   */
  | 'QUEUED'
  /**
   * Running now
   *
   * [vi] Đang chạy
   */
  | 'RUNNING'
  /**
   * Done; its summary says what it did
   *
   * [vi] Đã xong; phần tóm tắt cho biết kết quả
   */
  | 'SUCCEEDED';

/**
 * My choice for one kind of reminder
 *
 * [vi] Lựa chọn của tôi cho một loại nhắc việc
 */
export type NotificationPreferenceInput = {
  /**
   * Mail it (true) or only keep it in the app (false)
   *
   * [vi] Gửi thư (true) hay chỉ giữ trong phần mềm (false)
   */
  email: boolean;
  /**
   * The kind of reminder
   *
   * [vi] Loại nhắc việc
   */
  kind: ReminderKind;
};

/**
 * The general criteria the evaluating body scores for a person’s year
 *
 * [vi] Điểm tiêu chí chung cấp có thẩm quyền đánh giá chấm cho một người trong năm
 */
export type OtherCriteriaInput = {
  /**
   * Disciplined in the year: not completed whatever the points; absent: as recorded before
   *
   * [vi] Bị kỷ luật trong năm: không hoàn thành nhiệm vụ bất kể số điểm; bỏ trống: giữ như đã ghi
   */
  disciplined?: boolean | null | undefined;
  /**
   * A note on the criteria
   *
   * [vi] Ghi chú về tiêu chí
   */
  note?: string | null | undefined;
  /**
   * General criteria: political qualities, ethics, discipline, … (0–30; 0–50 for leaders)
   *
   * [vi] Tiêu chí chung: phẩm chất chính trị, đạo đức, ý thức kỷ luật, … (0–30; lãnh đạo 0–50)
   */
  points: number;
};

/**
 * The four categories of job positions (vị trí việc làm)
 *
 * [vi] Bốn nhóm vị trí việc làm
 */
export type PositionCategory =
  /**
   * Leadership and management
   *
   * [vi] Lãnh đạo, quản lý
   */
  | 'LEADERSHIP'
  /**
   * Professional, specialised
   *
   * [vi] Chuyên môn, nghiệp vụ
   */
  | 'PROFESSIONAL'
  /**
   * Shared professional (e.g. finance, HR, legal, office)
   *
   * [vi] Chuyên môn dùng chung (ví dụ tài chính, tổ chức cán bộ, pháp chế, văn phòng)
   */
  | 'SHARED_PROFESSIONAL'
  /**
   * Support and service
   *
   * [vi] Hỗ trợ, phục vụ
   */
  | 'SUPPORT';

/**
 * A new diary entry
 *
 * [vi] Mục nhật ký mới
 */
export type RecordDiaryEntryInput = {
  /**
   * Minutes actually spent, more than 0
   *
   * [vi] Số phút thực tế đã làm, lớn hơn 0
   */
  actualMinutes: number;
  /**
   * The assignment it advances (the person must lead it or help with it); null: self-initiated
   *
   * [vi] Việc được giao mà mục này thực hiện (người ghi phải chủ trì hoặc phối hợp); null: việc tự thực hiện
   */
  assignmentId?: string | null | undefined;
  /**
   * Defaults to the signed-in person; someone else only as an admin override
   *
   * [vi] Mặc định là người đang đăng nhập; người khác chỉ khi quản trị dùng override
   */
  employeeId?: string | null | undefined;
  /**
   * Evidence, e.g. the E-Office document number
   *
   * [vi] Minh chứng, ví dụ số văn bản E-Office
   */
  evidenceRef?: string | null | undefined;
  /**
   * A note
   *
   * [vi] Ghi chú
   */
  note?: string | null | undefined;
  /**
   * Write into a closed month or for someone else (agency or province admins; audited)
   *
   * [vi] Ghi vào tháng đã khóa hoặc cho người khác (quản trị cơ quan hoặc tỉnh; có ghi vết)
   */
  override?: boolean | null | undefined;
  /**
   * How many units, more than 0
   *
   * [vi] Số lượng đơn vị, lớn hơn 0
   */
  quantity: number;
  /**
   * Why; required with an override
   *
   * [vi] Lý do; bắt buộc khi dùng override
   */
  reason?: string | null | undefined;
  /**
   * The working day done (not in the future)
   *
   * [vi] Ngày làm việc (không phải ngày tương lai)
   */
  workDate: string;
  /**
   * The catalogue work item done
   *
   * [vi] Mã đầu công việc đã làm
   */
  workItemId: string;
};

/**
 * What a reminder is about
 *
 * [vi] Loại nhắc việc
 */
export type ReminderKind =
  /**
   * An unfinished assignment due within two working days
   *
   * [vi] Việc được giao chưa xong, đến hạn trong hai ngày làm việc
   */
  | 'ASSIGNMENT_DUE_SOON'
  /**
   * An unfinished assignment past its deadline
   *
   * [vi] Việc được giao chưa xong đã quá hạn
   */
  | 'ASSIGNMENT_OVERDUE'
  /**
   * Working days without a diary, before the month closes
   *
   * [vi] Ngày làm việc chưa có nhật ký, trước khi tháng bị khóa
   */
  | 'MISSING_DIARY'
  /**
   * The last call, a few days before a month closes, to people still missing days of it
   *
   * [vi] Nhắc lần cuối, vài ngày trước khi tháng chốt số liệu, cho người còn thiếu ngày của tháng đó
   */
  | 'MONTH_CLOSING'
  /**
   * A submitted assignment waiting for its assigner’s decision
   *
   * [vi] Việc đã báo cáo hoàn thành, chờ người giao việc quyết định
   */
  | 'REVIEW_WAITING';

/**
 * A unit head’s decision on submitted entries
 *
 * [vi] Quyết định của thủ trưởng đơn vị với các mục nhật ký chờ duyệt
 */
export type ReviewDecision =
  /**
   * Approve: the entries count
   *
   * [vi] Duyệt: các mục được tính điểm
   */
  | 'APPROVE'
  /**
   * Return to the author, with a reason
   *
   * [vi] Trả lại người ghi, kèm lý do
   */
  | 'RETURN';

/**
 * A new version from a date; fields left out carry over
 *
 * [vi] Phiên bản mới từ một ngày; trường bỏ trống giữ như phiên bản trước
 */
export type ReviseWorkItemInput = {
  /**
   * A new coefficient, within the province’s limits
   *
   * [vi] Hệ số tính điểm mới, trong giới hạn của tỉnh
   */
  coefficient?: number | null | undefined;
  /**
   * New criteria for one unit
   *
   * [vi] Tiêu chí mới để tính một đơn vị
   */
  criteria?: string | null | undefined;
  /**
   * A new description
   *
   * [vi] Mô tả mới
   */
  description?: string | null | undefined;
  /**
   * First day of the new version: after the start of the latest one
   *
   * [vi] Ngày bắt đầu của phiên bản mới: sau ngày bắt đầu của phiên bản gần nhất
   */
  effectiveFrom: string;
  /**
   * New expected evidence
   *
   * [vi] Minh chứng cần có mới
   */
  evidence?: string | null | undefined;
  /**
   * Whether entries without evidence are flagged
   *
   * [vi] Có đánh dấu bản ghi không có minh chứng hay không
   */
  evidenceRequired?: boolean | null | undefined;
  /**
   * A new name
   *
   * [vi] Tên mới
   */
  name?: string | null | undefined;
  /**
   * Why: kept in the audit trail
   *
   * [vi] Lý do: được lưu trong nhật ký thay đổi
   */
  reason?: string | null | undefined;
  /**
   * New standard minutes for one unit, within the province’s limits
   *
   * [vi] Thời gian chuẩn mới cho một đơn vị tính (phút), trong giới hạn của tỉnh
   */
  standardMinutes?: number | null | undefined;
  /**
   * A new unit of measure
   *
   * [vi] Đơn vị tính mới
   */
  unit?: UnitOfMeasure | null | undefined;
};

/**
 * The roles a caller of the graph can hold
 *
 * [vi] Các vai trò mà bên gọi hệ thống có thể có
 */
export type Role =
  /**
   * Administers agencies (scope: agencyIds)
   *
   * [vi] Quản trị cơ quan (phạm vi: agencyIds)
   */
  | 'AGENCY_ADMIN'
  /**
   * Keeps a department’s sectors’ work items and KPI standards (scope: agencyIds)
   *
   * [vi] Quản lý danh mục công việc và định mức KPI của ngành (phạm vi: agencyIds)
   */
  | 'CATALOGUE_ADMIN'
  /**
   * A registered system (E-Office, a school system) calling the partner contract
   *
   * [vi] Hệ thống tích hợp đã đăng ký (E-Office, hệ thống trường học) gọi phần dành cho đối tác
   */
  | 'INTEGRATION_CLIENT'
  /**
   * Administers the province
   *
   * [vi] Quản trị toàn tỉnh
   */
  | 'PROVINCE_ADMIN'
  /**
   * Reads the whole province
   *
   * [vi] Xem số liệu toàn tỉnh
   */
  | 'PROVINCE_ANALYST'
  /**
   * One of the graph’s own subgraphs asking another (never through the gateway)
   *
   * [vi] Một dịch vụ của hệ thống hỏi dịch vụ khác (không qua gateway)
   */
  | 'SERVICE'
  /**
   * A person at work: their own diary, assignments and score
   *
   * [vi] Cán bộ: nhật ký, nhiệm vụ và điểm của chính mình
   */
  | 'STAFF'
  /**
   * Heads units (scope: unitIds): reviews and assigns their people’s work
   *
   * [vi] Lãnh đạo đơn vị (phạm vi: unitIds): duyệt và giao việc cho người của đơn vị
   */
  | 'UNIT_HEAD';

/**
 * Kinds of outliers the province analytics flag
 *
 * [vi] Các loại bất thường mà phân tích toàn tỉnh đánh dấu
 */
export type ScoringAnomalyKind =
  /**
   * An agency’s mean approved minutes per declared day stands out: robust z (median, MAD) above 3.5
   *
   * [vi] Số phút đã duyệt bình quân mỗi ngày kê khai của một cơ quan cao bất thường: z bền vững (trung vị, MAD) trên 3.5
   */
  | 'AGENCY_HIGH_HOURS'
  /**
   * A person’s approved actual minutes exceed 1.5 × the standard minutes of that work (at least 20 approved entries)
   *
   * [vi] Số phút thực tế đã duyệt của một người vượt 1.5 × số phút chuẩn của công việc đó (ít nhất 20 mục đã duyệt)
   */
  | 'CLAIMS_FAR_ABOVE_STANDARD'
  /**
   * A person’s score moved by 25 points or more against the previous period’s stored score
   *
   * [vi] Điểm của một người thay đổi từ 25 điểm trở lên so với điểm đã lưu của kỳ trước
   */
  | 'SUDDEN_JUMP';

/**
 * What a scoring-period job does
 *
 * [vi] Việc mà một công việc chấm điểm theo kỳ thực hiện
 */
export type ScoringPeriodAction =
  /**
   * Compute once more and freeze them (as closeScoringPeriod)
   *
   * [vi] Tính lần cuối và khóa điểm (như closeScoringPeriod)
   */
  | 'CLOSE'
  /**
   * Compute and store the open period’s scores (as computeScoringPeriod)
   *
   * [vi] Tính và lưu điểm của kỳ đang mở (như computeScoringPeriod)
   */
  | 'COMPUTE'
  /**
   * Recompute them (as recomputeScoringPeriod)
   *
   * [vi] Tính lại điểm (như recomputeScoringPeriod)
   */
  | 'RECOMPUTE';

/**
 * Whether a period’s scores are still live or frozen
 *
 * [vi] Điểm của kỳ còn đang cập nhật hay đã khóa sổ
 */
export type ScoringPeriodStatus =
  /**
   * Scores are frozen with their inputs: recomputing gives the same numbers
   *
   * [vi] Điểm đã khóa cùng dữ liệu đầu vào: tính lại vẫn cho đúng các số đó
   */
  | 'CLOSED'
  /**
   * Scores are live: they follow the diaries, assignments and policy as they change
   *
   * [vi] Điểm đang cập nhật: thay đổi theo nhật ký, giao việc và chính sách
   */
  | 'OPEN';

/**
 * A sector’s KPI standard for a position category from a date (the sector’s department or province admins)
 *
 * [vi] Chuẩn KPI của một ngành cho một nhóm vị trí việc làm từ một ngày (sở quản lý ngành hoặc quản trị viên cấp tỉnh)
 */
export type SetSectorKpiStandardInput = {
  /**
   * First day in force: after the start of the latest standard; the previous one ends the day before
   *
   * [vi] Ngày bắt đầu hiệu lực: sau ngày bắt đầu của chuẩn gần nhất; chuẩn trước kết thúc vào ngày hôm trước
   */
  effectiveFrom: string;
  /**
   * Standard minutes a person of this category is expected to produce in a month, within the province’s limits
   *
   * [vi] Số phút chuẩn một người thuộc nhóm vị trí này cần đạt trong một tháng, trong giới hạn của tỉnh
   */
  expectedMinutesPerMonth: number;
  /**
   * The category of job positions it applies to
   *
   * [vi] Nhóm vị trí việc làm áp dụng
   */
  positionCategory: PositionCategory;
  /**
   * Why: kept in the audit trail
   *
   * [vi] Lý do: được lưu trong nhật ký thay đổi
   */
  reason?: string | null | undefined;
  /**
   * The sector
   *
   * [vi] Ngành
   */
  sectorId: string;
  /**
   * The weights of the 7 indicator groups
   *
   * [vi] Trọng số của 7 nhóm chỉ tiêu
   */
  weights: IndicatorWeightsInput;
};

/**
 * The format of a spreadsheet sent or received
 *
 * [vi] Định dạng bảng tính gửi đi hoặc nhận về
 */
export type SheetFormat =
  /**
   * Comma-separated text, UTF-8
   *
   * [vi] Văn bản phân cách bằng dấu phẩy, UTF-8
   */
  | 'CSV'
  /**
   * An Excel workbook
   *
   * [vi] Tệp Excel
   */
  | 'XLSX';

/**
 * The lead’s report that the work is done
 *
 * [vi] Báo cáo hoàn thành của người chủ trì
 */
export type SubmitAssignmentInput = {
  /**
   * A note kept in its history; null: none
   *
   * [vi] Ghi chú lưu trong lịch sử của việc; null: không có
   */
  comment?: string | null | undefined;
  /**
   * Evidence of the result, added to the assignment’s
   *
   * [vi] Minh chứng kết quả, bổ sung vào minh chứng của việc
   */
  evidenceRefs?: Array<string> | null | undefined;
  /**
   * The quantity done; defaults to the expected quantity
   *
   * [vi] Số lượng đã làm; mặc định bằng số lượng dự kiến
   */
  quantityDone?: number | null | undefined;
};

/**
 * What one counted unit of a work item is
 *
 * [vi] Đơn vị tính của một đầu công việc
 */
export type UnitOfMeasure =
  /**
   * A case handled (vụ việc)
   *
   * [vi] Vụ việc
   */
  | 'CASE'
  /**
   * A contract (hợp đồng)
   *
   * [vi] Hợp đồng
   */
  | 'CONTRACT'
  /**
   * A day of work (ngày)
   *
   * [vi] Ngày làm việc
   */
  | 'DAY'
  /**
   * A document (văn bản)
   *
   * [vi] Văn bản
   */
  | 'DOCUMENT'
  /**
   * A dossier, e.g. an administrative procedure file (hồ sơ)
   *
   * [vi] Hồ sơ, ví dụ hồ sơ thủ tục hành chính
   */
  | 'DOSSIER'
  /**
   * An event (sự kiện)
   *
   * [vi] Sự kiện
   */
  | 'EVENT'
  /**
   * An inspection or check (cuộc kiểm tra)
   *
   * [vi] Cuộc kiểm tra
   */
  | 'INSPECTION'
  /**
   * Any other countable product (sản phẩm)
   *
   * [vi] Sản phẩm đếm được khác
   */
  | 'ITEM'
  /**
   * A meeting (cuộc họp)
   *
   * [vi] Cuộc họp
   */
  | 'MEETING'
  /**
   * A plan (kế hoạch)
   *
   * [vi] Kế hoạch
   */
  | 'PLAN'
  /**
   * A report (báo cáo)
   *
   * [vi] Báo cáo
   */
  | 'REPORT'
  /**
   * A session, e.g. of training or reception (buổi)
   *
   * [vi] Buổi, ví dụ buổi tập huấn, buổi tiếp dân
   */
  | 'SESSION'
  /**
   * A visit, e.g. a field trip (chuyến công tác)
   *
   * [vi] Chuyến công tác, ví dụ đi cơ sở
   */
  | 'VISIT';

/**
 * Which work items to list; every field given must match
 *
 * [vi] Điều kiện lọc đầu công việc; phải thỏa mọi trường đã nhập
 */
export type WorkItemFilter = {
  /**
   * Items of this group
   *
   * [vi] Đầu công việc thuộc nhóm này
   */
  group?: WorkItemGroup | null | undefined;
  /**
   * Search the names in force on this date (default today)
   *
   * [vi] Tìm theo tên có hiệu lực vào ngày này (mặc định hôm nay)
   */
  on?: string | null | undefined;
  /**
   * Group C items of this agency
   *
   * [vi] Đầu công việc nhóm C của cơ quan này
   */
  ownerAgencyId?: string | null | undefined;
  /**
   * Part of the code or name; diacritics optional
   *
   * [vi] Một phần mã hoặc tên; có thể gõ không dấu
   */
  search?: string | null | undefined;
  /**
   * Items of the sector with this code
   *
   * [vi] Đầu công việc của ngành có mã này
   */
  sectorCode?: string | null | undefined;
  /**
   * Items of this sector
   *
   * [vi] Đầu công việc của ngành này
   */
  sectorId?: string | null | undefined;
  /**
   * Active or retired items only
   *
   * [vi] Chỉ đầu công việc đang sử dụng hoặc đã ngừng
   */
  status?: WorkItemStatus | null | undefined;
};

/**
 * Khanh Hoa’s four groups of work items
 *
 * [vi] Bốn nhóm đầu công việc theo cách làm của Khánh Hòa
 */
export type WorkItemGroup =
  /**
   * Tied to leadership and management posts; every leadership position performs them
   *
   * [vi] Gắn với vị trí lãnh đạo, quản lý; mọi vị trí lãnh đạo đều thực hiện
   */
  | 'A'
  /**
   * The province-wide shared professional list, owned by the province
   *
   * [vi] Danh mục chuyên môn dùng chung toàn tỉnh, do tỉnh quản lý
   */
  | 'B'
  /**
   * An agency’s own list, approved by its head, owned by the agency
   *
   * [vi] Danh mục riêng của cơ quan, do thủ trưởng cơ quan phê duyệt, cơ quan quản lý
   */
  | 'C'
  /**
   * Other work: a sector’s professional items, owned by the sector’s department
   *
   * [vi] Công việc khác: đầu công việc chuyên môn của ngành, do sở quản lý ngành quản lý
   */
  | 'D';

/**
 * Whether a work item may still be logged
 *
 * [vi] Đầu công việc còn được ghi nhận hay không
 */
export type WorkItemStatus =
  /**
   * In the catalogue: it may be logged
   *
   * [vi] Đang dùng: được ghi vào nhật ký
   */
  | 'ACTIVE'
  /**
   * Retired: not loggable from its retiredFrom date; earlier entries keep what they earned
   *
   * [vi] Đã ngừng: không được ghi từ ngày retiredFrom; các bản ghi trước đó giữ nguyên điểm
   */
  | 'RETIRED';

export type WebShellQueryVariables = Exact<{ [key: string]: never; }>;


export type WebShellQuery = { me: { id: string, fullName: string, code: string, access: { roles: Array<Role> } | null } | null };

export type WebAdminAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebAdminAgenciesQuery = { me: { id: string, agencyId: string, access: { roles: Array<Role>, agencyIds: Array<string> } | null } | null, orgTree: Array<{ id: string, code: string, name: string, children: Array<{ id: string, code: string, name: string }> }> };

export type WebNotificationBellQueryVariables = Exact<{ [key: string]: never; }>;


export type WebNotificationBellQuery = { myNotifications: { totalCount: number } };

export type WebExportCatalogueQueryVariables = Exact<{
  ownerAgencyId?: string | null | undefined;
}>;


export type WebExportCatalogueQuery = { exportCatalogue: { filename: string, contentType: string, encoding: string, content: string, rows: number } };

export type WebKpiHandbookQueryVariables = Exact<{
  agencyId: string;
  format: HandbookFormat;
}>;


export type WebKpiHandbookQuery = { kpiHandbook: { filename: string, contentType: string, encoding: string, content: string, rows: number } };

export type WebImportCatalogueMutationVariables = Exact<{
  format: SheetFormat;
  content: string;
  effectiveFrom: string;
  dryRun: boolean;
  ownerAgencyId?: string | null | undefined;
  reason?: string | null | undefined;
}>;


export type WebImportCatalogueMutation = { importCatalogue: { applied: boolean, dryRun: boolean, created: number, revised: number, unchanged: number, invalid: number, rows: Array<{ row: number, code: string, action: string, errors: Array<string> }> } };

export type WebStartCatalogueImportJobMutationVariables = Exact<{
  format: SheetFormat;
  content: string;
  effectiveFrom: string;
  ownerAgencyId?: string | null | undefined;
  reason?: string | null | undefined;
}>;


export type WebStartCatalogueImportJobMutation = { startCatalogueImportJob: { id: string, state: JobState, phase: string | null, done: number, total: number | null, attempts: number, summary: string | null, result: Record<string, unknown> | null, errors: Array<{ code: string, message: string }> } };

export type WebWorkItemsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: WorkItemFilter | null | undefined;
}>;


export type WebWorkItemsQuery = { workItems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, group: WorkItemGroup, status: WorkItemStatus, unit: UnitOfMeasure, standardMinutes: number, coefficient: number, ownerAgencyId: string | null, sector: { id: string, code: string }, current: { criteria: string | null }, pendingVersion: { id: string } | null }> } };

export type WebReviseWorkItemMutationVariables = Exact<{
  id: string;
  input: ReviseWorkItemInput;
}>;


export type WebReviseWorkItemMutation = { reviseWorkItem: { id: string, pendingVersion: { id: string } | null } };

export type WebSectorStandardsQueryVariables = Exact<{
  on: string;
}>;


export type WebSectorStandardsQuery = { sectors: Array<{ id: string, code: string, name: string, ownerAgencyId: string, kpiStandards: Array<{ id: string, positionCategory: PositionCategory, effectiveFrom: string, expectedMinutesPerMonth: number, weights: { quantity: number, timeliness: number, quality: number, proactivity: number, coordination: number, creativity: number, overdue: number } }> }> };

export type WebSetSectorKpiStandardMutationVariables = Exact<{
  input: SetSectorKpiStandardInput;
}>;


export type WebSetSectorKpiStandardMutation = { setSectorKpiStandard: { id: string } };

export type WebAgencyUnitsQueryVariables = Exact<{
  id: string;
  period: string;
}>;


export type WebAgencyUnitsQuery = { agency: { id: string, name: string, scoreSummary: { people: number, meanScore: number | null }, children: Array<{ id: string, name: string, scoreSummary: { people: number, scored: number, meanScore: number | null, excellent: number, good: number, completed: number, notCompleted: number } }> } | null };

export type WebUnitPeopleQueryVariables = Exact<{
  unitId: string;
  period: string;
}>;


export type WebUnitPeopleQuery = { employees: { nodes: Array<{ id: string, fullName: string, periodScore: { id: string, score: number | null, level: ClassificationLevel } | null }> } };

export type WebJobFragment = { id: string, state: JobState, phase: string | null, done: number, total: number | null, attempts: number, summary: string | null, result: Record<string, unknown> | null, errors: Array<{ code: string, message: string }> };

export type WebScoringJobQueryVariables = Exact<{
  id: string;
}>;


export type WebScoringJobQuery = { scoringJob: { id: string, state: JobState, phase: string | null, done: number, total: number | null, attempts: number, summary: string | null, result: Record<string, unknown> | null, errors: Array<{ code: string, message: string }> } | null };

export type WebCatalogueJobQueryVariables = Exact<{
  id: string;
}>;


export type WebCatalogueJobQuery = { catalogueJob: { id: string, state: JobState, phase: string | null, done: number, total: number | null, attempts: number, summary: string | null, result: Record<string, unknown> | null, errors: Array<{ code: string, message: string }> } | null };

export type WebDiaryJobQueryVariables = Exact<{
  id: string;
}>;


export type WebDiaryJobQuery = { diaryJob: { id: string, state: JobState, phase: string | null, done: number, total: number | null, attempts: number, summary: string | null, result: Record<string, unknown> | null, errors: Array<{ code: string, message: string }> } | null };

export type WebPersonnelJobQueryVariables = Exact<{
  id: string;
}>;


export type WebPersonnelJobQuery = { personnelJob: { id: string, state: JobState, phase: string | null, done: number, total: number | null, attempts: number, summary: string | null, result: Record<string, unknown> | null, errors: Array<{ code: string, message: string }> } | null };

export type WebAssessmentAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebAssessmentAgenciesQuery = { me: { id: string, agency: { id: string, name: string, code: string }, access: { roles: Array<Role>, agencyIds: Array<string> } | null } | null };

export type WebAnnualAssessmentsQueryVariables = Exact<{
  agencyId: string;
  year: number;
}>;


export type WebAnnualAssessmentsQuery = { agency: { id: string, name: string, code: string, parent: { id: string, name: string } | null } | null, annualAssessments: Array<{ id: string, rank: number | null, months: number, isLeadership: boolean, positionCategory: PositionCategory | null, kpiScore: number | null, kpiShare: number, kpiPoints: number | null, otherCriteria: number | null, disciplined: boolean, total: number | null, level: ClassificationLevel | null, capped: boolean, tiedAtCap: boolean, status: AssessmentStatus, employee: { id: string, code: string, fullName: string } }> };

export type WebAssessmentRowFragment = { id: string, rank: number | null, months: number, isLeadership: boolean, positionCategory: PositionCategory | null, kpiScore: number | null, kpiShare: number, kpiPoints: number | null, otherCriteria: number | null, disciplined: boolean, total: number | null, level: ClassificationLevel | null, capped: boolean, tiedAtCap: boolean, status: AssessmentStatus, employee: { id: string, code: string, fullName: string } };

export type WebStartAnnualAssessmentJobMutationVariables = Exact<{
  agencyId: string;
  year: number;
}>;


export type WebStartAnnualAssessmentJobMutation = { startAnnualAssessmentJob: { id: string, state: JobState, phase: string | null, done: number, total: number | null, attempts: number, summary: string | null, result: Record<string, unknown> | null, errors: Array<{ code: string, message: string }> } };

export type WebScoreOtherCriteriaMutationVariables = Exact<{
  employeeId: string;
  year: number;
  input: OtherCriteriaInput;
}>;


export type WebScoreOtherCriteriaMutation = { scoreOtherCriteria: { id: string } };

export type WebConfirmAnnualAssessmentMutationVariables = Exact<{
  agencyId: string;
  year: number;
  excellentIds?: Array<string> | string | null | undefined;
}>;


export type WebConfirmAnnualAssessmentMutation = { confirmAnnualAssessment: Array<{ id: string, status: AssessmentStatus }> };

export type WebAssignTeamQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type WebAssignTeamQuery = { me: { id: string, subordinates: Array<{ id: string, fullName: string, loggableWorkItems: Array<{ id: string, code: string, name: string }> }> } | null, workingCalendar: Array<{ day: string, kind: CalendarDayKind, name: string }>, assignmentsGiven: Array<{ id: string, title: string, status: AssignmentStatus, deadline: string, expectedQuantity: number, workingDaysLate: number, workingDaysLeft: number | null, lead: { id: string, fullName: string }, coOperators: Array<{ id: string, fullName: string }> }> };

export type WebAssignWorkMutationVariables = Exact<{
  input: AssignWorkInput;
}>;


export type WebAssignWorkMutation = { assignWork: { id: string } };

export type WebMyAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebMyAssignmentsQuery = { me: { id: string, toAccept: Array<{ id: string, title: string, status: AssignmentStatus, deadline: string, expectedQuantity: number, workingDaysLeft: number | null, workingDaysLate: number, assigner: { id: string, fullName: string }, workItem: { id: string, name: string } }>, overdue: Array<{ id: string, title: string, status: AssignmentStatus, deadline: string, expectedQuantity: number, workingDaysLeft: number | null, workingDaysLate: number, assigner: { id: string, fullName: string }, workItem: { id: string, name: string } }>, dueSoon: Array<{ id: string, title: string, status: AssignmentStatus, deadline: string, expectedQuantity: number, workingDaysLeft: number | null, workingDaysLate: number, assigner: { id: string, fullName: string }, workItem: { id: string, name: string } }>, toSubmit: Array<{ id: string, title: string, status: AssignmentStatus, deadline: string, expectedQuantity: number, workingDaysLeft: number | null, workingDaysLate: number, assigner: { id: string, fullName: string }, workItem: { id: string, name: string } }> } | null };

export type WebAssignmentRowFragment = { id: string, title: string, status: AssignmentStatus, deadline: string, expectedQuantity: number, workingDaysLeft: number | null, workingDaysLate: number, assigner: { id: string, fullName: string }, workItem: { id: string, name: string } };

export type WebAcceptAssignmentMutationVariables = Exact<{
  id: string;
}>;


export type WebAcceptAssignmentMutation = { acceptAssignment: { id: string, status: AssignmentStatus } };

export type WebSubmitAssignmentMutationVariables = Exact<{
  id: string;
  input?: SubmitAssignmentInput | null | undefined;
}>;


export type WebSubmitAssignmentMutation = { submitAssignment: { id: string, status: AssignmentStatus } };

export type WebCatalogueSectorsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebCatalogueSectorsQuery = { sectors: Array<{ id: string, code: string, name: string }> };

export type WebProvinceOverviewQueryVariables = Exact<{
  period: string;
}>;


export type WebProvinceOverviewQuery = { provinceOverview: { period: { code: string, status: ScoringPeriodStatus, computedAt: string | null }, distribution: { people: number, scored: number, meanScore: number | null, levels: { excellent: number, good: number, completed: number, notCompleted: number }, histogram: Array<{ from: number, to: number, people: number }> }, byAgency: Array<{ key: string | null, headcount: number, meanScore: number | null, agency: { id: string, name: string } }>, bySector: Array<{ key: string | null, headcount: number, meanScore: number | null }>, byCategory: Array<{ key: string | null, headcount: number, meanScore: number | null, category: PositionCategory | null }>, trend: Array<{ period: string, scored: number, meanScore: number | null, notCompletedShare: number | null, declaredHoursPerWorkingDay: number | null }>, diaryDiscipline: Array<{ headcount: number, missingDiaryRate: number | null, daysOverStandard: number, lateDeclarations: number, agency: { id: string, name: string } }>, anomalies: Array<{ kind: ScoringAnomalyKind, figure: number, measure: string, message: string, rank: number, found: number, agency: { id: string, name: string } | null, employee: { id: string, fullName: string } | null }>, staffingNeeds: Array<{ headcount: number, utilisation: number | null, positionsNeeded: number | null, gap: number | null, position: { id: string, title: string }, agency: { id: string, name: string } }> } | null };

export type WebImportPlacementHistoryMutationVariables = Exact<{
  format: SheetFormat;
  content: string;
  dryRun: boolean;
  reason?: string | null | undefined;
}>;


export type WebImportPlacementHistoryMutation = { importPlacementHistory: { applied: boolean, dryRun: boolean, created: number, unchanged: number, invalid: number, rows: Array<{ row: number, employeeCode: string, effectiveFrom: string, action: string, errors: Array<string> }> } };

export type WebImportDiaryHistoryMutationVariables = Exact<{
  format: SheetFormat;
  content: string;
  dryRun: boolean;
  reason?: string | null | undefined;
}>;


export type WebImportDiaryHistoryMutation = { importDiaryHistory: { applied: boolean, dryRun: boolean, created: number, unchanged: number, invalid: number, rows: Array<{ row: number, employeeCode: string, workDate: string, action: string, errors: Array<string> }> } };

export type WebImportAssignmentHistoryMutationVariables = Exact<{
  format: SheetFormat;
  content: string;
  dryRun: boolean;
  reason?: string | null | undefined;
}>;


export type WebImportAssignmentHistoryMutation = { importAssignmentHistory: { applied: boolean, dryRun: boolean, created: number, unchanged: number, invalid: number, rows: Array<{ row: number, employeeCode: string, workDate: string, action: string, errors: Array<string> }> } };

export type WebHistoryReportFragment = { applied: boolean, dryRun: boolean, created: number, unchanged: number, invalid: number, rows: Array<{ row: number, employeeCode: string, workDate: string, action: string, errors: Array<string> }> };

export type WebStartPlacementImportJobMutationVariables = Exact<{
  format: SheetFormat;
  content: string;
  reason?: string | null | undefined;
}>;


export type WebStartPlacementImportJobMutation = { startPlacementImportJob: { id: string, state: JobState, phase: string | null, done: number, total: number | null, attempts: number, summary: string | null, result: Record<string, unknown> | null, errors: Array<{ code: string, message: string }> } };

export type WebStartDiaryHistoryImportJobMutationVariables = Exact<{
  format: SheetFormat;
  content: string;
  reason?: string | null | undefined;
  sheet: DiaryHistorySheet;
}>;


export type WebStartDiaryHistoryImportJobMutation = { startDiaryHistoryImportJob: { id: string, state: JobState, phase: string | null, done: number, total: number | null, attempts: number, summary: string | null, result: Record<string, unknown> | null, errors: Array<{ code: string, message: string }> } };

export type WebMonthQueryVariables = Exact<{
  from: string;
  to: string;
  on: string;
}>;


export type WebMonthQuery = { diaryPolicy: { closeDay: number, graceDays: number, lateAfterWorkingDays: number }, me: { id: string, diaryPeriod: { workingDays: number, missingDays: Array<string>, actualMinutes: number, availableStandardMinutes: number, days: Array<{ date: string, isWorkingDay: boolean, holiday: string | null, onLeave: boolean, missing: boolean, actualMinutes: number, entries: Array<{ id: string }> }> } } | null };

export type WebNotificationsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type WebNotificationsQuery = { myNotifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ReminderKind, message: string, messageEn: string, dueOn: string | null, createdAt: string, readAt: string | null, emailedAt: string | null }> }, unread: { totalCount: number }, myNotificationPreferences: Array<{ kind: ReminderKind, email: boolean }> };

export type WebMarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type WebMarkNotificationsReadMutation = { markNotificationsRead: Array<{ id: string, readAt: string | null }> };

export type WebMarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type WebMarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type WebSetNotificationPreferencesMutationVariables = Exact<{
  input: Array<NotificationPreferenceInput> | NotificationPreferenceInput;
}>;


export type WebSetNotificationPreferencesMutation = { setNotificationPreferences: Array<{ kind: ReminderKind, email: boolean }> };

export type WebScoringPeriodQueryVariables = Exact<{
  period: string;
}>;


export type WebScoringPeriodQuery = { scoringPeriod: { id: string, code: string, status: ScoringPeriodStatus, computedAt: string | null, agencyCloses: Array<{ agencyId: string }> } };

export type WebStartScoringPeriodJobMutationVariables = Exact<{
  period: string;
  action: ScoringPeriodAction;
  reason?: string | null | undefined;
  agencyId?: string | null | undefined;
}>;


export type WebStartScoringPeriodJobMutation = { startScoringPeriodJob: { id: string, state: JobState, phase: string | null, done: number, total: number | null, attempts: number, summary: string | null, result: Record<string, unknown> | null, errors: Array<{ code: string, message: string }> } };

export type WebScoringJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebScoringJobsQuery = { scoringJobs: Array<{ id: string, scope: string, state: JobState, summary: string | null, createdAt: string, errors: Array<{ message: string }> }> };

export type WebReviewQueueQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type WebReviewQueueQuery = { reviewQueue: Array<{ id: string, workDate: string, quantity: number, actualMinutes: number, standardMinutes: number, note: string | null, evidenceRef: string | null, flags: Array<DiaryEntryFlag>, employee: { id: string, fullName: string }, workItem: { id: string, name: string } }> };

export type WebReviewDiaryEntriesMutationVariables = Exact<{
  ids: Array<string> | string;
  decision: ReviewDecision;
  note?: string | null | undefined;
}>;


export type WebReviewDiaryEntriesMutation = { reviewDiaryEntries: Array<{ id: string, status: DiaryEntryStatus }> };

export type WebMyScoreQueryVariables = Exact<{
  period: string;
  from: string;
  to: string;
  p1: string;
  p2: string;
  p3: string;
  p4: string;
  p5: string;
}>;


export type WebMyScoreQuery = { me: { id: string, fullName: string, code: string, periodScore: { ownScore: number | null, unitScore: number | null, isLeadership: boolean, levelByBand: ClassificationLevel, gate: ClassificationGate | null, frozen: boolean, workPoints: number, capacityMinutes: number, availableDays: number, id: string, periodCode: string, score: number | null, level: ClassificationLevel, indicators: { quantity: number | null, timeliness: number | null, quality: number | null, proactivity: number | null, coordination: number | null, creativity: number | null, overdue: number | null }, segments: Array<{ from: string, to: string, kpi: number | null, workPoints: number, capacityMinutes: number, availableDays: number, weights: { quantity: number, timeliness: number, quality: number, proactivity: number, coordination: number, creativity: number, overdue: number }, products: { assigned: number, completed: number, judgedUnits: number | null, completedUnits: number | null, unitsMeetingRequirements: number | null, unitsOnTime: number | null, quantityPct: number | null, qualityPct: number | null, progressPct: number | null, plainQualityPct: number | null, plainProgressPct: number | null }, imported: { entries: number, products: number }, workSources: Array<{ provider: string, workPoints: number, lines: Array<{ code: string, label: string, quantity: number, unit: string, workPoints: number }> }> }> } | null, diaryEntries: Array<{ id: string, workDate: string, quantity: number, workPoints: number, workItem: { id: string, name: string } }>, p1: { id: string, periodCode: string, score: number | null, level: ClassificationLevel } | null, p2: { id: string, periodCode: string, score: number | null, level: ClassificationLevel } | null, p3: { id: string, periodCode: string, score: number | null, level: ClassificationLevel } | null, p4: { id: string, periodCode: string, score: number | null, level: ClassificationLevel } | null, p5: { id: string, periodCode: string, score: number | null, level: ClassificationLevel } | null } | null };

export type WebScoreFiguresFragment = { id: string, periodCode: string, score: number | null, level: ClassificationLevel };

export type WebTodayQueryVariables = Exact<{
  date: string;
  recentFrom: string;
  before: string;
}>;


export type WebTodayQuery = { me: { id: string, fullName: string, loggableWorkItems: Array<{ id: string, code: string, name: string, standardMinutes: number, current: { evidence: string, evidenceRequired: boolean } }>, diaryDay: { actualMinutes: number, standardDayMinutes: number, entries: Array<{ id: string, workItemId: string, quantity: number, actualMinutes: number, source: DiaryEntrySource, evidenceRef: string | null, assignmentId: string | null, status: DiaryEntryStatus }> }, recent: Array<{ workItemId: string, workDate: string }>, earlier: { days: Array<{ date: string, isWorkingDay: boolean, onLeave: boolean, entries: Array<{ workItemId: string, quantity: number, actualMinutes: number, assignmentId: string | null, note: string | null, evidenceRef: string | null }> }> }, assignments: Array<{ id: string, title: string, workItemId: string, deadline: string }> } | null };

export type WebRecordDiaryEntryMutationVariables = Exact<{
  input: RecordDiaryEntryInput;
}>;


export type WebRecordDiaryEntryMutation = { recordDiaryEntry: { entry: { id: string }, warnings: Array<{ code: DiaryEntryFlag }> } };

export type WebMyUnitQueryVariables = Exact<{
  unitId: string;
  from: string;
  to: string;
  period: string;
}>;


export type WebMyUnitQuery = { agency: { id: string, name: string, missingDiaries: Array<{ count: number, days: Array<string>, employee: { id: string, fullName: string } }>, assignmentSummary: { assigned: number, completed: number, late: number, overdue: number, overdueShare: number | null }, reminders: Array<{ kind: ReminderKind, days: Array<string>, dueOn: string | null, message: string, employee: { id: string, fullName: string, email: string | null } }> } | null, employees: { nodes: Array<{ id: string, fullName: string, periodScore: { id: string, score: number | null, level: ClassificationLevel } | null }> } };

export type WebMyUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebMyUnitsQuery = { me: { id: string, divisionId: string | null, agencyId: string, access: { unitIds: Array<string> } | null } | null };

export const WebJobFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<WebJobFragment, unknown>;
export const WebAssessmentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"isLeadership"}},{"kind":"Field","name":{"kind":"Name","value":"positionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"kpiScore"}},{"kind":"Field","name":{"kind":"Name","value":"kpiShare"}},{"kind":"Field","name":{"kind":"Name","value":"kpiPoints"}},{"kind":"Field","name":{"kind":"Name","value":"otherCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"disciplined"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"tiedAtCap"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<WebAssessmentRowFragment, unknown>;
export const WebAssignmentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebAssignmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"expectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}},{"kind":"Field","name":{"kind":"Name","value":"assigner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WebAssignmentRowFragment, unknown>;
export const WebHistoryReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebHistoryReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiaryHistoryReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCode"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]} as unknown as DocumentNode<WebHistoryReportFragment, unknown>;
export const WebScoreFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebScoreFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodCode"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]} as unknown as DocumentNode<WebScoreFiguresFragment, unknown>;
export const WebShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebShell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<WebShellQuery, WebShellQueryVariables>;
export const WebAdminAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAdminAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agencyIds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WebAdminAgenciesQuery, WebAdminAgenciesQueryVariables>;
export const WebNotificationBellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebNotificationBell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<WebNotificationBellQuery, WebNotificationBellQueryVariables>;
export const WebExportCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebExportCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerAgencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ownerAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerAgencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"XLSX"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<WebExportCatalogueQuery, WebExportCatalogueQueryVariables>;
export const WebKpiHandbookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebKpiHandbook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandbookFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiHandbook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<WebKpiHandbookQuery, WebKpiHandbookQueryVariables>;
export const WebImportCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebImportCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SheetFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"effectiveFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerAgencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"effectiveFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"ownerAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerAgencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"revised"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]}}]} as unknown as DocumentNode<WebImportCatalogueMutation, WebImportCatalogueMutationVariables>;
export const WebStartCatalogueImportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebStartCatalogueImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SheetFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"effectiveFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerAgencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCatalogueImportJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"effectiveFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"ownerAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerAgencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebJob"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<WebStartCatalogueImportJobMutation, WebStartCatalogueImportJobMutationVariables>;
export const WebWorkItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebWorkItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkItemFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"coefficient"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebWorkItemsQuery, WebWorkItemsQueryVariables>;
export const WebReviseWorkItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebReviseWorkItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseWorkItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseWorkItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WebReviseWorkItemMutation, WebReviseWorkItemMutationVariables>;
export const WebSectorStandardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebSectorStandards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"kpiStandards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"positionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMinutesPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"proactivity"}},{"kind":"Field","name":{"kind":"Name","value":"coordination"}},{"kind":"Field","name":{"kind":"Name","value":"creativity"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebSectorStandardsQuery, WebSectorStandardsQueryVariables>;
export const WebSetSectorKpiStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebSetSectorKpiStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSectorKpiStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSectorKpiStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebSetSectorKpiStandardMutation, WebSetSectorKpiStandardMutationVariables>;
export const WebAgencyUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAgencyUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scoreSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scoreSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"good"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"notCompleted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebAgencyUnitsQuery, WebAgencyUnitsQueryVariables>;
export const WebUnitPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebUnitPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebUnitPeopleQuery, WebUnitPeopleQueryVariables>;
export const WebScoringJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebScoringJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebJob"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<WebScoringJobQuery, WebScoringJobQueryVariables>;
export const WebCatalogueJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebCatalogueJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogueJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebJob"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<WebCatalogueJobQuery, WebCatalogueJobQueryVariables>;
export const WebDiaryJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDiaryJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebJob"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<WebDiaryJobQuery, WebDiaryJobQueryVariables>;
export const WebPersonnelJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebPersonnelJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personnelJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebJob"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<WebPersonnelJobQuery, WebPersonnelJobQueryVariables>;
export const WebAssessmentAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAssessmentAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agencyIds"}}]}}]}}]}}]} as unknown as DocumentNode<WebAssessmentAgenciesQuery, WebAssessmentAgenciesQueryVariables>;
export const WebAnnualAssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAnnualAssessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebAssessmentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebAssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"isLeadership"}},{"kind":"Field","name":{"kind":"Name","value":"positionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"kpiScore"}},{"kind":"Field","name":{"kind":"Name","value":"kpiShare"}},{"kind":"Field","name":{"kind":"Name","value":"kpiPoints"}},{"kind":"Field","name":{"kind":"Name","value":"otherCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"disciplined"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"tiedAtCap"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<WebAnnualAssessmentsQuery, WebAnnualAssessmentsQueryVariables>;
export const WebStartAnnualAssessmentJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebStartAnnualAssessmentJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAnnualAssessmentJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebJob"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<WebStartAnnualAssessmentJobMutation, WebStartAnnualAssessmentJobMutationVariables>;
export const WebScoreOtherCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebScoreOtherCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OtherCriteriaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreOtherCriteria"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebScoreOtherCriteriaMutation, WebScoreOtherCriteriaMutationVariables>;
export const WebConfirmAnnualAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebConfirmAnnualAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"excellentIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAnnualAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"excellentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"excellentIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WebConfirmAnnualAssessmentMutation, WebConfirmAnnualAssessmentMutationVariables>;
export const WebAssignTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAssignTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subordinates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"loggableWorkItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsGiven"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ASSIGNED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"RETURNED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"expectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<WebAssignTeamQuery, WebAssignTeamQueryVariables>;
export const WebAssignWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebAssignWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignWorkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebAssignWorkMutation, WebAssignWorkMutationVariables>;
export const WebMyAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMyAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"toAccept"},"name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ASSIGNED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"LEAD"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebAssignmentRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"LEAD"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebAssignmentRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dueSoon"},"name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dueWithinWorkingDays"},"value":{"kind":"IntValue","value":"2"}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"LEAD"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebAssignmentRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toSubmit"},"name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"RETURNED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"LEAD"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebAssignmentRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebAssignmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"expectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}},{"kind":"Field","name":{"kind":"Name","value":"assigner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WebMyAssignmentsQuery, WebMyAssignmentsQueryVariables>;
export const WebAcceptAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebAcceptAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WebAcceptAssignmentMutation, WebAcceptAssignmentMutationVariables>;
export const WebSubmitAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebSubmitAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitAssignmentInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WebSubmitAssignmentMutation, WebSubmitAssignmentMutationVariables>;
export const WebCatalogueSectorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebCatalogueSectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WebCatalogueSectorsQuery, WebCatalogueSectorsQueryVariables>;
export const WebProvinceOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebProvinceOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"good"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"notCompleted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"histogram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"people"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"notCompletedShare"}},{"kind":"Field","name":{"kind":"Name","value":"declaredHoursPerWorkingDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diaryDiscipline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"missingDiaryRate"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverStandard"}},{"kind":"Field","name":{"kind":"Name","value":"lateDeclarations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"found"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffingNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"utilisation"}},{"kind":"Field","name":{"kind":"Name","value":"positionsNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]}}]} as unknown as DocumentNode<WebProvinceOverviewQuery, WebProvinceOverviewQueryVariables>;
export const WebImportPlacementHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebImportPlacementHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SheetFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPlacementHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCode"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]}}]} as unknown as DocumentNode<WebImportPlacementHistoryMutation, WebImportPlacementHistoryMutationVariables>;
export const WebImportDiaryHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebImportDiaryHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SheetFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importDiaryHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebHistoryReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebHistoryReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiaryHistoryReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCode"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]} as unknown as DocumentNode<WebImportDiaryHistoryMutation, WebImportDiaryHistoryMutationVariables>;
export const WebImportAssignmentHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebImportAssignmentHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SheetFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importAssignmentHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebHistoryReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebHistoryReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiaryHistoryReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCode"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]} as unknown as DocumentNode<WebImportAssignmentHistoryMutation, WebImportAssignmentHistoryMutationVariables>;
export const WebStartPlacementImportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebStartPlacementImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SheetFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPlacementImportJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebJob"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<WebStartPlacementImportJobMutation, WebStartPlacementImportJobMutationVariables>;
export const WebStartDiaryHistoryImportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebStartDiaryHistoryImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SheetFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheet"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiaryHistorySheet"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDiaryHistoryImportJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"sheet"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheet"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebJob"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<WebStartDiaryHistoryImportJobMutation, WebStartDiaryHistoryImportJobMutationVariables>;
export const WebMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeDay"}},{"kind":"Field","name":{"kind":"Name","value":"graceDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateAfterWorkingDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diaryPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"missingDays"}},{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"availableStandardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"isWorkingDay"}},{"kind":"Field","name":{"kind":"Name","value":"holiday"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebMonthQuery, WebMonthQueryVariables>;
export const WebNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailedAt"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unread"},"name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<WebNotificationsQuery, WebNotificationsQueryVariables>;
export const WebMarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebMarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<WebMarkNotificationsReadMutation, WebMarkNotificationsReadMutationVariables>;
export const WebMarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebMarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<WebMarkAllNotificationsReadMutation, WebMarkAllNotificationsReadMutationVariables>;
export const WebSetNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebSetNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferenceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<WebSetNotificationPreferencesMutation, WebSetNotificationPreferencesMutationVariables>;
export const WebScoringPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebScoringPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCloses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]}}]}}]} as unknown as DocumentNode<WebScoringPeriodQuery, WebScoringPeriodQueryVariables>;
export const WebStartScoringPeriodJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebStartScoringPeriodJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringPeriodAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startScoringPeriodJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebJob"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<WebStartScoringPeriodJobMutation, WebStartScoringPeriodJobMutationVariables>;
export const WebScoringJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebScoringJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebScoringJobsQuery, WebScoringJobsQueryVariables>;
export const WebReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WebReviewQueueQuery, WebReviewQueueQueryVariables>;
export const WebReviewDiaryEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebReviewDiaryEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewDiaryEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WebReviewDiaryEntriesMutation, WebReviewDiaryEntriesMutationVariables>;
export const WebMyScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMyScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p5"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebScoreFigures"}},{"kind":"Field","name":{"kind":"Name","value":"ownScore"}},{"kind":"Field","name":{"kind":"Name","value":"unitScore"}},{"kind":"Field","name":{"kind":"Name","value":"isLeadership"}},{"kind":"Field","name":{"kind":"Name","value":"levelByBand"}},{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"availableDays"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"proactivity"}},{"kind":"Field","name":{"kind":"Name","value":"coordination"}},{"kind":"Field","name":{"kind":"Name","value":"creativity"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"availableDays"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"proactivity"}},{"kind":"Field","name":{"kind":"Name","value":"coordination"}},{"kind":"Field","name":{"kind":"Name","value":"creativity"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"judgedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"completedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"unitsMeetingRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"unitsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPct"}},{"kind":"Field","name":{"kind":"Name","value":"qualityPct"}},{"kind":"Field","name":{"kind":"Name","value":"progressPct"}},{"kind":"Field","name":{"kind":"Name","value":"plainQualityPct"}},{"kind":"Field","name":{"kind":"Name","value":"plainProgressPct"}}]}},{"kind":"Field","name":{"kind":"Name","value":"imported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"products"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"diaryEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"APPROVED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"p1"},"name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebScoreFigures"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"p2"},"name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebScoreFigures"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"p3"},"name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebScoreFigures"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"p4"},"name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p4"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebScoreFigures"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"p5"},"name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p5"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebScoreFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebScoreFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodCode"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]} as unknown as DocumentNode<WebMyScoreQuery, WebMyScoreQueryVariables>;
export const WebTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebToday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recentFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"loggableWorkItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"diaryDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"standardDayMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workItemId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"recent"},"name":{"kind":"Name","value":"diaryEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recentFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItemId"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"earlier"},"name":{"kind":"Name","value":"diaryPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recentFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"isWorkingDay"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItemId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ASSIGNED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"RETURNED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"workItemId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]}}]} as unknown as DocumentNode<WebTodayQuery, WebTodayQueryVariables>;
export const WebRecordDiaryEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebRecordDiaryEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDiaryEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebRecordDiaryEntryMutation, WebRecordDiaryEntryMutationVariables>;
export const WebMyUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMyUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"missingDiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignmentSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebMyUnitQuery, WebMyUnitQueryVariables>;
export const WebMyUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMyUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitIds"}}]}}]}}]}}]} as unknown as DocumentNode<WebMyUnitsQuery, WebMyUnitsQueryVariables>;