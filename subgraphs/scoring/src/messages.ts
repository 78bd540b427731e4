import { currentLanguage, defineMessages, formatDay, formatNumber } from '@kpi/platform';

/**
 * Everything scoring says to a person, in Vietnamese and English (issue 15 §2): its refusals, the
 * summaries of its jobs, the flags of the province analytics. Said in the request's language (a
 * job: in the language of whoever started it); the codes (`extensions.code`) never change with it.
 * The English texts are what scoring said before it spoke Vietnamese: clients and suites read them.
 * The labels of its enums and codes are in labels.ts.
 */
export const said = defineMessages('scoring', {
  // What a refused record or act is (the platform's forbidden() fills it in).
  provinceAnalytics: { vi: 'số liệu phân tích toàn tỉnh', en: 'province analytics' },
  theScoringPolicy: { vi: 'chính sách tính điểm', en: 'the scoring policy' },
  scoringPeriods: { vi: 'các kỳ đánh giá', en: 'scoring periods' },
  managingPeriods: {
    vi: 'việc tính điểm, khóa sổ hoặc mở lại kỳ đánh giá',
    en: 'computing, closing or reopening scoring periods',
  },
  computingAgencyScores: { vi: 'việc tính điểm của cơ quan này', en: 'computing this agency’s scores' },
  closingAgencyScores: { vi: 'việc khóa sổ điểm của cơ quan này', en: 'closing this agency’s scores' },
  theScoringJobs: { vi: 'các việc chạy nền của phân hệ tính điểm', en: 'the scoring jobs' },
  thisPersonsScores: { vi: 'điểm của người này', en: 'this person’s scores' },
  thisScore: { vi: 'điểm này', en: 'this score' },
  thisUnitsScores: { vi: 'điểm của đơn vị này', en: 'this unit’s scores' },
  ratingThisPerson: { vi: 'việc chấm điểm sáng tạo của người này', en: 'rating this person' },
  thisAgencysAssessment: { vi: 'kết quả đánh giá, xếp loại của cơ quan này', en: 'this agency’s assessment' },
  thisPersonsAssessment: { vi: 'kết quả đánh giá, xếp loại của người này', en: 'this person’s assessment' },
  thisAssessment: { vi: 'kết quả đánh giá, xếp loại này', en: 'this assessment' },

  // Inputs.
  periodWritten: {
    vi: 'Kỳ đánh giá được viết dạng 2026-11 (một tháng), 2026-Q4 (một quý) hoặc 2026 (một năm).',
    en: 'A period is written 2026-11 (a month), 2026-Q4 (a quarter) or 2026 (a year).',
  },
  wholeNumber: { vi: '{{field}} là số nguyên từ {{min}} đến {{max}}.', en: '{{field}} is a whole number from {{min}} to {{max}}.' },
  noEmployee: { vi: 'Không có cán bộ, công chức, viên chức nào có mã định danh {{id}}.', en: 'No employee with id {{id}} exists.' },
  creativityRange: { vi: 'Điểm sáng tạo được chấm từ 0 đến 100 điểm.', en: 'Creativity is rated from 0 to 100 points.' },

  // The policy's rules.
  weightRange: {
    vi: 'Mỗi trọng số là một số nguyên phần trăm, từ 0 đến 100.',
    en: 'Each weight is a whole percentage from 0 to 100.',
  },
  weightsSum: { vi: 'Trọng số của 7 nhóm chỉ số phải cộng lại bằng 100.', en: 'The 7 indicator weights must sum to 100.' },
  shareBetween: { vi: '{{field}} là một tỷ lệ từ 0 đến 1.', en: '{{field}} is a share between 0 and 1.' },
  standardDay: { vi: 'Ngày làm việc chuẩn dài từ 60 đến 720 phút.', en: 'The standard day is 60–720 minutes.' },
  workingDaysPerMonth: {
    vi: 'Một tháng bình quân có từ 15 đến 26 ngày làm việc.',
    en: 'An average month has 15–26 working days.',
  },
  productQuantity: {
    vi: 'Sản phẩm được đếm theo UNITS (số đơn vị) hoặc PRODUCTS (số sản phẩm).',
    en: 'Products are counted in UNITS or PRODUCTS.',
  },
  bandsList: { vi: '{{field}} là danh sách các khung điểm xếp loại.', en: '{{field}} is a list of bands.' },
  bandsOrder: {
    vi: '{{field}}: các khung điểm là EXCELLENT, GOOD và COMPLETED, theo đúng thứ tự đó.',
    en: '{{field}}: bands are EXCELLENT, GOOD and COMPLETED, in that order.',
  },
  bandStart: {
    vi: '{{field}}: mỗi khung điểm bắt đầu trong khoảng từ 0 đến 100 điểm.',
    en: '{{field}}: a band starts between 0 and 100 points.',
  },
  bandsDescending: {
    vi: '{{field}}: mỗi khung điểm phải bắt đầu thấp hơn khung ngay trên nó.',
    en: '{{field}}: each band starts below the one above it.',
  },

  // The policy's versions.
  effectiveFromWritten: {
    vi: 'effectiveFrom (ngày hiệu lực) là một ngày viết dạng YYYY-MM-DD.',
    en: 'effectiveFrom is a date written YYYY-MM-DD.',
  },
  sayWhyPolicy: { vi: 'Đồng chí cần nêu lý do thay đổi chính sách tính điểm.', en: 'Say why the policy changes.' },
  sayWhyVersion: { vi: 'Đồng chí cần nêu lý do sửa phiên bản chính sách.', en: 'Say why the version is corrected.' },
  startsAfterLatest: {
    vi: 'Phiên bản mới phải có hiệu lực sau ngày hiệu lực của phiên bản gần nhất ({{latest}}).',
    en: 'A new version starts after the latest ({{latest}}).',
  },
  presets: { vi: 'Các bộ quy tắc mẫu: {{presets}}.', en: 'Presets: {{presets}}.' },
  unknownRules: {
    vi: 'Không có quy tắc {{unknown}}; các quy tắc gồm: {{rules}}.',
    en: 'Unknown rules: {{unknown}}; the rules are {{rules}}.',
  },
  noVersion: {
    vi: 'Không có phiên bản chính sách {{version}}; các phiên bản hiện có: {{versions}}.',
    en: 'There is no policy version {{version}}; the versions are {{versions}}.',
  },
  versionInUse: {
    vi:
      'Phiên bản {{version}} đã được dùng để tính {{scores}} điểm đã lưu, {{periods}} kỳ và {{assessments}} kết quả đánh giá: ' +
      'phiên bản được giữ nguyên để có thể tính lại các kết quả đó; đồng chí hãy thêm phiên bản mới.',
    en:
      'Version {{version}} has scored {{scores}} stored scores, {{periods}} periods and {{assessments}} assessments: ' +
      'it stays as it is so they can be recomputed; add a new version instead.',
  },
  versionBetween: {
    vi: 'Phiên bản {{version}} phải có hiệu lực sau phiên bản {{before}} ({{beforeFrom}}) và trước phiên bản {{after}} ({{afterFrom}}).',
    en: 'Version {{version}} starts after version {{before}} ({{beforeFrom}}) and before version {{after}} ({{afterFrom}}).',
  },
  versionBeforeOnly: {
    vi: 'Phiên bản {{version}} phải có hiệu lực trước phiên bản {{after}} ({{afterFrom}}).',
    en: 'Version {{version}} starts after nothing and before version {{after}} ({{afterFrom}}).',
  },
  versionAfterOnly: {
    vi: 'Phiên bản {{version}} phải có hiệu lực sau phiên bản {{before}} ({{beforeFrom}}).',
    en: 'Version {{version}} starts after version {{before}} ({{beforeFrom}}) and before nothing.',
  },
  firstVersion: {
    vi: 'Phiên bản {{version}} là phiên bản đầu tiên: việc tính điểm luôn cần một phiên bản có hiệu lực; đồng chí hãy sửa phiên bản này thay vì rút bỏ.',
    en: 'Version {{version}} is the first: scoring needs a version in force; amend it instead.',
  },
  policyAmendedMeanwhile: {
    vi: 'Phiên bản chính sách {{version}} đã bị sửa trong lúc tính điểm kỳ này: đồng chí hãy tính lại.',
    en: 'Policy version {{version}} was amended while the period was computed: compute it again.',
  },
  policyWithdrawnMeanwhile: {
    vi: 'Phiên bản chính sách {{version}} đã bị rút bỏ trong lúc tính điểm kỳ này: đồng chí hãy tính lại.',
    en: 'Policy version {{version}} was withdrawn while the period was computed: compute it again.',
  },

  // Periods: computing, closing, reopening.
  closedMeanwhile: {
    vi: 'Kỳ {{period}} vừa được khóa sổ trong lúc tính: điểm của kỳ đã được chốt.',
    en: '{{period}} was closed meanwhile: its scores are frozen.',
  },
  closedReopenFirst: {
    vi: 'Kỳ {{period}} đã khóa sổ, điểm đã được chốt: đồng chí cần mở lại kỳ trước.',
    en: '{{period}} is closed: its scores are frozen; reopen it first.',
  },
  alreadyClosed: { vi: 'Kỳ {{period}} đã được khóa sổ.', en: '{{period}} is already closed.' },
  notEnded: {
    vi: 'Kỳ {{period}} kéo dài đến hết ngày {{to}}: chỉ khóa sổ được khi kỳ đã kết thúc.',
    en: '{{period}} runs until {{to}}: a period closes once it has ended.',
  },
  noOnePlaced: {
    vi: 'Không có ai công tác tại cơ quan {{agencyId}} trong kỳ {{period}}.',
    en: 'No one is placed in agency {{agencyId}} in {{period}}.',
  },
  agencyClosedReopenFirst: {
    vi: 'Kỳ {{period}} đã khóa sổ đối với cơ quan này, điểm đã được chốt: đồng chí cần mở lại trước.',
    en: '{{period}} is closed for this agency: its scores are frozen; reopen it first.',
  },
  agencyAlreadyClosed: { vi: 'Kỳ {{period}} đã được khóa sổ đối với cơ quan này.', en: '{{period}} is already closed for this agency.' },
  sayWhyAgencyReopened: { vi: 'Đồng chí cần nêu lý do mở lại kỳ của cơ quan.', en: 'Say why the agency’s period is reopened.' },
  closedForProvince: {
    vi: 'Kỳ {{period}} đã khóa sổ toàn tỉnh: đồng chí cần mở lại cả kỳ.',
    en: '{{period}} is closed for the whole province: reopen the period.',
  },
  agencyNotClosed: { vi: 'Kỳ {{period}} chưa khóa sổ đối với cơ quan này.', en: '{{period}} is not closed for this agency.' },
  sayWhyReopened: { vi: 'Đồng chí cần nêu lý do mở lại kỳ.', en: 'Say why the period is reopened.' },
  notClosed: { vi: 'Kỳ {{period}} chưa khóa sổ.', en: '{{period}} is not closed.' },
  closedForPersonsAgency: {
    vi: 'Kỳ {{period}} đã khóa sổ đối với cơ quan của người này; cần mở lại trước.',
    en: '{{period}} is closed for this person’s agency; it must be reopened first.',
  },

  // Jobs.
  jobRunning: {
    vi: 'Đang có một việc chạy nền xử lý {{scope}} ({{state}}); đồng chí hãy chờ việc đó hoàn tất.',
    en: 'A job is already working on {{scope}} ({{state}}); wait for it to finish.',
  },
  jobClosed: {
    vi: 'Đã khóa sổ kỳ {{period}}: điểm được chốt cùng dữ liệu đầu vào.',
    en: 'Closed {{period}}: scores frozen with their inputs.',
  },
  jobClosedAgency: {
    vi: 'Đã khóa sổ kỳ {{period}} của cơ quan {{agencyId}}: điểm được chốt cùng dữ liệu đầu vào.',
    en: 'Closed {{period}} for agency {{agencyId}}: scores frozen with their inputs.',
  },
  jobRecomputed: {
    vi: 'Đã tính lại kỳ {{period}}: {{people}} người, {{changed}} người có kết quả thay đổi.',
    en: 'Recomputed {{period}}: {{people}} people, {{changed}} changed.',
  },
  jobRecomputedAgency: {
    vi: 'Đã tính lại kỳ {{period}} của cơ quan {{agencyId}}: {{people}} người, {{changed}} người có kết quả thay đổi.',
    en: 'Recomputed {{period}} for agency {{agencyId}}: {{people}} people, {{changed}} changed.',
  },
  jobComputed: {
    vi: 'Đã tính kỳ {{period}}: điểm đã được lưu để tổng hợp.',
    en: 'Computed {{period}}: scores stored for aggregates.',
  },
  jobComputedAgency: {
    vi: 'Đã tính kỳ {{period}} của cơ quan {{agencyId}}: điểm đã được lưu để tổng hợp.',
    en: 'Computed {{period}} for agency {{agencyId}}: scores stored for aggregates.',
  },
  jobPrepared: {
    vi: 'Đã lập danh sách đánh giá năm {{year}}: xếp thứ tự {{people}} người.',
    en: 'Prepared the {{year}} assessment: {{people}} people ranked.',
  },

  // The annual assessment.
  yearFrom2025: { vi: 'Năm đánh giá phải từ năm 2025 trở đi.', en: 'A year from 2025.' },
  assessmentConfirmed: {
    vi: 'Kết quả đánh giá năm {{year}} của cơ quan này đã được xác nhận.',
    en: 'The {{year}} assessment of this agency is confirmed.',
  },
  noMonthlyScores: {
    vi: 'Chưa có điểm tháng nào của năm {{year}} được lưu cho cơ quan này: đồng chí cần tính điểm hoặc khóa sổ các tháng trước.',
    en: 'No monthly scores of {{year}} are stored for this agency: compute or close its months first.',
  },
  generalCriteriaRange: {
    vi: 'Tiêu chí chung được chấm từ 0 đến {{max}} điểm.',
    en: 'The general criteria give 0 to {{max}} points.',
  },
  generalCriteriaRangeLeader: {
    vi: 'Tiêu chí chung của người giữ chức vụ lãnh đạo, quản lý được chấm từ 0 đến {{max}} điểm.',
    en: 'The general criteria give 0 to {{max}} points for a leader.',
  },
  prepareFirst: { vi: 'Đồng chí cần lập danh sách đánh giá năm {{year}} trước.', en: 'Prepare the {{year}} assessment first.' },
  lackGeneralCriteria: {
    vi: 'Còn {{missing}} người chưa được chấm tiêu chí chung.',
    en: '{{missing}} people still lack their general criteria.',
  },
  onlyTiedAtCap: {
    vi: 'Chỉ được chọn hoàn thành xuất sắc trong số những người bằng điểm ở ngưỡng giới hạn.',
    en: 'Only people tied at the cap can be chosen as excellent.',
  },
  overCap: {
    vi: 'Như vậy có {{excellent}} người hoàn thành xuất sắc nhiệm vụ, trong khi giới hạn chỉ cho phép {{limit}}.',
    en: 'That makes {{excellent}} excellent where the cap allows {{limit}}.',
  },

  // The province analytics' flags.
  measureAgencyHours: { vi: 'số phút thực tế được duyệt trên mỗi ngày có kê khai', en: 'approved actual minutes per declared day' },
  measureClaims: {
    vi: 'số phút thực tế được duyệt ÷ số phút định mức của cùng công việc',
    en: 'approved actual minutes ÷ standard minutes of the same work',
  },
  measureJump: {
    vi: 'số điểm tăng (âm: giảm) so với kỳ trước',
    en: 'score points gained (negative: lost) since the previous period',
  },
  agencyHighHours: {
    vi:
      '{{hours}} giờ làm việc được duyệt trên mỗi ngày có kê khai, so với trung vị toàn tỉnh {{median}} giờ ' +
      '(z bền vững {{z}} > {{threshold}}, trên {{agencies}} cơ quan).',
    en:
      '{{hours}} h of approved work per declared day against a province median of {{median}} h ' +
      '(robust z {{z}} > {{threshold}}, over {{agencies}} agencies).',
  },
  claimsFarAboveStandard: {
    vi:
      'Thời gian được duyệt gấp {{ratio}} lần thời gian định mức của cùng công việc ({{actual}} so với {{standard}} phút, ' +
      'trên {{entries}} mục nhật ký được duyệt; toàn tỉnh: {{baseline}} lần).',
    en:
      'Approved time is {{ratio}} × the standard time of the same work ({{actual}} against {{standard}} minutes over ' +
      '{{entries}} approved entries; the province: {{baseline}} ×).',
  },
  suddenJump: {
    vi: 'Điểm {{previous}} kỳ {{previousPeriod}} → {{score}} kỳ {{period}} ({{change}} điểm; bình quân toàn tỉnh thay đổi {{meanChange}}).',
    en: 'Score {{previous}} in {{previousPeriod}} → {{score}} in {{period}} ({{change}} points; the province moved {{meanChange}} on average).',
  },

  // A provider of scoring facts that fails the computation.
  providerFailed: {
    vi: 'Việc tính điểm cần dữ liệu công việc từ {{provider}} (nguồn cung cấp dữ liệu tính điểm) nhưng {{why}}; không tính điểm khi thiếu dữ liệu này — hãy thử lại khi dịch vụ trả lời.',
    en: 'Scoring needs the work facts of {{provider}} (a provider of scoring facts) and {{why}}; scores are not computed without them — retry when it answers.',
  },
  providerSilent: { vi: 'dịch vụ này không trả lời', en: 'it does not answer' },
  providerRefused: { vi: 'dịch vụ này từ chối ({{code}}: {{message}})', en: 'it refused ({{code}}: {{message}})' },
  anInternalError: { vi: 'lỗi nội bộ', en: 'an internal error' },
  providerOutOfContract: {
    vi: 'dịch vụ này trả lời sai hợp đồng ({{answered}} bản ghi cho {{ranges}} khoảng thời gian)',
    en: 'it answered out of contract ({{answered}} facts for {{ranges}} ranges)',
  },
  providerMisfit: {
    vi: 'dịch vụ này trả lời sai hợp đồng ({{answered}} bản ghi cho {{ranges}} khoảng thời gian, bản ghi thứ {{nth}} không khớp)',
    en: 'it answered out of contract ({{answered}} facts for {{ranges}} ranges, the {{nth}}th not matching)',
  },
});

/**
 * A figure in a message: as scoring always wrote it in English (so English texts stay as they
 * were), as Vietnamese writes it otherwise (1.234,5).
 */
export const figure = (value: number) => (currentLanguage() === 'en' ? String(value) : formatNumber(value));

/** A figure with one decimal (hours, a z value): `8.0` in English, `8,0` in Vietnamese. */
export const figure1 = (value: number) =>
  currentLanguage() === 'en' ? value.toFixed(1) : value.toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A day in a message: 2026-12-04 in English (as before), 04/12/2026 in Vietnamese. */
export const day = (value: string) => formatDay(value);
