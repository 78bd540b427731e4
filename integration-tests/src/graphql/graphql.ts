/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/**
 * What kind of body an agency, unit or locality is (cơ quan, đơn vị, địa phương)
 *
 * [vi] Loại tổ chức của một cơ quan, đơn vị, địa phương
 */
export type AgencyKind =
  /**
   * A city or town locality
   *
   * [vi] Địa phương cấp thành phố, thị xã
   */
  | 'CITY'
  /**
   * A commune or ward locality
   *
   * [vi] Địa phương cấp xã, phường
   */
  | 'COMMUNE'
  /**
   * A district locality (kept for provinces that still have them)
   *
   * [vi] Địa phương cấp huyện (giữ cho các tỉnh còn cấp huyện)
   */
  | 'DISTRICT'
  /**
   * A division (phòng) inside an agency or locality
   *
   * [vi] Phòng thuộc một cơ quan hoặc địa phương
   */
  | 'DIVISION'
  /**
   * The Vietnam Fatherland Front committee
   *
   * [vi] Ủy ban Mặt trận Tổ quốc Việt Nam
   */
  | 'FATHERLAND_FRONT'
  /**
   * A Party committee or its advisory body
   *
   * [vi] Cấp ủy Đảng hoặc cơ quan tham mưu, giúp việc của cấp ủy
   */
  | 'PARTY_BODY'
  /**
   * The province itself, root of the tree
   *
   * [vi] Chính tỉnh, gốc của sơ đồ tổ chức
   */
  | 'PROVINCE'
  /**
   * A public-service unit (đơn vị sự nghiệp công lập)
   *
   * [vi] Đơn vị sự nghiệp công lập
   */
  | 'PUBLIC_SERVICE_UNIT'
  /**
   * Youth union, women’s union, farmers’, veterans’, labour federation
   *
   * [vi] Tổ chức chính trị - xã hội: Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh, Liên đoàn Lao động
   */
  | 'SOCIO_POLITICAL_ORGANISATION'
  /**
   * A provincial department (sở) or equivalent
   *
   * [vi] Sở, ban, ngành cấp tỉnh hoặc tương đương
   */
  | 'STATE_DEPARTMENT';

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
 * A step of an assignment’s lifecycle
 *
 * [vi] Một bước trong quá trình xử lý việc được giao
 */
export type AssignmentAction =
  /**
   * The lead accepts it
   *
   * [vi] Người chủ trì nhận việc
   */
  | 'ACCEPT'
  /**
   * A leader gives the work
   *
   * [vi] Lãnh đạo giao việc
   */
  | 'ASSIGN'
  /**
   * The assigner withdraws it
   *
   * [vi] Người giao hủy việc
   */
  | 'CANCEL'
  /**
   * The assigner accepts it and rates its quality
   *
   * [vi] Người giao công nhận hoàn thành và đánh giá chất lượng
   */
  | 'COMPLETE'
  /**
   * The assigner moves the deadline, with a reason (gia hạn); not a delay
   *
   * [vi] Người giao gia hạn, kèm lý do; không tính là chậm
   */
  | 'EXTEND'
  /**
   * The assigner gives it to another lead; it starts again as ASSIGNED
   *
   * [vi] Người giao chuyển cho người chủ trì khác; việc trở lại trạng thái chờ nhận
   */
  | 'REASSIGN'
  /**
   * The assigner sends it back to be reworked
   *
   * [vi] Người giao trả lại để làm lại
   */
  | 'RETURN'
  /**
   * The lead reports it done
   *
   * [vi] Người chủ trì báo cáo hoàn thành
   */
  | 'SUBMIT';

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
 * What a catalogue change request asks for
 *
 * [vi] Nội dung một đề nghị thay đổi danh mục
 */
export type CatalogueChangeKind =
  /**
   * Add a new work item (group B or D) to a sector
   *
   * [vi] Thêm một đầu công việc mới (nhóm B hoặc D) vào một ngành
   */
  | 'ADD'
  /**
   * Revise an existing work item from a date
   *
   * [vi] Sửa đổi một đầu công việc đang có, từ một ngày
   */
  | 'CHANGE'
  /**
   * Retire a work item from a date
   *
   * [vi] Ngừng sử dụng một đầu công việc, từ một ngày
   */
  | 'RETIRE';

/**
 * Where a catalogue change request stands
 *
 * [vi] Tình trạng của một đề nghị thay đổi danh mục
 */
export type CatalogueChangeStatus =
  /**
   * Approved: the change was applied when it was approved
   *
   * [vi] Đã chấp thuận: thay đổi được áp dụng ngay khi chấp thuận
   */
  | 'APPROVED'
  /**
   * Waiting for the item’s owner to decide
   *
   * [vi] Đang chờ đơn vị quản lý đầu công việc quyết định
   */
  | 'PENDING'
  /**
   * Rejected by the owner; nothing changed
   *
   * [vi] Bị từ chối; danh mục không thay đổi
   */
  | 'REJECTED'
  /**
   * Withdrawn by the requesting agency
   *
   * [vi] Cơ quan đề nghị đã rút lại
   */
  | 'WITHDRAWN';

/**
 * Which items catalogue hygiene looks at
 *
 * [vi] Các đầu công việc cần rà soát danh mục
 */
export type CatalogueHygieneFilter = {
  /**
   * Items of this group
   *
   * [vi] Đầu công việc thuộc nhóm này
   */
  group?: WorkItemGroup | null | undefined;
  /**
   * An agency’s own list (group C)
   *
   * [vi] Danh mục riêng của một cơ quan (nhóm C)
   */
  ownerAgencyId?: string | null | undefined;
  /**
   * Items of the sector with this code
   *
   * [vi] Đầu công việc của ngành có mã này
   */
  sectorCode?: string | null | undefined;
};

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
 * The assigner’s verdict on a submitted product (Decree 335)
 *
 * [vi] Đánh giá của người giao việc đối với sản phẩm đã báo cáo (Nghị định 335)
 */
export type CompleteAssignmentInput = {
  /**
   * A note kept in its history; null: none
   *
   * [vi] Ghi chú lưu trong lịch sử của việc; null: không có
   */
  comment?: string | null | undefined;
  /**
   * Delays (default: 1 when submitted after the deadline, else 0)
   *
   * [vi] Số lần chậm trễ (mặc định: 1 nếu báo cáo sau hạn, ngược lại 0)
   */
  delays?: number | null | undefined;
  /**
   * Of those, with an objective cause confirmed (default 0)
   *
   * [vi] Trong số đó, số lần có nguyên nhân khách quan được xác nhận (mặc định 0)
   */
  excusedDelays?: number | null | undefined;
  /**
   * Of those, with an objective cause confirmed (default 0)
   *
   * [vi] Trong số đó, số lỗi có nguyên nhân khách quan được xác nhận (mặc định 0)
   */
  excusedErrors?: number | null | undefined;
  /**
   * Major errors found (default 0); each takes 25 % of the product’s quality points
   *
   * [vi] Số lỗi lớn (mặc định 0); mỗi lỗi trừ 25 % điểm chất lượng của sản phẩm
   */
  majorErrors?: number | null | undefined;
  /**
   * The objective cause; required when anything is excused
   *
   * [vi] Nguyên nhân khách quan; bắt buộc khi có lỗi hoặc chậm trễ được miễn trừ
   */
  objectiveCause?: string | null | undefined;
  /**
   * The quality rating
   *
   * [vi] Mức chất lượng
   */
  quality: QualityRating;
};

/**
 * A new agency, unit, locality or division
 *
 * [vi] Cơ quan, đơn vị, địa phương hoặc phòng mới
 */
export type CreateAgencyInput = {
  /**
   * Stable code, unique in the province
   *
   * [vi] Mã ổn định, duy nhất trong tỉnh
   */
  code: string;
  /**
   * What kind of body it is
   *
   * [vi] Loại tổ chức
   */
  kind: AgencyKind;
  /**
   * Its official name
   *
   * [vi] Tên chính thức
   */
  name: string;
  /**
   * The agency it belongs to: required for everything but a PROVINCE
   *
   * [vi] Cơ quan cấp trên: bắt buộc, trừ khi là PROVINCE
   */
  parentId?: string | null | undefined;
  /**
   * Codes of its sectors (ngành, lĩnh vực); default none
   *
   * [vi] Mã các ngành, lĩnh vực; mặc định không có
   */
  sectorCodes?: Array<string> | null | undefined;
};

/**
 * A new employee and their first placement (a HIRE)
 *
 * [vi] Cán bộ mới và lần bố trí đầu tiên (HIRE: tuyển dụng)
 */
export type CreateEmployeeInput = {
  /**
   * The agency they join (not a division)
   *
   * [vi] Cơ quan công tác (không phải phòng)
   */
  agencyId: string;
  /**
   * Staff code, unique in the province
   *
   * [vi] Mã cán bộ, duy nhất trong tỉnh
   */
  code: string;
  /**
   * Number of the recruitment decision
   *
   * [vi] Số quyết định tuyển dụng
   */
  decisionNumber?: string | null | undefined;
  /**
   * Their division, inside that agency
   *
   * [vi] Phòng công tác, thuộc cơ quan đó
   */
  divisionId?: string | null | undefined;
  /**
   * E-mail address
   *
   * [vi] Địa chỉ thư điện tử
   */
  email?: string | null | undefined;
  /**
   * Full name
   *
   * [vi] Họ và tên
   */
  fullName: string;
  /**
   * Their job position, an active one of that agency
   *
   * [vi] Vị trí việc làm, đang hoạt động, của cơ quan đó
   */
  positionId: string;
  /**
   * Cadre, civil servant or public employee
   *
   * [vi] Cán bộ, công chức hay viên chức
   */
  staffType: StaffType;
  /**
   * First day in this placement
   *
   * [vi] Ngày đầu tiên của lần bố trí này
   */
  startDate: string;
  /**
   * Their direct supervisor, in service
   *
   * [vi] Người phụ trách trực tiếp, đang công tác
   */
  supervisorId?: string | null | undefined;
};

/**
 * A new job position in an agency
 *
 * [vi] Vị trí việc làm mới trong một cơ quan
 */
export type CreateJobPositionInput = {
  /**
   * The agency it is established in
   *
   * [vi] Cơ quan có vị trí này
   */
  agencyId: string;
  /**
   * Which of the four categories it is in
   *
   * [vi] Thuộc nhóm vị trí việc làm nào
   */
  category: PositionCategory;
  /**
   * Its code, unique within the agency
   *
   * [vi] Mã vị trí, duy nhất trong cơ quan
   */
  code: string;
  /**
   * The job description; default empty
   *
   * [vi] Bản mô tả công việc; mặc định để trống
   */
  description?: string | null | undefined;
  /**
   * Whether its holder leads or manages; defaults to true for the LEADERSHIP category
   *
   * [vi] Người giữ vị trí có phải lãnh đạo, quản lý không; mặc định true với nhóm LEADERSHIP
   */
  isLeadership?: boolean | null | undefined;
  /**
   * Standard working minutes per day, 60 to 720; default 480
   *
   * [vi] Số phút làm việc chuẩn một ngày, từ 60 đến 720; mặc định 480
   */
  standardMinutesPerDay?: number | null | undefined;
  /**
   * Its title
   *
   * [vi] Tên vị trí
   */
  title: string;
};

/**
 * A new work item with its first version. Group B: province admins; A and D: the sector’s department; C: the agency’s admins, then waiting for its head
 *
 * [vi] Một đầu công việc mới với phiên bản đầu tiên. Nhóm B: quản trị viên cấp tỉnh; A và D: sở quản lý ngành; C: quản trị viên của cơ quan, sau đó chờ thủ trưởng phê duyệt
 */
export type CreateWorkItemInput = {
  /**
   * Stable code, unique in the province
   *
   * [vi] Mã ổn định, duy nhất trong tỉnh
   */
  code: string;
  /**
   * Scoring coefficient, within the province’s limits
   *
   * [vi] Hệ số tính điểm, trong giới hạn của tỉnh
   */
  coefficient: number;
  /**
   * What counts as one unit (hard-to-count work)
   *
   * [vi] Tiêu chí tính một đơn vị (công việc khó định lượng)
   */
  criteria?: string | null | undefined;
  /**
   * What the work is
   *
   * [vi] Mô tả công việc
   */
  description?: string | null | undefined;
  /**
   * First day it may be logged
   *
   * [vi] Ngày đầu tiên được ghi nhật ký
   */
  effectiveFrom: string;
  /**
   * What evidence is expected
   *
   * [vi] Minh chứng cần có
   */
  evidence?: string | null | undefined;
  /**
   * Flag entries without evidence for review (default false)
   *
   * [vi] Đánh dấu để xem xét các bản ghi không có minh chứng (mặc định false)
   */
  evidenceRequired?: boolean | null | undefined;
  /**
   * Its group, which decides who owns it
   *
   * [vi] Nhóm, quyết định ai quản lý
   */
  group: WorkItemGroup;
  /**
   * Its name
   *
   * [vi] Tên đầu công việc
   */
  name: string;
  /**
   * Group C only: the agency whose own list it joins (required for C)
   *
   * [vi] Chỉ nhóm C: cơ quan có danh mục riêng chứa đầu công việc (bắt buộc với nhóm C)
   */
  ownerAgencyId?: string | null | undefined;
  /**
   * Why: kept in the audit trail
   *
   * [vi] Lý do: được lưu trong nhật ký thay đổi
   */
  reason?: string | null | undefined;
  /**
   * Its sector (an active one)
   *
   * [vi] Ngành của đầu công việc (ngành đang hoạt động)
   */
  sectorId: string;
  /**
   * Standard minutes for one unit: above 0, within the province’s limits
   *
   * [vi] Thời gian chuẩn cho một đơn vị tính, tính bằng phút: lớn hơn 0, trong giới hạn của tỉnh
   */
  standardMinutes: number;
  /**
   * What one counted unit is
   *
   * [vi] Đơn vị tính
   */
  unit: UnitOfMeasure;
};

/**
 * An employee leaving service from a date
 *
 * [vi] Cán bộ thôi công tác từ một ngày
 */
export type DeactivateEmployeeInput = {
  /**
   * Number of the decision (quyết định) behind it
   *
   * [vi] Số quyết định làm căn cứ
   */
  decisionNumber?: string | null | undefined;
  /**
   * First day out of service
   *
   * [vi] Ngày đầu tiên thôi công tác
   */
  effectiveFrom: string;
  /**
   * The employee, in service
   *
   * [vi] Cán bộ, đang công tác
   */
  employeeId: string;
  /**
   * Why; default: the status
   *
   * [vi] Lý do; mặc định là trạng thái
   */
  reason?: string | null | undefined;
  /**
   * RETIRED, RESIGNED, TRANSFERRED_OUT, DECEASED or SUSPENDED
   *
   * [vi] RETIRED, RESIGNED, TRANSFERRED_OUT, DECEASED hoặc SUSPENDED
   */
  status: EmploymentStatus;
};

/**
 * The item owner’s decision on a pending change request
 *
 * [vi] Quyết định của đơn vị quản lý đầu công việc về một đề nghị đang chờ
 */
export type DecideChangeRequestInput = {
  /**
   * True approves and applies the change; false rejects it
   *
   * [vi] True để chấp thuận và áp dụng thay đổi; false để từ chối
   */
  approve: boolean;
  /**
   * Approving applies the change from this date
   *
   * [vi] Khi chấp thuận, thay đổi được áp dụng từ ngày này
   */
  effectiveFrom?: string | null | undefined;
  /**
   * The change request
   *
   * [vi] Đề nghị thay đổi
   */
  id: string;
  /**
   * A note kept with the decision
   *
   * [vi] Ghi chú lưu kèm quyết định
   */
  note?: string | null | undefined;
};

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
 * Which employees to list, among those the caller may read; every condition given must hold
 *
 * [vi] Điều kiện lọc cán bộ, trong số người mà người gọi được xem; mọi điều kiện đã nêu đều phải thỏa
 */
export type EmployeeFilter = {
  /**
   * Employees of this agency or division, or anywhere below it
   *
   * [vi] Cán bộ của cơ quan hoặc phòng này, hoặc của mọi đơn vị cấp dưới
   */
  agencyId?: string | null | undefined;
  /**
   * Employees of this division
   *
   * [vi] Cán bộ của phòng này
   */
  divisionId?: string | null | undefined;
  /**
   * These employees only (at most 500)
   *
   * [vi] Chỉ những cán bộ này (tối đa 500)
   */
  ids?: Array<string> | null | undefined;
  /**
   * Holders of a position of this category
   *
   * [vi] Người giữ vị trí thuộc nhóm này
   */
  positionCategory?: PositionCategory | null | undefined;
  /**
   * Holders of this position
   *
   * [vi] Người giữ vị trí việc làm này
   */
  positionId?: string | null | undefined;
  /**
   * Part of the name or staff code; diacritics optional
   *
   * [vi] Một phần họ tên hoặc mã cán bộ; có hoặc không dấu đều được
   */
  search?: string | null | undefined;
  /**
   * Of this staff type
   *
   * [vi] Thuộc loại cán bộ, công chức, viên chức này
   */
  staffType?: StaffType | null | undefined;
  /**
   * In this status
   *
   * [vi] Có trạng thái này
   */
  status?: EmploymentStatus | null | undefined;
  /**
   * Employees who reported to one of these supervisors at some time in the range (a leader’s unit over a period)
   *
   * [vi] Cán bộ chịu sự phụ trách của một trong những người này vào một thời điểm trong khoảng (đơn vị của một lãnh đạo trong một kỳ)
   */
  supervisedBy?: SupervisionFilter | null | undefined;
  /**
   * Direct reports of this person now
   *
   * [vi] Người đang chịu sự phụ trách trực tiếp của người này
   */
  supervisorId?: string | null | undefined;
};

/**
 * ACTIVE and ON_LEAVE are in service; the others end service (see deactivateEmployee)
 *
 * [vi] ACTIVE và ON_LEAVE là đang công tác; các trạng thái còn lại là đã thôi công tác (xem deactivateEmployee)
 */
export type EmploymentStatus =
  /**
   * In service
   *
   * [vi] Đang công tác
   */
  | 'ACTIVE'
  /**
   * Deceased
   *
   * [vi] Từ trần
   */
  | 'DECEASED'
  /**
   * On leave: still in service
   *
   * [vi] Đang tạm nghỉ: vẫn trong biên chế công tác
   */
  | 'ON_LEAVE'
  /**
   * Resigned
   *
   * [vi] Thôi việc
   */
  | 'RESIGNED'
  /**
   * Retired
   *
   * [vi] Nghỉ hưu
   */
  | 'RETIRED'
  /**
   * Suspended from work: out of service
   *
   * [vi] Tạm đình chỉ công tác: không còn công tác
   */
  | 'SUSPENDED'
  /**
   * Transferred out of the province’s system
   *
   * [vi] Chuyển công tác ra ngoài hệ thống của tỉnh
   */
  | 'TRANSFERRED_OUT';

/**
 * A role given to a person; agency roles name the agency they are held over
 *
 * [vi] Giao vai trò cho một người; vai trò cấp cơ quan phải nêu cơ quan được phụ trách
 */
export type GrantRoleInput = {
  /**
   * The agency an agency role is held over; none for province roles
   *
   * [vi] Cơ quan mà vai trò cấp cơ quan phụ trách; bỏ trống với vai trò cấp tỉnh
   */
  agencyId?: string | null | undefined;
  /**
   * The first day it holds; default: today
   *
   * [vi] Ngày bắt đầu hiệu lực; mặc định: hôm nay
   */
  effectiveFrom?: string | null | undefined;
  /**
   * The last day it holds; default: until revoked
   *
   * [vi] Ngày cuối cùng có hiệu lực; mặc định: đến khi thu hồi
   */
  effectiveTo?: string | null | undefined;
  /**
   * The person it is given to
   *
   * [vi] Người được giao
   */
  employeeId: string;
  /**
   * Why (the decision behind it): kept with the grant
   *
   * [vi] Lý do (quyết định làm căn cứ): lưu cùng lần giao
   */
  reason: string;
  /**
   * AGENCY_ADMIN, CATALOGUE_ADMIN (with agencyId), PROVINCE_ANALYST or PROVINCE_ADMIN
   *
   * [vi] AGENCY_ADMIN, CATALOGUE_ADMIN (kèm agencyId), PROVINCE_ANALYST hoặc PROVINCE_ADMIN
   */
  role: Role;
};

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
 * Approved leave: its working days expect no diary
 *
 * [vi] Nghỉ có phép: các ngày làm việc trong thời gian nghỉ không cần ghi nhật ký
 */
export type LeaveKind =
  /**
   * Annual leave
   *
   * [vi] Nghỉ phép năm
   */
  | 'ANNUAL'
  /**
   * Maternity leave
   *
   * [vi] Nghỉ thai sản
   */
  | 'MATERNITY'
  /**
   * Other approved leave
   *
   * [vi] Nghỉ khác có phép
   */
  | 'OTHER'
  /**
   * Sick leave
   *
   * [vi] Nghỉ ốm
   */
  | 'SICK'
  /**
   * Training, away from the post
   *
   * [vi] Đi học, bồi dưỡng
   */
  | 'TRAINING';

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
 * A transfer, rotation or appointment, effective from a date
 *
 * [vi] Điều động, luân chuyển hoặc bổ nhiệm, có hiệu lực từ một ngày
 */
export type PlacementInput = {
  /**
   * Target agency; defaults to the current one
   *
   * [vi] Cơ quan mới; mặc định là cơ quan hiện tại
   */
  agencyId?: string | null | undefined;
  /**
   * Number of the decision (quyết định) behind it
   *
   * [vi] Số quyết định làm căn cứ
   */
  decisionNumber?: string | null | undefined;
  /**
   * Target division, inside the target agency
   *
   * [vi] Phòng mới, thuộc cơ quan mới
   */
  divisionId?: string | null | undefined;
  /**
   * First day in the new placement, after the current one began
   *
   * [vi] Ngày đầu tiên của lần bố trí mới, sau ngày bắt đầu của lần bố trí hiện tại
   */
  effectiveFrom: string;
  /**
   * The employee, in service
   *
   * [vi] Cán bộ, đang công tác
   */
  employeeId: string;
  /**
   * Target position, of the target agency
   *
   * [vi] Vị trí việc làm mới, thuộc cơ quan mới
   */
  positionId: string;
  /**
   * Why, kept with the placement
   *
   * [vi] Lý do, lưu cùng lần bố trí
   */
  reason?: string | null | undefined;
  /**
   * Defaults to the current supervisor when the agency stays the same
   *
   * [vi] Mặc định là người phụ trách hiện tại nếu vẫn ở cơ quan cũ
   */
  supervisorId?: string | null | undefined;
};

/**
 * Why a placement (position held from a date) began
 *
 * [vi] Lý do bắt đầu một lần bố trí công tác (giữ vị trí từ một ngày)
 */
export type PlacementKind =
  /**
   * Bổ nhiệm: appointed to a leadership position
   *
   * [vi] Bổ nhiệm vào vị trí lãnh đạo, quản lý
   */
  | 'APPOINTMENT'
  /**
   * Recruitment or first placement
   *
   * [vi] Tuyển dụng hoặc bố trí lần đầu
   */
  | 'HIRE'
  /**
   * Luân chuyển: rotated, usually a cadre for a term
   *
   * [vi] Luân chuyển: thường là cán bộ, theo một thời hạn
   */
  | 'ROTATION'
  /**
   * Left service: retired, resigned, transferred out, suspended
   *
   * [vi] Thôi công tác: nghỉ hưu, thôi việc, chuyển ra ngoài, tạm đình chỉ
   */
  | 'SEPARATION'
  /**
   * Điều động: moved to another agency, division or position
   *
   * [vi] Điều động: chuyển sang cơ quan, phòng hoặc vị trí khác
   */
  | 'TRANSFER';

/**
 * How a policy version no score used was corrected
 *
 * [vi] Cách sửa một phiên bản chính sách chưa được dùng để chấm điểm
 */
export type PolicyChangeAction =
  /**
   * Its start, preset or rules were changed
   *
   * [vi] Sửa ngày hiệu lực, bộ mặc định hoặc quy tắc
   */
  | 'AMEND'
  /**
   * It was withdrawn: the version before it is in force again
   *
   * [vi] Thu hồi: phiên bản trước đó có hiệu lực trở lại
   */
  | 'WITHDRAW';

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
 * Decree 335 counts a product towards quality when it is completed and meets requirements (not UNSATISFACTORY)
 *
 * [vi] Theo Nghị định 335, sản phẩm được tính vào chất lượng khi hoàn thành và đạt yêu cầu (không phải UNSATISFACTORY)
 */
export type QualityRating =
  /**
   * Excellent
   *
   * [vi] Xuất sắc
   */
  | 'EXCELLENT'
  /**
   * Good
   *
   * [vi] Tốt
   */
  | 'GOOD'
  /**
   * Meets requirements
   *
   * [vi] Đạt yêu cầu
   */
  | 'SATISFACTORY'
  /**
   * Does not meet requirements
   *
   * [vi] Chưa đạt yêu cầu
   */
  | 'UNSATISFACTORY';

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
 * A person’s approved leave
 *
 * [vi] Kỳ nghỉ đã duyệt của một người
 */
export type RecordLeaveInput = {
  /**
   * The person’s employee id
   *
   * [vi] Mã nhân sự của người nghỉ
   */
  employeeId: string;
  /**
   * First day of leave
   *
   * [vi] Ngày đầu nghỉ
   */
  fromDate: string;
  /**
   * The kind of leave
   *
   * [vi] Loại nghỉ
   */
  kind: LeaveKind;
  /**
   * A note
   *
   * [vi] Ghi chú
   */
  note?: string | null | undefined;
  /**
   * Last day of leave (inclusive)
   *
   * [vi] Ngày cuối nghỉ (tính cả ngày này)
   */
  toDate: string;
};

/**
 * A new integration client
 *
 * [vi] Ứng dụng tích hợp mới
 */
