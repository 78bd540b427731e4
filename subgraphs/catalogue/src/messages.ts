import { currentLanguage, defineCodeLabels, defineEnumLabels, defineMessages, formatNumber } from '@kpi/platform';
import {
  ChangeKind,
  ChangeStatus,
  PositionCategory,
  UnitOfMeasure,
  VersionApproval,
  WorkItemGroup,
  WorkItemStatus,
} from './entities/enums.js';
import { ErrorCode } from './errors.js';

/**
 * Everything the catalogue says to a person, in Vietnamese and English (issue 15 §2): its
 * refusals, the rows of an import and its summary, the handbook and the sheets' headings, the
 * labels of its enums and codes. Said in the request's language (or, for a job, in the language of
 * whoever started it); the codes (`extensions.code`) never change with it. The English texts are
 * what the catalogue said before it spoke Vietnamese: clients and suites read them.
 */
export const said = defineMessages('catalogue', {
  // What a refused record is (platform's forbidden / notFound / duplicateCode fill these in).
  theCatalogue: { vi: 'danh mục đầu công việc', en: 'the catalogue' },
  thisSector: { vi: 'lĩnh vực này', en: 'this sector' },
  thisWorkItem: { vi: 'đầu công việc này', en: 'this work item' },
  thisWorkItemVersion: { vi: 'phiên bản đầu công việc này', en: 'this work item version' },
  thisChangeRequest: { vi: 'đề nghị thay đổi danh mục này', en: 'this change request' },
  aSector: { vi: 'lĩnh vực', en: 'sector' },
  aWorkItem: { vi: 'đầu công việc', en: 'work item' },
  byId: { vi: 'mã định danh {{id}}', en: 'id {{id}}' },
  theName: { vi: 'Tên', en: 'The name' },
  theReason: { vi: 'Lý do', en: 'The reason' },
  theRejectionReason: { vi: 'Lý do từ chối', en: 'The reason for a rejection' },
  theListOfSectors: { vi: 'danh sách lĩnh vực', en: 'the list of sectors' },
  theProvinceLimits: { vi: 'giới hạn định mức của tỉnh', en: 'the province limits' },
  catalogueImports: { vi: 'việc nhập danh mục từ bảng tính', en: 'catalogue imports' },
  changeRequests: { vi: 'các đề nghị thay đổi danh mục', en: 'change requests' },
  requestsForAgency: { vi: 'việc gửi đề nghị thay mặt cơ quan này', en: 'requests on behalf of this agency' },
  decisionsOnOwnList: { vi: 'việc phê duyệt danh mục riêng của cơ quan này', en: 'decisions on this agency’s own list' },
  groupItemsOfSector: { vi: 'các đầu công việc nhóm {{group}} của lĩnh vực này', en: 'group {{group}} items of this sector' },
  positionJobDescription: { vi: 'bản mô tả công việc của vị trí này', en: 'this position’s job description' },
  hygiene: {
    vi: 'báo cáo rà soát danh mục (dành cho lãnh đạo, chuyên viên cấp tỉnh và người quản lý danh mục)',
    en: 'catalogue hygiene (for province roles and the keepers of a list)',
  },
  anotherAgencyHygiene: { vi: 'báo cáo rà soát danh mục riêng của cơ quan khác', en: 'the hygiene of another agency’s own list' },

  // Dates and periods.
  notADate: { vi: '{{field}} phải là ngày viết theo dạng YYYY-MM-DD.', en: '{{field}} must be a date written YYYY-MM-DD.' },
  toBeforeFrom: { vi: 'Ngày kết thúc (`to`) đứng trước ngày bắt đầu (`from`).', en: '`to` comes before `from`.' },
  periodTooLong: { vi: 'Một kỳ dài tối đa {{max}} ngày.', en: 'A period is at most {{max}} days.' },

  // Limits, weights, versions.
  minutesAboveZero: {
    vi: 'Thời gian chuẩn của một đơn vị sản phẩm phải lớn hơn 0 phút.',
    en: 'The standard time of one unit must be more than 0 minutes.',
  },
  minutesAtMost: {
    vi: 'Thời gian chuẩn của một đơn vị sản phẩm tối đa là {{max}} phút; công việc lớn hơn hãy chia thành nhiều đơn vị.',
    en: 'The standard time of one unit may be at most {{max}} minutes; split larger work into units.',
  },
  coefficientBetween: { vi: 'Hệ số phải từ {{min}} đến {{max}}.', en: 'The coefficient must be between {{min}} and {{max}}.' },
  weightBetween: {
    vi: 'Trọng số {{indicator}} phải là số nguyên từ {{min}} đến {{max}}; giá trị nhận được là {{weight}}.',
    en: 'The {{indicator}} weight must be a whole number between {{min}} and {{max}}; got {{weight}}.',
  },
  weightsSum: {
    vi: 'Tổng trọng số của 7 chỉ tiêu phải bằng 100; hiện tổng là {{sum}}.',
    en: 'The 7 indicator weights must sum to 100; they sum to {{sum}}.',
  },
  expectedMinutesBetween: {
    vi: 'Số phút chuẩn mỗi tháng phải từ {{min}} đến {{max}}.',
    en: 'Expected minutes per month must be between {{min}} and {{max}}.',
  },
  limitRange: { vi: '{{min}} phải từ 0 trở lên và không lớn hơn {{max}}.', en: '{{min}} must be at least 0 and at most {{max}}.' },
  weightLimits: {
    vi: 'Giới hạn trọng số phải cho phép 7 trọng số có tổng bằng 100.',
    en: 'Weight limits must allow 7 weights summing to 100.',
  },
  standardMinutesMaxPositive: { vi: 'standardMinutesMax phải là số dương.', en: 'standardMinutesMax must be positive.' },
  startsAfter: {
    vi: '{{what}} mới phải bắt đầu sau bản gần nhất, bản bắt đầu từ ngày {{latest}}; ngày nhận được là {{given}}.',
    en: 'A new {{what}} must start after the latest one, which starts on {{latest}}; got {{given}}.',
  },
  aVersion: { vi: 'Phiên bản', en: 'version' },
  aSetOfLimits: { vi: 'Bộ giới hạn', en: 'set of limits' },
  aStandard: { vi: 'Chuẩn KPI', en: 'standard' },
  aRetirement: { vi: 'Mốc ngừng sử dụng', en: 'retirement' },

  // Hygiene thresholds.
  rarelyBelow: {
    vi: 'rarelyBelow là số lượt ghi nhận, số nguyên từ 1 đến 10.000.',
    en: 'rarelyBelow is a whole number of entries from 1 to 10,000.',
  },
  farFactor: {
    vi: 'farFactor phải lớn hơn 1 (1,5 nghĩa là vượt 50 % hoặc thấp hơn một phần ba) và không quá 100.',
    en: 'farFactor must be above 1 (1.5 means 50 % over or a third under) and at most 100.',
  },
  minEntries: {
    vi: 'minEntries là số lượt ghi nhận, số nguyên từ 1 đến 10.000.',
    en: 'minEntries is a whole number of entries from 1 to 10,000.',
  },

  // Sectors and work items.
  noSectorId: { vi: 'Không có lĩnh vực nào có mã định danh {{id}}.', en: 'No sector with id {{id}} exists.' },
  noSectorCode: { vi: 'Không có lĩnh vực nào có mã {{code}}.', en: 'No sector with code {{code}} exists.' },
  sectorInactive: { vi: 'Lĩnh vực {{code}} không còn hoạt động.', en: 'The sector {{code}} is no longer active.' },
  onlyProvinceHandsSector: {
    vi: 'Chỉ quản trị viên cấp tỉnh mới được giao lĩnh vực cho sở, ngành khác.',
    en: 'Only a province admin hands a sector to another department.',
  },
  noWorkItemId: { vi: 'Không có đầu công việc nào có mã định danh {{id}}.', en: 'No work item with id {{id}} exists.' },
  groupCNeedsOwner: {
    vi: 'Đầu công việc nhóm C thuộc danh mục riêng của một cơ quan: hãy nhập ownerAgencyId.',
    en: 'A group C item belongs to an agency’s own list: give ownerAgencyId.',
  },
  onlyGroupCOwned: {
    vi: 'Chỉ đầu công việc nhóm C mới có cơ quan sở hữu.',
    en: 'Only group C items have an owner agency.',
  },
  retiredRevise: {
    vi: '{{code}} đã ngừng sử dụng từ ngày {{from}}; chỉ sửa được đầu công việc đang sử dụng.',
    en: '{{code}} was retired from {{from}}; revise an active item.',
  },
  alreadyRetired: { vi: '{{code}} đã ngừng sử dụng từ ngày {{from}}.', en: '{{code}} is already retired from {{from}}.' },
  wasRetired: { vi: '{{code}} đã ngừng sử dụng từ ngày {{from}}.', en: '{{code}} was retired from {{from}}.' },

  // Group C approval.
  onlyHeadApproves: {
    vi: 'Chỉ thủ trưởng cơ quan (lãnh đạo của chính cơ quan) mới phê duyệt danh mục riêng của cơ quan.',
    en: 'Only the head of the agency (a leader of the agency itself) approves its own list.',
  },
  proposalReplaced: {
    vi: 'Đề xuất này đã được thay bằng đề xuất mới hơn (hoặc đầu công việc đã ngừng sử dụng); hãy quyết định trên phiên bản đang chờ duyệt của đầu công việc.',
    en: 'This proposal was replaced by a newer one (or the item was retired); decide on the item’s pending version.',
  },
  versionAlready: { vi: 'Phiên bản này {{state}}.', en: 'This version is already {{state}}.' },
  requestAlready: { vi: 'Đề nghị này {{state}}.', en: 'This request is already {{state}}.' },
  stateApproved: { vi: 'đã được phê duyệt', en: 'approved' },
  stateRejected: { vi: 'đã bị từ chối', en: 'rejected' },
  stateWithdrawn: { vi: 'đã được rút lại', en: 'withdrawn' },
  statePending: { vi: 'đang chờ quyết định', en: 'pending' },

  // Change requests.
  addWithoutItem: {
    vi: 'Đề nghị ADD là đề xuất thêm đầu công việc mới: không nhập workItemId.',
    en: 'An ADD request proposes a new item: leave workItemId out.',
  },
  addNamesSector: { vi: 'Đề nghị ADD phải nêu lĩnh vực của đầu công việc mới.', en: 'An ADD request names the sector of the new item.' },
  addToBOrD: {
    vi: 'Đề nghị chỉ thêm vào danh mục dùng chung của tỉnh (B) hoặc danh mục của ngành, lĩnh vực (D); cơ quan tự thêm trực tiếp vào danh mục riêng của mình (C).',
    en: 'Requests add to the province’s list (B) or a sector’s list (D); an agency adds to its own list (C) directly.',
  },
  requestNamesItem: { vi: 'Đề nghị {{kind}} phải nêu đầu công việc.', en: 'A {{kind}} request names the work item.' },
  approvingNeedsDate: {
    vi: 'Phê duyệt là áp dụng thay đổi: hãy nhập ngày bắt đầu có hiệu lực.',
    en: 'Approving applies the change: give the date it takes effect.',
  },

  // Job descriptions.
  noPosition: { vi: 'Không có vị trí việc làm nào có mã định danh {{id}}.', en: 'No job position with id {{id}} exists.' },
  noWorkItems: { vi: 'Không có đầu công việc nào có mã định danh {{ids}}.', en: 'No work item with id {{ids}} exists.' },
  retiredNotInDescription: {
    vi: '{{code}} đã ngừng sử dụng, không thể đưa vào bản mô tả công việc.',
    en: '{{code}} is retired and cannot be added to a job description.',
  },
  anotherAgencysItem: {
    vi: '{{code}} thuộc danh mục riêng (nhóm C) của cơ quan khác.',
    en: '{{code}} is another agency’s own (group C) item.',
  },
  groupAAutomatic: {
    vi: '{{code}} là đầu công việc nhóm A: các vị trí lãnh đạo, quản lý tự động thực hiện các đầu công việc này.',
    en: '{{code}} is a group A item: leadership positions perform those automatically.',
  },

  // Agencies (from personnel).
  noAgency: { vi: 'Không có cơ quan, đơn vị nào có mã định danh {{id}}.', en: 'No agency with id {{id}} exists.' },

  // Imports: a row's problems, prefixed by its column as the sheet names it in each language.
  rowCode: {
    vi: 'Mã: gồm 1–32 ký tự: chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới',
    en: 'code: 1–32 letters, digits, dots, dashes or underscores',
  },
  rowName: { vi: 'Tên đầu công việc: không được để trống', en: 'name: must not be empty' },
  rowSector: { vi: 'Lĩnh vực: hãy nhập mã lĩnh vực', en: 'sector: give the sector code' },
  rowGroup: { vi: 'Nhóm: một trong A, B, C, D', en: 'group: one of A, B, C, D' },
  rowUnit: { vi: 'Đơn vị tính: một trong {{units}}', en: 'unit: one of {{units}}' },
  rowMinutes: { vi: 'Thời gian chuẩn (phút): một số phút lớn hơn 0', en: 'standard_minutes: a number of minutes above 0' },
  rowCoefficient: { vi: 'Hệ số: một số lớn hơn 0', en: 'coefficient: a number above 0' },
  rowEvidenceRequired: { vi: 'Bắt buộc minh chứng: có hoặc không', en: 'evidence_required: yes or no' },
  rowOwnerShape: {
    vi: 'Cơ quan sở hữu (mã định danh): mã định danh của cơ quan như tệp xuất ghi, hoặc để trống',
    en: 'owner_agency_id: the agency’s id as the export writes it, or empty',
  },
  rowTwice: {
    vi: 'Mã: {{code}} xuất hiện hai lần trong bảng tính (dòng {{row}})',
    en: 'code: {{code}} appears twice in the sheet (row {{row}})',
  },
  rowNoSector: { vi: 'Lĩnh vực: không có lĩnh vực nào có mã {{code}}', en: 'sector: no sector with code {{code}}' },
  rowValue: { vi: '{{column}}: {{problem}}', en: '{{column}}: {{problem}}' },
  fieldStandardMinutes: { vi: 'Thời gian chuẩn (phút)', en: 'standardMinutes' },
  fieldCoefficient: { vi: 'Hệ số', en: 'coefficient' },
  rowGroupCOwner: {
    vi: 'Cơ quan sở hữu (mã định danh): dòng nhóm C phải nêu cơ quan có danh mục riêng chứa nó (hoặc nhập ownerAgencyId của lần nhập)',
    en: 'owner_agency_id: a group C row names the agency whose list it is (or give the import’s ownerAgencyId)',
  },
  rowOnlyGroupCOwned: {
    vi: 'Cơ quan sở hữu (mã định danh): chỉ đầu công việc nhóm C mới thuộc về một cơ quan',
    en: 'owner_agency_id: only group C items belong to an agency',
  },
  rowKeepsOwner: {
    vi: 'Cơ quan sở hữu (mã định danh): đầu công việc đã có giữ nguyên cơ quan sở hữu; hãy ngừng sử dụng nó và thêm đầu công việc mới',
    en: 'owner_agency_id: an existing item keeps its owner; retire it and add a new one',
  },
  rowKeepsGroup: {
    vi: 'Nhóm/Lĩnh vực: đầu công việc đã có giữ nguyên nhóm và lĩnh vực; hãy ngừng sử dụng nó và thêm đầu công việc mới',
    en: 'group/sector: an existing item keeps its group and sector; retire it and add a new one',
  },
  rowNotOwned: { vi: 'đồng chí không quản lý đầu công việc này', en: 'you do not own this item' },
  rowVersionExists: {
    vi: 'effectiveFrom: đầu công việc đã có phiên bản từ ngày {{from}}',
    en: 'effectiveFrom: the item already has a version from {{from}}',
  },

  // Import jobs.
  invalidNow: {
    vi: '{{invalid}}/{{rows}} dòng hiện không hợp lệ: chưa ghi gì; hãy chạy thử lại để xem lý do.',
    en: '{{invalid}} of {{rows}} rows are invalid now: nothing was written; run the dry run again to see why.',
  },
  invalidRows: {
    vi: '{{invalid}}/{{rows}} dòng không hợp lệ: chưa bắt đầu nhập; chạy thử (importCatalogue) cho biết lý do từng dòng.',
    en: '{{invalid}} of {{rows}} rows are invalid: nothing was started; the dry run (importCatalogue) says why, row by row.',
  },
  imported: {
    vi: 'Đã nhập {{rows}} dòng: {{created}} thêm mới, {{revised}} sửa, {{unchanged}} không đổi.',
    en: 'Imported {{rows}} rows: {{created}} new, {{revised}} revised, {{unchanged}} unchanged.',
  },
});

