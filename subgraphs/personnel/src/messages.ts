import { currentLanguage, defineMessages, formatNumber } from '@kpi/platform';

/**
 * Everything personnel says to a person, in Vietnamese and English (issue 15 §2): its refusals,
 * the rows of a placement history import and its job's summary. Said in the request's language
 * (a job: in the language of whoever started it); the codes (`extensions.code`) never change with
 * it. The English texts are what personnel said before it spoke Vietnamese: clients and suites
 * read them. The labels of its enums and codes are in labels.ts.
 */
export const said = defineMessages('personnel', {
  // What a refused record is (platform's forbidden / notFound / required / duplicateCode fill these in).
  theOrgChart: { vi: 'sơ đồ tổ chức', en: 'the organisation chart' },
  thisAgency: { vi: 'cơ quan, đơn vị này', en: 'this agency' },
  thisPartOfTheOrganisation: { vi: 'phần này của sơ đồ tổ chức', en: 'this part of the organisation' },
  thisAgencyStaffList: { vi: 'danh sách cán bộ của cơ quan, đơn vị này', en: 'this agency’s staff list' },
  thisJobPosition: { vi: 'vị trí việc làm này', en: 'this job position' },
  jobPositions: { vi: 'danh sách vị trí việc làm', en: 'job positions' },
  thisEmployee: { vi: 'hồ sơ cán bộ này', en: 'this employee' },
  theStaffDirectory: { vi: 'danh bạ cán bộ', en: 'the staff directory' },
  scoringUnits: {
    vi: 'đơn vị của lãnh đạo để tính điểm (chỉ dành cho các dịch vụ của hệ thống)',
    en: 'leaders’ units for scoring (for the graph’s own services)',
  },
  thisPlacementHistory: { vi: 'quá trình công tác của cán bộ này', en: 'this employee’s placement history' },
  everyonesPlacements: { vi: 'quá trình công tác của mọi cán bộ', en: 'everyone’s placements' },
  grantingThisRole: { vi: 'chức năng cấp vai trò này', en: 'granting this role' },
  theRoleGrants: { vi: 'danh sách cấp vai trò', en: 'the role grants' },
  placementImports: {
    vi: 'chức năng nhập quá trình công tác: chức năng này dành cho quản trị tỉnh và quản trị cơ quan',
    en: 'importing placement history: it is for province and agency admins',
  },
  registeringClients: { vi: 'chức năng đăng ký ứng dụng tích hợp', en: 'registering integration clients' },
  theIntegrationClients: { vi: 'danh sách ứng dụng tích hợp', en: 'the integration clients' },
  /**
   * What a write refuses: the platform's `writable` names it both when the caller may not change it
   * (forbidden) and when a province admin names nothing (notFound: "Không có … nào có …"), so the
   * Vietnamese reads in both sentences; the English is what it always said.
   */
  anEmployeeRecord: { vi: 'hồ sơ cán bộ', en: 'this employee' },
  anAgencyRecord: { vi: 'cơ quan, đơn vị', en: 'this agency' },
  aJobPosition: { vi: 'vị trí việc làm', en: 'this job position' },
  aRoleGrant: { vi: 'lượt cấp vai trò', en: 'this role grant' },
  anIntegrationClient: { vi: 'ứng dụng tích hợp', en: 'this integration client' },
  byId: { vi: 'mã định danh {{id}}', en: 'id {{id}}' },
  anEmployee: { vi: 'cán bộ', en: 'employee' },
  anAgency: { vi: 'cơ quan, đơn vị', en: 'agency' },
  aPositionOfThisAgency: { vi: 'vị trí việc làm trong cơ quan này', en: 'job position in this agency' },
  aClient: { vi: 'ứng dụng tích hợp', en: 'client' },
  theFullName: { vi: 'Họ và tên', en: 'The full name' },
  theName: { vi: 'Tên', en: 'The name' },
  theTitle: { vi: 'Tên vị trí việc làm', en: 'The title' },
  theGrantReason: { vi: 'Lý do cấp vai trò', en: 'The reason for a grant' },
  theRevocationReason: { vi: 'Lý do thu hồi', en: 'The reason for a revocation' },

  // References to nothing.
  noAgency: { vi: 'Không có cơ quan, đơn vị nào có mã định danh {{id}}.', en: 'No agency with id {{id}} exists.' },
  noDivision: { vi: 'Không có phòng nào có mã định danh {{id}}.', en: 'No division with id {{id}} exists.' },
  noPosition: { vi: 'Không có vị trí việc làm nào có mã định danh {{id}}.', en: 'No job position with id {{id}} exists.' },
  noEmployee: { vi: 'Không có cán bộ nào có mã định danh {{id}}.', en: 'No employee with id {{id}} exists.' },

  // The agency tree.
  provinceIsRoot: {
    vi: 'Tỉnh là gốc của sơ đồ tổ chức: tỉnh không có cơ quan cấp trên.',
    en: 'A province is a root: it has no parent.',
  },
  needsParent: {
    vi: 'Mọi cơ quan, đơn vị (trừ tỉnh) đều phải có cơ quan cấp trên (parentId).',
    en: 'Every agency but a province needs a parent (parentId).',
  },
  divisionUnderProvince: {
    vi: 'Phòng thuộc một cơ quan hoặc địa phương, không thuộc trực tiếp tỉnh.',
    en: 'A division (phòng) belongs to an agency or locality, not to the province itself.',
  },
  agencyCycle: {
    vi: 'Không thể chuyển một cơ quan, đơn vị vào dưới chính nó hoặc một phòng của nó.',
    en: 'An agency cannot be moved under itself or one of its own divisions.',
  },

  // Job positions.
  standardMinutes: {
    vi: 'Số phút chuẩn một ngày (standardMinutesPerDay) phải là số phút nguyên từ 60 đến 720.',
    en: 'standardMinutesPerDay must be a whole number of minutes between 60 and 720.',
  },

  // The staff directory.
  tooManyIds: {
    vi: 'Mỗi lần truy vấn tối đa {{max}} mã định danh; đồng chí hãy truy vấn tiếp phần còn lại.',
    en: 'At most {{max}} ids at a time; ask again for the rest.',
  },
  rangeBackwards: { vi: 'Khoảng thời gian kết thúc trước khi bắt đầu.', en: 'The range ends before it starts.' },

  // Placing people.
  agencyIsDivision: {
    vi: 'agencyId là một phòng; đồng chí hãy ghi cơ quan của phòng đó vào agencyId và phòng vào divisionId.',
    en: 'agencyId names a division; give its agency as agencyId and the division as divisionId.',
  },
  notADivisionOf: { vi: '{{division}} không phải là phòng của {{agency}}.', en: '{{division}} is not a division of {{agency}}.' },
  positionElsewhere: {
    vi: 'Vị trí việc làm {{title}} ({{code}}) thuộc cơ quan khác, không thuộc {{agency}}.',
    en: 'The position {{title}} ({{code}}) belongs to another agency, not {{agency}}.',
  },
  positionInactive: { vi: 'Vị trí việc làm {{code}} không còn được sử dụng.', en: 'The position {{code}} is no longer active.' },
  supervisorInactive: {
    vi: 'Người phụ trách {{name}} không còn công tác.',
    en: 'The supervisor {{name}} is no longer in service.',
  },
  supervisorCycle: {
    vi: 'Người phụ trách này (trực tiếp hoặc gián tiếp) lại chịu sự phụ trách của chính cán bộ này: quan hệ phụ trách sẽ thành vòng tròn.',
    en: 'That supervisor reports, directly or not, to this employee: supervision would go in a circle.',
  },
  noLongerInService: {
    vi: '{{name}} không còn công tác, trạng thái hiện tại là {{status}}.',
    en: '{{name}} is no longer in service ({{status}}).',
  },
  alreadyOutOfService: {
    vi: '{{name}} đã thôi công tác, trạng thái hiện tại là {{status}}.',
    en: '{{name}} is already out of service ({{status}}).',
  },
  appointmentNotLeadership: {
    vi: 'Bổ nhiệm là vào một vị trí lãnh đạo, quản lý; {{title}} không phải vị trí lãnh đạo, quản lý.',
    en: 'An appointment (bổ nhiệm) is to a leadership position; {{title}} is not one.',
  },
  deactivationStatus: {
    vi: 'Cho thôi công tác thì trạng thái (status) phải là một trong: {{statuses}}.',
    en: 'Deactivation ends service: status must be one of {{statuses}}.',
  },
  effectiveFromShape: {
    vi: 'Ngày hiệu lực (effectiveFrom) phải là ngày viết theo dạng YYYY-MM-DD.',
    en: 'effectiveFrom must be a date written YYYY-MM-DD.',
  },
  placementMustFollow: {
    vi: 'Quá trình công tác mới phải bắt đầu sau quá trình hiện tại, bắt đầu từ ngày {{previous}}; ngày nhận được là {{given}}.',
    en: 'The new placement must start after the current one, which started on {{previous}}; got {{given}}.',
  },

  // Role grants.
  notGrantable: {
    vi: 'Vai trò {{role}} không cấp riêng được: vai trò này xác định theo vị trí công tác của mỗi người.',
    en: '{{role}} is not granted: it follows from a person’s placement.',
  },
  agencyRoleNeedsAgency: {
    vi: 'Vai trò {{role}} gắn với một cơ quan: đồng chí hãy ghi cơ quan đó vào agencyId.',
    en: '{{role}} is held over one agency: name it in agencyId.',
  },
  provinceRoleHasNoAgency: {
    vi: 'Vai trò {{role}} áp dụng cho cả tỉnh: đồng chí hãy bỏ trống agencyId.',
    en: '{{role}} is held over the province: leave agencyId out.',
  },
  grantEndsBeforeStart: {
    vi: 'Ngày kết thúc của vai trò được cấp không thể trước ngày bắt đầu.',
    en: 'A grant cannot end before it starts.',
  },
  roleWouldNeverHold: {
    vi: 'Cán bộ {{code}} không còn công tác: vai trò được cấp sẽ không bao giờ có hiệu lực.',
    en: '{{code}} is not in service: a role would never hold.',
  },
  grantAlreadyRevoked: { vi: 'Lượt cấp vai trò này đã bị thu hồi lúc {{at}}.', en: 'This grant was already revoked on {{at}}.' },

  // Integration clients.
  clientIdShape: {
    vi: 'Mã ứng dụng (client id) gồm 2–63 ký tự: chữ thường, chữ số hoặc dấu gạch ngang, bắt đầu bằng chữ hoặc số.',
    en: 'A client id is 2–63 lower-case letters, digits or dashes, starting with a letter or digit.',
  },
  requestsPerWindow: {
    vi: 'Số yêu cầu mỗi khung thời gian (requestsPerWindow) là số nguyên từ 1 đến {{max}}.',
    en: 'requestsPerWindow is a whole number from 1 to {{max}}.',
  },
  unknownScope: {
    vi: 'Phạm vi không xác định: {{scopes}}; một ứng dụng được giữ một hoặc nhiều phạm vi trong số {{known}}.',
    en: 'Unknown scope {{scopes}}: a client holds one or more of {{known}}.',
  },
  noScope: {
    vi: 'Chưa có phạm vi nào: một ứng dụng được giữ một hoặc nhiều phạm vi trong số {{known}}.',
    en: 'No scope: a client holds one or more of {{known}}.',
  },
  clientRevoked: {
    vi: 'Ứng dụng {{clientId}} đã bị thu hồi lúc {{at}}; đồng chí hãy đăng ký ứng dụng mới.',
    en: 'Client {{clientId}} was revoked on {{at}}; register a new one.',
  },
  operationNotGraphql: {
    vi: 'Truy vấn thứ {{number}} không phải GraphQL hợp lệ: {{reason}}',
    en: 'Operation {{number}} is not GraphQL: {{reason}}',
  },
  operationNotOne: {
    vi: 'Truy vấn thứ {{number}} phải chứa đúng một truy vấn có tên.',
    en: 'Operation {{number}} must hold exactly one named operation.',
  },

  // The placement history import: each row's problems, named by their column.
  rowGive: { vi: '{{column}}: cần ghi {{what}}', en: '{{column}}: give {{what}}' },
  thePersonStaffCode: { vi: 'mã cán bộ của người đó', en: 'the person’s staff code' },
  theAgencyCode: { vi: 'mã cơ quan', en: 'the code of the agency' },
  thePositionCode: { vi: 'mã vị trí việc làm', en: 'the code of the job position' },
  rowCodeTooLong: { vi: '{{column}}: mã dài tối đa {{max}} ký tự', en: '{{column}}: a code of at most {{max}} characters' },
  rowKind: {
    vi: '{{column}}: một trong {{kinds}} (hoặc Tuyển dụng, Điều động, Luân chuyển, Bổ nhiệm, Thôi công tác)',
    en: '{{column}}: one of {{kinds}} (or Điều động, Luân chuyển, Bổ nhiệm…)',
  },
  rowSelfSupervised: {
    vi: '{{column}}: một người không phụ trách chính mình',
    en: '{{column}}: a person does not supervise themselves',
  },
  rowNotADate: { vi: '{{column}}: ngày phải viết theo dạng YYYY-MM-DD', en: '{{column}}: a calendar date written YYYY-MM-DD' },
  rowInFuture: {
    vi: '{{column}}: {{day}} là ngày trong tương lai (hôm nay là {{today}}); chỉ nhập được quá trình công tác đã qua',
    en: '{{column}}: {{day}} is in the future (today is {{today}}); an import brings the past in',
  },
  rowEndsBeforeStart: {
    vi: '{{column}}: ngày {{to}} trước ngày bắt đầu ({{from}})',
    en: '{{column}}: {{to}} is before the placement starts ({{from}})',
  },
  rowTextTooLong: { vi: '{{column}}: tối đa {{max}} ký tự', en: '{{column}}: at most {{max}} characters of text' },
  rowNotBeforeFirst: {
    vi:
      '{{column}}: ngày {{from}} không trước quá trình công tác đầu tiên đã ghi nhận của {{code}} (từ ngày {{first}}); ' +
      'chỉ nhập được quá trình trước đó (các thay đổi về sau được ghi bằng transferEmployee, rotateEmployee hoặc appointEmployee)',
    en:
      '{{column}}: {{from}} is not before {{code}}’s first recorded placement (from {{first}}); ' +
      'an import adds only what came before it (later moves are recorded with transferEmployee, rotateEmployee or appointEmployee)',
  },
  rowSameStart: {
    vi: '{{column}}: dòng {{row}} đã ghi quá trình công tác của {{code}} từ ngày {{from}}',
    en: '{{column}}: row {{row}} already places {{code}} from {{from}}',
  },
  rowReachesFirst: {
    vi:
      '{{column}}: ngày {{to}} chồng lấn với quá trình công tác đầu tiên đã ghi nhận của {{code}} (từ ngày {{first}}); ' +
      'hãy kết thúc chậm nhất vào ngày {{last}}',
    en: '{{column}}: {{to}} reaches into {{code}}’s first recorded placement (from {{first}}); end it by {{last}} at the latest',
  },
  rowOverlaps: {
    vi: '{{column}}: ngày {{to}} chồng lấn với dòng {{row}} (quá trình công tác của {{code}} từ ngày {{from}})',
    en: '{{column}}: {{to}} overlaps row {{row}}, which places {{code}} from {{from}}',
  },
  rowNoPerson: { vi: '{{column}}: không có cán bộ nào mang mã {{code}}', en: '{{column}}: no person with staff code {{code}}' },
  rowWorksElsewhere: {
    vi: '{{column}}: {{code}} công tác ở cơ quan khác; quá trình công tác của người này do quản trị cơ quan đó hoặc quản trị tỉnh nhập',
    en: '{{column}}: {{code}} works in another agency; their history is imported by its admins or a province admin',
  },
  rowWorksElsewhereIn: {
    vi: '{{column}}: {{code}} công tác ở cơ quan khác ({{home}}); quá trình công tác của người này do quản trị cơ quan đó hoặc quản trị tỉnh nhập',
    en: '{{column}}: {{code}} works in another agency ({{home}}); their history is imported by its admins or a province admin',
  },
  rowNoAgency: { vi: '{{column}}: không có cơ quan nào mang mã {{code}}', en: '{{column}}: no agency with code {{code}}' },
  rowAgencyIsDivision: {
    vi: '{{column}}: {{code}} là một phòng; hãy ghi cơ quan của phòng ở cột này và ghi phòng ở cột {{divisionColumn}}',
    en: '{{column}}: {{code}} is a division; give its agency here and the division as {{divisionColumn}}',
  },
  rowNoDivision: { vi: '{{column}}: không có phòng nào mang mã {{code}}', en: '{{column}}: no division with code {{code}}' },
  rowNotADivisionOf: {
    vi: '{{column}}: {{code}} không phải là phòng của {{agency}} ({{agencyCode}})',
    en: '{{column}}: {{code}} is not a division of {{agency}} ({{agencyCode}})',
  },
  rowSeparationHasNoPosition: {
    vi: '{{column}}: thôi công tác thì không giữ vị trí việc làm nào; hãy để trống',
    en: '{{column}}: a separation (leaving service) holds no position; leave it empty',
  },
  rowNoPosition: {
    vi: '{{column}}: {{agency}} ({{agencyCode}}) không có vị trí việc làm nào mang mã {{code}}',
    en: '{{column}}: {{agency}} ({{agencyCode}}) has no job position with code {{code}}',
  },
  rowAppointmentNotLeadership: {
    vi: '{{column}}: bổ nhiệm là vào một vị trí lãnh đạo, quản lý; {{title}} ({{code}}) không phải vị trí lãnh đạo, quản lý',
    en: '{{column}}: an appointment (bổ nhiệm) is to a leadership position; {{title}} ({{code}}) is not one',
  },

  // The placement history import as a job.
  importInvalidNow: {
    vi: '{{invalid}} trong {{rows}} dòng hiện không hợp lệ: chưa ghi dữ liệu nào; đồng chí hãy xem trước lại để biết lý do.',
    en: '{{invalid}} of {{rows}} rows are invalid now: nothing was written; run the dry run again to see why.',
  },
  importInvalid: {
    vi: '{{invalid}} trong {{rows}} dòng không hợp lệ: chưa bắt đầu nhập; bản xem trước (importPlacementHistory) nêu lý do từng dòng.',
    en: '{{invalid}} of {{rows}} rows are invalid: nothing was started; the dry run (importPlacementHistory) says why, row by row.',
  },
  importSummary: {
    vi: 'Đã nhập {{rows}} dòng quá trình công tác: ghi mới {{created}}, {{unchanged}} dòng đã có.',
    en: 'Imported {{rows}} rows of placement history: {{created}} placements written, {{unchanged}} already there.',
  },
});

/** A count in a message: as Vietnamese writes it (1.234), and in English as it always was (plain digits). */
export const plain = (n: number) => (currentLanguage() === 'vi' ? formatNumber(n) : String(n));

/** A moment: in Vietnamese as a clock in Vietnam reads it (14:05 04/12/2026), in English as ISO 8601 (as it always was). */
export function moment(at: Date): string {
  if (currentLanguage() !== 'vi') return at.toISOString();
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`;
}

/**
 * A stable code inside a message: English writes the code, as it always did; Vietnamese its label
 * and the code (`Quản trị cơ quan (AGENCY_ADMIN)`), so what to send back stays visible.
 */
export const named = (code: string, label: (value: string) => string) => (currentLanguage() === 'vi' ? `${label(code)} (${code})` : code);