export type RegisterClientInput = {
  /**
   * Its OAuth client id: lower-case letters, digits, dashes, 2 to 63 (e.g. eoffice)
   *
   * [vi] Mã ứng dụng OAuth: chữ thường, chữ số, dấu gạch ngang, từ 2 đến 63 ký tự (ví dụ eoffice)
   */
  clientId: string;
  /**
   * A name people recognise it by
   *
   * [vi] Tên dễ nhận biết
   */
  name: string;
  /**
   * Its own rate limit (requests per window, 1 to 100,000); default: the gateway’s
   *
   * [vi] Giới hạn tần suất riêng (số yêu cầu mỗi khung thời gian, từ 1 đến 100.000); mặc định: theo cổng
   */
  requestsPerWindow?: number | null | undefined;
  /**
   * What it may do, at least one: diary:intake, analytics:read
   *
   * [vi] Những việc được phép làm, ít nhất một: diary:intake, analytics:read
   */
  scopes: Array<string>;
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
 * What month to reopen, for whom, until when
 *
 * [vi] Mở lại tháng nào, cho ai, đến khi nào
 */
export type ReopenPeriodInput = {
  /**
   * Only for this agency; null: for all
   *
   * [vi] Chỉ cho cơ quan này; null: cho tất cả
   */
  agencyId?: string | null | undefined;
  /**
   * Any day of the month to reopen
   *
   * [vi] Một ngày bất kỳ của tháng cần mở lại
   */
  month: string;
  /**
   * Why (audited)
   *
   * [vi] Lý do (có ghi vết)
   */
  reason: string;
  /**
   * When it closes again
   *
   * [vi] Thời điểm tháng bị khóa lại
   */
  until: string;
};

/**
 * A request to add, change or retire a work item the requesting agency does not own
 *
 * [vi] Đề nghị thêm, sửa hoặc ngừng sử dụng một đầu công việc mà cơ quan đề nghị không quản lý
 */
export type RequestCatalogueChangeInput = {
  /**
   * What it asks for
   *
   * [vi] Nội dung đề nghị
   */
  kind: CatalogueChangeKind;
  /**
   * ADD: the new item’s fields (code, name, group B or D, unit, standardMinutes, coefficient…); CHANGE: the fields to change
   *
   * [vi] ADD: các trường của đầu công việc mới (code, name, nhóm B hoặc D, unit, standardMinutes, coefficient…); CHANGE: các trường cần sửa
   */
  proposal?: Record<string, unknown> | null | undefined;
  /**
   * Why the agency asks (required)
   *
   * [vi] Lý do đề nghị (bắt buộc)
   */
  reason: string;
  /**
   * The agency asking (its admins may ask)
   *
   * [vi] Cơ quan đề nghị (quản trị viên của cơ quan được gửi)
   */
  requestingAgencyId: string;
  /**
   * ADD: the sector of the new item
   *
   * [vi] ADD: ngành của đầu công việc mới
   */
  sectorId?: string | null | undefined;
  /**
   * CHANGE and RETIRE: the item; left out for ADD
   *
   * [vi] CHANGE và RETIRE: đầu công việc; bỏ trống với ADD
   */
  workItemId?: string | null | undefined;
};

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
 * Which role grants to list, among those the caller may read
 *
 * [vi] Điều kiện lọc các lần giao vai trò, trong số người gọi được xem
 */
export type RoleGrantFilter = {
  /**
   * Grants over this agency
   *
   * [vi] Các vai trò phụ trách cơ quan này
   */
  agencyId?: string | null | undefined;
  /**
   * Grants to this person
   *
   * [vi] Các vai trò giao cho người này
   */
  employeeId?: string | null | undefined;
  /**
   * Also the grants ended or revoked (default: only those holding today)
   *
   * [vi] Gồm cả các vai trò đã hết hạn hoặc bị thu hồi (mặc định: chỉ các vai trò còn hiệu lực hôm nay)
   */
  includeEnded?: boolean | null | undefined;
};

/**
 * A level of general education; each has its own weekly teaching norms (Circular 05/2025/TT-BGDĐT)
 *
 * [vi] Cấp học phổ thông; mỗi cấp có định mức tiết dạy hằng tuần riêng (Thông tư 05/2025/TT-BGDĐT)
 */
export type SchoolLevel =
  /**
   * Lower secondary school (grades 6–9)
   *
   * [vi] Trung học cơ sở (lớp 6–9)
   */
  | 'LOWER_SECONDARY'
  /**
   * Primary school (grades 1–5)
   *
   * [vi] Tiểu học (lớp 1–5)
   */
  | 'PRIMARY'
  /**
   * Upper secondary school (grades 10–12)
   *
   * [vi] Trung học phổ thông (lớp 10–12)
   */
  | 'UPPER_SECONDARY';

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
 * A person and the dates to score them on (inclusive, at most 366 days)
 *
 * [vi] Một người và khoảng ngày để tính điểm (tính cả hai đầu, tối đa 366 ngày)
 */
export type ScoringFactsRange = {
  /**
   * The person’s employee id
   *
   * [vi] Mã nhân sự
   */
  employeeId: string;
  /**
   * First day
   *
   * [vi] Ngày đầu
   */
  from: string;
  /**
   * Last day (inclusive)
   *
   * [vi] Ngày cuối (tính cả ngày này)
   */
  to: string;
};

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
 * A new version of the scoring policy: a preset with the province’s changes
 *
 * [vi] Phiên bản mới của chính sách chấm điểm: một bộ mặc định cùng các điểm tỉnh thay đổi
 */
export type ScoringPolicyInput = {
  /**
   * The first day it is in force
   *
   * [vi] Ngày bắt đầu có hiệu lực
   */
  effectiveFrom: string;
  /**
   * Rules that differ from the preset, e.g. { "overdueGate": 0.15 }; absent: the preset as it is
   *
   * [vi] Các quy tắc khác với bộ mặc định, ví dụ { "overdueGate": 0.15 }; bỏ trống: giữ nguyên bộ mặc định
   */
  overrides?: Record<string, unknown> | null | undefined;
  /**
   * DECREE_335 (bands 90/70/50) or KHANH_HOA (90/>80/>50)
   *
   * [vi] DECREE_335 (khung điểm 90/70/50) hoặc KHANH_HOA (90/>80/>50)
   */
  preset: string;
  /**
   * Why: kept in the record (audited)
   *
   * [vi] Lý do: được lưu và ghi vết
   */
  reason: string;
};

/**
 * New diary rules from a month on (province admins; audited)
 *
 * [vi] Quy định nhật ký mới từ một tháng trở đi (quản trị tỉnh; có ghi vết)
 */
export type SetDiaryPolicyInput = {
  /**
   * A month closes at the start of this day of the following month (1–28)
   *
   * [vi] Tháng bị khóa từ đầu ngày này của tháng sau (1–28)
   */
  closeDay: number;
  /**
   * The first day of a month, from the current month on, after the latest version starts
   *
   * [vi] Ngày đầu của một tháng, từ tháng hiện tại trở đi, sau ngày bắt đầu của phiên bản mới nhất
   */
  effectiveFrom: string;
  /**
   * Claims above this multiple of standard time × quantity are flagged (1–99.99)
   *
   * [vi] Kê khai vượt bội số này của thời gian chuẩn × số lượng bị gắn cảnh báo (1–99,99)
   */
  farAboveFactor: number;
  /**
   * Extra days after the close day (0–15)
   *
   * [vi] Số ngày gia hạn sau ngày khóa (0–15)
   */
  graceDays: number;
  /**
   * Working days after the work date before an entry is a late declaration (0–20)
   *
   * [vi] Số ngày làm việc sau ngày làm việc của mục trước khi bị coi là kê khai muộn (0–20)
   */
  lateAfterWorkingDays: number;
  /**
   * Why the rules change (kept in the audit trail)
   *
   * [vi] Lý do thay đổi quy định (lưu trong nhật ký ghi vết)
   */
  reason: string;
  /**
   * The standard day when the position sets none (60–720 minutes)
   *
   * [vi] Ngày công chuẩn khi vị trí việc làm không quy định (60–720 phút)
   */
  standardDayMinutes: number;
};

/**
 * New province limits from a date; each minimum at most its maximum
 *
 * [vi] Giới hạn mới của tỉnh từ một ngày; mỗi giá trị nhỏ nhất không vượt giá trị lớn nhất
 */
export type SetProvinceLimitsInput = {
  /**
   * Greatest coefficient a work item may have
   *
   * [vi] Hệ số tính điểm lớn nhất của một đầu công việc
   */
  coefficientMax: number;
  /**
   * Smallest coefficient a work item may have
   *
   * [vi] Hệ số tính điểm nhỏ nhất của một đầu công việc
   */
  coefficientMin: number;
  /**
   * First day in force: after the start of the latest limits
   *
   * [vi] Ngày bắt đầu hiệu lực: sau ngày bắt đầu của bộ giới hạn gần nhất
   */
  effectiveFrom: string;
  /**
   * Most standard minutes a sector standard may expect in a month
   *
   * [vi] Số phút chuẩn nhiều nhất mà chuẩn KPI của ngành được đặt cho một tháng
   */
  expectedMinutesMax: number;
  /**
   * Fewest standard minutes a sector standard may expect in a month
   *
   * [vi] Số phút chuẩn ít nhất mà chuẩn KPI của ngành được đặt cho một tháng
   */
  expectedMinutesMin: number;
  /**
   * Why: kept in the audit trail
   *
   * [vi] Lý do: được lưu trong nhật ký thay đổi
   */
  reason?: string | null | undefined;
  /**
   * Longest standard time one unit may have, in minutes (above 0)
   *
   * [vi] Thời gian chuẩn dài nhất cho một đơn vị tính, tính bằng phút (lớn hơn 0)
   */
  standardMinutesMax: number;
  /**
   * Greatest weight of one indicator group, in percent (at most 100)
   *
   * [vi] Trọng số lớn nhất của một nhóm chỉ tiêu, tính bằng phần trăm (tối đa 100)
   */
  weightMax: number;
  /**
   * Smallest weight of one indicator group, in percent (7 of them must be able to sum to 100)
   *
   * [vi] Trọng số nhỏ nhất của một nhóm chỉ tiêu, tính bằng phần trăm (7 nhóm phải cộng được thành 100)
   */
  weightMin: number;
};

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
 * A mapping of a client’s document type to a work item
 *
 * [vi] Ánh xạ một loại văn bản của hệ thống tích hợp với một đầu công việc
 */
export type SetWorkItemMappingInput = {
  /**
   * The agency it applies to; null: the province-wide default
   *
   * [vi] Cơ quan áp dụng; null: mặc định toàn tỉnh
   */
  agencyId?: string | null | undefined;
  /**
   * The integration client’s subject, e.g. client:eoffice
   *
   * [vi] Định danh của hệ thống tích hợp, ví dụ client:eoffice
   */
  client: string;
  /**
   * The client’s document type
   *
   * [vi] Loại văn bản của hệ thống tích hợp
   */
  documentType: string;
  /**
   * The work item it counts as
   *
   * [vi] Đầu công việc tương ứng
   */
  workItemId: string;
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
 * Which of the three statuses of public service a person holds (cán bộ, công chức, viên chức)
 *
 * [vi] Người đó là cán bộ, công chức hay viên chức
 */
export type StaffType =
  /**
   * Cadre (cán bộ): elected or appointed to a term of office
   *
   * [vi] Cán bộ: được bầu cử, phê chuẩn, bổ nhiệm giữ chức vụ theo nhiệm kỳ
   */
  | 'CADRE'
  /**
   * Civil servant (công chức): recruited into a civil-service rank and post
   *
   * [vi] Công chức: được tuyển dụng, bổ nhiệm vào ngạch, chức vụ, chức danh
   */
  | 'CIVIL_SERVANT'
  /**
   * Public employee (viên chức): works under contract in a public-service unit
   *
   * [vi] Viên chức: làm việc theo hợp đồng tại đơn vị sự nghiệp công lập
   */
  | 'PUBLIC_EMPLOYEE';

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
 * Who reported to one of these supervisors in some placement overlapping a range of days
 *
 * [vi] Những người chịu sự phụ trách của một trong các người này trong một lần bố trí giao với khoảng ngày đã cho
 */
export type SupervisionFilter = {
  /**
   * First day of the range
   *
   * [vi] Ngày đầu của khoảng
   */
  from: string;
  /**
   * The supervisors (at most 500)
   *
   * [vi] Những người phụ trách (tối đa 500)
   */
  supervisorIds: Array<string>;
  /**
   * Last day of the range (not before from)
   *
   * [vi] Ngày cuối của khoảng (không trước ngày đầu)
   */
  to: string;
};

/**
 * One period taught, as a school management system knows it
 *
 * [vi] Một tiết đã dạy, theo dữ liệu của hệ thống quản lý trường học
 */
export type TaughtPeriodInput = {
  /**
   * A class of the school (SchoolClass.id)
   *
   * [vi] Một lớp của trường (SchoolClass.id)
   */
  classId: string;
  /**
   * Its id in the delivering system: delivering it again writes nothing
   *
   * [vi] Mã của tiết trong hệ thống gửi: gửi lại cùng mã thì không ghi thêm
   */
  externalId: string;
  /**
   * Its place in the day’s timetable (tiết 1–10): one lesson per class, day and period
   *
   * [vi] Tiết thứ mấy trong ngày (tiết 1–10): mỗi lớp, mỗi ngày, mỗi tiết chỉ có một giờ dạy
   */
  periodNumber: number;
  /**
   * The subject taught
   *
   * [vi] Môn đã dạy
   */
  subject: string;
  /**
   * Taught in place of this teacher (dạy thay), another teacher on the roster; null for one’s own lesson
   *
   * [vi] Dạy thay giáo viên này (một giáo viên khác trong danh sách của trường); null nếu là tiết của chính mình
   */
  substituteForId?: string | null | undefined;
  /**
   * The day taught: not after today, in a term of the class’s school year
   *
   * [vi] Ngày dạy: không sau hôm nay, thuộc một học kỳ của năm học của lớp
   */
  taughtOn: string;
  /**
   * The employee id of the teacher who taught it, on the school’s roster
   *
   * [vi] Mã cán bộ của giáo viên đã dạy, có trong danh sách của trường
   */
  teacherId: string;
};

/**
 * What became of one delivered period
 *
 * [vi] Kết quả xử lý một tiết dạy được gửi đến
 */
export type TaughtPeriodOutcome =
  /**
   * Delivered before by the same system with the same external id: nothing is written again
   *
   * [vi] Đã được cùng hệ thống gửi trước đó với cùng mã bên ngoài: không ghi lại lần nữa
   */
  | 'ALREADY_RECORDED'
  /**
   * Written now; periodId is its id
   *
   * [vi] Đã ghi nhận lần này; periodId là mã của tiết
   */
  | 'RECORDED'
  /**
   * Not written; code and message say why
   *
   * [vi] Không được ghi; code và message cho biết lý do
   */
  | 'REJECTED';

/**
 * What a person does at a school, as far as the teaching norm is concerned: each role has its own weekly norm
 *
 * [vi] Chức danh tại trường xét theo định mức tiết dạy: mỗi chức danh có định mức hằng tuần riêng
 */
export type TeachingRole =
  /**
   * A deputy principal: a few periods a week
   *
   * [vi] Phó hiệu trưởng: dạy một số ít tiết mỗi tuần
   */
  | 'DEPUTY_PRINCIPAL'
  /**
   * The principal: a few periods a week
   *
   * [vi] Hiệu trưởng: dạy một số ít tiết mỗi tuần
   */
  | 'PRINCIPAL'
  /**
   * A teacher
   *
   * [vi] Giáo viên
   */
  | 'TEACHER';

/**
 * An assignment against its deadline
 *
 * [vi] Tiến độ của việc được giao so với hạn
 */
export type Timeliness =
  /**
   * Withdrawn: neither on time nor late
   *
   * [vi] Đã hủy: không tính đúng hạn hay trễ hạn
   */
  | 'CANCELLED'
  /**
   * Submitted after its deadline
   *
   * [vi] Báo cáo hoàn thành sau hạn
   */
  | 'LATE'
  /**
   * Submitted on or before its (effective) deadline
   *
   * [vi] Báo cáo hoàn thành đúng hoặc trước hạn (hạn có hiệu lực)
   */
  | 'ON_TIME'
  /**
   * Unfinished and its deadline has passed
   *
   * [vi] Chưa xong và đã quá hạn
   */
  | 'OVERDUE'
  /**
   * Unfinished, its deadline not yet passed
   *
   * [vi] Chưa xong, chưa đến hạn
   */
  | 'PENDING';

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
 * New values for an entry: omitted fields stay as they are
 *
 * [vi] Giá trị mới của một mục nhật ký: trường bỏ trống giữ nguyên
 */
export type UpdateDiaryEntryInput = {
  /**
   * Minutes actually spent, more than 0
   *
   * [vi] Số phút thực tế đã làm, lớn hơn 0
   */
  actualMinutes?: number | null | undefined;
  /**
   * The assignment it advances; null clears it
   *
   * [vi] Việc được giao mà mục này thực hiện; null để bỏ liên kết
   */
  assignmentId?: string | null | undefined;
  /**
   * Evidence reference; null clears it
   *
   * [vi] Minh chứng; null để xóa
   */
  evidenceRef?: string | null | undefined;
  /**
   * A note; null clears it
   *
   * [vi] Ghi chú; null để xóa
   */
  note?: string | null | undefined;
  /**
   * Change an approved entry or one in a closed month (agency or province admins; audited)
   *
   * [vi] Sửa mục đã duyệt hoặc trong tháng đã khóa (quản trị cơ quan hoặc tỉnh; có ghi vết)
   */
  override?: boolean | null | undefined;
  /**
   * How many units, more than 0
   *
   * [vi] Số lượng đơn vị, lớn hơn 0
   */
  quantity?: number | null | undefined;
  /**
   * Why; required with an override
   *
   * [vi] Lý do; bắt buộc khi dùng override
   */
  reason?: string | null | undefined;
  /**
   * The working day done
   *
   * [vi] Ngày làm việc
   */
  workDate?: string | null | undefined;
  /**
   * The catalogue work item done
   *
   * [vi] Mã đầu công việc đã làm
   */
  workItemId?: string | null | undefined;
};

/**
 * A work event from another system (E-Office first)
 *
 * [vi] Một sự kiện công việc từ hệ thống khác (trước hết là E-Office)
 */
export type WorkEventInput = {
  /**
   * Minutes spent; defaults to the item’s standard time × quantity
   *
   * [vi] Số phút đã làm; mặc định bằng thời gian chuẩn của đầu công việc × số lượng
   */
  actualMinutes?: number | null | undefined;
  /**
   * The work date
   *
   * [vi] Ngày làm việc
   */
  date: string;
  /**
   * Mapped to a work item by the agency’s mapping table
   *
   * [vi] Được quy đổi thành đầu công việc theo bảng ánh xạ của cơ quan
   */
  documentType: string;
  /**
   * The person’s employee code
   *
   * [vi] Mã nhân sự của người thực hiện
   */
  employeeCode: string;
  /**
   * Evidence, e.g. the document number
   *
   * [vi] Minh chứng, ví dụ số văn bản
   */
  evidence?: string | null | undefined;
  /**
   * The sender’s id for the event: the same id twice is one entry
   *
   * [vi] Mã sự kiện của hệ thống gửi: cùng một mã gửi hai lần chỉ tạo một mục
   */
  externalId: string;
  /**
   * How many units, more than 0
   *
   * [vi] Số lượng đơn vị, lớn hơn 0
   */
  quantity: number;
};

/**
 * What became of a work event sent by E-Office
 *
 * [vi] Kết quả xử lý một sự kiện công việc do E-Office gửi
 */
export type WorkEventStatus =
  /**
   * Written as a diary entry
   *
   * [vi] Đã ghi thành mục nhật ký
   */
  | 'CREATED'
  /**
   * Already received, or the same document already recorded
   *
   * [vi] Đã nhận trước đó, hoặc văn bản đã được ghi
   */
  | 'DUPLICATE'
  /**
   * Not written: its reason and code say why
   *
   * [vi] Không ghi: lý do và mã lỗi cho biết vì sao
   */
  | 'REJECTED';

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

/**
 * Whether a version is in force: an agency’s own items (group C) wait for the head of the agency
 *
 * [vi] Phiên bản đã có hiệu lực hay chưa: đầu công việc riêng của cơ quan (nhóm C) chờ thủ trưởng cơ quan phê duyệt
 */
export type WorkItemVersionApproval =
  /**
   * In force from its date: what diary entries of those dates earn
   *
   * [vi] Có hiệu lực từ ngày của nó: là căn cứ tính điểm cho nhật ký của những ngày đó
   */
  | 'APPROVED'
  /**
   * Waiting for the head of the owning agency; not in force, not loggable
   *
   * [vi] Đang chờ thủ trưởng cơ quan sở hữu phê duyệt; chưa có hiệu lực, chưa được ghi nhật ký
   */
  | 'PENDING'
  /**
   * Refused by the head; kept for the record, never in force
   *
   * [vi] Bị thủ trưởng từ chối; được lưu lại, không bao giờ có hiệu lực
   */
  | 'REJECTED'
  /**
   * Replaced by a newer proposal before a decision, or dropped when the item was retired
   *
   * [vi] Bị thay bằng đề xuất mới hơn trước khi có quyết định, hoặc bị hủy khi đầu công việc ngừng sử dụng
   */
  | 'WITHDRAWN';

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

export type ItemFragment = { id: string, code: string, versions: Array<{ id: string, version: number, approval: WorkItemVersionApproval, effectiveFrom: string, effectiveTo: string | null, standardMinutes: number }>, pendingVersion: { id: string, version: number, approval: WorkItemVersionApproval, effectiveFrom: string, standardMinutes: number } | null, history: Array<{ action: string, actor: string, reason: string | null, details: Record<string, unknown> }> };

export type ApprovalCreateWorkItemItemMutationVariables = Exact<{
  input: CreateWorkItemInput;
}>;


export type ApprovalCreateWorkItemItemMutation = { createWorkItem: { id: string, code: string, versions: Array<{ id: string, version: number, approval: WorkItemVersionApproval, effectiveFrom: string, effectiveTo: string | null, standardMinutes: number }>, pendingVersion: { id: string, version: number, approval: WorkItemVersionApproval, effectiveFrom: string, standardMinutes: number } | null, history: Array<{ action: string, actor: string, reason: string | null, details: Record<string, unknown> }> } };

export type ApprovalReviseWorkItemItemMutationVariables = Exact<{
  id: string;
  input: ReviseWorkItemInput;
}>;


export type ApprovalReviseWorkItemItemMutation = { reviseWorkItem: { id: string, code: string, versions: Array<{ id: string, version: number, approval: WorkItemVersionApproval, effectiveFrom: string, effectiveTo: string | null, standardMinutes: number }>, pendingVersion: { id: string, version: number, approval: WorkItemVersionApproval, effectiveFrom: string, standardMinutes: number } | null, history: Array<{ action: string, actor: string, reason: string | null, details: Record<string, unknown> }> } };

export type ApprovalApproveWorkItemVersionItemMutationVariables = Exact<{
  id: string;
  reason?: string | null | undefined;
}>;


export type ApprovalApproveWorkItemVersionItemMutation = { approveWorkItemVersion: { id: string, code: string, versions: Array<{ id: string, version: number, approval: WorkItemVersionApproval, effectiveFrom: string, effectiveTo: string | null, standardMinutes: number }>, pendingVersion: { id: string, version: number, approval: WorkItemVersionApproval, effectiveFrom: string, standardMinutes: number } | null, history: Array<{ action: string, actor: string, reason: string | null, details: Record<string, unknown> }> } };

export type ApprovalRejectWorkItemVersionItemMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type ApprovalRejectWorkItemVersionItemMutation = { rejectWorkItemVersion: { id: string, code: string, versions: Array<{ id: string, version: number, approval: WorkItemVersionApproval, effectiveFrom: string, effectiveTo: string | null, standardMinutes: number }>, pendingVersion: { id: string, version: number, approval: WorkItemVersionApproval, effectiveFrom: string, standardMinutes: number } | null, history: Array<{ action: string, actor: string, reason: string | null, details: Record<string, unknown> }> } };

export type ApprovalRecordDiaryEntryMutationVariables = Exact<{
  input: RecordDiaryEntryInput;
}>;


export type ApprovalRecordDiaryEntryMutation = { recordDiaryEntry: { entry: { id: string, standardMinutes: number, workItemVersion: number } } };

export type ApprovalMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalMeQuery = { me: { loggableWorkItems: Array<{ code: string }>, position: { workItems: Array<{ code: string }> } | null } | null };

export type ApprovalWorkItemByCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalWorkItemByCodeQuery = { workItemByCode: { versions: Array<{ approval: WorkItemVersionApproval }>, pendingVersion: { id: string } | null } | null };

export type ApprovalSetPositionWorkItemsMutationVariables = Exact<{
  positionId: string;
  ids: Array<string> | string;
}>;


export type ApprovalSetPositionWorkItemsMutation = { setPositionWorkItems: Array<{ code: string }> };

export type ApprovalWorkItemQueryVariables = Exact<{
  id: string;
}>;


export type ApprovalWorkItemQuery = { workItem: { asOf: { version: number } | null } | null };

export type ApprovalWorkItemsAwaitingApprovalQueryVariables = Exact<{
  agency: string;
}>;


export type ApprovalWorkItemsAwaitingApprovalQuery = { workItemsAwaitingApproval: Array<{ code: string, name: string, pendingVersion: { id: string } | null }> };

export type ApprovalImportCatalogueMutationVariables = Exact<{
  content: string;
  agency: string;
}>;


export type ApprovalImportCatalogueMutation = { importCatalogue: { applied: boolean, created: number } };

export type ApprovalWorkItemByCode2QueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalWorkItemByCode2Query = { workItemByCode: { id: string, versions: Array<{ id: string }>, pendingVersion: { id: string } | null } | null };

export type ApprovalRetireWorkItemMutationVariables = Exact<{
  id: string;
}>;


export type ApprovalRetireWorkItemMutation = { retireWorkItem: { status: WorkItemStatus } };

export type CatalogueMeQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueMeQuery = { me: { fullName: string, position: { title: string, isLeadership: boolean, workItems: Array<{ code: string, group: WorkItemGroup }> } | null, loggableWorkItems: Array<{ code: string }> } | null };

export type CatalogueMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueMe2Query = { me: { position: { isLeadership: boolean, workItems: Array<{ code: string, group: WorkItemGroup }> } | null } | null };

export type CatalogueAgencyByCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueAgencyByCodeQuery = { agencyByCode: { name: string, sectorCodes: Array<string>, sectors: Array<{ code: string }>, ownedSectors: Array<{ code: string }>, ownWorkItems: Array<{ code: string, group: WorkItemGroup }> } | null };

export type CatalogueWorkItemQueryVariables = Exact<{
  id: string;
}>;


export type CatalogueWorkItemQuery = { workItem: { standardMinutes: number, before: { version: number, standardMinutes: number, effectiveTo: string | null } | null, after: { version: number, standardMinutes: number } | null, ancient: { version: number } | null, versions: Array<{ version: number }> } | null };

export type CatalogueWorkItemByCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueWorkItemByCodeQuery = { workItemByCode: { code: string, name: string, unit: UnitOfMeasure } | null };

export type CatalogueWorkItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueWorkItemsQuery = { workItems: { totalCount: number, nodes: Array<{ code: string, group: WorkItemGroup, sector: { code: string } }> } };

export type CatalogueWorkItems2QueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueWorkItems2Query = { workItems: { totalCount: number } };

export type CatalogueCreateWorkItemMutationVariables = Exact<{
  input: CreateWorkItemInput;
}>;


export type CatalogueCreateWorkItemMutation = { createWorkItem: { code: string, group: WorkItemGroup, ownerAgency: { id: string } | null, current: { version: number, standardMinutes: number, coefficient: number, effectiveFrom: string }, history: Array<{ action: string, actor: string, reason: string | null }> } };

export type CatalogueRetireWorkItemMutationVariables = Exact<{
  id: string;
}>;


export type CatalogueRetireWorkItemMutation = { retireWorkItem: { code: string } };

export type CatalogueReviseWorkItemMutationVariables = Exact<{
  id: string;
  input: ReviseWorkItemInput;
}>;


export type CatalogueReviseWorkItemMutation = { reviseWorkItem: { versions: Array<{ version: number, effectiveFrom: string, effectiveTo: string | null, standardMinutes: number, coefficient: number, name: string }> } };

export type CatalogueRetireWorkItem2MutationVariables = Exact<{
  id: string;
}>;


export type CatalogueRetireWorkItem2Mutation = { retireWorkItem: { status: WorkItemStatus, retiredFrom: string | null, asOf: { version: number } | null, after: { version: number } | null } };

export type CatalogueReviseWorkItem2MutationVariables = Exact<{
  id: string;
}>;


export type CatalogueReviseWorkItem2Mutation = { reviseWorkItem: { code: string } };

export type CatalogueSetSectorKpiStandardMutationVariables = Exact<{
  input: SetSectorKpiStandardInput;
}>;


export type CatalogueSetSectorKpiStandardMutation = { setSectorKpiStandard: { positionCategory: PositionCategory, effectiveFrom: string, expectedMinutesPerMonth: number, weights: { quantity: number, overdue: number } } };

export type CatalogueSectorByCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueSectorByCodeQuery = { sectorByCode: { kpiStandards: Array<{ positionCategory: PositionCategory, expectedMinutesPerMonth: number }> } | null };

export type CatalogueSetPositionWorkItemsMutationVariables = Exact<{
  positionId: string;
  ids: Array<string> | string;
}>;


export type CatalogueSetPositionWorkItemsMutation = { setPositionWorkItems: Array<{ code: string }> };

export type CatalogueJobPositionQueryVariables = Exact<{
  id: string;
}>;


export type CatalogueJobPositionQuery = { jobPosition: { workItems: Array<{ code: string }> } | null };

export type CatalogueRequestCatalogueChangeMutationVariables = Exact<{
  input: RequestCatalogueChangeInput;
}>;


export type CatalogueRequestCatalogueChangeMutation = { requestCatalogueChange: { id: string, status: CatalogueChangeStatus, sector: { code: string } } };

export type CatalogueDecideCatalogueChangeMutationVariables = Exact<{
  input: DecideChangeRequestInput;
}>;


export type CatalogueDecideCatalogueChangeMutation = { decideCatalogueChange: { status: CatalogueChangeStatus, decisionNote: string | null, workItem: { code: string, asOf: { standardMinutes: number } | null } | null, history: Array<{ action: string }> } };

export type CatalogueCatalogueChangeRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueCatalogueChangeRequestsQuery = { catalogueChangeRequests: Array<{ id: string }> };

export type CatalogueWorkItemByCode2QueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueWorkItemByCode2Query = { workItemByCode: { status: WorkItemStatus } | null };

export type CatalogueImportCatalogueMutationVariables = Exact<{
  format: SheetFormat;
  content: string;
  dryRun: boolean;
  from: string;
}>;


export type CatalogueImportCatalogueMutation = { importCatalogue: { applied: boolean, created: number, revised: number, unchanged: number, invalid: number, rows: Array<{ row: number, code: string, action: string, errors: Array<string> }> } };

export type CatalogueStartImportJobMutationVariables = Exact<{
  content: string;
  from: string;
}>;


export type CatalogueStartImportJobMutation = { startCatalogueImportJob: { id: string, kind: string, scope: string, state: JobState } };

export type CatalogueImportJobQueryVariables = Exact<{
  id: string;
}>;


export type CatalogueImportJobQuery = { catalogueJob: { state: JobState, attempts: number, summary: string | null, result: Record<string, unknown> | null, errors: Array<{ code: string }> } | null };

export type CatalogueExportCatalogueQueryVariables = Exact<{
  sectorId: string;
}>;


export type CatalogueExportCatalogueQuery = { exportCatalogue: { content: string, rows: number } };

export type CatalogueExportCatalogue2QueryVariables = Exact<{
  sectorId: string;
}>;


export type CatalogueExportCatalogue2Query = { exportCatalogue: { filename: string, encoding: string, content: string, rows: number } };

export type CatalogueWorkItemByCode3QueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueWorkItemByCode3Query = { workItemByCode: { asOf: { name: string, standardMinutes: number } | null } | null };

export type CatalogueKpiHandbookQueryVariables = Exact<{
  id: string;
}>;


export type CatalogueKpiHandbookQuery = { kpiHandbook: { filename: string, contentType: string, content: string, rows: number } };

export type CatalogueKpiHandbook2QueryVariables = Exact<{
  id: string;
}>;


export type CatalogueKpiHandbook2Query = { kpiHandbook: { encoding: string, content: string, rows: number } };

export type CatalogueExportEverythingQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueExportEverythingQuery = { exportCatalogue: { content: string, rows: number } };

export type CatalogueHandbookSheetQueryVariables = Exact<{
  id: string;
}>;


export type CatalogueHandbookSheetQuery = { kpiHandbook: { content: string } };

export type CatalogueCreateWorkItem2MutationVariables = Exact<{
  input: CreateWorkItemInput;
}>;


export type CatalogueCreateWorkItem2Mutation = { createWorkItem: { code: string } };

export type CatalogueNearDuplicateWorkItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueNearDuplicateWorkItemsQuery = { nearDuplicateWorkItems: Array<{ similarity: number, a: { code: string }, b: { code: string } }> };

export type CatalogueWorkItems3QueryVariables = Exact<{
  first: number;
}>;


export type CatalogueWorkItems3Query = { workItems: { nodes: Array<{ code: string, name: string, standardMinutes: number, sector: { code: string, owner: { id: string } }, asOf: { coefficient: number } | null, versions: Array<{ version: number }> }> } };

export type CatalogueEmployeesQueryVariables = Exact<{
  first: number;
}>;


export type CatalogueEmployeesQuery = { employees: { nodes: Array<{ code: string, position: { title: string } | null, loggableWorkItems: Array<{ code: string }> }> } };

export type CatalogueSetProvinceLimitsMutationVariables = Exact<{
  input: SetProvinceLimitsInput;
}>;


export type CatalogueSetProvinceLimitsMutation = { setProvinceLimits: { id: string, effectiveFrom: string, effectiveTo: string | null, coefficientMax: number, recordedBy: string, reason: string | null } };

export type CatalogueProvinceLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueProvinceLimitsQuery = { provinceLimits: Array<{ effectiveFrom: string, effectiveTo: string | null, coefficientMax: number }> };

export type CatalogueCreateWorkItem3MutationVariables = Exact<{
  input: CreateWorkItemInput;
}>;


export type CatalogueCreateWorkItem3Mutation = { createWorkItem: { code: string } };

export type HygieneCatalogueHygieneQueryVariables = Exact<{
  from: string;
  to: string;
  filter?: CatalogueHygieneFilter | null | undefined;
  rarelyBelow?: number | null | undefined;
  farFactor?: number | null | undefined;
  minEntries?: number | null | undefined;
}>;


export type HygieneCatalogueHygieneQuery = { catalogueHygiene: { from: string, to: string, itemsInForce: number, minEntries: number, neverUsed: Array<{ code: string }>, rarelyUsed: Array<{ entries: number, employees: number, workItem: { code: string } }>, farFromStandard: Array<{ entries: number, actualMinutes: number, standardMinutes: number, actualToStandard: number, workItem: { code: string } }> } };

export type HygieneRetireWorkItemMutationVariables = Exact<{
  id: string;
}>;


export type HygieneRetireWorkItemMutation = { retireWorkItem: { status: WorkItemStatus } };

export type AssignmentFieldsFragment = { id: string, title: string, status: AssignmentStatus, deadline: string, effectiveDeadline: string, timeliness: Timeliness, workingDaysLate: number, workingDaysLeft: number | null, expectedQuantity: number, quantityDone: number | null, quality: QualityRating | null, majorErrors: number, excusedErrors: number, delays: number, excusedDelays: number, lead: { id: string, fullName: string }, assigner: { id: string }, coOperators: Array<{ id: string, fullName: string }>, workItem: { id: string, code: string }, recorded: { entries: number, quantity: number }, events: Array<{ action: AssignmentAction, fromStatus: AssignmentStatus | null, toStatus: AssignmentStatus, actor: string, comment: string | null, details: Record<string, unknown> | null }> };

export type AssignmentsAssignMutationVariables = Exact<{
  input: AssignWorkInput;
}>;


export type AssignmentsAssignMutation = { assignWork: { id: string, title: string, status: AssignmentStatus, deadline: string, effectiveDeadline: string, timeliness: Timeliness, workingDaysLate: number, workingDaysLeft: number | null, expectedQuantity: number, quantityDone: number | null, quality: QualityRating | null, majorErrors: number, excusedErrors: number, delays: number, excusedDelays: number, lead: { id: string, fullName: string }, assigner: { id: string }, coOperators: Array<{ id: string, fullName: string }>, workItem: { id: string, code: string }, recorded: { entries: number, quantity: number }, events: Array<{ action: AssignmentAction, fromStatus: AssignmentStatus | null, toStatus: AssignmentStatus, actor: string, comment: string | null, details: Record<string, unknown> | null }> } };

export type AssignmentsAcceptMutationVariables = Exact<{
  id: string;
}>;


export type AssignmentsAcceptMutation = { result: { id: string, title: string, status: AssignmentStatus, deadline: string, effectiveDeadline: string, timeliness: Timeliness, workingDaysLate: number, workingDaysLeft: number | null, expectedQuantity: number, quantityDone: number | null, quality: QualityRating | null, majorErrors: number, excusedErrors: number, delays: number, excusedDelays: number, lead: { id: string, fullName: string }, assigner: { id: string }, coOperators: Array<{ id: string, fullName: string }>, workItem: { id: string, code: string }, recorded: { entries: number, quantity: number }, events: Array<{ action: AssignmentAction, fromStatus: AssignmentStatus | null, toStatus: AssignmentStatus, actor: string, comment: string | null, details: Record<string, unknown> | null }> } };

export type AssignmentsSubmitMutationVariables = Exact<{
  id: string;
  submit?: SubmitAssignmentInput | null | undefined;
}>;


export type AssignmentsSubmitMutation = { result: { id: string, title: string, status: AssignmentStatus, deadline: string, effectiveDeadline: string, timeliness: Timeliness, workingDaysLate: number, workingDaysLeft: number | null, expectedQuantity: number, quantityDone: number | null, quality: QualityRating | null, majorErrors: number, excusedErrors: number, delays: number, excusedDelays: number, lead: { id: string, fullName: string }, assigner: { id: string }, coOperators: Array<{ id: string, fullName: string }>, workItem: { id: string, code: string }, recorded: { entries: number, quantity: number }, events: Array<{ action: AssignmentAction, fromStatus: AssignmentStatus | null, toStatus: AssignmentStatus, actor: string, comment: string | null, details: Record<string, unknown> | null }> } };

export type AssignmentsCompleteMutationVariables = Exact<{
  id: string;
  input: CompleteAssignmentInput;
}>;


export type AssignmentsCompleteMutation = { result: { id: string, title: string, status: AssignmentStatus, deadline: string, effectiveDeadline: string, timeliness: Timeliness, workingDaysLate: number, workingDaysLeft: number | null, expectedQuantity: number, quantityDone: number | null, quality: QualityRating | null, majorErrors: number, excusedErrors: number, delays: number, excusedDelays: number, lead: { id: string, fullName: string }, assigner: { id: string }, coOperators: Array<{ id: string, fullName: string }>, workItem: { id: string, code: string }, recorded: { entries: number, quantity: number }, events: Array<{ action: AssignmentAction, fromStatus: AssignmentStatus | null, toStatus: AssignmentStatus, actor: string, comment: string | null, details: Record<string, unknown> | null }> } };

export type AssignmentsReturnMutationVariables = Exact<{
  id: string;
  comment: string;
}>;


export type AssignmentsReturnMutation = { result: { id: string, title: string, status: AssignmentStatus, deadline: string, effectiveDeadline: string, timeliness: Timeliness, workingDaysLate: number, workingDaysLeft: number | null, expectedQuantity: number, quantityDone: number | null, quality: QualityRating | null, majorErrors: number, excusedErrors: number, delays: number, excusedDelays: number, lead: { id: string, fullName: string }, assigner: { id: string }, coOperators: Array<{ id: string, fullName: string }>, workItem: { id: string, code: string }, recorded: { entries: number, quantity: number }, events: Array<{ action: AssignmentAction, fromStatus: AssignmentStatus | null, toStatus: AssignmentStatus, actor: string, comment: string | null, details: Record<string, unknown> | null }> } };

export type AssignmentsCancelMutationVariables = Exact<{
  id: string;
  comment: string;
}>;


export type AssignmentsCancelMutation = { result: { id: string, title: string, status: AssignmentStatus, deadline: string, effectiveDeadline: string, timeliness: Timeliness, workingDaysLate: number, workingDaysLeft: number | null, expectedQuantity: number, quantityDone: number | null, quality: QualityRating | null, majorErrors: number, excusedErrors: number, delays: number, excusedDelays: number, lead: { id: string, fullName: string }, assigner: { id: string }, coOperators: Array<{ id: string, fullName: string }>, workItem: { id: string, code: string }, recorded: { entries: number, quantity: number }, events: Array<{ action: AssignmentAction, fromStatus: AssignmentStatus | null, toStatus: AssignmentStatus, actor: string, comment: string | null, details: Record<string, unknown> | null }> } };

export type AssignmentsExtendMutationVariables = Exact<{
  id: string;
  deadline: string;
  comment: string;
}>;


export type AssignmentsExtendMutation = { result: { id: string, title: string, status: AssignmentStatus, deadline: string, effectiveDeadline: string, timeliness: Timeliness, workingDaysLate: number, workingDaysLeft: number | null, expectedQuantity: number, quantityDone: number | null, quality: QualityRating | null, majorErrors: number, excusedErrors: number, delays: number, excusedDelays: number, lead: { id: string, fullName: string }, assigner: { id: string }, coOperators: Array<{ id: string, fullName: string }>, workItem: { id: string, code: string }, recorded: { entries: number, quantity: number }, events: Array<{ action: AssignmentAction, fromStatus: AssignmentStatus | null, toStatus: AssignmentStatus, actor: string, comment: string | null, details: Record<string, unknown> | null }> } };

export type AssignmentsReassignMutationVariables = Exact<{
  id: string;
  leadId: string;
}>;


export type AssignmentsReassignMutation = { result: { id: string, title: string, status: AssignmentStatus, deadline: string, effectiveDeadline: string, timeliness: Timeliness, workingDaysLate: number, workingDaysLeft: number | null, expectedQuantity: number, quantityDone: number | null, quality: QualityRating | null, majorErrors: number, excusedErrors: number, delays: number, excusedDelays: number, lead: { id: string, fullName: string }, assigner: { id: string }, coOperators: Array<{ id: string, fullName: string }>, workItem: { id: string, code: string }, recorded: { entries: number, quantity: number }, events: Array<{ action: AssignmentAction, fromStatus: AssignmentStatus | null, toStatus: AssignmentStatus, actor: string, comment: string | null, details: Record<string, unknown> | null }> } };

export type AssignmentsMyAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AssignmentsMyAssignmentsQuery = { myAssignments: Array<{ id: string }> };

export type AssignmentsMyAssignments2QueryVariables = Exact<{ [key: string]: never; }>;


export type AssignmentsMyAssignments2Query = { myAssignments: Array<{ id: string }> };

export type AssignmentsMyAssignments3QueryVariables = Exact<{ [key: string]: never; }>;


export type AssignmentsMyAssignments3Query = { myAssignments: Array<{ id: string }> };

export type AssignmentsRecordDiaryEntryMutationVariables = Exact<{
  input: RecordDiaryEntryInput;
}>;


export type AssignmentsRecordDiaryEntryMutation = { recordDiaryEntry: { entry: { id: string, assignmentId: string | null } } };

export type AssignmentsAssignmentsToReviewQueryVariables = Exact<{ [key: string]: never; }>;


export type AssignmentsAssignmentsToReviewQuery = { assignmentsToReview: Array<{ id: string }> };

export type AssignmentsMyAssignments4QueryVariables = Exact<{ [key: string]: never; }>;


export type AssignmentsMyAssignments4Query = { myAssignments: Array<{ id: string }> };

export type AssignmentsMyAssignments5QueryVariables = Exact<{ [key: string]: never; }>;


export type AssignmentsMyAssignments5Query = { myAssignments: Array<{ id: string, timeliness: Timeliness, workingDaysLate: number }> };

export type AssignmentsAgencyQueryVariables = Exact<{
  unit: string;
  person: string;
}>;


export type AssignmentsAgencyQuery = { agency: { assignmentSummary: { assigned: number, completed: number, onTime: number, late: number, overdue: number, pending: number, cancelled: number, overdueShare: number | null } } | null, employee: { assignmentSummary: { onTime: number, late: number, overdue: number, overdueShare: number | null } } | null };

export type AssignmentsAgency2QueryVariables = Exact<{
  unit: string;
}>;


export type AssignmentsAgency2Query = { agency: { assignmentSummary: { assigned: number } } | null };

export type AssignmentsRecordDiaryEntry2MutationVariables = Exact<{
  input: RecordDiaryEntryInput;
}>;


export type AssignmentsRecordDiaryEntry2Mutation = { recordDiaryEntry: { entry: { id: string } } };

export type AssignmentsAgency3QueryVariables = Exact<{
  unit: string;
  person: string;
}>;


export type AssignmentsAgency3Query = { agency: { missingDiaries: Array<{ days: Array<string>, count: number, employee: { id: string, fullName: string } }> } | null, employee: { missingDiaryDays: Array<string> } | null };

export type AssignmentsAgency4QueryVariables = Exact<{
  unit: string;
}>;


export type AssignmentsAgency4Query = { agency: { reminders: Array<{ kind: ReminderKind, days: Array<string>, dueOn: string | null, message: string, employee: { id: string }, assignment: { id: string, title: string } | null }> } | null };

export type AssignmentsEmployeesQueryVariables = Exact<{
  first: number;
}>;


export type AssignmentsEmployeesQuery = { employees: { nodes: Array<{ id: string, assignments: Array<{ id: string, timeliness: Timeliness, lead: { id: string }, events: Array<{ action: AssignmentAction }>, recorded: { entries: number } }>, assignmentSummary: { overdueShare: number | null } }> } };

export type AssignmentsAgenciesQueryVariables = Exact<{
  first: number;
}>;


export type AssignmentsAgenciesQuery = { agencies: { nodes: Array<{ id: string, missingDiaries: Array<{ count: number }>, assignmentSummary: { assigned: number } }> } };

export type DiaryRecordDiaryEntryMutationVariables = Exact<{
  input: RecordDiaryEntryInput;
}>;


export type DiaryRecordDiaryEntryMutation = { recordDiaryEntry: { entry: { id: string, workDate: string, status: DiaryEntryStatus, standardMinutes: number, coefficient: number, workItemVersion: number, quantity: number, actualMinutes: number, workPoints: number, flags: Array<DiaryEntryFlag>, workItem: { id: string } }, warnings: Array<{ code: DiaryEntryFlag, message: string }> } };

export type DiaryMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DiaryMeQuery = { me: { diaryDay: { isWorkingDay: boolean, actualMinutes: number, earnedStandardMinutes: number, standardDayMinutes: number, warnings: Array<DiaryEntryFlag>, missing: boolean, entries: Array<{ id: string }> } } | null };

export type DiaryMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type DiaryMe2Query = { me: { diaryDay: { actualMinutes: number, warnings: Array<DiaryEntryFlag> } } | null };

export type DiaryCorrectEntryMutationVariables = Exact<{
  id: string;
  input: UpdateDiaryEntryInput;
}>;


export type DiaryCorrectEntryMutation = { updateDiaryEntry: { entry: { actualMinutes: number } } };

export type DiaryRecordLeaveMutationVariables = Exact<{
  input: RecordLeaveInput;
}>;


export type DiaryRecordLeaveMutation = { recordLeave: { id: string } };

export type DiaryMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type DiaryMe3Query = { me: { diaryPeriod: { workingDays: number, daysOnLeave: number, missingDays: Array<string>, availableStandardMinutes: number, actualMinutes: number, daysOverStandard: number } } | null };

export type DiaryYearOfEntriesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DiaryYearOfEntriesQuery = { me: { diaryEntries: Array<{ id: string }> } | null };

export type DiaryEmployeeQueryVariables = Exact<{
  id: string;
}>;


export type DiaryEmployeeQuery = { employee: { diaryEntries: Array<{ id: string }> } | null };

export type DiaryWorkingCalendarQueryVariables = Exact<{ [key: string]: never; }>;


export type DiaryWorkingCalendarQuery = { workingCalendar: Array<{ day: string }> };

export type DiaryWorkItemByCodeQueryVariables = Exact<{
  code: string;
}>;


export type DiaryWorkItemByCodeQuery = { workItemByCode: { code: string, standardMinutes: number, usage: { entries: number, employees: number, actualToStandard: number | null } } | null };

export type DiaryReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type DiaryReviewQueueQuery = { reviewQueue: Array<{ id: string, flags: Array<DiaryEntryFlag>, status: DiaryEntryStatus, employee: { id: string } }> };

export type DiaryReviewDiaryEntriesMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type DiaryReviewDiaryEntriesMutation = { reviewDiaryEntries: Array<{ status: DiaryEntryStatus }> };

export type DiaryReviewDiaryEntries2MutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type DiaryReviewDiaryEntries2Mutation = { reviewDiaryEntries: Array<{ status: DiaryEntryStatus }> };

export type DiaryReviewDiaryEntries3MutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type DiaryReviewDiaryEntries3Mutation = { reviewDiaryEntries: Array<{ status: DiaryEntryStatus }> };

export type DiaryReviewDiaryEntries4MutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type DiaryReviewDiaryEntries4Mutation = { reviewDiaryEntries: Array<{ status: DiaryEntryStatus }> };

export type DiaryReviewQueue2QueryVariables = Exact<{ [key: string]: never; }>;


export type DiaryReviewQueue2Query = { reviewQueue: Array<{ id: string }> };

export type DiaryRecordWorkEventsMutationVariables = Exact<{
  events: Array<WorkEventInput> | WorkEventInput;
}>;


export type DiaryRecordWorkEventsMutation = { recordWorkEvents: Array<{ externalId: string, status: WorkEventStatus, entryId: string | null, reason: string | null, code: string | null, flags: Array<DiaryEntryFlag> }> };

export type DiarySetWorkItemMappingMutationVariables = Exact<{
  input: SetWorkItemMappingInput;
}>;


export type DiarySetWorkItemMappingMutation = { setWorkItemMapping: { agencyId: string | null, documentType: string, workItem: { id: string } } };

export type DiaryWorkItemMappingsQueryVariables = Exact<{ [key: string]: never; }>;


export type DiaryWorkItemMappingsQuery = { workItemMappings: Array<{ agencyId: string | null, documentType: string }> };

export type DiaryWorkItemByCode2QueryVariables = Exact<{ [key: string]: never; }>;


export type DiaryWorkItemByCode2Query = { workItemByCode: { code: string } | null };

export type DiaryReviewDiaryEntries5MutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type DiaryReviewDiaryEntries5Mutation = { reviewDiaryEntries: Array<{ id: string, reviewedAt: string | null }> };

export type DiaryEmployee2QueryVariables = Exact<{
  id: string;
  cut: string;
}>;


export type DiaryEmployee2Query = { employee: { diaryEntries: Array<{ id: string, status: DiaryEntryStatus }> } | null };

export type DiaryEmployee3QueryVariables = Exact<{
  id: string;
  cut: string;
}>;


export type DiaryEmployee3Query = { employee: { diaryEntries: Array<{ id: string }> } | null };

export type DiaryEmployeesQueryVariables = Exact<{
  first: number;
}>;


export type DiaryEmployeesQuery = { employees: { nodes: Array<{ code: string, diaryPeriod: { workPoints: number, missingDays: Array<string>, days: Array<{ actualMinutes: number }> }, leaves: Array<{ fromDate: string }> }> } };

export type HistoryImportMutationVariables = Exact<{
  format: SheetFormat;
  content: string;
  dryRun: boolean;
  reason?: string | null | undefined;
}>;


export type HistoryImportMutation = { importDiaryHistory: { applied: boolean, dryRun: boolean, created: number, unchanged: number, invalid: number, rows: Array<{ row: number, employeeCode: string, action: string, errors: Array<string> }> } };

export type HistoryImportAssignmentsMutationVariables = Exact<{
  content: string;
  dryRun: boolean;
}>;


export type HistoryImportAssignmentsMutation = { importAssignmentHistory: { applied: boolean, created: number, unchanged: number, invalid: number, rows: Array<{ row: number, action: string, errors: Array<string> }> } };

export type HistoryStartJobMutationVariables = Exact<{
  content: string;
}>;


export type HistoryStartJobMutation = { startDiaryHistoryImportJob: { id: string } };

export type HistoryJobQueryVariables = Exact<{
  id: string;
}>;


export type HistoryJobQuery = { diaryJob: { state: JobState, summary: string | null, result: Record<string, unknown> | null } | null };

export type HistoryAssignmentQueryVariables = Exact<{
  id: string;
}>;


export type HistoryAssignmentQuery = { assignment: { imported: boolean, status: AssignmentStatus } };

export type HistoryComputeMarchMutationVariables = Exact<{ [key: string]: never; }>;


export type HistoryComputeMarchMutation = { computeScoringPeriod: { status: ScoringPeriodStatus } };

export type HistoryMyMarchQueryVariables = Exact<{ [key: string]: never; }>;


export type HistoryMyMarchQuery = { me: { periodScore: { segments: Array<{ facts: Record<string, unknown>, imported: { entries: number, products: number } }> } | null } | null };

export type KeptFactsRecordMutationVariables = Exact<{
  input: RecordDiaryEntryInput;
}>;


export type KeptFactsRecordMutation = { recordDiaryEntry: { entry: { id: string, standardMinutes: number }, warnings: Array<{ code: DiaryEntryFlag }> } };

export type KeptFactsSetPositionWorkItemsMutationVariables = Exact<{
  positionId: string;
  ids: Array<string> | string;
}>;


export type KeptFactsSetPositionWorkItemsMutation = { setPositionWorkItems: Array<{ id: string }> };

export type KeptFactsUpdateJobPositionMutationVariables = Exact<{
  id: string;
  minutes: number;
}>;


export type KeptFactsUpdateJobPositionMutation = { updateJobPosition: { standardMinutesPerDay: number } };

export type KeptFactsStaffPageQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type KeptFactsStaffPageQuery = { me: { diaryEntries: Array<{ workItem: { id: string, code: string, name: string, unit: UnitOfMeasure } }> } | null, myAssignments: Array<{ workItem: { id: string, name: string } }> };

export type KeptFactsCatalogueItemQueryVariables = Exact<{
  id: string;
}>;


export type KeptFactsCatalogueItemQuery = { workItem: { id: string, code: string, name: string, unit: UnitOfMeasure } | null };

export type KeptDaysRecordLeaveMutationVariables = Exact<{
  input: RecordLeaveInput;
}>;


export type KeptDaysRecordLeaveMutation = { recordLeave: { id: string } };

export type KeptDaysReopenDiaryPeriodMutationVariables = Exact<{
  input: ReopenPeriodInput;
}>;


export type KeptDaysReopenDiaryPeriodMutation = { reopenDiaryPeriod: { month: string } };

export type LockdownRecordDiaryEntryMutationVariables = Exact<{
  input: RecordDiaryEntryInput;
}>;


export type LockdownRecordDiaryEntryMutation = { recordDiaryEntry: { entry: { id: string, flags: Array<DiaryEntryFlag> } } };

export type LockdownDiaryPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type LockdownDiaryPoliciesQuery = { diaryPolicies: Array<{ effectiveFrom: string, effectiveTo: string | null, closeDay: number, graceDays: number, lateAfterWorkingDays: number, standardDayMinutes: number, farAboveFactor: number }>, diaryPolicy: { closeDay: number } };

export type LockdownSetDiaryPolicyMutationVariables = Exact<{
  input: SetDiaryPolicyInput;
}>;


export type LockdownSetDiaryPolicyMutation = { setDiaryPolicy: { effectiveFrom: string, effectiveTo: string | null, closeDay: number } };

export type LockdownDiaryAuditQueryVariables = Exact<{
  entryId?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type LockdownDiaryAuditQuery = { diaryAudit: Array<{ action: string, entryId: string | null, agencyId: string | null, reason: string | null, actor: string, at: string, employee: { id: string } | null }> };

export type LockdownUpdateDiaryEntryMutationVariables = Exact<{
  id: string;
}>;


export type LockdownUpdateDiaryEntryMutation = { updateDiaryEntry: { entry: { quantity: number } } };

export type LockdownDeleteDiaryEntryMutationVariables = Exact<{
  id: string;
}>;


export type LockdownDeleteDiaryEntryMutation = { deleteDiaryEntry: boolean };

export type LockdownReopenDiaryPeriodMutationVariables = Exact<{
  input: ReopenPeriodInput;
}>;


export type LockdownReopenDiaryPeriodMutation = { reopenDiaryPeriod: { month: string, agencyId: string | null, until: string } };

export type LockdownDiaryPeriodReopeningsQueryVariables = Exact<{ [key: string]: never; }>;


export type LockdownDiaryPeriodReopeningsQuery = { diaryPeriodReopenings: Array<{ month: string, agencyId: string | null, reopenedBy: string, reason: string }> };

export type LockdownMeQueryVariables = Exact<{ [key: string]: never; }>;


export type LockdownMeQuery = { me: { missingDiaryDays: Array<string>, holiday: { isWorkingDay: boolean, holiday: string | null, missing: boolean }, saturday: { isWorkingDay: boolean, missing: boolean }, diaryPeriod: { workingDays: number, availableStandardMinutes: number } } | null };

export type LockdownSetCalendarDayMutationVariables = Exact<{
  day: string;
  kind?: CalendarDayKind | null | undefined;
  name?: string | null | undefined;
}>;


export type LockdownSetCalendarDayMutation = { setCalendarDay: { day: string, kind: CalendarDayKind, name: string } | null };

export type LockdownWorkingCalendarQueryVariables = Exact<{ [key: string]: never; }>;


export type LockdownWorkingCalendarQuery = { workingCalendar: Array<{ day: string, kind: CalendarDayKind }> };

export type LockdownDiaryAudit2QueryVariables = Exact<{ [key: string]: never; }>;


export type LockdownDiaryAudit2Query = { diaryAudit: Array<{ action: string }> };

export type LockdownEmployeeQueryVariables = Exact<{
  id: string;
}>;


export type LockdownEmployeeQuery = { employee: { missingDiaryDays: Array<string>, leaves: Array<{ id: string, fromDate: string, toDate: string, kind: LeaveKind }> } | null };

export type LockdownCancelLeaveMutationVariables = Exact<{
  id: string;
  reason?: string | null | undefined;
}>;


export type LockdownCancelLeaveMutation = { cancelLeave: { id: string, fromDate: string } };

export type LockdownRecordLeaveMutationVariables = Exact<{
  input: RecordLeaveInput;
}>;


export type LockdownRecordLeaveMutation = { recordLeave: { id: string } };

export type LockdownDiaryAudit3QueryVariables = Exact<{ [key: string]: never; }>;


export type LockdownDiaryAudit3Query = { diaryAudit: Array<{ action: string, reason: string | null, details: Record<string, unknown> | null, employee: { id: string } | null }> };

export type RemindersStartMutationVariables = Exact<{
  agencyId?: string | null | undefined;
}>;


export type RemindersStartMutation = { startReminderJob: { id: string, kind: string, scope: string, state: JobState } };

export type RemindersJobQueryVariables = Exact<{
  id: string;
}>;


export type RemindersJobQuery = { diaryJob: { id: string, state: JobState, summary: string | null, result: Record<string, unknown> | null, attempts: number, errors: Array<{ code: string, attempt: number }> } | null };

export type RemindersMineQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RemindersMineQuery = { myNotifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ReminderKind, subject: string, concernsOn: string, days: Array<string>, dueOn: string | null, message: string, messageEn: string, readAt: string | null, emailedAt: string | null, assignment: { id: string, title: string } | null }> } };

export type RemindersPreferencesMutationVariables = Exact<{
  input: Array<NotificationPreferenceInput> | NotificationPreferenceInput;
}>;


export type RemindersPreferencesMutation = { setNotificationPreferences: Array<{ kind: ReminderKind, email: boolean, inApp: boolean }> };

export type RemindersMarkMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type RemindersMarkMutation = { markNotificationsRead: Array<{ id: string, readAt: string | null }> };

export type RemindersAssignMutationVariables = Exact<{
  input: AssignWorkInput;
}>;


export type RemindersAssignMutation = { assignWork: { id: string } };

export type RootOperationsReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsReviewQueueQuery = { reviewQueue: Array<{ id: string }> };

export type RootOperationsWorkingCalendarQueryVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsWorkingCalendarQuery = { workingCalendar: Array<{ day: string }> };

export type RootOperationsDiaryPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsDiaryPoliciesQuery = { diaryPolicies: Array<{ id: string }> };

export type RootOperationsDiaryPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsDiaryPolicyQuery = { diaryPolicy: { closeDay: number } };

export type RootOperationsDiaryPeriodReopeningsQueryVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsDiaryPeriodReopeningsQuery = { diaryPeriodReopenings: Array<{ id: string }> };

export type RootOperationsDiaryAuditQueryVariables = Exact<{
  id?: string | null | undefined;
}>;


export type RootOperationsDiaryAuditQuery = { diaryAudit: Array<{ id: string }> };

export type RootOperationsWorkItemMappingsQueryVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsWorkItemMappingsQuery = { workItemMappings: Array<{ id: string }> };

export type RootOperationsAssignmentQueryVariables = Exact<{
  id: string;
}>;


export type RootOperationsAssignmentQuery = { assignment: { id: string } };

export type RootOperationsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsMeQuery = { me: { id: string } | null };

export type RootOperationsMyAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsMyAssignmentsQuery = { myAssignments: Array<{ id: string }> };

export type RootOperationsAssignmentsGivenQueryVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsAssignmentsGivenQuery = { assignmentsGiven: Array<{ id: string }> };

export type RootOperationsAssignmentsToReviewQueryVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsAssignmentsToReviewQuery = { assignmentsToReview: Array<{ id: string }> };

export type RootOperationsScoringFactsQueryVariables = Exact<{
  r: Array<ScoringFactsRange> | ScoringFactsRange;
}>;


export type RootOperationsScoringFactsQuery = { scoringFacts: Array<{ workingDays: number }> };

export type RootOperationsPackedScoringFactsQueryVariables = Exact<{
  r: Array<ScoringFactsRange> | ScoringFactsRange;
}>;


export type RootOperationsPackedScoringFactsQuery = { packedScoringFacts: { workingDays: Array<number> } };

export type RootOperationsRecordDiaryEntryMutationVariables = Exact<{
  input: RecordDiaryEntryInput;
}>;


export type RootOperationsRecordDiaryEntryMutation = { recordDiaryEntry: { entry: { id: string } } };

export type RootOperationsUpdateDiaryEntryMutationVariables = Exact<{
  id: string;
}>;


export type RootOperationsUpdateDiaryEntryMutation = { updateDiaryEntry: { entry: { id: string } } };

export type RootOperationsDeleteDiaryEntryMutationVariables = Exact<{
  id: string;
}>;


export type RootOperationsDeleteDiaryEntryMutation = { deleteDiaryEntry: boolean };

export type RootOperationsReviewDiaryEntriesMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type RootOperationsReviewDiaryEntriesMutation = { reviewDiaryEntries: Array<{ id: string }> };

export type RootOperationsSetWorkItemMappingMutationVariables = Exact<{
  input: SetWorkItemMappingInput;
}>;


export type RootOperationsSetWorkItemMappingMutation = { setWorkItemMapping: { id: string } };

export type RootOperationsSetCalendarDayMutationVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsSetCalendarDayMutation = { setCalendarDay: { day: string } | null };

export type RootOperationsRecordLeaveMutationVariables = Exact<{
  input: RecordLeaveInput;
}>;


export type RootOperationsRecordLeaveMutation = { recordLeave: { id: string } };

export type RootOperationsCancelLeaveMutationVariables = Exact<{
  id: string;
}>;


export type RootOperationsCancelLeaveMutation = { cancelLeave: { id: string } };

export type RootOperationsReopenDiaryPeriodMutationVariables = Exact<{
  input: ReopenPeriodInput;
}>;


export type RootOperationsReopenDiaryPeriodMutation = { reopenDiaryPeriod: { id: string } };

export type RootOperationsSetDiaryPolicyMutationVariables = Exact<{
  input: SetDiaryPolicyInput;
}>;


export type RootOperationsSetDiaryPolicyMutation = { setDiaryPolicy: { id: string } };

export type RootOperationsAssignWorkMutationVariables = Exact<{
  input: AssignWorkInput;
}>;


export type RootOperationsAssignWorkMutation = { assignWork: { id: string } };

export type RootOperationsAcceptAssignmentMutationVariables = Exact<{
  id: string;
}>;


export type RootOperationsAcceptAssignmentMutation = { acceptAssignment: { id: string } };

export type RootOperationsSubmitAssignmentMutationVariables = Exact<{
  id: string;
}>;


export type RootOperationsSubmitAssignmentMutation = { submitAssignment: { id: string } };

export type RootOperationsCompleteAssignmentMutationVariables = Exact<{
  id: string;
}>;


export type RootOperationsCompleteAssignmentMutation = { completeAssignment: { id: string } };

export type RootOperationsReturnAssignmentMutationVariables = Exact<{
  id: string;
}>;


export type RootOperationsReturnAssignmentMutation = { returnAssignment: { id: string } };

export type RootOperationsCancelAssignmentMutationVariables = Exact<{
  id: string;
}>;


export type RootOperationsCancelAssignmentMutation = { cancelAssignment: { id: string } };

export type RootOperationsReassignAssignmentMutationVariables = Exact<{
  id: string;
  lead: string;
}>;


export type RootOperationsReassignAssignmentMutation = { reassignAssignment: { id: string } };

export type RootOperationsExtendAssignmentDeadlineMutationVariables = Exact<{
  id: string;
}>;


export type RootOperationsExtendAssignmentDeadlineMutation = { extendAssignmentDeadline: { id: string } };

export type RootOperationsImportDiaryHistoryMutationVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsImportDiaryHistoryMutation = { importDiaryHistory: { applied: boolean } };

export type RootOperationsImportAssignmentHistoryMutationVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsImportAssignmentHistoryMutation = { importAssignmentHistory: { applied: boolean } };

export type RootOperationsStartDiaryHistoryImportJobMutationVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsStartDiaryHistoryImportJobMutation = { startDiaryHistoryImportJob: { id: string } };

export type RootOperationsDiaryJobQueryVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsDiaryJobQuery = { diaryJob: { id: string } | null };

export type RootOperationsMyNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsMyNotificationsQuery = { myNotifications: { totalCount: number } };

export type RootOperationsMyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsMyNotificationPreferencesQuery = { myNotificationPreferences: Array<{ kind: ReminderKind }> };

export type RootOperationsMarkNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsMarkNotificationsReadMutation = { markNotificationsRead: Array<{ id: string }> };

export type RootOperationsMarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsMarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type RootOperationsSetNotificationPreferencesMutationVariables = Exact<{ [key: string]: never; }>;


export type RootOperationsSetNotificationPreferencesMutation = { setNotificationPreferences: Array<{ kind: ReminderKind }> };

export type RootOperationsStartReminderJobMutationVariables = Exact<{
  agencyId?: string | null | undefined;
}>;


export type RootOperationsStartReminderJobMutation = { startReminderJob: { id: string } };

export type ScoringFactsScoringFactsQueryVariables = Exact<{
  ranges: Array<ScoringFactsRange> | ScoringFactsRange;
}>;


export type ScoringFactsScoringFactsQuery = { scoringFacts: Array<{ employeeId: string, from: string, to: string, workingDays: number, leaveDays: number, declaredDays: number, lateDeclarations: number, daysOverStandard: number, farAboveStandardEntries: number, entries: number, approvedEntries: number, approvedActualMinutes: number, items: Array<Record<string, unknown>>, itemGroups: Record<string, unknown>, packedItemGroups: Record<string, unknown>, workPoints: number, led: Array<Record<string, unknown>>, coOperated: Array<Record<string, unknown>> }> };

export type ScoringFactsWorkPointsQueryVariables = Exact<{
  ranges: Array<ScoringFactsRange> | ScoringFactsRange;
}>;


export type ScoringFactsWorkPointsQuery = { scoringFacts: Array<{ employeeId: string, workPoints: number }> };

export type ScoringFactsAssignWorkMutationVariables = Exact<{
  input: AssignWorkInput;
}>;


export type ScoringFactsAssignWorkMutation = { assignWork: { id: string } };

export type ScoringFactsRecordDiaryEntryMutationVariables = Exact<{
  input: RecordDiaryEntryInput;
}>;


export type ScoringFactsRecordDiaryEntryMutation = { recordDiaryEntry: { entry: { id: string } } };

export type ScoringFactsReviewDiaryEntriesMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ScoringFactsReviewDiaryEntriesMutation = { reviewDiaryEntries: Array<{ id: string }> };

export type ScoringFactsSubmitAssignmentMutationVariables = Exact<{
  id: string;
}>;


export type ScoringFactsSubmitAssignmentMutation = { submitAssignment: { id: string } };

export type ScoringFactsCompleteAssignmentMutationVariables = Exact<{
  id: string;
  input: CompleteAssignmentInput;
}>;


export type ScoringFactsCompleteAssignmentMutation = { completeAssignment: { id: string } };

export type ScoringFactsRecordLeaveMutationVariables = Exact<{
  input: RecordLeaveInput;
}>;


export type ScoringFactsRecordLeaveMutation = { recordLeave: { id: string } };

export type ScoringFactsAssignmentQueryVariables = Exact<{
  id: string;
}>;


export type ScoringFactsAssignmentQuery = { assignment: { effectiveDeadline: string, timeliness: Timeliness } };

export type ScoringFactsPackedQueryVariables = Exact<{
  ranges: Array<ScoringFactsRange> | ScoringFactsRange;
}>;


export type ScoringFactsPackedQuery = { packedScoringFacts: { workingDays: Array<number>, leaveDays: Array<number>, declaredDays: Array<number>, lateDeclarations: Array<number>, daysOverStandard: Array<number>, farAboveStandardEntries: Array<number>, entries: Array<number>, approvedEntries: Array<number>, approvedActualMinutes: Array<number>, importedEntries: Array<number>, assignments: Record<string, unknown>, packedItemGroups: Array<Record<string, unknown>>, workItemIds: Array<string>, indexedItemGroups: Array<Record<string, unknown>>, workPoints: Array<number> } };

export type ScoringFactsObjectsQueryVariables = Exact<{
  ranges: Array<ScoringFactsRange> | ScoringFactsRange;
}>;


export type ScoringFactsObjectsQuery = { scoringFacts: Array<{ workingDays: number, leaveDays: number, declaredDays: number, lateDeclarations: number, daysOverStandard: number, farAboveStandardEntries: number, entries: number, approvedEntries: number, approvedActualMinutes: number, importedEntries: number, led: Array<Record<string, unknown>>, coOperated: Array<Record<string, unknown>>, packedItemGroups: Record<string, unknown>, workPoints: number }> };

export type ScoringFactsLightQueryVariables = Exact<{
  ranges: Array<ScoringFactsRange> | ScoringFactsRange;
}>;


export type ScoringFactsLightQuery = { scoringFacts: Array<{ employeeId: string, workingDays: number }> };

export type SelfViewDashboardQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type SelfViewDashboardQuery = { me: { id: string, code: string, fullName: string, staffType: StaffType, position: { title: string, category: PositionCategory, isLeadership: boolean, standardMinutesPerDay: number } | null, agency: { code: string, name: string }, division: { name: string } | null, diaryPeriod: { workingDays: number, actualMinutes: number, earnedStandardMinutes: number, workPoints: number, approvedWorkPoints: number, availableStandardMinutes: number, missingDays: Array<string>, daysOverStandard: number }, diaryEntries: Array<{ id: string, workDate: string, quantity: number, actualMinutes: number, status: DiaryEntryStatus, workPoints: number, flags: Array<DiaryEntryFlag>, workItem: { code: string, name: string, unit: UnitOfMeasure } }>, assignmentSummary: { onTime: number, late: number, overdue: number, overdueShare: number | null } } | null, myAssignments: Array<{ id: string, title: string, deadline: string, effectiveDeadline: string, timeliness: Timeliness, workingDaysLeft: number | null, workItem: { name: string } }> };

export type SelfViewPeriodQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type SelfViewPeriodQuery = { me: { diaryPeriod: { workingDays: number } } | null, diaryPolicy: { graceDays: number } };

export type SelfViewPlaceQueryVariables = Exact<{ [key: string]: never; }>;


export type SelfViewPlaceQuery = { me: { position: { title: string } | null, agency: { name: string } } | null };

export type EducationTeachingLoadQueryVariables = Exact<{
  id: string;
  term: string;
}>;


export type EducationTeachingLoadQuery = { employee: { fullName: string, teachingLoad: { role: TeachingRole, weeklyNorm: number | null, normSource: string | null, normPeriods: number, taughtPeriods: number, substitutionPeriods: number, dutyPeriods: number, totalPeriods: number, balance: number, duties: Array<{ code: string, periods: number }> } | null } | null };

export type EducationSchoolTotalsQueryVariables = Exact<{
  id: string;
  term: string;
}>;


export type EducationSchoolTotalsQuery = { agency: { name: string, school: { level: SchoolLevel } | null, teachingTotals: { teachers: number, normPeriods: number, taughtPeriods: number, dutyPeriods: number, surplusPeriods: number, deficitPeriods: number } | null } | null };

export type EducationScoreQueryVariables = Exact<{
  id: string;
  period: string;
}>;


export type EducationScoreQuery = { employee: { periodScore: { workPoints: number, frozen: boolean, segments: Array<{ workPoints: number, workSources: Array<{ provider: string, workPoints: number, lines: Array<{ code: string, quantity: number, workPoints: number }> }> }> } | null } | null };

export type EducationDeliverMutationVariables = Exact<{
  schoolId: string;
  periods: Array<TaughtPeriodInput> | TaughtPeriodInput;
}>;


export type EducationDeliverMutation = { recordTaughtPeriods: Array<{ externalId: string, outcome: TaughtPeriodOutcome, code: string | null }> };

export type EducationCloseMutationVariables = Exact<{
  period: string;
}>;


export type EducationCloseMutation = { closeScoringPeriod: { status: ScoringPeriodStatus } };

export type EducationLoadPageQueryVariables = Exact<{
  agencyId: string;
  first: number;
  term: string;
}>;


export type EducationLoadPageQuery = { employees: { nodes: Array<{ teachingLoad: { taughtPeriods: number, dutyPeriods: number, balance: number } | null }> } };

export type CostEmployeesQueryVariables = Exact<{
  first: number;
  from: string;
  to: string;
}>;


export type CostEmployeesQuery = { employees: { nodes: Array<{ code: string, diaryEntries: Array<{ id: string, workDate: string, quantity: number, workItem: { code: string } }> }> } };

export type ClientsRegisterMutationVariables = Exact<{
  input: RegisterClientInput;
}>;


export type ClientsRegisterMutation = { registerIntegrationClient: { secret: string, client: { id: string, clientId: string, scopes: Array<string>, requestsPerWindow: number | null, secretHash: string | null, registeredBy: string } } };

export type ClientsRotateMutationVariables = Exact<{
  id: string;
}>;


export type ClientsRotateMutation = { rotateIntegrationClientSecret: { secret: string } };

export type ClientsRevokeMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type ClientsRevokeMutation = { revokeIntegrationClient: { revokedAt: string | null, revokedBy: string | null } };

export type ClientsListQueryVariables = Exact<{ [key: string]: never; }>;


export type ClientsListQuery = { integrationClients: Array<{ clientId: string, scopes: Array<string>, revokedAt: string | null }> };

export type ClientsRestrictMutationVariables = Exact<{
  id: string;
  documents: Array<string> | string;
}>;


export type ClientsRestrictMutation = { setIntegrationClientOperations: { operations: Array<{ operationId: string, name: string }> } };

export type ClientsIntakeMappingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClientsIntakeMappingsQuery = { intakeMappings: Array<{ client: string, documentType: string, workItemId: string }> };

export type ClientsRecordWorkEventsMutationVariables = Exact<{
  events: Array<WorkEventInput> | WorkEventInput;
}>;


export type ClientsRecordWorkEventsMutation = { recordWorkEvents: Array<{ status: WorkEventStatus, reason: string | null }> };

export type Limits__SchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type Limits__SchemaQuery = { __schema: { types: Array<{ name: string | null, fields: Array<{ name: string, type: { name: string | null, kind: __TypeKind, ofType: { name: string | null, kind: __TypeKind, ofType: { name: string | null, kind: __TypeKind, ofType: { name: string | null, kind: __TypeKind } | null } | null } | null } }> | null }> } };

export type LimitsOrgTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsOrgTreeQuery = { orgTree: Array<{ code: string, children: Array<{ code: string }> }> };

export type OpenIdMeQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenIdMeQuery = { me: { code: string, access: { roles: Array<Role> } | null } | null };

export type OpenIdGrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenIdGrantsQuery = { roleGrants: Array<{ id: string }> };

export type SignInGrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInGrantsQuery = { roleGrants: Array<{ id: string }> };

export type SignInGrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type SignInGrantRoleMutation = { grantRole: { id: string } };

export type SignInRevokeRoleMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type SignInRevokeRoleMutation = { revokeRole: { revokedAt: string | null } };

export type SignInEmployeeQueryVariables = Exact<{
  id: string;
}>;


export type SignInEmployeeQuery = { employee: { code: string } | null };

export type SignInTransferMutationVariables = Exact<{
  input: PlacementInput;
}>;


export type SignInTransferMutation = { transferEmployee: { agencyId: string } };

export type SignInDeactivateMutationVariables = Exact<{
  input: DeactivateEmployeeInput;
}>;


export type SignInDeactivateMutation = { deactivateEmployee: { status: EmploymentStatus } };

export type EmployeeQueryVariables = Exact<{
  id: string;
}>;


export type EmployeeQuery = { employee: { id: string, code: string, fullName: string, agency: { code: string } } | null };

export type DirectoryMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryMeQuery = { me: { id: string, code: string, agency: { code: string }, position: { title: string, category: PositionCategory } | null, supervisor: { id: string } | null } | null };

export type DirectoryEmployeesQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryEmployeesQuery = { employees: { totalCount: number, nodes: Array<{ agency: { code: string } }> } };

export type DirectoryEmployees2QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryEmployees2Query = { employees: { totalCount: number, nodes: Array<{ fullName: string }> } };

export type DirectoryEmployees3QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryEmployees3Query = { employees: { nodes: Array<{ code: string }> } };

export type PageQueryVariables = Exact<{
  agencyId: string;
  after?: string | null | undefined;
}>;


export type PageQuery = { employees: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string }> } };