/** The seven indicators of a sector's KPI standard (English: their field names, as before). */
export const indicator = defineMessages('catalogue.indicator', {
  quantity: { vi: 'Số lượng', en: 'quantity' },
  timeliness: { vi: 'Tiến độ', en: 'timeliness' },
  quality: { vi: 'Chất lượng', en: 'quality' },
  proactivity: { vi: 'Chủ động', en: 'proactivity' },
  coordination: { vi: 'Phối hợp', en: 'coordination' },
  creativity: { vi: 'Sáng tạo', en: 'creativity' },
  overdue: { vi: 'Quá hạn', en: 'overdue' },
});

/** A number in a message: Vietnamese writes 1,5 and 10.000; English as before (1.5, 10000). */
export const num = (value: number) => (currentLanguage() === 'vi' ? formatNumber(value) : String(value));

/**
 * The catalogue sheet's headings: English writes the column keys (what scripts and the suites
 * read, as before), Vietnamese the labels a province's own sheet has. An import accepts both.
 */
export const header = defineMessages('catalogue.sheet', {
  code: { vi: 'Mã', en: 'code' },
  name: { vi: 'Tên đầu công việc', en: 'name' },
  sector: { vi: 'Lĩnh vực', en: 'sector' },
  group: { vi: 'Nhóm', en: 'group' },
  unit: { vi: 'Đơn vị tính', en: 'unit' },
  standard_minutes: { vi: 'Thời gian chuẩn (phút)', en: 'standard_minutes' },
  coefficient: { vi: 'Hệ số', en: 'coefficient' },
  criteria: { vi: 'Tiêu chí định lượng', en: 'criteria' },
  evidence: { vi: 'Minh chứng', en: 'evidence' },
  evidence_required: { vi: 'Bắt buộc minh chứng', en: 'evidence_required' },
  description: { vi: 'Mô tả', en: 'description' },
  owner_agency_id: { vi: 'Cơ quan sở hữu (mã định danh)', en: 'owner_agency_id' },
  yes: { vi: 'có', en: 'yes' },
  no: { vi: 'không', en: 'no' },
  sheetName: { vi: 'Danh mục', en: 'Catalogue' },
});

