import { currentLanguage, defineMessages, formatDay, formatNumber } from '@kpi/platform';

/**
 * Every message of the diary a person reads, in Vietnamese and English (issue 15 §2): refusals,
 * warnings, import row problems, job summaries. Said in the language of the request (or job)
 * being served; the codes (`extensions.code`) never change. The English texts are the diary's
 * historic messages, word for word (clients and suites may read them). To add a message: add a
 * key here with both languages filling in the same `{{values}}`, and raise it as
 * `new DomainError(code, said.key({ … }))` — never a bare string.
 */
export const said = defineMessages('diary', {
  // What a refusal (`forbidden(what)`) is about: "Đồng chí không có quyền truy cập {{what}}."
  thisDiaryEntry: { vi: 'mục nhật ký này', en: 'this diary entry' },
  someOfTheseEntries: { vi: 'một số mục nhật ký trong danh sách này', en: 'some of these entries' },
  diariesOnlyPersons: { vi: 'nhật ký công việc: chỉ cá nhân mới có nhật ký', en: 'diaries: only a person keeps one' },
  thisDiaryOwnOnly: { vi: 'nhật ký này: mỗi người chỉ ghi nhật ký của chính mình', en: 'this diary: staff write only their own' },
  personsDiary: { vi: 'nhật ký công việc của người này', en: 'this person’s diary' },
  reviewQueues: { vi: 'hàng đợi duyệt nhật ký: chỉ dành cho thủ trưởng đơn vị', en: 'review queues: they belong to unit heads' },
  unitReviewQueue: { vi: 'hàng đợi duyệt nhật ký của đơn vị này', en: 'this unit’s review queue' },
  thisAssignment: { vi: 'việc được giao này', en: 'this assignment' },
  assigningWork: { vi: 'chức năng giao việc', en: 'assigning work' },
  assigningOnlyLeaders: { vi: 'chức năng giao việc: chỉ lãnh đạo mới giao việc', en: 'assigning work: only leaders assign' },
  personsAssignments: { vi: 'việc được giao của người này', en: 'this person’s assignments' },
  assignmentsOnlyPersons: { vi: 'việc được giao: chỉ cá nhân mới có', en: 'assignments: only a person has them' },
  assignmentsGivenOnlyPersons: { vi: 'việc đã giao: chỉ cá nhân mới giao việc', en: 'assignments given: only a person assigns' },
  unitDiaries: { vi: 'nhật ký và việc được giao của đơn vị này', en: 'this unit’s diaries and assignments' },
  theCalendar: { vi: 'lịch làm việc', en: 'the calendar' },
  theWorkingCalendar: { vi: 'chức năng cập nhật lịch làm việc', en: 'the working calendar' },
  personsLeave: { vi: 'ngày nghỉ phép của người này', en: 'this person’s leave' },
  thisLeave: { vi: 'đợt nghỉ này', en: 'this leave' },
  diaryPolicy: { vi: 'quy định về nhật ký công việc', en: 'the diary policy' },
  closedPeriods: { vi: 'các kỳ đã khóa sổ', en: 'closed periods' },
  reopenings: { vi: 'các lần mở lại kỳ đã khóa sổ', en: 'reopenings' },
  itemUsage: { vi: 'số liệu sử dụng của đầu công việc này', en: 'the usage of this work item' },
  agencyMappings: { vi: 'bảng ánh xạ loại văn bản của cơ quan này', en: 'this agency’s mappings' },
  defaultMappings: { vi: 'bảng ánh xạ loại văn bản mặc định của tỉnh', en: 'the province’s default mappings' },
  intakeMappings: { vi: 'bảng ánh xạ loại văn bản sang đầu công việc', en: 'the intake mappings' },
  clientMappings: {
    vi: 'bảng ánh xạ của một hệ thống tích hợp (hãy dùng workItemMappings)',
    en: 'the intake mappings of a client (ask workItemMappings)',
  },
  auditTrail: { vi: 'nhật ký lưu vết của nhật ký công việc', en: 'the diary audit trail' },
  scoringFacts: {
    vi: 'số liệu tính điểm (chỉ dành cho các dịch vụ của hệ thống)',
    en: 'scoring facts (for the graph’s own services)',
  },
  workEventIntake: {
    vi: 'chức năng nhận sự kiện công việc: chỉ dành cho hệ thống tích hợp',
    en: 'work event intake: it is for integration clients',
  },
  importingDiaryHistory: {
    vi: 'chức năng nhập lịch sử nhật ký: chỉ dành cho quản trị tỉnh và quản trị cơ quan',
    en: 'importing diary history: it is for province and agency admins',
  },
  importingAssignmentHistory: {
    vi: 'chức năng nhập lịch sử giao việc: chỉ dành cho quản trị tỉnh và quản trị cơ quan',
    en: 'importing assignment history: it is for province and agency admins',
  },
  clientsOnlyDeliver: {
    vi: '{{field}}: hệ thống tích hợp chỉ được gửi sự kiện công việc (recordWorkEvents)',
    en: '{{field}}: integration clients may only deliver work events (recordWorkEvents)',
  },

  // Recording entries
  workDateFormat: {
    vi: 'Ngày làm việc (workDate) phải viết theo dạng YYYY-MM-DD.',
    en: 'workDate must be a date written YYYY-MM-DD.',
  },
  noWorkItemWithId: { vi: 'Không có đầu công việc nào có mã định danh {{id}}.', en: 'No work item with id {{id}} exists.' },
  noEmployeeWithId: { vi: 'Không có cán bộ nào có mã định danh {{id}}.', en: 'No employee with id {{id}} exists.' },
  itemNotInForceOn: {
    vi: 'Đầu công việc {{code}} không có trong danh mục vào ngày {{date}} (đã ngừng áp dụng hoặc chưa có hiệu lực).',
    en: '{{code}} is not in the catalogue on {{date}} (retired or not yet in force).',
  },
  itemNotInCatalogueToday: {
    vi: 'Đầu công việc {{code}} hiện không có trong danh mục.',
    en: '{{code}} is not in the catalogue today.',
  },
  notInYourPosition: {
    vi: 'Đầu công việc {{code}} không thuộc bản mô tả vị trí việc làm của đồng chí; đồng chí đề nghị cơ quan bổ sung, hoặc chọn đầu công việc khác.',
    en: '{{code}} is not in your position’s job description; ask your agency to add it, or choose another item.',
  },
  assignmentWasCancelled: {
    vi: 'Việc được giao này đã bị hủy: công việc làm cho nó không còn được tính.',
    en: 'That assignment was cancelled: work on it no longer counts.',
  },
  notOnAssignment: {
    vi: 'Không có việc được giao nào với mã này mà đồng chí là người chủ trì hoặc người phối hợp.',
    en: 'No assignment with that id names you as its lead or a co-operator.',
  },
  monthClosedAskOverride: {
    vi: 'Nhật ký tháng {{month}} đã khóa sổ; quản trị cơ quan có thể điều chỉnh bằng quyền ghi đè.',
    en: 'The diary of {{month}} is closed; an agency admin can correct it with an override.',
  },
  monthClosed: { vi: 'Nhật ký tháng {{month}} đã khóa sổ.', en: 'The diary of {{month}} is closed.' },
  monthNotKept: {
    vi: 'Nhật ký tháng {{month}} không còn lưu ở đây: tháng đã được lưu trữ hoặc có trước khi dùng nhật ký (bộ phận vận hành có thể khôi phục tháng đã lưu trữ).',
    en: 'The diary of {{month}} is not kept here: the month was archived or precedes the diary (an operator can restore an archived month).',
  },
  overrideNeedsReasonAudited: {
    vi: 'Ghi đè cần nêu lý do: lý do được lưu vết để kiểm tra.',
    en: 'An override needs a reason: it is kept in the audit trail.',
  },
  overrideNeedsReason: { vi: 'Ghi đè cần nêu lý do.', en: 'An override needs a reason.' },
  alreadyRecorded: {
    vi: 'Công việc này đã được ghi cho ngày {{date}} (mục {{id}}).',
    en: 'This work is already recorded for {{date}} (entry {{id}}).',
  },
  noLongerInService: { vi: 'Người này không còn công tác.', en: 'This person is no longer in service.' },
  approvedIsFinal: {
    vi: 'Mục nhật ký đã duyệt thì không sửa được nữa; đồng chí đề nghị thủ trưởng đơn vị trả lại trước.',
    en: 'An approved entry is final; ask your unit head to return it first.',
  },
  quantityAboveZero: { vi: 'Số lượng phải lớn hơn 0.', en: 'The quantity must be more than 0.' },
  quantityAtMost: { vi: 'Số lượng tối đa là {{max}} trong một ngày.', en: 'The quantity is at most {{max}} a day.' },
  minutesWhole: {
    vi: 'Số phút thực hiện phải là số nguyên lớn hơn 0.',
    en: 'The minutes spent must be a whole number above 0.',
  },
  entryOver24Hours: { vi: 'Một mục nhật ký không thể quá 24 giờ.', en: 'One entry cannot take more than 24 hours.' },
  futureDate: {
    vi: 'Không thể ghi công việc cho ngày trong tương lai ({{date}}; hôm nay là {{today}}).',
    en: 'Work cannot be recorded for a future date ({{date}}; today is {{today}}).',
  },
  dayOver24Hours: {
    vi: 'Ngày này đã có {{minutes}} phút; thêm {{more}} phút nữa sẽ vượt quá 24 giờ.',
    en: 'That day already holds {{minutes}} minutes; with {{more}} more it would exceed 24 hours.',
  },

  // Warnings on a saved entry (they never block)
  warnOverStandardDay: {
    vi: 'Ngày này hiện có {{minutes}} phút, vượt thời gian làm việc chuẩn {{standard}} phút của một ngày.',
    en: 'The day now holds {{minutes}} minutes, above the standard working day of {{standard}}.',
  },
  warnFarAboveStandard: {
    vi: '{{minutes}} phút là nhiều hơn {{factor}} lần thời gian chuẩn {{standard}} phút cho số lượng này.',
    en: '{{minutes}} minutes is more than {{factor}} × the standard {{standard}} minutes for this quantity.',
  },
  warnLateDeclaration: {
    vi: 'Mục này được ghi sau hạn kê khai của ngày đó: được tính là khai bù (kê khai sót).',
    en: 'Recorded after the declaration deadline for that day: it counts as declared late.',
  },
  warnNoEvidence: {
    vi: 'Đầu công việc này cần minh chứng (ví dụ: số văn bản trên E-Office).',
    en: 'This work item expects evidence (e.g. an E-Office document number).',
  },
  warnNonWorkingDay: {
    vi: 'Ngày đó không phải ngày làm việc của đồng chí (cuối tuần, ngày lễ hoặc ngày nghỉ phép).',
    en: 'That date is not a working day for you (weekend, holiday or leave).',
  },
  warnAfterClose: {
    vi: 'Tháng đã khóa sổ: thay đổi này được thực hiện bằng quyền ghi đè và được lưu vết.',
    en: 'The month is closed: this change was made with an override and is audited.',
  },

  // Review
  reviewBatchSize: { vi: 'Mỗi lần duyệt từ 1 đến 1.000 mục nhật ký.', en: 'Review between 1 and 1,000 entries at a time.' },
  returnNeedsNote: {
    vi: 'Đồng chí cần nêu lý do trả lại để người ghi biết mà sửa.',
    en: 'Say why an entry is returned, so its author can fix it.',
  },
  alreadyApproved: { vi: 'Mục nhật ký {{id}} đã được duyệt trước đó.', en: 'Entry {{id}} is already approved.' },
  alreadyReturned: { vi: 'Mục nhật ký {{id}} đã bị trả lại trước đó.', en: 'Entry {{id}} is already returned.' },
  alreadyDecided: { vi: 'Mục nhật ký {{id}} đã ở trạng thái “{{status}}”.', en: 'Entry {{id}} is already {{status}}.' },

  // Assignments
  fieldRequired: { vi: 'Trường {{field}} không được để trống.', en: '{{field}} must not be empty.' },
  fieldAtMost: { vi: 'Trường {{field}} dài tối đa {{max}} ký tự.', en: '{{field}} is at most {{max}} characters.' },
  fieldLength: { vi: 'Trường {{field}} dài từ 1 đến {{max}} ký tự.', en: '{{field}} is 1 to {{max}} characters.' },
  evidenceAtMost: { vi: 'Tối đa 50 minh chứng.', en: 'At most 50 evidence references.' },
  noSuchEmployee: { vi: 'Không có cán bộ này.', en: 'No such employee exists.' },
  leadCannotPerform: {
    vi: 'Đầu công việc {{code}} không thuộc bản mô tả vị trí việc làm của {{lead}}: người chủ trì sẽ không ghi nhật ký cho công việc này được.',
    en: '{{code}} is not in the job description of {{lead}}’s position: the lead could not record work against it.',
  },
  expectedQuantity: {
    vi: 'Số lượng giao phải lớn hơn 0 (tối đa 100.000).',
    en: 'The expected quantity is more than 0 (at most 100,000).',
  },
  deadlineFromToday: {
    vi: 'Hạn hoàn thành phải từ hôm nay ({{today}}) trở đi.',
    en: 'The deadline must be a date from today ({{today}}) on.',
  },
  leadNotCooperator: { vi: 'Người chủ trì không đồng thời là người phối hợp.', en: 'The lead is not also a co-operator.' },
  cooperatorsAtMost: { vi: 'Tối đa 30 người phối hợp.', en: 'At most 30 co-operators.' },
  assignOnlyToLed: {
    vi: 'Đồng chí chỉ được giao việc cho người mình phụ trách (cấp dưới trực tiếp, đơn vị của mình, hoặc cả cơ quan nếu là lãnh đạo cơ quan).',
    en: 'You may assign work only to people you lead (your reports, your unit, or your agency as its leader).',
  },
  cooperatorMissing: {
    vi: 'Người phối hợp {{id}} không tồn tại hoặc không còn công tác.',
    en: 'Co-operator {{id}} does not exist or is not in service.',
  },
  onlyLeadReports: {
    vi: 'Chỉ người chủ trì mới báo cáo kết quả việc được giao này.',
    en: 'Only the lead reports on this assignment.',
  },
  onlyAssignerDecides: {
    vi: 'Chỉ người giao việc (hoặc thủ trưởng đơn vị của người chủ trì) mới quyết định về việc được giao này.',
    en: 'Only the assigner (or the head of the lead’s unit) decides on this assignment.',
  },
  nameNewLead: { vi: 'Đồng chí cần chọn người chủ trì mới.', en: 'Name the new lead.' },
  alreadyLeads: { vi: 'Người này đã là người chủ trì việc được giao này.', en: 'That person already leads this assignment.' },
  reassignOnlyToLed: {
    vi: 'Đồng chí chỉ được giao lại cho người mình phụ trách.',
    en: 'You may reassign only to people you lead.',
  },
  quantityDone: { vi: 'Số lượng đã làm phải từ 0 trở lên.', en: 'The quantity done is 0 or more.' },
  lateNeedsDelay: {
    vi: 'Việc này được báo cáo sau hạn: cần ghi ít nhất một lần chậm (có thể được miễn trừ).',
    en: 'It was submitted after its deadline: record at least one delay (it may be excused).',
  },
  extensionLater: {
    vi: 'Gia hạn phải dời hạn hoàn thành sang sau ngày {{deadline}}, và không về ngày đã qua.',
    en: 'An extension moves the deadline later than {{deadline}}, and not into the past.',
  },
  invalidTransition: {
    vi: 'Việc được giao đang ở trạng thái “{{status}}” không thể thực hiện thao tác “{{action}}”; hiện có thể: {{possible}}.',
    en: 'An assignment that is {{status}} cannot take {{action}}; possible now: {{possible}}.',
  },
  invalidTransitionClosed: {
    vi: 'Việc được giao đang ở trạng thái “{{status}}” không thể thực hiện thao tác “{{action}}”; việc này đã kết thúc.',
    en: 'An assignment that is {{status}} cannot take {{action}}; it is closed.',
  },
  countFrom0To20: { vi: 'Trường {{field}} là số nguyên từ 0 đến 20.', en: '{{field}} is a whole number from 0 to 20.' },
  moreErrorsExcused: {
    vi: 'Số lỗi được miễn trừ nhiều hơn số lỗi đã ghi.',
    en: 'More errors are excused than were recorded.',
  },
  moreDelaysExcused: {
    vi: 'Số lần chậm được miễn trừ nhiều hơn số lần chậm đã ghi.',
    en: 'More delays are excused than were recorded.',
  },
  objectiveCause: {
    vi: 'Lỗi hoặc chậm được miễn trừ phải có nguyên nhân khách quan được cấp có thẩm quyền xác nhận (Nghị định 335).',
    en: 'An excused error or delay needs the objective cause confirmed by a competent authority (Decree 335).',
  },

  // The working calendar and leave
  nameTheDay: {
    vi: 'Đồng chí cần đặt tên cho ngày này (ví dụ: Tết Nguyên đán).',
    en: 'Name the day (e.g. Tết Nguyên đán).',
  },
  holidayOnWeekend: {
    vi: 'Ngày {{day}} là ngày cuối tuần, vốn đã được nghỉ: ngày lễ chỉ đánh dấu vào ngày thường.',
    en: '{{day}} is a weekend day, already off: a holiday is marked on a weekday.',
  },
  swapOnWeekday: {
    vi: 'Ngày {{day}} là ngày thường, vốn đã làm việc: ngày làm bù phải là ngày cuối tuần.',
    en: '{{day}} is a weekday, already worked: a swapped working day is a weekend day.',
  },

  // Lockdown: the diary rules and reopenings
  policyNeedsReason: {
    vi: 'Đồng chí cần nêu lý do thay đổi quy định: lý do được lưu vết.',
    en: 'Say why the rules change: it is audited.',
  },
  reopeningNeedsReason: {
    vi: 'Mở lại kỳ đã khóa sổ cần nêu lý do: lý do được lưu vết.',
    en: 'A reopening needs a reason: it is audited.',
  },
  untilInFuture: { vi: 'Thời hạn mở lại (`until`) phải ở tương lai.', en: '`until` must be in the future.' },
  policyWholeRange: {
    vi: 'Trường {{field}} là số nguyên từ {{min}} đến {{max}}.',
    en: '{{field}} is a whole number from {{min}} to {{max}}.',
  },
  policyRange: { vi: 'Trường {{field}} có giá trị từ {{min}} đến {{max}}.', en: '{{field}} is from {{min}} to {{max}}.' },
  policyFromFirstDay: {
    vi: 'Quy định về nhật ký chỉ thay đổi từ ngày đầu tháng (YYYY-MM-01).',
    en: 'Diary rules change from the first day of a month (YYYY-MM-01).',
  },
  policyFromCurrentMonth: {
    vi: 'Quy định về nhật ký chỉ thay đổi từ tháng hiện tại ({{month}}) trở đi: các tháng đã qua giữ quy định đã dùng để đánh giá.',
    en: 'Diary rules change from the current month ({{month}}) on: past months keep the rules they were judged by.',
  },
  policyAfterLatest: {
    vi: 'Quy định mới về nhật ký phải bắt đầu sau phiên bản gần nhất (bắt đầu từ ngày {{latest}}); ngày nhận được: {{from}}.',
    en: 'New diary rules must start after the latest ones, which start on {{latest}}; got {{from}}.',
  },

  // Ranges and listings
  datesFormat: { vi: 'Ngày phải viết theo dạng YYYY-MM-DD.', en: 'Dates are written YYYY-MM-DD.' },
  toBeforeFrom: {
    vi: 'Ngày kết thúc (`to`) đứng trước ngày bắt đầu (`from`).',
    en: '`to` comes before `from`.',
  },
  rangeAtMost: { vi: 'Mỗi lần xem tối đa {{max}} ngày.', en: 'At most {{max}} days at a time.' },
  approvedBeforeStatus: {
    vi: 'approvedBefore chỉ liệt kê các mục đã duyệt: bỏ tham số status, hoặc chọn APPROVED.',
    en: 'approvedBefore lists approved entries: leave status out, or ask for APPROVED.',
  },
  entryIdNotAnId: { vi: 'entryId không phải mã định danh của mục nhật ký.', en: 'entryId is not an entry id.' },
  firstFrom1To: { vi: 'Tham số first có giá trị từ 1 đến {{max}}.', en: 'first is from 1 to {{max}}.' },
  rangesCount: { vi: 'Mỗi lần hỏi từ 1 đến {{max}} khoảng thời gian.', en: 'Ask for 1 to {{max}} ranges at a time.' },
  rangeNotUuid: {
    vi: 'Khoảng {{index}}: mã định danh cán bộ không phải uuid.',
    en: 'Range {{index}}: the employee id is not a uuid.',
  },
  rangeProblem: { vi: 'Khoảng {{index}}: {{problem}}', en: 'Range {{index}}: {{problem}}' },
  eventsPerBatch: {
    vi: 'Mỗi lô gửi từ 1 đến {{max}} sự kiện; lô lớn hơn cần chia nhỏ.',
    en: 'Send 1 to {{max}} events per batch; split larger ones.',
  },

  // Work events (E-Office intake): why an event was not written
  eventExternalId: {
    vi: 'cần có externalId: đó là cách nhận ra lần gửi lại',
    en: 'externalId is required: it is how retries are recognised',
  },
  eventRepeated: { vi: 'lặp lại trong cùng lô này', en: 'repeated in this batch' },
  eventAlreadyReceived: { vi: 'đã nhận trước đó', en: 'already received' },
  eventNoEmployee: { vi: 'không có cán bộ nào có mã {{code}}', en: 'no employee with code {{code}}' },
  eventNotInService: { vi: '{{code}} không còn công tác', en: '{{code}} is no longer in service' },
  eventNotMapped: {
    vi: 'loại văn bản {{type}} chưa được ánh xạ sang đầu công việc nào của cơ quan này',
    en: 'document type {{type}} is not mapped to a work item for this agency',
  },
  eventItemNotOn: {
    vi: 'đầu công việc được ánh xạ không có trong danh mục vào ngày {{date}}',
    en: 'the mapped work item is not in the catalogue on {{date}}',
  },
  eventNotPerformable: {
    vi: 'đầu công việc {{code}} không thuộc bản mô tả vị trí việc làm của {{employee}}',
    en: '{{code}} is not in {{employee}}’s job description',
  },
  eventMonthClosed: { vi: 'nhật ký tháng {{month}} đã khóa sổ', en: 'the diary of {{month}} is closed' },
  eventDocumentRecorded: {
    vi: 'văn bản này đã được ghi cho ngày {{date}} (mục {{id}})',
    en: 'this document is already recorded for {{date}} (entry {{id}})',
  },

  // History imports: a sheet's rows, and the job that writes them
  concurrentImport: {
    vi: 'Trong lúc này, một lần nhập khác đã ghi một số việc được giao của tệp; đồng chí hãy chạy lại.',
    en: 'Another import wrote some of these assignments meanwhile; run it again.',
  },
  importedComment: {
    vi: 'Nhập từ phần mềm KPI cũ',
    en: 'Imported from the previous KPI software',
  },
  historyNounEntries: { vi: 'mục nhật ký', en: 'diary entries' },
  historyNounAssignments: { vi: 'việc được giao', en: 'assignments' },
  historyJobSummary: {
    vi: 'Đã nhập {{rows}} dòng lịch sử: ghi mới {{created}} {{noun}}, {{unchanged}} dòng đã có từ trước.',
    en: 'Imported {{rows}} rows of history: {{created}} {{noun}} written, {{unchanged}} already there.',
  },
  historyJobInvalidNow: {
    vi: 'Hiện có {{invalid}} trong {{rows}} dòng không hợp lệ: chưa ghi gì; hãy chạy thử lại để xem lý do.',
    en: '{{invalid}} of {{rows}} rows are invalid now: nothing was written; run the dry run again to see why.',
  },
  historyJobRefused: {
    vi: 'Có {{invalid}} trong {{rows}} dòng không hợp lệ: chưa bắt đầu nhập; bản chạy thử (importDiaryHistory, importAssignmentHistory) nêu lý do từng dòng.',
    en: '{{invalid}} of {{rows}} rows are invalid: nothing was started; the dry run (importDiaryHistory, importAssignmentHistory) says why, row by row.',
  },
  rowEmployeeCode: { vi: 'employee_code: cần ghi mã cán bộ', en: 'employee_code: give the person’s staff code' },
  rowDate: { vi: '{{column}}: cần một ngày viết theo dạng YYYY-MM-DD', en: '{{column}}: a calendar date written YYYY-MM-DD' },
  rowDateFuture: {
    vi: '{{column}}: ngày {{date}} ở tương lai (hôm nay là {{today}})',
    en: '{{column}}: {{date}} is in the future (today is {{today}})',
  },
  rowItemCode: {
    vi: 'work_item_code: cần ghi mã đầu công việc trong danh mục',
    en: 'work_item_code: give the catalogue code of the work item',
  },
  rowQuantity: { vi: 'quantity: một số lớn hơn 0, tối đa {{max}}', en: 'quantity: a number above 0, at most {{max}}' },
  rowMinutes: {
    vi: 'actual_minutes: số phút nguyên từ 1 đến {{max}}, hoặc để trống để lấy thời gian chuẩn',
    en: 'actual_minutes: whole minutes from 1 to {{max}}, or empty for the standard time',
  },
  rowEntryStatus: {
    vi: 'status: APPROVED (Đã duyệt) hoặc RETURNED (Trả lại); để trống là APPROVED',
    en: 'status: APPROVED (Đã duyệt) or RETURNED (Trả lại); empty means APPROVED',
  },
  rowTextAtMost: { vi: '{{column}}: văn bản tối đa {{max}} ký tự', en: '{{column}}: at most {{max}} characters of text' },
  rowTitle: { vi: 'title: dài từ 1 đến 500 ký tự', en: 'title: 1 to 500 characters' },
  rowAssignerCode: {
    vi: 'assigner_code: cần ghi mã cán bộ của người giao việc',
    en: 'assigner_code: give the staff code of who assigned it',
  },
  rowLeadCode: {
    vi: 'lead_code: cần ghi mã cán bộ của người chủ trì',
    en: 'lead_code: give the staff code of the person responsible',
  },
  rowLeadIsAssigner: { vi: 'lead_code: người chủ trì không thể là người giao việc', en: 'lead_code: the lead is not the assigner' },
  rowLeadIsCooperator: {
    vi: 'co_operator_codes: người chủ trì không đồng thời là người phối hợp',
    en: 'co_operator_codes: the lead is not also a co-operator',
  },
  rowExpectedQuantity: { vi: 'expected_quantity: một số lớn hơn 0', en: 'expected_quantity: a number above 0' },
  rowDeadlineBefore: { vi: 'deadline: trước ngày giao việc', en: 'deadline: before the day it was assigned' },
  rowSubmittedBetween: {
    vi: 'submitted_on: phải từ ngày giao việc đến hôm nay',
    en: 'submitted_on: between the day it was assigned and today',
  },
  rowAssignmentStatus: {
    vi: 'status: COMPLETED (Hoàn thành), CANCELLED (Đã hủy), SUBMITTED, IN_PROGRESS hoặc ASSIGNED',
    en: 'status: COMPLETED (Hoàn thành), CANCELLED (Đã hủy), SUBMITTED, IN_PROGRESS or ASSIGNED',
  },
  rowSubmittedNeeded: {
    vi: 'submitted_on: ngày báo cáo hoàn thành, bắt buộc với việc đã báo cáo hoặc đã hoàn thành',
    en: 'submitted_on: the day it was reported done, for a submitted or completed assignment',
  },
  rowSubmittedOnlyReported: {
    vi: 'submitted_on: chỉ việc đã báo cáo hoặc đã hoàn thành mới có ngày báo cáo',
    en: 'submitted_on: only a submitted or completed assignment was reported done',
  },
  rowQuantityDone: { vi: 'quantity_done: một số từ 0 trở lên', en: 'quantity_done: a number from 0' },
  rowQuality: {
    vi: 'quality: EXCELLENT (Xuất sắc), GOOD (Tốt), SATISFACTORY (Đạt) hoặc UNSATISFACTORY (Chưa đạt)',
    en: 'quality: EXCELLENT (Xuất sắc), GOOD (Tốt), SATISFACTORY (Đạt) or UNSATISFACTORY (Chưa đạt)',
  },
  rowQualityNeeded: { vi: 'quality: việc đã hoàn thành phải được đánh giá chất lượng', en: 'quality: a completed assignment was rated' },
  rowQualityOnlyCompleted: {
    vi: 'quality: chỉ việc đã hoàn thành mới được đánh giá chất lượng',
    en: 'quality: only a completed assignment is rated',
  },
  rowCount: { vi: '{{column}}: số nguyên từ 0 đến 100', en: '{{column}}: a whole number from 0 to 100' },
  rowExcusedErrors: { vi: 'excused_errors: không quá số lỗi lớn', en: 'excused_errors: at most the major errors' },
  rowExcusedDelays: { vi: 'excused_delays: không quá số lần chậm', en: 'excused_delays: at most the delays' },
  rowErrorsOnCompletion: {
    vi: 'major_errors: lỗi và chậm chỉ ghi khi việc đã hoàn thành',
    en: 'major_errors: errors and delays are recorded on completion',
  },
  rowSameEntry: {
    vi: 'import_key: trùng mục nhật ký ở dòng {{row}}; mỗi mục cần một import_key riêng',
    en: 'import_key: the same entry as row {{row}}; give each entry its own import_key',
  },
  rowSameAssignment: {
    vi: 'import_key: trùng việc được giao ở dòng {{row}}; mỗi việc cần một import_key riêng',
    en: 'import_key: the same assignment as row {{row}}; give each its own import_key',
  },
  rowNoPerson: { vi: '{{column}}: không có cán bộ nào có mã {{code}}', en: '{{column}}: no person with staff code {{code}}' },
  rowNoPlacement: {
    vi: '{{column}}: ngày {{date}}, {{code}} không có quá trình công tác nào; hãy nhập quá trình công tác của người này trước',
    en: '{{column}}: {{code}} held no placement on {{date}}; import their placements first',
  },
  rowOtherAgency: {
    vi: '{{column}}: ngày {{date}}, {{code}} công tác ở cơ quan khác; quản trị của cơ quan đó nhập dòng này',
    en: '{{column}}: {{code}} worked in another agency on {{date}}; that agency’s admins import it',
  },
  rowMonthNotKept: {
    vi: 'work_date: nhật ký tháng {{month}} không lưu ở đây (có trước khi dùng nhật ký hoặc đã được lưu trữ)',
    en: 'work_date: the diary of {{month}} is not kept here (it precedes the diary or was archived)',
  },
  rowNoItem: {
    vi: 'work_item_code: không có đầu công việc nào có mã {{code}}',
    en: 'work_item_code: no work item with code {{code}}',
  },
  rowItemNotOn: {
    vi: 'work_item_code: ngày {{date}}, đầu công việc {{code}} không có trong danh mục',
    en: 'work_item_code: {{code}} was not in the catalogue on {{date}}',
  },
  rowMoreThanADay: {
    vi: 'actual_minutes: {{quantity}} × {{standard}} phút chuẩn là quá một ngày; hãy ghi số phút thực tế',
    en: 'actual_minutes: {{quantity}} × {{standard}} standard minutes is more than a day; give the minutes spent',
  },
  rowDayFull: {
    vi: 'actual_minutes: ngày {{date}} của {{code}} đã có {{minutes}} phút; thêm {{more}} phút nữa sẽ vượt quá 24 giờ',
    en: 'actual_minutes: {{code}}’s {{date}} already holds {{minutes}} minutes; with {{more}} more it would exceed 24 hours',
  },
});

const isVietnamese = () => currentLanguage() === 'vi';

/**
 * A number in a message: as Vietnamese writes it (1.440; 2,5), and in English exactly as the
 * diary always wrote it (1440; 2.5), so the English messages stay word for word.
 */
export const num = (value: number) => (isVietnamese() ? formatNumber(value) : String(value));

/** A day (`2026-12-04`) in a message: 04/12/2026 in Vietnamese, ISO in English. */
export const day = (value: string) => formatDay(value);

/** A month (`2026-12`, or any day of it) in a message: 12/2026 in Vietnamese, 2026-12 in English. */
export const month = (value: string) => (isVietnamese() ? `${value.slice(5, 7)}/${value.slice(0, 4)}` : value.slice(0, 7));

/**
 * An enum value in a message: its Vietnamese label in Vietnamese; in English the code itself,
 * as the diary's English messages always named it (`An assignment that is IN_PROGRESS …`).
 */
export const named = (label: (value: string) => string, value: string) => (isVietnamese() ? label(value) : value);