export type DirectoryEmployees4QueryVariables = Exact<{
  id: string;
}>;


export type DirectoryEmployees4Query = { employees: { totalCount: number, nodes: Array<{ staffType: StaffType, position: { category: PositionCategory } | null, agency: { code: string } }> } };

export type DirectoryPeopleByIdsQueryVariables = Exact<{
  filter: EmployeeFilter;
}>;


export type DirectoryPeopleByIdsQuery = { employees: { totalCount: number, nodes: Array<{ id: string }> } };

export type DirectoryAgencyByCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryAgencyByCodeQuery = { agencyByCode: { name: string, kind: AgencyKind } | null, jobPositionByCode: { title: string, isLeadership: boolean, agency: { code: string } } | null };

export type DirectoryOrgTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryOrgTreeQuery = { orgTree: Array<{ code: string, children: Array<{ code: string, kind: AgencyKind, children: Array<{ code: string, kind: AgencyKind, parent: { code: string } | null, ancestors: Array<{ code: string }> }> }> }> };

export type DirectoryEmployeeQueryVariables = Exact<{
  id: string;
}>;


export type DirectoryEmployeeQuery = { employee: { placements: Array<{ kind: PlacementKind, effectiveFrom: string, position: { code: string } | null }> } | null };

export type DirectoryJobPositionQueryVariables = Exact<{
  id: string;
  on: string;
}>;