/** The KPI handbook (sổ tay KPI), as printed and as a spreadsheet. */
export const handbook = defineMessages('catalogue.handbook', {
  title: { vi: 'Sổ tay KPI — {{agency}}', en: 'KPI handbook — {{agency}}' },
  sheetName: { vi: 'Sổ tay KPI', en: 'KPI handbook' },
  intro: {
    vi: 'Danh mục đầu công việc áp dụng từ ngày {{on}} (mã cơ quan {{code}}). Điểm một đầu việc = số lượng × thời gian chuẩn × hệ số.',
    en: 'The work items in force from {{on}} (agency code {{code}}). An item’s points = quantity × standard time × coefficient.',
  },
  groupA: { vi: 'Nhóm A — Công việc gắn với vị trí lãnh đạo, quản lý', en: 'Group A — Work tied to leadership and management posts' },
  groupB: { vi: 'Nhóm B — Danh mục dùng chung toàn tỉnh', en: 'Group B — The province-wide shared list' },
  groupC: { vi: 'Nhóm C — Danh mục riêng của cơ quan, đơn vị', en: 'Group C — The agency’s own list' },
  groupD: { vi: 'Nhóm D — Công việc chuyên môn của ngành, lĩnh vực', en: 'Group D — A sector’s professional work' },
  group: { vi: 'Nhóm', en: 'Group' },
  code: { vi: 'Mã', en: 'Code' },
  item: { vi: 'Đầu công việc', en: 'Work item' },
  sector: { vi: 'Lĩnh vực', en: 'Sector' },
  unit: { vi: 'Đơn vị tính', en: 'Unit' },
  minutes: { vi: 'Thời gian chuẩn (phút)', en: 'Standard time (minutes)' },
  coefficient: { vi: 'Hệ số', en: 'Coefficient' },
  criteria: { vi: 'Tiêu chí', en: 'Criteria' },
  evidence: { vi: 'Minh chứng', en: 'Evidence' },
  evidenceRequired: { vi: 'Bắt buộc minh chứng', en: 'Evidence required' },
  required: { vi: 'bắt buộc', en: 'required' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  count: { vi: '{{count}} đầu công việc.', en: '{{count}} work items.' },
});

/** The labels of the catalogue's enums, for whatever people read (the handbook, sheets, messages). */
export const groupLabel = defineEnumLabels('WorkItemGroup', WorkItemGroup, {
  A: { vi: 'Nhóm A — gắn với vị trí lãnh đạo, quản lý', en: 'Group A — tied to leadership and management posts' },
  B: { vi: 'Nhóm B — danh mục dùng chung toàn tỉnh', en: 'Group B — the province-wide shared list' },
  C: { vi: 'Nhóm C — danh mục riêng của cơ quan, đơn vị', en: 'Group C — an agency’s own list' },
  D: { vi: 'Nhóm D — công việc chuyên môn của ngành, lĩnh vực', en: 'Group D — a sector’s professional work' },
});

export const unitLabel = defineEnumLabels('UnitOfMeasure', UnitOfMeasure, {
  DOCUMENT: { vi: 'Văn bản', en: 'Document' },
  DOSSIER: { vi: 'Hồ sơ', en: 'Dossier' },
  REPORT: { vi: 'Báo cáo', en: 'Report' },
  MEETING: { vi: 'Cuộc họp', en: 'Meeting' },
  INSPECTION: { vi: 'Cuộc kiểm tra', en: 'Inspection' },
  SESSION: { vi: 'Buổi', en: 'Session' },
  CASE: { vi: 'Vụ việc', en: 'Case' },
  VISIT: { vi: 'Chuyến công tác', en: 'Visit' },
  EVENT: { vi: 'Sự kiện', en: 'Event' },
  PLAN: { vi: 'Kế hoạch', en: 'Plan' },
  CONTRACT: { vi: 'Hợp đồng', en: 'Contract' },
  DAY: { vi: 'Ngày', en: 'Day' },
  ITEM: { vi: 'Sản phẩm', en: 'Item' },
});

defineEnumLabels('WorkItemStatus', WorkItemStatus, {
  ACTIVE: { vi: 'Đang sử dụng', en: 'Active' },
  RETIRED: { vi: 'Ngừng sử dụng', en: 'Retired' },
});

defineEnumLabels('WorkItemVersionApproval', VersionApproval, {
  APPROVED: { vi: 'Đã phê duyệt', en: 'Approved' },
  PENDING: { vi: 'Chờ thủ trưởng duyệt', en: 'Waiting for the head’s approval' },
  REJECTED: { vi: 'Bị từ chối', en: 'Rejected' },
  WITHDRAWN: { vi: 'Đã rút lại', en: 'Withdrawn' },
});

defineEnumLabels('PositionCategory', PositionCategory, {
  LEADERSHIP: { vi: 'Lãnh đạo, quản lý', en: 'Leadership and management' },
  PROFESSIONAL: { vi: 'Chuyên môn, nghiệp vụ', en: 'Professional' },
  SHARED_PROFESSIONAL: { vi: 'Chuyên môn dùng chung', en: 'Shared professional' },
  SUPPORT: { vi: 'Hỗ trợ, phục vụ', en: 'Support and service' },
});

export const changeKindLabel = defineEnumLabels('CatalogueChangeKind', ChangeKind, {
  ADD: { vi: 'Thêm đầu công việc', en: 'Add an item' },
  CHANGE: { vi: 'Sửa đầu công việc', en: 'Change an item' },
  RETIRE: { vi: 'Ngừng sử dụng đầu công việc', en: 'Retire an item' },
});

defineEnumLabels('CatalogueChangeStatus', ChangeStatus, {
  PENDING: { vi: 'Chờ quyết định', en: 'Pending' },
  APPROVED: { vi: 'Đã phê duyệt', en: 'Approved' },
  REJECTED: { vi: 'Bị từ chối', en: 'Rejected' },
  WITHDRAWN: { vi: 'Đã rút lại', en: 'Withdrawn' },
});

// The values of services/inputs.ts's HandbookFormat (not imported: this module loads no GraphQL types).
defineEnumLabels('HandbookFormat', { MARKDOWN: 'MARKDOWN', HTML: 'HTML', XLSX: 'XLSX' } as const, {
  MARKDOWN: { vi: 'Văn bản Markdown', en: 'Markdown' },
  HTML: { vi: 'Trang in (HTML)', en: 'Printable page (HTML)' },
  XLSX: { vi: 'Bảng tính Excel (XLSX)', en: 'Excel spreadsheet (XLSX)' },
});

/** What the catalogue's own codes mean, for a person. */
defineCodeLabels({
  [ErrorCode.WORK_ITEM_RETIRED]: { vi: 'Đầu công việc đã ngừng sử dụng', en: 'The work item is retired' },
  [ErrorCode.INVALID_WEIGHTS]: { vi: 'Trọng số các chỉ tiêu không hợp lệ', en: 'Invalid indicator weights' },
});