export type DirectoryJobPositionQuery = { jobPosition: { holders: Array<{ id: string }> } | null };

export type DirectoryEmployee2QueryVariables = Exact<{
  id: string;
  on: string;
}>;


export type DirectoryEmployee2Query = { employee: { placementOn: { kind: PlacementKind, position: { id: string } | null } | null } | null };

export type DirectoryMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryMe2Query = { me: { id: string } | null };

export type DirectoryEmployees5QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryEmployees5Query = { employees: { totalCount: number } };

export type DirectoryOrgTree2QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryOrgTree2Query = { orgTree: Array<{ id: string }> };

export type DirectoryMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryMe3Query = { me: { id: string } | null };

export type Directory__SchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type Directory__SchemaQuery = { __schema: { queryType: { name: string | null } } };

export type DirectoryMe4QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryMe4Query = { me: { id: string } | null };

export type DirectoryEmployees6QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryEmployees6Query = { employees: { totalCount: number } };

export type DirectoryScoringUnitsQueryVariables = Exact<{
  ids: Array<string> | string;
  from: string;
  to: string;
}>;


export type DirectoryScoringUnitsQuery = { scoringUnits: Array<{ employeeId: string, supervisorId: string | null, effectiveFrom: string, effectiveTo: string | null, sectorCodes: Array<string>, positionCategory: PositionCategory | null, isLeadership: boolean, standardMinutesPerDay: number | null }> };

export type FirstPageQueryVariables = Exact<{
  first: number;
}>;


export type FirstPageQuery = { employees: { totalCount: number, nodes: Array<{ code: string, agency: { name: string, parent: { name: string } | null }, division: { name: string } | null, position: { title: string, category: PositionCategory, agency: { code: string } } | null, supervisor: { fullName: string, position: { title: string } | null, division: { name: string } | null } | null, subordinates: Array<{ code: string }> }> } };

export type DirectoryOrgTree3QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryOrgTree3Query = { orgTree: Array<{ children: Array<{ children: Array<{ positions: Array<{ title: string }> }> }> }> };

export type GrantsGrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type GrantsGrantRoleMutation = { grantRole: { id: string, role: Role, agencyId: string | null, effectiveFrom: string, effectiveTo: string | null, grantedBy: string, reason: string | null, revokedAt: string | null, employee: { code: string } | null } };

export type GrantsRevokeRoleMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type GrantsRevokeRoleMutation = { revokeRole: { id: string, revokedBy: string | null, revokedAt: string | null, revokeReason: string | null } };

export type GrantsAccessQueryVariables = Exact<{
  id: string;
}>;


export type GrantsAccessQuery = { employee: { access: { roles: Array<Role>, agencyIds: Array<string>, unitIds: Array<string> } | null } | null };

export type GrantsListQueryVariables = Exact<{
  filter?: RoleGrantFilter | null | undefined;
}>;


export type GrantsListQuery = { roleGrants: Array<{ id: string, role: Role, employeeId: string, agencyId: string | null }> };

export type GrantsAccessPageQueryVariables = Exact<{
  first: number;
}>;


export type GrantsAccessPageQuery = { employees: { nodes: Array<{ access: { roles: Array<Role> } | null }> } };

export type MutationsCreateEmployeeMutationVariables = Exact<{
  input: CreateEmployeeInput;
}>;


export type MutationsCreateEmployeeMutation = { createEmployee: { id: string, code: string, agency: { code: string }, division: { code: string } | null, position: { code: string } | null, placements: Array<{ kind: PlacementKind, effectiveFrom: string, effectiveTo: string | null }> } };

export type MutationsTransferEmployeeMutationVariables = Exact<{
  input: PlacementInput;
}>;


export type MutationsTransferEmployeeMutation = { transferEmployee: { id: string, agency: { code: string }, position: { id: string } | null, supervisor: { id: string } | null, placements: Array<{ kind: PlacementKind, effectiveFrom: string, effectiveTo: string | null, agency: { code: string } }> } };

export type MutationsCreateAgencyMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type MutationsCreateAgencyMutation = { createAgency: { code: string, name: string, kind: AgencyKind, depth: number, parent: { code: string } | null } };

export type MutationsCreateAgency2MutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type MutationsCreateAgency2Mutation = { createAgency: { code: string, parent: { code: string } | null, ancestors: Array<{ code: string }> } };

export type MutationsCreateAgency3MutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type MutationsCreateAgency3Mutation = { createAgency: { id: string } };

export type MutationsUpdateAgencyMutationVariables = Exact<{
  id: string;
  parentId: string;
}>;


export type MutationsUpdateAgencyMutation = { updateAgency: { code: string, depth: number, parent: { code: string } | null } };

export type MutationsCreateJobPositionMutationVariables = Exact<{
  input: CreateJobPositionInput;
}>;


export type MutationsCreateJobPositionMutation = { createJobPosition: { code: string, title: string, category: PositionCategory, isLeadership: boolean, standardMinutesPerDay: number, agency: { code: string } } };

export type MutationsUpdateEmployeeMutationVariables = Exact<{
  id: string;
}>;


export type MutationsUpdateEmployeeMutation = { updateEmployee: { id: string } };

export type MutationsEmployeeQueryVariables = Exact<{
  id: string;
  on: string;
}>;


export type MutationsEmployeeQuery = { employee: { placementOn: { agency: { code: string }, position: { id: string } | null } | null } | null };

export type MutationsAppointEmployeeMutationVariables = Exact<{
  input: PlacementInput;
}>;


export type MutationsAppointEmployeeMutation = { appointEmployee: { position: { code: string, isLeadership: boolean } | null, placements: Array<{ kind: PlacementKind }> } };

export type MutationsUpdateEmployee2MutationVariables = Exact<{
  id: string;
  supervisorId: string;
}>;


export type MutationsUpdateEmployee2Mutation = { updateEmployee: { id: string } };

export type MutationsDeactivateEmployeeMutationVariables = Exact<{
  input: DeactivateEmployeeInput;
}>;


export type MutationsDeactivateEmployeeMutation = { deactivateEmployee: { status: EmploymentStatus, position: { id: string } | null, placements: Array<{ kind: PlacementKind, effectiveFrom: string, effectiveTo: string | null }> } };

export type MutationsUpdateEmployee3MutationVariables = Exact<{
  id: string;
}>;


export type MutationsUpdateEmployee3Mutation = { updateEmployee: { id: string } };

export type PlacementImportHistoryMutationVariables = Exact<{
  format: SheetFormat;
  content: string;
  dryRun: boolean;
  reason?: string | null | undefined;
}>;


export type PlacementImportHistoryMutation = { importPlacementHistory: { applied: boolean, dryRun: boolean, created: number, unchanged: number, invalid: number, rows: Array<{ row: number, employeeCode: string, effectiveFrom: string, action: string, errors: Array<string> }> } };

export type PlacementImportCareersQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type PlacementImportCareersQuery = { employees: { nodes: Array<{ code: string, placements: Array<{ kind: PlacementKind, effectiveFrom: string, effectiveTo: string | null, imported: boolean, recordedBy: string, decisionNumber: string | null, agency: { code: string }, division: { code: string } | null, position: { code: string } | null, supervisor: { code: string } | null }> }> } };

export type PlacementImportStartJobMutationVariables = Exact<{
  content: string;
}>;


export type PlacementImportStartJobMutation = { startPlacementImportJob: { id: string, kind: string, scope: string } };

export type PlacementImportJobQueryVariables = Exact<{
  id: string;
}>;


export type PlacementImportJobQuery = { personnelJob: { state: JobState, summary: string | null, result: Record<string, unknown> | null } | null };

export type AnalyticsProvinceOverviewQueryVariables = Exact<{
  period: string;
  first: number;
  agencyId?: string | null | undefined;
}>;


export type AnalyticsProvinceOverviewQuery = { provinceOverview: { period: { code: string, status: ScoringPeriodStatus }, distribution: { people: number, scored: number, meanScore: number | null, levels: { excellent: number, good: number, completed: number, notCompleted: number }, histogram: Array<{ from: number, to: number, people: number }> }, byAgency: Array<{ key: string | null, headcount: number, people: number, scored: number, meanScore: number | null, levels: { excellent: number, good: number, completed: number, notCompleted: number }, agency: { id: string } }>, bySector: Array<{ key: string | null, people: number, meanScore: number | null }>, byCategory: Array<{ key: string | null, category: PositionCategory | null, people: number, meanScore: number | null }>, trend: Array<{ period: string, people: number, scored: number, meanScore: number | null, notCompletedShare: number | null, declaredHoursPerWorkingDay: number | null }>, diaryDiscipline: Array<{ headcount: number, availableDays: number, declaredDays: number, missingDiaryRate: number | null, daysOverStandard: number, overStandardDayShare: number | null, entries: number, lateDeclarations: number, lateDeclarationShare: number | null, agency: { id: string } }>, anomalies: Array<{ kind: ScoringAnomalyKind, figure: number, baseline: number | null, measure: string, message: string, rank: number, found: number, agency: { id: string } | null, employee: { id: string } | null }>, catalogueUsage: { itemsUsed: number, mostUsed: Array<{ entries: number, people: number, quantity: number, actualMinutes: number, standardMinutes: number, actualToStandard: number | null, workItem: { id: string } }>, leastUsed: Array<{ entries: number, workItem: { id: string } }> }, staffingNeeds: Array<{ headcount: number, holders: number, workloadMinutes: number, capacityMinutes: number, utilisation: number | null, positionsNeeded: number | null, gap: number | null, position: { id: string }, agency: { id: string } }> } | null };

export type AnalyticsTransferEmployeeMutationVariables = Exact<{
  input: PlacementInput;
}>;


export type AnalyticsTransferEmployeeMutation = { transferEmployee: { id: string } };

export type AnalyticsComputeScoringPeriodMutationVariables = Exact<{
  period: string;
}>;


export type AnalyticsComputeScoringPeriodMutation = { computeScoringPeriod: { status: ScoringPeriodStatus } };

export type AnalyticsProvinceOverview2QueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsProvinceOverview2Query = { provinceOverview: { distribution: { people: number } } | null };

export type AnalyticsProvinceOverview3QueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsProvinceOverview3Query = { provinceOverview: { period: { code: string } } | null };

export type AnalyticsProvinceOverview4QueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsProvinceOverview4Query = { provinceOverview: { period: { code: string } } | null };

export type AssessmentRowFragment = { agencyId: string, positionCategory: PositionCategory | null, isLeadership: boolean, months: number, kpiScore: number | null, kpiShare: number, kpiPoints: number | null, otherCriteria: number | null, total: number | null, level: ClassificationLevel | null, levelByBand: ClassificationLevel | null, gate: ClassificationGate | null, rank: number | null, capped: boolean, tiedAtCap: boolean, status: AssessmentStatus, employee: { id: string } };

export type AssessmentPrepareMutationVariables = Exact<{
  a: string;
}>;


export type AssessmentPrepareMutation = { prepareAnnualAssessment: Array<{ agencyId: string, positionCategory: PositionCategory | null, isLeadership: boolean, months: number, kpiScore: number | null, kpiShare: number, kpiPoints: number | null, otherCriteria: number | null, total: number | null, level: ClassificationLevel | null, levelByBand: ClassificationLevel | null, gate: ClassificationGate | null, rank: number | null, capped: boolean, tiedAtCap: boolean, status: AssessmentStatus, employee: { id: string } }> };

export type AssessmentOtherMutationVariables = Exact<{
  e: string;
  p: number;
  d?: boolean | null | undefined;
}>;


export type AssessmentOtherMutation = { scoreOtherCriteria: { agencyId: string, positionCategory: PositionCategory | null, isLeadership: boolean, months: number, kpiScore: number | null, kpiShare: number, kpiPoints: number | null, otherCriteria: number | null, total: number | null, level: ClassificationLevel | null, levelByBand: ClassificationLevel | null, gate: ClassificationGate | null, rank: number | null, capped: boolean, tiedAtCap: boolean, status: AssessmentStatus, employee: { id: string } } };

export type AssessmentRankedQueryVariables = Exact<{
  a: string;
  year: number;
}>;


export type AssessmentRankedQuery = { annualAssessments: Array<{ agencyId: string, positionCategory: PositionCategory | null, isLeadership: boolean, months: number, kpiScore: number | null, kpiShare: number, kpiPoints: number | null, otherCriteria: number | null, total: number | null, level: ClassificationLevel | null, levelByBand: ClassificationLevel | null, gate: ClassificationGate | null, rank: number | null, capped: boolean, tiedAtCap: boolean, status: AssessmentStatus, employee: { id: string } }> };

export type AssessmentCloseScoringPeriodMutationVariables = Exact<{
  p: string;
}>;


export type AssessmentCloseScoringPeriodMutation = { closeScoringPeriod: { status: ScoringPeriodStatus } };

export type AssessmentConfirmAnnualAssessmentMutationVariables = Exact<{
  a: string;
}>;


export type AssessmentConfirmAnnualAssessmentMutation = { confirmAnnualAssessment: Array<{ status: AssessmentStatus }> };

export type AssessmentConfirmAnnualAssessment2MutationVariables = Exact<{
  a: string;
}>;


export type AssessmentConfirmAnnualAssessment2Mutation = { confirmAnnualAssessment: Array<{ status: AssessmentStatus, level: ClassificationLevel | null }> };

export type AssessmentRewardProposalsQueryVariables = Exact<{
  a: string;
}>;


export type AssessmentRewardProposalsQuery = { rewardProposals: Array<{ titles: Array<string>, assessment: { level: ClassificationLevel | null, employee: { id: string } } }> };

export type AssessmentEmployeeQueryVariables = Exact<{
  id: string;
}>;


export type AssessmentEmployeeQuery = { employee: { annualAssessment: { status: AssessmentStatus, total: number | null } | null } | null };

export type AssessmentPrepareAnnualAssessmentMutationVariables = Exact<{
  a: string;
}>;


export type AssessmentPrepareAnnualAssessmentMutation = { prepareAnnualAssessment: Array<{ total: number | null }> };

export type AssessmentScoreOtherCriteriaMutationVariables = Exact<{
  e: string;
}>;


export type AssessmentScoreOtherCriteriaMutation = { scoreOtherCriteria: { total: number | null } };

export type AssessmentConfirmAnnualAssessment3MutationVariables = Exact<{
  a: string;
  x?: Array<string> | string | null | undefined;
}>;


export type AssessmentConfirmAnnualAssessment3Mutation = { confirmAnnualAssessment: Array<{ level: ClassificationLevel | null }> };

export type AssessmentConfirmAnnualAssessment4MutationVariables = Exact<{
  a: string;
  x?: Array<string> | string | null | undefined;
}>;


export type AssessmentConfirmAnnualAssessment4Mutation = { confirmAnnualAssessment: Array<{ level: ClassificationLevel | null }> };

export type AssessmentConfirmAnnualAssessment5MutationVariables = Exact<{
  a: string;
  x?: Array<string> | string | null | undefined;
}>;


export type AssessmentConfirmAnnualAssessment5Mutation = { confirmAnnualAssessment: Array<{ level: ClassificationLevel | null, status: AssessmentStatus, tiedAtCap: boolean, employee: { id: string } }> };

export type AssessmentRewardProposals2QueryVariables = Exact<{
  a: string;
}>;


export type AssessmentRewardProposals2Query = { rewardProposals: Array<{ titles: Array<string>, assessment: { level: ClassificationLevel | null, employee: { id: string } } }> };

export type JobsJobFragment = { id: string, kind: string, scope: string, state: JobState, phase: string | null, done: number, total: number | null, attempts: number, summary: string | null, requestedBy: string, errors: Array<{ code: string, message: string, attempt: number }> };

export type JobsStartPeriodMutationVariables = Exact<{
  period: string;
  action: ScoringPeriodAction;
  reason?: string | null | undefined;
}>;


export type JobsStartPeriodMutation = { startScoringPeriodJob: { id: string, kind: string, scope: string, state: JobState, phase: string | null, done: number, total: number | null, attempts: number, summary: string | null, requestedBy: string, errors: Array<{ code: string, message: string, attempt: number }> } };

export type JobsJobQueryVariables = Exact<{
  id: string;
}>;


export type JobsJobQuery = { scoringJob: { id: string, kind: string, scope: string, state: JobState, phase: string | null, done: number, total: number | null, attempts: number, summary: string | null, requestedBy: string, errors: Array<{ code: string, message: string, attempt: number }> } | null };

export type JobsRecentQueryVariables = Exact<{ [key: string]: never; }>;


export type JobsRecentQuery = { scoringJobs: Array<{ id: string, state: JobState }> };

export type JobsCloseNowMutationVariables = Exact<{
  period: string;
}>;


export type JobsCloseNowMutation = { closeScoringPeriod: { status: ScoringPeriodStatus } };

export type JobsPeriodQueryVariables = Exact<{
  period: string;
}>;


export type JobsPeriodQuery = { scoringPeriod: { status: ScoringPeriodStatus } };

export type JobsPrepareMutationVariables = Exact<{
  agencyId: string;
  year: number;
}>;


export type JobsPrepareMutation = { startAnnualAssessmentJob: { id: string, kind: string, scope: string, state: JobState, phase: string | null, done: number, total: number | null, attempts: number, summary: string | null, requestedBy: string, errors: Array<{ code: string, message: string, attempt: number }> } };

export type LiveRotateMutationVariables = Exact<{
  input: PlacementInput;
}>;


export type LiveRotateMutation = { rotateEmployee: { id: string } };

export type LiveSuperviseMutationVariables = Exact<{
  id: string;
  supervisorId?: string | null | undefined;
}>;


export type LiveSuperviseMutation = { updateEmployee: { id: string } };

export type LiveComputeMutationVariables = Exact<{
  period: string;
}>;


export type LiveComputeMutation = { computeScoringPeriod: { code: string } };

export type LiveFiguresFragment = { score: number | null, ownScore: number | null, unitScore: number | null, level: ClassificationLevel, workPoints: number };

export type LiveOneQueryVariables = Exact<{
  id: string;
  period: string;
}>;


export type LiveOneQuery = { employee: { periodScore: { score: number | null, ownScore: number | null, unitScore: number | null, level: ClassificationLevel, workPoints: number } | null } | null };

export type LiveTeamQueryVariables = Exact<{
  agencyId: string;
  period: string;
}>;


export type LiveTeamQuery = { employees: { nodes: Array<{ id: string, periodScore: { score: number | null, ownScore: number | null, unitScore: number | null, level: ClassificationLevel, workPoints: number } | null }> } };

export type LiveExplainedQueryVariables = Exact<{
  id: string;
  period: string;
}>;


export type LiveExplainedQuery = { employee: { periodScore: { score: number | null, ownScore: number | null, unitScore: number | null, level: ClassificationLevel, workPoints: number, segments: Array<{ workPoints: number, facts: Record<string, unknown> }> } | null } | null };

export type LivePageQueryVariables = Exact<{
  first: number;
  period: string;
}>;


export type LivePageQuery = { employees: { nodes: Array<{ id: string, periodScore: { score: number | null, level: ClassificationLevel } | null }> } };

export type ScoringScoreFragment = { score: number | null, ownScore: number | null, unitScore: number | null, level: ClassificationLevel, levelByBand: ClassificationLevel, gate: ClassificationGate | null, overdueShare: number | null, workPoints: number, capacityMinutes: number, availableDays: number, policyVersion: number, frozen: boolean, indicators: { quantity: number | null, timeliness: number | null, quality: number | null, proactivity: number | null, coordination: number | null, creativity: number | null, overdue: number | null }, segments: Array<{ from: string, to: string, agencyId: string, divisionId: string | null, positionCategory: PositionCategory | null, kpi: number | null, availableDays: number, workPoints: number, facts: Record<string, unknown> }> };

export type ScoringMyScoreQueryVariables = Exact<{
  period: string;
}>;


export type ScoringMyScoreQuery = { me: { periodScore: { score: number | null, ownScore: number | null, unitScore: number | null, level: ClassificationLevel, levelByBand: ClassificationLevel, gate: ClassificationGate | null, overdueShare: number | null, workPoints: number, capacityMinutes: number, availableDays: number, policyVersion: number, frozen: boolean, period: { status: ScoringPeriodStatus }, indicators: { quantity: number | null, timeliness: number | null, quality: number | null, proactivity: number | null, coordination: number | null, creativity: number | null, overdue: number | null }, segments: Array<{ from: string, to: string, agencyId: string, divisionId: string | null, positionCategory: PositionCategory | null, kpi: number | null, availableDays: number, workPoints: number, facts: Record<string, unknown> }> } | null } | null };

export type ScoringEmployeeQueryVariables = Exact<{
  id: string;
}>;


export type ScoringEmployeeQuery = { employee: { periodScore: { score: number | null } | null } | null };

export type ScoringMyStretchesQueryVariables = Exact<{
  period: string;
}>;


export type ScoringMyStretchesQuery = { me: { periodScore: { segments: Array<{ from: string, sectorCode: string | null }> } | null } | null };

export type ScoringComputeAgencyMutationVariables = Exact<{
  period: string;
  agencyId?: string | null | undefined;
}>;


export type ScoringComputeAgencyMutation = { computeScoringPeriod: { code: string } };

export type ScoringTransferEmployeeMutationVariables = Exact<{
  input: PlacementInput;
}>;


export type ScoringTransferEmployeeMutation = { transferEmployee: { id: string } };

export type ScoringEmployee2QueryVariables = Exact<{
  id: string;
}>;


export type ScoringEmployee2Query = { employee: { periodScore: { ownScore: number | null, agency: { id: string }, segments: Array<{ from: string, to: string, agencyId: string, kpi: number | null, availableDays: number }> } | null } | null };

export type ScoringCloseScoringPeriodMutationVariables = Exact<{
  p: string;
}>;


export type ScoringCloseScoringPeriodMutation = { closeScoringPeriod: { status: ScoringPeriodStatus } };

export type ScoringCloseScoringPeriod2MutationVariables = Exact<{ [key: string]: never; }>;


export type ScoringCloseScoringPeriod2Mutation = { closeScoringPeriod: { status: ScoringPeriodStatus, policyVersion: number | null } };

export type ScoringSetScoringPolicyMutationVariables = Exact<{ [key: string]: never; }>;


export type ScoringSetScoringPolicyMutation = { setScoringPolicy: { version: number } };

export type ScoringRecomputeScoringPeriodMutationVariables = Exact<{ [key: string]: never; }>;


export type ScoringRecomputeScoringPeriodMutation = { recomputeScoringPeriod: { people: number, changed: number } };

export type ScoringReopenScoringPeriodMutationVariables = Exact<{ [key: string]: never; }>;


export type ScoringReopenScoringPeriodMutation = { reopenScoringPeriod: { status: ScoringPeriodStatus } };

export type ScoringComputeScoringPeriodMutationVariables = Exact<{ [key: string]: never; }>;


export type ScoringComputeScoringPeriodMutation = { computeScoringPeriod: { status: ScoringPeriodStatus } };

export type ScoringAgencyQueryVariables = Exact<{
  id: string;
}>;


export type ScoringAgencyQuery = { agency: { scoreSummary: { people: number, scored: number, meanScore: number | null, excellent: number, good: number, completed: number, notCompleted: number } } | null };

export type ScoringCloseScoringPeriod3MutationVariables = Exact<{ [key: string]: never; }>;


export type ScoringCloseScoringPeriod3Mutation = { closeScoringPeriod: { status: ScoringPeriodStatus } };

export type ScoringEmployeesQueryVariables = Exact<{
  first: number;
}>;


export type ScoringEmployeesQuery = { employees: { nodes: Array<{ id: string, periodScore: { score: number | null, level: ClassificationLevel, period: { status: ScoringPeriodStatus } } | null, creativityRating: { points: number } | null, annualAssessment: { total: number | null } | null }> } };

export type ScoringProvinceOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ScoringProvinceOverviewQuery = { provinceOverview: { distribution: { people: number } } | null };

export type ScoringEmployee3QueryVariables = Exact<{
  id: string;
}>;


export type ScoringEmployee3Query = { employee: { fullName: string } | null, provinceOverview: { byAgency: Array<{ meanScore: number | null }> } | null };

export type ScoringSetScoringPolicy2MutationVariables = Exact<{
  o?: Record<string, unknown> | null | undefined;
}>;


export type ScoringSetScoringPolicy2Mutation = { setScoringPolicy: { version: number } };

export type ScoringProductsQueryVariables = Exact<{
  period: string;
}>;


export type ScoringProductsQuery = { me: { periodScore: { policyVersion: number, segments: Array<{ products: { judged: number, completed: number, judgedUnits: number | null, completedUnits: number | null, unitsMeetingRequirements: number | null, unitsOnTime: number | null, quantityPct: number | null, qualityPct: number | null, progressPct: number | null, plainQualityPct: number | null, plainProgressPct: number | null } }> } | null } | null };

export type ScoringAssignTenMutationVariables = Exact<{
  input: AssignWorkInput;
}>;


export type ScoringAssignTenMutation = { assignWork: { id: string } };

export type ScoringAcceptTenMutationVariables = Exact<{
  id: string;
}>;


export type ScoringAcceptTenMutation = { acceptAssignment: { id: string } };

export type ScoringSubmitEightMutationVariables = Exact<{
  id: string;
}>;


export type ScoringSubmitEightMutation = { submitAssignment: { id: string } };

export type ScoringCompleteEightMutationVariables = Exact<{
  id: string;
}>;


export type ScoringCompleteEightMutation = { completeAssignment: { id: string } };

export type ScoringSetLeaderBandsMutationVariables = Exact<{
  o?: Record<string, unknown> | null | undefined;
}>;


export type ScoringSetLeaderBandsMutation = { setScoringPolicy: { version: number, rules: Record<string, unknown> } };

export type ScoringSetToCorrectMutationVariables = Exact<{
  from: string;
}>;


export type ScoringSetToCorrectMutation = { setScoringPolicy: { version: number, effectiveFrom: string } };

export type ScoringAmendMutationVariables = Exact<{
  version: number;
  input: ScoringPolicyInput;
}>;


export type ScoringAmendMutation = { amendScoringPolicy: { version: number, effectiveFrom: string, rules: Record<string, unknown> } };

export type ScoringWithdrawMutationVariables = Exact<{
  version: number;
  reason: string;
}>;


export type ScoringWithdrawMutation = { withdrawScoringPolicy: { version: number } };

export type ScoringPolicyLineQueryVariables = Exact<{ [key: string]: never; }>;


export type ScoringPolicyLineQuery = { scoringPolicies: Array<{ version: number, effectiveFrom: string, effectiveTo: string | null }>, scoringPolicyChanges: Array<{ version: number, action: PolicyChangeAction, effectiveFrom: string, rules: Record<string, unknown>, changedBy: string, reason: string }> };

export type ScoringStartAgencyJobMutationVariables = Exact<{
  period: string;
  action: ScoringPeriodAction;
  agencyId?: string | null | undefined;
  reason?: string | null | undefined;
}>;


export type ScoringStartAgencyJobMutation = { startScoringPeriodJob: { id: string } };

export type ScoringAgencyJobQueryVariables = Exact<{
  id: string;
}>;


export type ScoringAgencyJobQuery = { scoringJob: { state: JobState, summary: string | null, errors: Array<{ code: string }> } | null };

export type ScoringCloseAgencyMutationVariables = Exact<{
  period: string;
  agencyId?: string | null | undefined;
  reason?: string | null | undefined;
}>;


export type ScoringCloseAgencyMutation = { closeScoringPeriod: { status: ScoringPeriodStatus, agencyCloses: Array<{ agencyId: string, people: number, closedBy: string, reason: string | null }> } };

export type ScoringReopenAgencyMutationVariables = Exact<{
  period: string;
  agencyId?: string | null | undefined;
  reason: string;
}>;


export type ScoringReopenAgencyMutation = { reopenScoringPeriod: { status: ScoringPeriodStatus, agencyCloses: Array<{ agencyId: string }> } };

export type ScoringRecomputeAgencyMutationVariables = Exact<{
  period: string;
  agencyId?: string | null | undefined;
}>;


export type ScoringRecomputeAgencyMutation = { recomputeScoringPeriod: { people: number, changed: number } };

export type ScoringComputeOctoberMutationVariables = Exact<{
  agencyId?: string | null | undefined;
}>;


export type ScoringComputeOctoberMutation = { computeScoringPeriod: { status: ScoringPeriodStatus } };

export type ScoringRateClosedMutationVariables = Exact<{
  id: string;
}>;


export type ScoringRateClosedMutation = { rateCreativity: { points: number } };

export type ScoringPeriodClosesQueryVariables = Exact<{ [key: string]: never; }>;


export type ScoringPeriodClosesQuery = { scoringPeriod: { status: ScoringPeriodStatus, agencyCloses: Array<{ agencyId: string, people: number, reason: string | null }> } };

export type TeamPageQueryVariables = Exact<{
  agencyId: string;
  first: number;
  period: string;
}>;


export type TeamPageQuery = { employees: { nodes: Array<{ id: string, fullName: string, periodScore: { score: number | null, level: ClassificationLevel, frozen: boolean, workPoints: number, indicators: { quantity: number | null, timeliness: number | null, quality: number | null } } | null }> } };

export type TeamPageRenameMutationVariables = Exact<{
  id: string;
  fullName: string;
}>;


export type TeamPageRenameMutation = { updateEmployee: { id: string } };

export type TeamPageCloseMutationVariables = Exact<{
  period: string;
}>;


export type TeamPageCloseMutation = { closeScoringPeriod: { status: ScoringPeriodStatus } };

export type WebRemindersStartMutationVariables = Exact<{ [key: string]: never; }>;


export type WebRemindersStartMutation = { startReminderJob: { id: string } };

export type WebRemindersJobQueryVariables = Exact<{
  id: string;
}>;


export type WebRemindersJobQuery = { diaryJob: { state: JobState, summary: string | null } | null };

export type WebRemindersPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebRemindersPreferencesQuery = { myNotificationPreferences: Array<{ kind: ReminderKind, email: boolean }> };

export const ItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<ItemFragment, unknown>;
export const AssignmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"expectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityDone"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"majorErrors"}},{"kind":"Field","name":{"kind":"Name","value":"excusedErrors"}},{"kind":"Field","name":{"kind":"Name","value":"delays"}},{"kind":"Field","name":{"kind":"Name","value":"excusedDelays"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<AssignmentFieldsFragment, unknown>;
export const AssessmentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"positionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"isLeadership"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"kpiScore"}},{"kind":"Field","name":{"kind":"Name","value":"kpiShare"}},{"kind":"Field","name":{"kind":"Name","value":"kpiPoints"}},{"kind":"Field","name":{"kind":"Name","value":"otherCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelByBand"}},{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"tiedAtCap"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<AssessmentRowFragment, unknown>;
export const JobsJobFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobsJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}}]}}]}}]} as unknown as DocumentNode<JobsJobFragment, unknown>;
export const LiveFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"ownScore"}},{"kind":"Field","name":{"kind":"Name","value":"unitScore"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}}]}}]} as unknown as DocumentNode<LiveFiguresFragment, unknown>;
export const ScoringScoreFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoringScore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"ownScore"}},{"kind":"Field","name":{"kind":"Name","value":"unitScore"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelByBand"}},{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"overdueShare"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"availableDays"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"proactivity"}},{"kind":"Field","name":{"kind":"Name","value":"coordination"}},{"kind":"Field","name":{"kind":"Name","value":"creativity"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"positionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"availableDays"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}}]}}]}}]} as unknown as DocumentNode<ScoringScoreFragment, unknown>;
export const ApprovalCreateWorkItemItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalCreateWorkItemItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Item"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<ApprovalCreateWorkItemItemMutation, ApprovalCreateWorkItemItemMutationVariables>;
export const ApprovalReviseWorkItemItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalReviseWorkItemItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseWorkItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseWorkItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Item"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<ApprovalReviseWorkItemItemMutation, ApprovalReviseWorkItemItemMutationVariables>;
export const ApprovalApproveWorkItemVersionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalApproveWorkItemVersionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveWorkItemVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Item"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<ApprovalApproveWorkItemVersionItemMutation, ApprovalApproveWorkItemVersionItemMutationVariables>;
export const ApprovalRejectWorkItemVersionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalRejectWorkItemVersionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectWorkItemVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Item"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<ApprovalRejectWorkItemVersionItemMutation, ApprovalRejectWorkItemVersionItemMutationVariables>;
export const ApprovalRecordDiaryEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalRecordDiaryEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDiaryEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"workItemVersion"}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalRecordDiaryEntryMutation, ApprovalRecordDiaryEntryMutationVariables>;
export const ApprovalMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loggableWorkItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalMeQuery, ApprovalMeQueryVariables>;
export const ApprovalWorkItemByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalWorkItemByCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItemByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"C-SNV-001","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approval"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalWorkItemByCodeQuery, ApprovalWorkItemByCodeQueryVariables>;
export const ApprovalSetPositionWorkItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalSetPositionWorkItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"positionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPositionWorkItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"positionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"positionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"workItemIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ApprovalSetPositionWorkItemsMutation, ApprovalSetPositionWorkItemsMutationVariables>;
export const ApprovalWorkItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalWorkItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-11-18","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalWorkItemQuery, ApprovalWorkItemQueryVariables>;
export const ApprovalWorkItemsAwaitingApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalWorkItemsAwaitingApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItemsAwaitingApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ownerAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalWorkItemsAwaitingApprovalQuery, ApprovalWorkItemsAwaitingApprovalQueryVariables>;
export const ApprovalImportCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalImportCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"CSV"}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"StringValue","value":"2026-11-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"ownerAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<ApprovalImportCatalogueMutation, ApprovalImportCatalogueMutationVariables>;
export const ApprovalWorkItemByCode2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalWorkItemByCode2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItemByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"C-SNV-961","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalWorkItemByCode2Query, ApprovalWorkItemByCode2QueryVariables>;
export const ApprovalRetireWorkItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalRetireWorkItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireWorkItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"StringValue","value":"2026-11-15","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"Gộp vào C-SNV-960","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApprovalRetireWorkItemMutation, ApprovalRetireWorkItemMutationVariables>;
export const CatalogueMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isLeadership"}},{"kind":"Field","name":{"kind":"Name","value":"workItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"group"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"loggableWorkItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueMeQuery, CatalogueMeQueryVariables>;
export const CatalogueMe2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueMe2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isLeadership"}},{"kind":"Field","name":{"kind":"Name","value":"workItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"group"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueMe2Query, CatalogueMe2QueryVariables>;
export const CatalogueAgencyByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueAgencyByCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"SNV","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCodes"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownedSectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownWorkItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"group"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueAgencyByCodeQuery, CatalogueAgencyByCodeQueryVariables>;
export const CatalogueWorkItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueWorkItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}},{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"asOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2025-06-30","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"after"},"name":{"kind":"Name","value":"asOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2025-07-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ancient"},"name":{"kind":"Name","value":"asOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2024-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueWorkItemQuery, CatalogueWorkItemQueryVariables>;
export const CatalogueWorkItemByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueWorkItemByCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItemByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"B-001","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<CatalogueWorkItemByCodeQuery, CatalogueWorkItemByCodeQueryVariables>;
export const CatalogueWorkItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueWorkItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sectorCode"},"value":{"kind":"StringValue","value":"FINANCE","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"group"},"value":{"kind":"EnumValue","value":"D"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueWorkItemsQuery, CatalogueWorkItemsQueryVariables>;
export const CatalogueWorkItems2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueWorkItems2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"van ban","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CatalogueWorkItems2Query, CatalogueWorkItems2QueryVariables>;
export const CatalogueCreateWorkItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueCreateWorkItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"coefficient"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueCreateWorkItemMutation, CatalogueCreateWorkItemMutationVariables>;
export const CatalogueRetireWorkItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueRetireWorkItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireWorkItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"StringValue","value":"2026-02-01","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CatalogueRetireWorkItemMutation, CatalogueRetireWorkItemMutationVariables>;
export const CatalogueReviseWorkItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueReviseWorkItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseWorkItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseWorkItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"coefficient"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueReviseWorkItemMutation, CatalogueReviseWorkItemMutationVariables>;
export const CatalogueRetireWorkItem2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueRetireWorkItem2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireWorkItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"StringValue","value":"2026-03-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"Gộp vào B-002","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retiredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-02-28","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"after"},"name":{"kind":"Name","value":"asOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-03-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueRetireWorkItem2Mutation, CatalogueRetireWorkItem2MutationVariables>;
export const CatalogueReviseWorkItem2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueReviseWorkItem2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseWorkItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"StringValue","value":"2026-04-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"coefficient"},"value":{"kind":"IntValue","value":"1"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CatalogueReviseWorkItem2Mutation, CatalogueReviseWorkItem2MutationVariables>;
export const CatalogueSetSectorKpiStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueSetSectorKpiStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSectorKpiStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSectorKpiStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMinutesPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueSetSectorKpiStandardMutation, CatalogueSetSectorKpiStandardMutationVariables>;
export const CatalogueSectorByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueSectorByCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectorByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"HEALTH","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiStandards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"StringValue","value":"2026-01-15","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMinutesPerMonth"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueSectorByCodeQuery, CatalogueSectorByCodeQueryVariables>;
export const CatalogueSetPositionWorkItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueSetPositionWorkItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"positionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPositionWorkItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"positionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"positionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"workItemIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"Rà soát bản mô tả công việc","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CatalogueSetPositionWorkItemsMutation, CatalogueSetPositionWorkItemsMutationVariables>;
export const CatalogueJobPositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueJobPosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueJobPositionQuery, CatalogueJobPositionQueryVariables>;
export const CatalogueRequestCatalogueChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueRequestCatalogueChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestCatalogueChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCatalogueChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueRequestCatalogueChangeMutation, CatalogueRequestCatalogueChangeMutationVariables>;
export const CatalogueDecideCatalogueChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueDecideCatalogueChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideChangeRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCatalogueChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-05-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueDecideCatalogueChangeMutation, CatalogueDecideCatalogueChangeMutationVariables>;
export const CatalogueCatalogueChangeRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueCatalogueChangeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogueChangeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CatalogueCatalogueChangeRequestsQuery, CatalogueCatalogueChangeRequestsQueryVariables>;
export const CatalogueWorkItemByCode2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueWorkItemByCode2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItemByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"B-010","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CatalogueWorkItemByCode2Query, CatalogueWorkItemByCode2QueryVariables>;
export const CatalogueImportCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueImportCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SheetFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"revised"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueImportCatalogueMutation, CatalogueImportCatalogueMutationVariables>;
export const CatalogueStartImportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueStartImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCatalogueImportJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"CSV"}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CatalogueStartImportJobMutation, CatalogueStartImportJobMutationVariables>;
export const CatalogueImportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogueJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueImportJobQuery, CatalogueImportJobQueryVariables>;
export const CatalogueExportCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueExportCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"CSV"}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"StringValue","value":"2026-09-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"sectorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<CatalogueExportCatalogueQuery, CatalogueExportCatalogueQueryVariables>;
export const CatalogueExportCatalogue2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueExportCatalogue2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"XLSX"}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"StringValue","value":"2026-06-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"sectorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<CatalogueExportCatalogue2Query, CatalogueExportCatalogue2QueryVariables>;
export const CatalogueWorkItemByCode3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueWorkItemByCode3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItemByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"CUL-001","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-06-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueWorkItemByCode3Query, CatalogueWorkItemByCode3QueryVariables>;
export const CatalogueKpiHandbookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueKpiHandbook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiHandbook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"HTML"}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"StringValue","value":"2026-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<CatalogueKpiHandbookQuery, CatalogueKpiHandbookQueryVariables>;
export const CatalogueKpiHandbook2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueKpiHandbook2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiHandbook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"XLSX"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<CatalogueKpiHandbook2Query, CatalogueKpiHandbook2QueryVariables>;
export const CatalogueExportEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueExportEverything"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"XLSX"}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"StringValue","value":"2026-06-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<CatalogueExportEverythingQuery, CatalogueExportEverythingQueryVariables>;
export const CatalogueHandbookSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueHandbookSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiHandbook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"XLSX"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<CatalogueHandbookSheetQuery, CatalogueHandbookSheetQueryVariables>;
export const CatalogueCreateWorkItem2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueCreateWorkItem2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CatalogueCreateWorkItem2Mutation, CatalogueCreateWorkItem2MutationVariables>;
export const CatalogueNearDuplicateWorkItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueNearDuplicateWorkItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nearDuplicateWorkItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threshold"},"value":{"kind":"FloatValue","value":"0.8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}}]}}]}}]} as unknown as DocumentNode<CatalogueNearDuplicateWorkItemsQuery, CatalogueNearDuplicateWorkItemsQueryVariables>;
export const CatalogueWorkItems3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueWorkItems3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2025-03-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coefficient"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueWorkItems3Query, CatalogueWorkItems3QueryVariables>;
export const CatalogueEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loggableWorkItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueEmployeesQuery, CatalogueEmployeesQueryVariables>;
export const CatalogueSetProvinceLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueSetProvinceLimits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProvinceLimitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProvinceLimits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"coefficientMax"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CatalogueSetProvinceLimitsMutation, CatalogueSetProvinceLimitsMutationVariables>;
export const CatalogueProvinceLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueProvinceLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"coefficientMax"}}]}}]}}]} as unknown as DocumentNode<CatalogueProvinceLimitsQuery, CatalogueProvinceLimitsQueryVariables>;
export const CatalogueCreateWorkItem3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueCreateWorkItem3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CatalogueCreateWorkItem3Mutation, CatalogueCreateWorkItem3MutationVariables>;
export const HygieneCatalogueHygieneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HygieneCatalogueHygiene"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueHygieneFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rarelyBelow"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"farFactor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minEntries"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogueHygiene"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"rarelyBelow"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rarelyBelow"}}},{"kind":"Argument","name":{"kind":"Name","value":"farFactor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"farFactor"}}},{"kind":"Argument","name":{"kind":"Name","value":"minEntries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minEntries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"itemsInForce"}},{"kind":"Field","name":{"kind":"Name","value":"minEntries"}},{"kind":"Field","name":{"kind":"Name","value":"neverUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rarelyUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}}]}},{"kind":"Field","name":{"kind":"Name","value":"farFromStandard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"actualToStandard"}}]}}]}}]}}]} as unknown as DocumentNode<HygieneCatalogueHygieneQuery, HygieneCatalogueHygieneQueryVariables>;
export const HygieneRetireWorkItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HygieneRetireWorkItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireWorkItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"StringValue","value":"2026-09-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"Không còn phát sinh","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HygieneRetireWorkItemMutation, HygieneRetireWorkItemMutationVariables>;
export const AssignmentsAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignmentsAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignWorkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"expectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityDone"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"majorErrors"}},{"kind":"Field","name":{"kind":"Name","value":"excusedErrors"}},{"kind":"Field","name":{"kind":"Name","value":"delays"}},{"kind":"Field","name":{"kind":"Name","value":"excusedDelays"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<AssignmentsAssignMutation, AssignmentsAssignMutationVariables>;
export const AssignmentsAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignmentsAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"acceptAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"expectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityDone"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"majorErrors"}},{"kind":"Field","name":{"kind":"Name","value":"excusedErrors"}},{"kind":"Field","name":{"kind":"Name","value":"delays"}},{"kind":"Field","name":{"kind":"Name","value":"excusedDelays"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<AssignmentsAcceptMutation, AssignmentsAcceptMutationVariables>;
export const AssignmentsSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignmentsSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"submit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitAssignmentInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"submitAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"submit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"expectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityDone"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"majorErrors"}},{"kind":"Field","name":{"kind":"Name","value":"excusedErrors"}},{"kind":"Field","name":{"kind":"Name","value":"delays"}},{"kind":"Field","name":{"kind":"Name","value":"excusedDelays"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<AssignmentsSubmitMutation, AssignmentsSubmitMutationVariables>;
export const AssignmentsCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignmentsComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"completeAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"expectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityDone"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"majorErrors"}},{"kind":"Field","name":{"kind":"Name","value":"excusedErrors"}},{"kind":"Field","name":{"kind":"Name","value":"delays"}},{"kind":"Field","name":{"kind":"Name","value":"excusedDelays"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<AssignmentsCompleteMutation, AssignmentsCompleteMutationVariables>;
export const AssignmentsReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignmentsReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"returnAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"expectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityDone"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"majorErrors"}},{"kind":"Field","name":{"kind":"Name","value":"excusedErrors"}},{"kind":"Field","name":{"kind":"Name","value":"delays"}},{"kind":"Field","name":{"kind":"Name","value":"excusedDelays"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<AssignmentsReturnMutation, AssignmentsReturnMutationVariables>;
export const AssignmentsCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignmentsCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"cancelAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"expectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityDone"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"majorErrors"}},{"kind":"Field","name":{"kind":"Name","value":"excusedErrors"}},{"kind":"Field","name":{"kind":"Name","value":"delays"}},{"kind":"Field","name":{"kind":"Name","value":"excusedDelays"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<AssignmentsCancelMutation, AssignmentsCancelMutationVariables>;
export const AssignmentsExtendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignmentsExtend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"extendAssignmentDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"deadline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"expectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityDone"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"majorErrors"}},{"kind":"Field","name":{"kind":"Name","value":"excusedErrors"}},{"kind":"Field","name":{"kind":"Name","value":"delays"}},{"kind":"Field","name":{"kind":"Name","value":"excusedDelays"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<AssignmentsExtendMutation, AssignmentsExtendMutationVariables>;
export const AssignmentsReassignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignmentsReassign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"reassignAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"expectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityDone"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"majorErrors"}},{"kind":"Field","name":{"kind":"Name","value":"excusedErrors"}},{"kind":"Field","name":{"kind":"Name","value":"delays"}},{"kind":"Field","name":{"kind":"Name","value":"excusedDelays"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<AssignmentsReassignMutation, AssignmentsReassignMutationVariables>;
export const AssignmentsMyAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentsMyAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"LEAD"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssignmentsMyAssignmentsQuery, AssignmentsMyAssignmentsQueryVariables>;
export const AssignmentsMyAssignments2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentsMyAssignments2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"COOPERATOR"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssignmentsMyAssignments2Query, AssignmentsMyAssignments2QueryVariables>;
export const AssignmentsMyAssignments3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentsMyAssignments3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dueWithinWorkingDays"},"value":{"kind":"IntValue","value":"4"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssignmentsMyAssignments3Query, AssignmentsMyAssignments3QueryVariables>;
export const AssignmentsRecordDiaryEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignmentsRecordDiaryEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDiaryEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentsRecordDiaryEntryMutation, AssignmentsRecordDiaryEntryMutationVariables>;
export const AssignmentsAssignmentsToReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentsAssignmentsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssignmentsAssignmentsToReviewQuery, AssignmentsAssignmentsToReviewQueryVariables>;
export const AssignmentsMyAssignments4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentsMyAssignments4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"LEAD"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssignmentsMyAssignments4Query, AssignmentsMyAssignments4QueryVariables>;
export const AssignmentsMyAssignments5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentsMyAssignments5"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}}]}}]}}]} as unknown as DocumentNode<AssignmentsMyAssignments5Query, AssignmentsMyAssignments5QueryVariables>;
export const AssignmentsAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentsAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"person"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-30","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"overdueShare"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"person"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-30","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueShare"}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentsAgencyQuery, AssignmentsAgencyQueryVariables>;
export const AssignmentsAgency2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentsAgency2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-30","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentsAgency2Query, AssignmentsAgency2QueryVariables>;
export const AssignmentsRecordDiaryEntry2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignmentsRecordDiaryEntry2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDiaryEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentsRecordDiaryEntry2Mutation, AssignmentsRecordDiaryEntry2MutationVariables>;
export const AssignmentsAgency3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentsAgency3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"person"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingDiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-30","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"person"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingDiaryDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-30","block":false}}]}]}}]}}]} as unknown as DocumentNode<AssignmentsAgency3Query, AssignmentsAgency3QueryVariables>;
export const AssignmentsAgency4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentsAgency4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentsAgency4Query, AssignmentsAgency4QueryVariables>;
export const AssignmentsEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentsEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignmentSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-30","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueShare"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentsEmployeesQuery, AssignmentsEmployeesQueryVariables>;
export const AssignmentsAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentsAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"missingDiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-19","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignmentSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-30","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentsAgenciesQuery, AssignmentsAgenciesQueryVariables>;
export const DiaryRecordDiaryEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiaryRecordDiaryEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDiaryEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"coefficient"}},{"kind":"Field","name":{"kind":"Name","value":"workItemVersion"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DiaryRecordDiaryEntryMutation, DiaryRecordDiaryEntryMutationVariables>;
export const DiaryMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiaryMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-11-19","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isWorkingDay"}},{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"earnedStandardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"standardDayMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]}}]} as unknown as DocumentNode<DiaryMeQuery, DiaryMeQueryVariables>;
export const DiaryMe2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiaryMe2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-11-18","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]}}]} as unknown as DocumentNode<DiaryMe2Query, DiaryMe2QueryVariables>;
export const DiaryCorrectEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiaryCorrectEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDiaryEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<DiaryCorrectEntryMutation, DiaryCorrectEntryMutationVariables>;
export const DiaryRecordLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiaryRecordLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLeaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DiaryRecordLeaveMutation, DiaryRecordLeaveMutationVariables>;
export const DiaryMe3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiaryMe3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-09","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-20","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"daysOnLeave"}},{"kind":"Field","name":{"kind":"Name","value":"missingDays"}},{"kind":"Field","name":{"kind":"Name","value":"availableStandardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverStandard"}}]}}]}}]}}]} as unknown as DocumentNode<DiaryMe3Query, DiaryMe3QueryVariables>;
export const DiaryYearOfEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiaryYearOfEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DiaryYearOfEntriesQuery, DiaryYearOfEntriesQueryVariables>;
export const DiaryEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiaryEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-20","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DiaryEmployeeQuery, DiaryEmployeeQueryVariables>;
export const DiaryWorkingCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiaryWorkingCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-30","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}}]}}]}}]} as unknown as DocumentNode<DiaryWorkingCalendarQuery, DiaryWorkingCalendarQueryVariables>;
export const DiaryWorkItemByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiaryWorkItemByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItemByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-10-21","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-20","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"actualToStandard"}}]}}]}}]}}]} as unknown as DocumentNode<DiaryWorkItemByCodeQuery, DiaryWorkItemByCodeQueryVariables>;
export const DiaryReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiaryReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DiaryReviewQueueQuery, DiaryReviewQueueQueryVariables>;
export const DiaryReviewDiaryEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiaryReviewDiaryEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewDiaryEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"APPROVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DiaryReviewDiaryEntriesMutation, DiaryReviewDiaryEntriesMutationVariables>;
export const DiaryReviewDiaryEntries2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiaryReviewDiaryEntries2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewDiaryEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"APPROVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DiaryReviewDiaryEntries2Mutation, DiaryReviewDiaryEntries2MutationVariables>;
export const DiaryReviewDiaryEntries3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiaryReviewDiaryEntries3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewDiaryEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"RETURN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DiaryReviewDiaryEntries3Mutation, DiaryReviewDiaryEntries3MutationVariables>;
export const DiaryReviewDiaryEntries4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiaryReviewDiaryEntries4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewDiaryEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"APPROVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DiaryReviewDiaryEntries4Mutation, DiaryReviewDiaryEntries4MutationVariables>;
export const DiaryReviewQueue2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiaryReviewQueue2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DiaryReviewQueue2Query, DiaryReviewQueue2QueryVariables>;
export const DiaryRecordWorkEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiaryRecordWorkEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkEventInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordWorkEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}}]} as unknown as DocumentNode<DiaryRecordWorkEventsMutation, DiaryRecordWorkEventsMutationVariables>;
export const DiarySetWorkItemMappingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiarySetWorkItemMapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetWorkItemMappingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkItemMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DiarySetWorkItemMappingMutation, DiarySetWorkItemMappingMutationVariables>;
export const DiaryWorkItemMappingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiaryWorkItemMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItemMappings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"client"},"value":{"kind":"StringValue","value":"client:eoffice","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}}]}}]}}]} as unknown as DocumentNode<DiaryWorkItemMappingsQuery, DiaryWorkItemMappingsQueryVariables>;
export const DiaryWorkItemByCode2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiaryWorkItemByCode2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItemByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"B-001","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DiaryWorkItemByCode2Query, DiaryWorkItemByCode2QueryVariables>;
export const DiaryReviewDiaryEntries5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiaryReviewDiaryEntries5"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewDiaryEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"APPROVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]} as unknown as DocumentNode<DiaryReviewDiaryEntries5Mutation, DiaryReviewDiaryEntries5MutationVariables>;
export const DiaryEmployee2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiaryEmployee2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cut"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-20","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"approvedBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cut"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DiaryEmployee2Query, DiaryEmployee2QueryVariables>;
export const DiaryEmployee3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiaryEmployee3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cut"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-20","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"RETURNED"}},{"kind":"Argument","name":{"kind":"Name","value":"approvedBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cut"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DiaryEmployee3Query, DiaryEmployee3QueryVariables>;
export const DiaryEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiaryEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"diaryPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-10-21","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-20","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workPoints"}},{"kind":"Field","name":{"kind":"Name","value":"missingDays"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leaves"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-10-21","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-20","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DiaryEmployeesQuery, DiaryEmployeesQueryVariables>;
export const HistoryImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HistoryImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SheetFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importDiaryHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCode"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]}}]} as unknown as DocumentNode<HistoryImportMutation, HistoryImportMutationVariables>;
export const HistoryImportAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HistoryImportAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importAssignmentHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"CSV"}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]}}]} as unknown as DocumentNode<HistoryImportAssignmentsMutation, HistoryImportAssignmentsMutationVariables>;
export const HistoryStartJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HistoryStartJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDiaryHistoryImportJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"CSV"}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"Năm 2026","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<HistoryStartJobMutation, HistoryStartJobMutationVariables>;
export const HistoryJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<HistoryJobQuery, HistoryJobQueryVariables>;
export const HistoryAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HistoryAssignmentQuery, HistoryAssignmentQueryVariables>;
export const HistoryComputeMarchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HistoryComputeMarch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computeScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-03","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HistoryComputeMarchMutation, HistoryComputeMarchMutationVariables>;
export const HistoryMyMarchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryMyMarch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-03","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"imported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"products"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HistoryMyMarchQuery, HistoryMyMarchQueryVariables>;
export const KeptFactsRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeptFactsRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDiaryEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<KeptFactsRecordMutation, KeptFactsRecordMutationVariables>;
export const KeptFactsSetPositionWorkItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeptFactsSetPositionWorkItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"positionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPositionWorkItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"positionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"positionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"workItemIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"Rà soát bản mô tả công việc","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KeptFactsSetPositionWorkItemsMutation, KeptFactsSetPositionWorkItemsMutationVariables>;
export const KeptFactsUpdateJobPositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeptFactsUpdateJobPosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateJobPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"standardMinutesPerDay"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardMinutesPerDay"}}]}}]}}]} as unknown as DocumentNode<KeptFactsUpdateJobPositionMutation, KeptFactsUpdateJobPositionMutationVariables>;
export const KeptFactsStaffPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeptFactsStaffPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<KeptFactsStaffPageQuery, KeptFactsStaffPageQueryVariables>;
export const KeptFactsCatalogueItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeptFactsCatalogueItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<KeptFactsCatalogueItemQuery, KeptFactsCatalogueItemQueryVariables>;
export const KeptDaysRecordLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeptDaysRecordLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLeaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KeptDaysRecordLeaveMutation, KeptDaysRecordLeaveMutationVariables>;
export const KeptDaysReopenDiaryPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeptDaysReopenDiaryPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenDiaryPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}}]}}]}}]} as unknown as DocumentNode<KeptDaysReopenDiaryPeriodMutation, KeptDaysReopenDiaryPeriodMutationVariables>;
export const LockdownRecordDiaryEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockdownRecordDiaryEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDiaryEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}}]}}]} as unknown as DocumentNode<LockdownRecordDiaryEntryMutation, LockdownRecordDiaryEntryMutationVariables>;
export const LockdownDiaryPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LockdownDiaryPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"closeDay"}},{"kind":"Field","name":{"kind":"Name","value":"graceDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateAfterWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"standardDayMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"farAboveFactor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diaryPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"StringValue","value":"2026-12-15","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeDay"}}]}}]}}]} as unknown as DocumentNode<LockdownDiaryPoliciesQuery, LockdownDiaryPoliciesQueryVariables>;
export const LockdownSetDiaryPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockdownSetDiaryPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDiaryPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDiaryPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"closeDay"}}]}}]}}]} as unknown as DocumentNode<LockdownSetDiaryPolicyMutation, LockdownSetDiaryPolicyMutationVariables>;
export const LockdownDiaryAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LockdownDiaryAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LockdownDiaryAuditQuery, LockdownDiaryAuditQueryVariables>;
export const LockdownUpdateDiaryEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockdownUpdateDiaryEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"quantity"},"value":{"kind":"IntValue","value":"2"}},{"kind":"ObjectField","name":{"kind":"Name","value":"override"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"Sửa số lượng","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]} as unknown as DocumentNode<LockdownUpdateDiaryEntryMutation, LockdownUpdateDiaryEntryMutationVariables>;
export const LockdownDeleteDiaryEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockdownDeleteDiaryEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"override"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"Ghi nhầm người","block":false}}]}]}}]} as unknown as DocumentNode<LockdownDeleteDiaryEntryMutation, LockdownDeleteDiaryEntryMutationVariables>;
export const LockdownReopenDiaryPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockdownReopenDiaryPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenDiaryPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]} as unknown as DocumentNode<LockdownReopenDiaryPeriodMutation, LockdownReopenDiaryPeriodMutationVariables>;
export const LockdownDiaryPeriodReopeningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LockdownDiaryPeriodReopenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryPeriodReopenings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"StringValue","value":"2026-09-30","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<LockdownDiaryPeriodReopeningsQuery, LockdownDiaryPeriodReopeningsQueryVariables>;
export const LockdownMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LockdownMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingDiaryDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-02","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-08","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"holiday"},"name":{"kind":"Name","value":"diaryDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-11-04","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isWorkingDay"}},{"kind":"Field","name":{"kind":"Name","value":"holiday"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"saturday"},"name":{"kind":"Name","value":"diaryDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-11-07","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isWorkingDay"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diaryPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-02","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-08","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"availableStandardMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<LockdownMeQuery, LockdownMeQueryVariables>;
export const LockdownSetCalendarDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockdownSetCalendarDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarDayKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCalendarDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LockdownSetCalendarDayMutation, LockdownSetCalendarDayMutationVariables>;
export const LockdownWorkingCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LockdownWorkingCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-30","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<LockdownWorkingCalendarQuery, LockdownWorkingCalendarQueryVariables>;
export const LockdownDiaryAudit2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LockdownDiaryAudit2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]} as unknown as DocumentNode<LockdownDiaryAudit2Query, LockdownDiaryAudit2QueryVariables>;
export const LockdownEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LockdownEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaves"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-30","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingDiaryDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-09","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-11","block":false}}]}]}}]}}]} as unknown as DocumentNode<LockdownEmployeeQuery, LockdownEmployeeQueryVariables>;
export const LockdownCancelLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockdownCancelLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}}]}}]}}]} as unknown as DocumentNode<LockdownCancelLeaveMutation, LockdownCancelLeaveMutationVariables>;
export const LockdownRecordLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockdownRecordLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLeaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LockdownRecordLeaveMutation, LockdownRecordLeaveMutationVariables>;
export const LockdownDiaryAudit3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LockdownDiaryAudit3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LockdownDiaryAudit3Query, LockdownDiaryAudit3QueryVariables>;
export const RemindersStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindersStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startReminderJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RemindersStartMutation, RemindersStartMutationVariables>;
export const RemindersJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RemindersJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}}]}}]}}]}}]} as unknown as DocumentNode<RemindersJobQuery, RemindersJobQueryVariables>;
export const RemindersMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RemindersMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"concernsOn"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemindersMineQuery, RemindersMineQueryVariables>;
export const RemindersPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindersPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferenceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}}]}}]}}]} as unknown as DocumentNode<RemindersPreferencesMutation, RemindersPreferencesMutationVariables>;
export const RemindersMarkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindersMark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<RemindersMarkMutation, RemindersMarkMutationVariables>;
export const RemindersAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindersAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignWorkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemindersAssignMutation, RemindersAssignMutationVariables>;
export const RootOperationsReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOperationsReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsReviewQueueQuery, RootOperationsReviewQueueQueryVariables>;
export const RootOperationsWorkingCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOperationsWorkingCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-11-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-30","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}}]}}]}}]} as unknown as DocumentNode<RootOperationsWorkingCalendarQuery, RootOperationsWorkingCalendarQueryVariables>;
export const RootOperationsDiaryPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOperationsDiaryPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsDiaryPoliciesQuery, RootOperationsDiaryPoliciesQueryVariables>;
export const RootOperationsDiaryPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOperationsDiaryPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"StringValue","value":"2026-11-20","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeDay"}}]}}]}}]} as unknown as DocumentNode<RootOperationsDiaryPolicyQuery, RootOperationsDiaryPolicyQueryVariables>;
export const RootOperationsDiaryPeriodReopeningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOperationsDiaryPeriodReopenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryPeriodReopenings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"StringValue","value":"2026-09-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsDiaryPeriodReopeningsQuery, RootOperationsDiaryPeriodReopeningsQueryVariables>;
export const RootOperationsDiaryAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOperationsDiaryAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsDiaryAuditQuery, RootOperationsDiaryAuditQueryVariables>;
export const RootOperationsWorkItemMappingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOperationsWorkItemMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItemMappings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"client"},"value":{"kind":"StringValue","value":"client:eoffice","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsWorkItemMappingsQuery, RootOperationsWorkItemMappingsQueryVariables>;
export const RootOperationsAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOperationsAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsAssignmentQuery, RootOperationsAssignmentQueryVariables>;
export const RootOperationsMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOperationsMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsMeQuery, RootOperationsMeQueryVariables>;
export const RootOperationsMyAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOperationsMyAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsMyAssignmentsQuery, RootOperationsMyAssignmentsQueryVariables>;
export const RootOperationsAssignmentsGivenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOperationsAssignmentsGiven"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentsGiven"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsAssignmentsGivenQuery, RootOperationsAssignmentsGivenQueryVariables>;
export const RootOperationsAssignmentsToReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOperationsAssignmentsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsAssignmentsToReviewQuery, RootOperationsAssignmentsToReviewQueryVariables>;
export const RootOperationsScoringFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOperationsScoringFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringFactsRange"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ranges"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDays"}}]}}]}}]} as unknown as DocumentNode<RootOperationsScoringFactsQuery, RootOperationsScoringFactsQueryVariables>;
export const RootOperationsPackedScoringFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOperationsPackedScoringFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringFactsRange"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packedScoringFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ranges"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDays"}}]}}]}}]} as unknown as DocumentNode<RootOperationsPackedScoringFactsQuery, RootOperationsPackedScoringFactsQueryVariables>;
export const RootOperationsRecordDiaryEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsRecordDiaryEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDiaryEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RootOperationsRecordDiaryEntryMutation, RootOperationsRecordDiaryEntryMutationVariables>;
export const RootOperationsUpdateDiaryEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsUpdateDiaryEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"quantity"},"value":{"kind":"IntValue","value":"2"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RootOperationsUpdateDiaryEntryMutation, RootOperationsUpdateDiaryEntryMutationVariables>;
export const RootOperationsDeleteDiaryEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsDeleteDiaryEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RootOperationsDeleteDiaryEntryMutation, RootOperationsDeleteDiaryEntryMutationVariables>;
export const RootOperationsReviewDiaryEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsReviewDiaryEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewDiaryEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"APPROVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsReviewDiaryEntriesMutation, RootOperationsReviewDiaryEntriesMutationVariables>;
export const RootOperationsSetWorkItemMappingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsSetWorkItemMapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetWorkItemMappingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkItemMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsSetWorkItemMappingMutation, RootOperationsSetWorkItemMappingMutationVariables>;
export const RootOperationsSetCalendarDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsSetCalendarDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCalendarDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"StringValue","value":"2026-11-11","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"HOLIDAY"}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"x","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}}]}}]}}]} as unknown as DocumentNode<RootOperationsSetCalendarDayMutation, RootOperationsSetCalendarDayMutationVariables>;
export const RootOperationsRecordLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsRecordLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLeaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsRecordLeaveMutation, RootOperationsRecordLeaveMutationVariables>;
export const RootOperationsCancelLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsCancelLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsCancelLeaveMutation, RootOperationsCancelLeaveMutationVariables>;
export const RootOperationsReopenDiaryPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsReopenDiaryPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenDiaryPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsReopenDiaryPeriodMutation, RootOperationsReopenDiaryPeriodMutationVariables>;
export const RootOperationsSetDiaryPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsSetDiaryPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDiaryPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDiaryPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsSetDiaryPolicyMutation, RootOperationsSetDiaryPolicyMutationVariables>;
export const RootOperationsAssignWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsAssignWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignWorkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsAssignWorkMutation, RootOperationsAssignWorkMutationVariables>;
export const RootOperationsAcceptAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsAcceptAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsAcceptAssignmentMutation, RootOperationsAcceptAssignmentMutationVariables>;
export const RootOperationsSubmitAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsSubmitAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsSubmitAssignmentMutation, RootOperationsSubmitAssignmentMutationVariables>;
export const RootOperationsCompleteAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsCompleteAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"quality"},"value":{"kind":"EnumValue","value":"GOOD"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsCompleteAssignmentMutation, RootOperationsCompleteAssignmentMutationVariables>;
export const RootOperationsReturnAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsReturnAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"StringValue","value":"x","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsReturnAssignmentMutation, RootOperationsReturnAssignmentMutationVariables>;
export const RootOperationsCancelAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsCancelAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"StringValue","value":"x","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsCancelAssignmentMutation, RootOperationsCancelAssignmentMutationVariables>;
export const RootOperationsReassignAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsReassignAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lead"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lead"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsReassignAssignmentMutation, RootOperationsReassignAssignmentMutationVariables>;
export const RootOperationsExtendAssignmentDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsExtendAssignmentDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendAssignmentDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"deadline"},"value":{"kind":"StringValue","value":"2026-12-31","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"StringValue","value":"x","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsExtendAssignmentDeadlineMutation, RootOperationsExtendAssignmentDeadlineMutationVariables>;
export const RootOperationsImportDiaryHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsImportDiaryHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importDiaryHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"CSV"}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"StringValue","value":"ZW1wbG95ZWVfY29kZQo=","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}}]}}]}}]} as unknown as DocumentNode<RootOperationsImportDiaryHistoryMutation, RootOperationsImportDiaryHistoryMutationVariables>;
export const RootOperationsImportAssignmentHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsImportAssignmentHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importAssignmentHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"CSV"}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"StringValue","value":"dGl0bGUK","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}}]}}]}}]} as unknown as DocumentNode<RootOperationsImportAssignmentHistoryMutation, RootOperationsImportAssignmentHistoryMutationVariables>;
export const RootOperationsStartDiaryHistoryImportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsStartDiaryHistoryImportJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDiaryHistoryImportJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"CSV"}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"StringValue","value":"ZW1wbG95ZWVfY29kZQo=","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsStartDiaryHistoryImportJobMutation, RootOperationsStartDiaryHistoryImportJobMutationVariables>;
export const RootOperationsDiaryJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOperationsDiaryJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"00000000-0000-0000-0000-000000000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsDiaryJobQuery, RootOperationsDiaryJobQueryVariables>;
export const RootOperationsMyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOperationsMyNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RootOperationsMyNotificationsQuery, RootOperationsMyNotificationsQueryVariables>;
export const RootOperationsMyNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOperationsMyNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<RootOperationsMyNotificationPreferencesQuery, RootOperationsMyNotificationPreferencesQueryVariables>;
export const RootOperationsMarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsMarkNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"00000000-0000-0000-0000-000000000000","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsMarkNotificationsReadMutation, RootOperationsMarkNotificationsReadMutationVariables>;
export const RootOperationsMarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsMarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<RootOperationsMarkAllNotificationsReadMutation, RootOperationsMarkAllNotificationsReadMutationVariables>;
export const RootOperationsSetNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsSetNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"MISSING_DIARY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"BooleanValue","value":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<RootOperationsSetNotificationPreferencesMutation, RootOperationsSetNotificationPreferencesMutationVariables>;
export const RootOperationsStartReminderJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RootOperationsStartReminderJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startReminderJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RootOperationsStartReminderJobMutation, RootOperationsStartReminderJobMutationVariables>;
export const ScoringFactsScoringFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringFactsScoringFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ranges"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringFactsRange"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ranges"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ranges"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"leaveDays"}},{"kind":"Field","name":{"kind":"Name","value":"declaredDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateDeclarations"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverStandard"}},{"kind":"Field","name":{"kind":"Name","value":"farAboveStandardEntries"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"approvedEntries"}},{"kind":"Field","name":{"kind":"Name","value":"approvedActualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"itemGroups"}},{"kind":"Field","name":{"kind":"Name","value":"packedItemGroups"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}},{"kind":"Field","name":{"kind":"Name","value":"led"}},{"kind":"Field","name":{"kind":"Name","value":"coOperated"}}]}}]}}]} as unknown as DocumentNode<ScoringFactsScoringFactsQuery, ScoringFactsScoringFactsQueryVariables>;
export const ScoringFactsWorkPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringFactsWorkPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ranges"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringFactsRange"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ranges"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ranges"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}}]}}]}}]} as unknown as DocumentNode<ScoringFactsWorkPointsQuery, ScoringFactsWorkPointsQueryVariables>;
export const ScoringFactsAssignWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringFactsAssignWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignWorkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScoringFactsAssignWorkMutation, ScoringFactsAssignWorkMutationVariables>;
export const ScoringFactsRecordDiaryEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringFactsRecordDiaryEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDiaryEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScoringFactsRecordDiaryEntryMutation, ScoringFactsRecordDiaryEntryMutationVariables>;
export const ScoringFactsReviewDiaryEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringFactsReviewDiaryEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewDiaryEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"APPROVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScoringFactsReviewDiaryEntriesMutation, ScoringFactsReviewDiaryEntriesMutationVariables>;
export const ScoringFactsSubmitAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringFactsSubmitAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"quantityDone"},"value":{"kind":"FloatValue","value":"2.5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScoringFactsSubmitAssignmentMutation, ScoringFactsSubmitAssignmentMutationVariables>;
export const ScoringFactsCompleteAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringFactsCompleteAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScoringFactsCompleteAssignmentMutation, ScoringFactsCompleteAssignmentMutationVariables>;
export const ScoringFactsRecordLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringFactsRecordLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLeaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScoringFactsRecordLeaveMutation, ScoringFactsRecordLeaveMutationVariables>;
export const ScoringFactsAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringFactsAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}}]}}]}}]} as unknown as DocumentNode<ScoringFactsAssignmentQuery, ScoringFactsAssignmentQueryVariables>;
export const ScoringFactsPackedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringFactsPacked"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ranges"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringFactsRange"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packedScoringFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ranges"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ranges"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"leaveDays"}},{"kind":"Field","name":{"kind":"Name","value":"declaredDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateDeclarations"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverStandard"}},{"kind":"Field","name":{"kind":"Name","value":"farAboveStandardEntries"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"approvedEntries"}},{"kind":"Field","name":{"kind":"Name","value":"approvedActualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"importedEntries"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"}},{"kind":"Field","name":{"kind":"Name","value":"packedItemGroups"}},{"kind":"Field","name":{"kind":"Name","value":"workItemIds"}},{"kind":"Field","name":{"kind":"Name","value":"indexedItemGroups"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}}]}}]}}]} as unknown as DocumentNode<ScoringFactsPackedQuery, ScoringFactsPackedQueryVariables>;
export const ScoringFactsObjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringFactsObjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ranges"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringFactsRange"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ranges"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ranges"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"leaveDays"}},{"kind":"Field","name":{"kind":"Name","value":"declaredDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateDeclarations"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverStandard"}},{"kind":"Field","name":{"kind":"Name","value":"farAboveStandardEntries"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"approvedEntries"}},{"kind":"Field","name":{"kind":"Name","value":"approvedActualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"importedEntries"}},{"kind":"Field","name":{"kind":"Name","value":"led"}},{"kind":"Field","name":{"kind":"Name","value":"coOperated"}},{"kind":"Field","name":{"kind":"Name","value":"packedItemGroups"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}}]}}]}}]} as unknown as DocumentNode<ScoringFactsObjectsQuery, ScoringFactsObjectsQueryVariables>;
export const ScoringFactsLightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringFactsLight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ranges"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringFactsRange"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ranges"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ranges"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}}]}}]}}]} as unknown as DocumentNode<ScoringFactsLightQuery, ScoringFactsLightQueryVariables>;
export const SelfViewDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfViewDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"staffType"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isLeadership"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutesPerDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diaryPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"earnedStandardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}},{"kind":"Field","name":{"kind":"Name","value":"approvedWorkPoints"}},{"kind":"Field","name":{"kind":"Name","value":"availableStandardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"missingDays"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverStandard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diaryEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignmentSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueShare"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ASSIGNED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"RETURNED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SelfViewDashboardQuery, SelfViewDashboardQueryVariables>;
export const SelfViewPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfViewPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDays"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"diaryPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graceDays"}}]}}]}}]} as unknown as DocumentNode<SelfViewPeriodQuery, SelfViewPeriodQueryVariables>;
export const SelfViewPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfViewPlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SelfViewPlaceQuery, SelfViewPlaceQueryVariables>;
export const EducationTeachingLoadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EducationTeachingLoad"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"teachingLoad"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyNorm"}},{"kind":"Field","name":{"kind":"Name","value":"normSource"}},{"kind":"Field","name":{"kind":"Name","value":"normPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"taughtPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"substitutionPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"dutyPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]} as unknown as DocumentNode<EducationTeachingLoadQuery, EducationTeachingLoadQueryVariables>;
export const EducationSchoolTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EducationSchoolTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teachingTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"normPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"taughtPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"dutyPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"surplusPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"deficitPeriods"}}]}}]}}]}}]} as unknown as DocumentNode<EducationSchoolTotalsQuery, EducationSchoolTotalsQueryVariables>;
export const EducationScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EducationScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workPoints"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workPoints"}},{"kind":"Field","name":{"kind":"Name","value":"workSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EducationScoreQuery, EducationScoreQueryVariables>;
export const EducationDeliverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EducationDeliver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periods"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaughtPeriodInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTaughtPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"periods"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periods"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<EducationDeliverMutation, EducationDeliverMutationVariables>;
export const EducationCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EducationClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EducationCloseMutation, EducationCloseMutationVariables>;
export const EducationLoadPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EducationLoadPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teachingLoad"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taughtPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"dutyPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EducationLoadPageQuery, EducationLoadPageQueryVariables>;
export const CostEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"diaryEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostEmployeesQuery, CostEmployeesQueryVariables>;
export const ClientsRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientsRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerIntegrationClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPerWindow"}},{"kind":"Field","name":{"kind":"Name","value":"secretHash"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}}]}}]}}]}}]} as unknown as DocumentNode<ClientsRegisterMutation, ClientsRegisterMutationVariables>;
export const ClientsRotateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientsRotate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateIntegrationClientSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<ClientsRotateMutation, ClientsRotateMutationVariables>;
export const ClientsRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientsRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeIntegrationClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"}}]}}]}}]} as unknown as DocumentNode<ClientsRevokeMutation, ClientsRevokeMutationVariables>;
export const ClientsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientsList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrationClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRevoked"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ClientsListQuery, ClientsListQueryVariables>;
export const ClientsRestrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientsRestrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documents"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIntegrationClientOperations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"documents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documents"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ClientsRestrictMutation, ClientsRestrictMutationVariables>;
export const ClientsIntakeMappingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientsIntakeMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"workItemId"}}]}}]}}]} as unknown as DocumentNode<ClientsIntakeMappingsQuery, ClientsIntakeMappingsQueryVariables>;
export const ClientsRecordWorkEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientsRecordWorkEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkEventInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordWorkEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ClientsRecordWorkEventsMutation, ClientsRecordWorkEventsMutationVariables>;
export const Limits__SchemaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Limits__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"types"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Limits__SchemaQuery, Limits__SchemaQueryVariables>;
export const LimitsOrgTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimitsOrgTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LimitsOrgTreeQuery, LimitsOrgTreeQueryVariables>;
export const OpenIdMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenIdMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<OpenIdMeQuery, OpenIdMeQueryVariables>;
export const OpenIdGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenIdGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenIdGrantsQuery, OpenIdGrantsQueryVariables>;
export const SignInGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SignInGrantsQuery, SignInGrantsQueryVariables>;
export const SignInGrantRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInGrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SignInGrantRoleMutation, SignInGrantRoleMutationVariables>;
export const SignInRevokeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInRevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<SignInRevokeRoleMutation, SignInRevokeRoleMutationVariables>;
export const SignInEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<SignInEmployeeQuery, SignInEmployeeQueryVariables>;
export const SignInTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]}}]} as unknown as DocumentNode<SignInTransferMutation, SignInTransferMutationVariables>;
export const SignInDeactivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInDeactivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateEmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SignInDeactivateMutation, SignInDeactivateMutationVariables>;
export const EmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Employee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeQuery, EmployeeQueryVariables>;
export const DirectoryMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryMeQuery, DirectoryMeQueryVariables>;
export const DirectoryEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryEmployees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryEmployeesQuery, DirectoryEmployeesQueryVariables>;
export const DirectoryEmployees2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryEmployees2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"nguyen","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryEmployees2Query, DirectoryEmployees2QueryVariables>;
export const DirectoryEmployees3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryEmployees3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"snv-0001","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryEmployees3Query, DirectoryEmployees3QueryVariables>;
export const PageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Page"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"7"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PageQuery, PageQueryVariables>;
export const DirectoryEmployees4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryEmployees4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"positionCategory"},"value":{"kind":"EnumValue","value":"LEADERSHIP"}},{"kind":"ObjectField","name":{"kind":"Name","value":"staffType"},"value":{"kind":"EnumValue","value":"CADRE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffType"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryEmployees4Query, DirectoryEmployees4QueryVariables>;
export const DirectoryPeopleByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryPeopleByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmployeeFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryPeopleByIdsQuery, DirectoryPeopleByIdsQueryVariables>;
export const DirectoryAgencyByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryAgencyByCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"STC","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobPositionByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyCode"},"value":{"kind":"StringValue","value":"STC","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"LD-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isLeadership"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryAgencyByCodeQuery, DirectoryAgencyByCodeQueryVariables>;
export const DirectoryOrgTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryOrgTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryOrgTreeQuery, DirectoryOrgTreeQueryVariables>;
export const DirectoryEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryEmployeeQuery, DirectoryEmployeeQueryVariables>;
export const DirectoryJobPositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryJobPosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryJobPositionQuery, DirectoryJobPositionQueryVariables>;
export const DirectoryEmployee2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryEmployee2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryEmployee2Query, DirectoryEmployee2QueryVariables>;
export const DirectoryMe2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryMe2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DirectoryMe2Query, DirectoryMe2QueryVariables>;
export const DirectoryEmployees5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryEmployees5"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DirectoryEmployees5Query, DirectoryEmployees5QueryVariables>;
export const DirectoryOrgTree2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryOrgTree2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DirectoryOrgTree2Query, DirectoryOrgTree2QueryVariables>;
export const DirectoryMe3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryMe3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DirectoryMe3Query, DirectoryMe3QueryVariables>;
export const Directory__SchemaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Directory__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<Directory__SchemaQuery, Directory__SchemaQueryVariables>;
export const DirectoryMe4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryMe4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DirectoryMe4Query, DirectoryMe4QueryVariables>;
export const DirectoryEmployees6Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryEmployees6"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DirectoryEmployees6Query, DirectoryEmployees6QueryVariables>;
export const DirectoryScoringUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryScoringUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorId"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCodes"}},{"kind":"Field","name":{"kind":"Name","value":"positionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"isLeadership"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutesPerDay"}}]}}]}}]} as unknown as DocumentNode<DirectoryScoringUnitsQuery, DirectoryScoringUnitsQueryVariables>;
export const FirstPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subordinates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirstPageQuery, FirstPageQueryVariables>;
export const DirectoryOrgTree3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryOrgTree3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryOrgTree3Query, DirectoryOrgTree3QueryVariables>;
export const GrantsGrantRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantsGrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GrantsGrantRoleMutation, GrantsGrantRoleMutationVariables>;
export const GrantsRevokeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantsRevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}}]}}]} as unknown as DocumentNode<GrantsRevokeRoleMutation, GrantsRevokeRoleMutationVariables>;
export const GrantsAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantsAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agencyIds"}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}}]}}]}}]}}]} as unknown as DocumentNode<GrantsAccessQuery, GrantsAccessQueryVariables>;
export const GrantsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleGrantFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]}}]} as unknown as DocumentNode<GrantsListQuery, GrantsListQueryVariables>;
export const GrantsAccessPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantsAccessPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GrantsAccessPageQuery, GrantsAccessPageQueryVariables>;
export const MutationsCreateEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationsCreateEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}}]}}]}}]} as unknown as DocumentNode<MutationsCreateEmployeeMutation, MutationsCreateEmployeeMutationVariables>;
export const MutationsTransferEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationsTransferEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MutationsTransferEmployeeMutation, MutationsTransferEmployeeMutationVariables>;
export const MutationsCreateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationsCreateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MutationsCreateAgencyMutation, MutationsCreateAgencyMutationVariables>;
export const MutationsCreateAgency2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationsCreateAgency2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MutationsCreateAgency2Mutation, MutationsCreateAgency2MutationVariables>;
export const MutationsCreateAgency3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationsCreateAgency3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MutationsCreateAgency3Mutation, MutationsCreateAgency3MutationVariables>;
export const MutationsUpdateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationsUpdateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MutationsUpdateAgencyMutation, MutationsUpdateAgencyMutationVariables>;
export const MutationsCreateJobPositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationsCreateJobPosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateJobPositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createJobPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isLeadership"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MutationsCreateJobPositionMutation, MutationsCreateJobPositionMutationVariables>;
export const MutationsUpdateEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationsUpdateEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fullName"},"value":{"kind":"StringValue","value":"Renamed","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MutationsUpdateEmployeeMutation, MutationsUpdateEmployeeMutationVariables>;
export const MutationsEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationsEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MutationsEmployeeQuery, MutationsEmployeeQueryVariables>;
export const MutationsAppointEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationsAppointEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isLeadership"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MutationsAppointEmployeeMutation, MutationsAppointEmployeeMutationVariables>;
export const MutationsUpdateEmployee2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationsUpdateEmployee2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"supervisorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"supervisorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"supervisorId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MutationsUpdateEmployee2Mutation, MutationsUpdateEmployee2MutationVariables>;
export const MutationsDeactivateEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationsDeactivateEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateEmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}}]}}]}}]} as unknown as DocumentNode<MutationsDeactivateEmployeeMutation, MutationsDeactivateEmployeeMutationVariables>;
export const MutationsUpdateEmployee3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationsUpdateEmployee3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fullName"},"value":{"kind":"StringValue","value":"X","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MutationsUpdateEmployee3Mutation, MutationsUpdateEmployee3MutationVariables>;
export const PlacementImportHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlacementImportHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SheetFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPlacementHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCode"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]}}]} as unknown as DocumentNode<PlacementImportHistoryMutation, PlacementImportHistoryMutationVariables>;
export const PlacementImportCareersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementImportCareers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlacementImportCareersQuery, PlacementImportCareersQueryVariables>;
export const PlacementImportStartJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlacementImportStartJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPlacementImportJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"CSV"}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"Hồ sơ năm 2015","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}}]} as unknown as DocumentNode<PlacementImportStartJobMutation, PlacementImportStartJobMutationVariables>;
export const PlacementImportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personnelJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<PlacementImportJobQuery, PlacementImportJobQueryVariables>;
export const AnalyticsProvinceOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsProvinceOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"good"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"notCompleted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"histogram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"people"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"good"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"notCompleted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"notCompletedShare"}},{"kind":"Field","name":{"kind":"Name","value":"declaredHoursPerWorkingDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diaryDiscipline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"availableDays"}},{"kind":"Field","name":{"kind":"Name","value":"declaredDays"}},{"kind":"Field","name":{"kind":"Name","value":"missingDiaryRate"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverStandard"}},{"kind":"Field","name":{"kind":"Name","value":"overStandardDayShare"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"lateDeclarations"}},{"kind":"Field","name":{"kind":"Name","value":"lateDeclarationShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"found"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogueUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"mostUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"actualToStandard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffingNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"workloadMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"utilisation"}},{"kind":"Field","name":{"kind":"Name","value":"positionsNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsProvinceOverviewQuery, AnalyticsProvinceOverviewQueryVariables>;
export const AnalyticsTransferEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnalyticsTransferEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnalyticsTransferEmployeeMutation, AnalyticsTransferEmployeeMutationVariables>;
export const AnalyticsComputeScoringPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnalyticsComputeScoringPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computeScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AnalyticsComputeScoringPeriodMutation, AnalyticsComputeScoringPeriodMutationVariables>;
export const AnalyticsProvinceOverview2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsProvinceOverview2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-10","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsProvinceOverview2Query, AnalyticsProvinceOverview2QueryVariables>;
export const AnalyticsProvinceOverview3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsProvinceOverview3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-08","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsProvinceOverview3Query, AnalyticsProvinceOverview3QueryVariables>;
export const AnalyticsProvinceOverview4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsProvinceOverview4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"October","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsProvinceOverview4Query, AnalyticsProvinceOverview4QueryVariables>;
export const AssessmentPrepareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessmentPrepare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepareAnnualAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2026"}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"positionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"isLeadership"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"kpiScore"}},{"kind":"Field","name":{"kind":"Name","value":"kpiShare"}},{"kind":"Field","name":{"kind":"Name","value":"kpiPoints"}},{"kind":"Field","name":{"kind":"Name","value":"otherCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelByBand"}},{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"tiedAtCap"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<AssessmentPrepareMutation, AssessmentPrepareMutationVariables>;
export const AssessmentOtherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessmentOther"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreOtherCriteria"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2026"}},{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"points"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"disciplined"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"positionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"isLeadership"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"kpiScore"}},{"kind":"Field","name":{"kind":"Name","value":"kpiShare"}},{"kind":"Field","name":{"kind":"Name","value":"kpiPoints"}},{"kind":"Field","name":{"kind":"Name","value":"otherCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelByBand"}},{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"tiedAtCap"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<AssessmentOtherMutation, AssessmentOtherMutationVariables>;
export const AssessmentRankedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentRanked"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"positionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"isLeadership"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"kpiScore"}},{"kind":"Field","name":{"kind":"Name","value":"kpiShare"}},{"kind":"Field","name":{"kind":"Name","value":"kpiPoints"}},{"kind":"Field","name":{"kind":"Name","value":"otherCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelByBand"}},{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"tiedAtCap"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<AssessmentRankedQuery, AssessmentRankedQueryVariables>;
export const AssessmentCloseScoringPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessmentCloseScoringPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AssessmentCloseScoringPeriodMutation, AssessmentCloseScoringPeriodMutationVariables>;
export const AssessmentConfirmAnnualAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessmentConfirmAnnualAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAnnualAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2026"}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AssessmentConfirmAnnualAssessmentMutation, AssessmentConfirmAnnualAssessmentMutationVariables>;
export const AssessmentConfirmAnnualAssessment2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessmentConfirmAnnualAssessment2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAnnualAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2026"}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<AssessmentConfirmAnnualAssessment2Mutation, AssessmentConfirmAnnualAssessment2MutationVariables>;
export const AssessmentRewardProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentRewardProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rewardProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2026"}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titles"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentRewardProposalsQuery, AssessmentRewardProposalsQueryVariables>;
export const AssessmentEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2026"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentEmployeeQuery, AssessmentEmployeeQueryVariables>;
export const AssessmentPrepareAnnualAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessmentPrepareAnnualAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepareAnnualAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<AssessmentPrepareAnnualAssessmentMutation, AssessmentPrepareAnnualAssessmentMutationVariables>;
export const AssessmentScoreOtherCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessmentScoreOtherCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreOtherCriteria"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"points"},"value":{"kind":"IntValue","value":"30"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<AssessmentScoreOtherCriteriaMutation, AssessmentScoreOtherCriteriaMutationVariables>;
export const AssessmentConfirmAnnualAssessment3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessmentConfirmAnnualAssessment3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"x"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAnnualAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"excellentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"x"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<AssessmentConfirmAnnualAssessment3Mutation, AssessmentConfirmAnnualAssessment3MutationVariables>;
export const AssessmentConfirmAnnualAssessment4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessmentConfirmAnnualAssessment4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"x"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAnnualAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"excellentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"x"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<AssessmentConfirmAnnualAssessment4Mutation, AssessmentConfirmAnnualAssessment4MutationVariables>;
export const AssessmentConfirmAnnualAssessment5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessmentConfirmAnnualAssessment5"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"x"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAnnualAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"excellentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"x"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tiedAtCap"}}]}}]}}]} as unknown as DocumentNode<AssessmentConfirmAnnualAssessment5Mutation, AssessmentConfirmAnnualAssessment5MutationVariables>;
export const AssessmentRewardProposals2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentRewardProposals2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rewardProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titles"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentRewardProposals2Query, AssessmentRewardProposals2QueryVariables>;
export const JobsStartPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobsStartPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringPeriodAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startScoringPeriodJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobsJob"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobsJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}}]}}]}}]} as unknown as DocumentNode<JobsStartPeriodMutation, JobsStartPeriodMutationVariables>;
export const JobsJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobsJob"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobsJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}}]}}]}}]} as unknown as DocumentNode<JobsJobQuery, JobsJobQueryVariables>;
export const JobsRecentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsRecent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<JobsRecentQuery, JobsRecentQueryVariables>;
export const JobsCloseNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobsCloseNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<JobsCloseNowMutation, JobsCloseNowMutationVariables>;
export const JobsPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<JobsPeriodQuery, JobsPeriodQueryVariables>;
export const JobsPrepareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobsPrepare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAnnualAssessmentJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobsJob"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobsJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}}]}}]}}]} as unknown as DocumentNode<JobsPrepareMutation, JobsPrepareMutationVariables>;
export const LiveRotateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveRotate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LiveRotateMutation, LiveRotateMutationVariables>;
export const LiveSuperviseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveSupervise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"supervisorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"supervisorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"supervisorId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LiveSuperviseMutation, LiveSuperviseMutationVariables>;
export const LiveComputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveCompute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computeScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<LiveComputeMutation, LiveComputeMutationVariables>;
export const LiveOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"ownScore"}},{"kind":"Field","name":{"kind":"Name","value":"unitScore"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}}]}}]} as unknown as DocumentNode<LiveOneQuery, LiveOneQueryVariables>;
export const LiveTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveFigures"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"ownScore"}},{"kind":"Field","name":{"kind":"Name","value":"unitScore"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}}]}}]} as unknown as DocumentNode<LiveTeamQuery, LiveTeamQueryVariables>;
export const LiveExplainedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveExplained"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveFigures"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workPoints"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"ownScore"}},{"kind":"Field","name":{"kind":"Name","value":"unitScore"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}}]}}]} as unknown as DocumentNode<LiveExplainedQuery, LiveExplainedQueryVariables>;
export const LivePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LivePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LivePageQuery, LivePageQueryVariables>;
export const ScoringMyScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringMyScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoringScore"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoringScore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"ownScore"}},{"kind":"Field","name":{"kind":"Name","value":"unitScore"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelByBand"}},{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"overdueShare"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"availableDays"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"proactivity"}},{"kind":"Field","name":{"kind":"Name","value":"coordination"}},{"kind":"Field","name":{"kind":"Name","value":"creativity"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"positionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"availableDays"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}}]}}]}}]} as unknown as DocumentNode<ScoringMyScoreQuery, ScoringMyScoreQueryVariables>;
export const ScoringEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-11","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<ScoringEmployeeQuery, ScoringEmployeeQueryVariables>;
export const ScoringMyStretchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringMyStretches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScoringMyStretchesQuery, ScoringMyStretchesQueryVariables>;
export const ScoringComputeAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringComputeAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computeScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ScoringComputeAgencyMutation, ScoringComputeAgencyMutationVariables>;
export const ScoringTransferEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringTransferEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScoringTransferEmployeeMutation, ScoringTransferEmployeeMutationVariables>;
export const ScoringEmployee2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringEmployee2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-10","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownScore"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"availableDays"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScoringEmployee2Query, ScoringEmployee2QueryVariables>;
export const ScoringCloseScoringPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringCloseScoringPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ScoringCloseScoringPeriodMutation, ScoringCloseScoringPeriodMutationVariables>;
export const ScoringCloseScoringPeriod2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringCloseScoringPeriod2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-10","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"Chốt số liệu tháng 10","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}}]}}]}}]} as unknown as DocumentNode<ScoringCloseScoringPeriod2Mutation, ScoringCloseScoringPeriod2MutationVariables>;
export const ScoringSetScoringPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringSetScoringPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setScoringPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"StringValue","value":"2026-10-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"StringValue","value":"KHANH_HOA","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"Áp dụng khung điểm của tỉnh","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ScoringSetScoringPolicyMutation, ScoringSetScoringPolicyMutationVariables>;
export const ScoringRecomputeScoringPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringRecomputeScoringPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recomputeScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-10","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}}]} as unknown as DocumentNode<ScoringRecomputeScoringPeriodMutation, ScoringRecomputeScoringPeriodMutationVariables>;
export const ScoringReopenScoringPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringReopenScoringPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-10","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"Bổ sung số liệu","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ScoringReopenScoringPeriodMutation, ScoringReopenScoringPeriodMutationVariables>;
export const ScoringComputeScoringPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringComputeScoringPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computeScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-10","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ScoringComputeScoringPeriodMutation, ScoringComputeScoringPeriodMutationVariables>;
export const ScoringAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-10","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"good"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"notCompleted"}}]}}]}}]}}]} as unknown as DocumentNode<ScoringAgencyQuery, ScoringAgencyQueryVariables>;
export const ScoringCloseScoringPeriod3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringCloseScoringPeriod3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-10","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ScoringCloseScoringPeriod3Mutation, ScoringCloseScoringPeriod3MutationVariables>;
export const ScoringEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-10","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creativityRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-10","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2026"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScoringEmployeesQuery, ScoringEmployeesQueryVariables>;
export const ScoringProvinceOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringProvinceOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-10","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}}]}}]}}]}}]} as unknown as DocumentNode<ScoringProvinceOverviewQuery, ScoringProvinceOverviewQueryVariables>;
export const ScoringEmployee3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringEmployee3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provinceOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-10","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meanScore"}}]}}]}}]}}]} as unknown as DocumentNode<ScoringEmployee3Query, ScoringEmployee3QueryVariables>;
export const ScoringSetScoringPolicy2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringSetScoringPolicy2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setScoringPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"StringValue","value":"2027-01-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"StringValue","value":"DECREE_335","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"overrides"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"test","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ScoringSetScoringPolicy2Mutation, ScoringSetScoringPolicy2MutationVariables>;
export const ScoringProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"judged"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"judgedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"completedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"unitsMeetingRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"unitsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"quantityPct"}},{"kind":"Field","name":{"kind":"Name","value":"qualityPct"}},{"kind":"Field","name":{"kind":"Name","value":"progressPct"}},{"kind":"Field","name":{"kind":"Name","value":"plainQualityPct"}},{"kind":"Field","name":{"kind":"Name","value":"plainProgressPct"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScoringProductsQuery, ScoringProductsQueryVariables>;
export const ScoringAssignTenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringAssignTen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignWorkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScoringAssignTenMutation, ScoringAssignTenMutationVariables>;
export const ScoringAcceptTenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringAcceptTen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScoringAcceptTenMutation, ScoringAcceptTenMutationVariables>;
export const ScoringSubmitEightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringSubmitEight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"quantityDone"},"value":{"kind":"IntValue","value":"8"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScoringSubmitEightMutation, ScoringSubmitEightMutationVariables>;
export const ScoringCompleteEightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringCompleteEight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"quality"},"value":{"kind":"EnumValue","value":"GOOD"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScoringCompleteEightMutation, ScoringCompleteEightMutationVariables>;
export const ScoringSetLeaderBandsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringSetLeaderBands"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setScoringPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"StringValue","value":"2027-03-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"StringValue","value":"KHANH_HOA","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"overrides"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"leaders' own bands","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}}]}}]} as unknown as DocumentNode<ScoringSetLeaderBandsMutation, ScoringSetLeaderBandsMutationVariables>;
export const ScoringSetToCorrectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringSetToCorrect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setScoringPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"preset"},"value":{"kind":"StringValue","value":"DECREE_335","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"a version with a mistake","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]} as unknown as DocumentNode<ScoringSetToCorrectMutation, ScoringSetToCorrectMutationVariables>;
export const ScoringAmendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringAmend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendScoringPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}}]}}]} as unknown as DocumentNode<ScoringAmendMutation, ScoringAmendMutationVariables>;
export const ScoringWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawScoringPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ScoringWithdrawMutation, ScoringWithdrawMutationVariables>;
export const ScoringPolicyLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringPolicyLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringPolicyChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ScoringPolicyLineQuery, ScoringPolicyLineQueryVariables>;
export const ScoringStartAgencyJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringStartAgencyJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringPeriodAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startScoringPeriodJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScoringStartAgencyJobMutation, ScoringStartAgencyJobMutationVariables>;
export const ScoringAgencyJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringAgencyJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ScoringAgencyJobQuery, ScoringAgencyJobQueryVariables>;
export const ScoringCloseAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringCloseAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCloses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ScoringCloseAgencyMutation, ScoringCloseAgencyMutationVariables>;
export const ScoringReopenAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringReopenAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCloses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}}]}}]}}]}}]} as unknown as DocumentNode<ScoringReopenAgencyMutation, ScoringReopenAgencyMutationVariables>;
export const ScoringRecomputeAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringRecomputeAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recomputeScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}}]} as unknown as DocumentNode<ScoringRecomputeAgencyMutation, ScoringRecomputeAgencyMutationVariables>;
export const ScoringComputeOctoberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringComputeOctober"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computeScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-10","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ScoringComputeOctoberMutation, ScoringComputeOctoberMutationVariables>;
export const ScoringRateClosedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringRateClosed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateCreativity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-10","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"points"},"value":{"kind":"IntValue","value":"80"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]} as unknown as DocumentNode<ScoringRateClosedMutation, ScoringRateClosedMutationVariables>;
export const ScoringPeriodClosesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringPeriodCloses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-10","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCloses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ScoringPeriodClosesQuery, ScoringPeriodClosesQueryVariables>;
export const TeamPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"periodScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"workPoints"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamPageQuery, TeamPageQueryVariables>;
export const TeamPageRenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamPageRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fullName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fullName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fullName"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TeamPageRenameMutation, TeamPageRenameMutationVariables>;
export const TeamPageCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamPageClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TeamPageCloseMutation, TeamPageCloseMutationVariables>;
export const WebRemindersStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebRemindersStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startReminderJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebRemindersStartMutation, WebRemindersStartMutationVariables>;
export const WebRemindersJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebRemindersJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diaryJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<WebRemindersJobQuery, WebRemindersJobQueryVariables>;
export const WebRemindersPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebRemindersPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<WebRemindersPreferencesQuery, WebRemindersPreferencesQueryVariables>;