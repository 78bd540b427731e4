import { defineEnumLabels, defineMessages } from '@kpi/platform';
import { ReminderKind } from '../entities/enums.js';

/**
 * What the notifications' graph fields say to a person, in Vietnamese and English (the platform's
 * one catalogue). Raised as `badInput(field, said.key())`, `forbidden(said.what())` — never a bare string.
 */
export const said = defineMessages('diary.notifications', {
  theirOwn: { vi: 'thông báo (thông báo là của riêng mỗi người)', en: 'notifications (they are a person’s own)' },
  nameOne: {
    vi: 'Hãy nêu ít nhất một thông báo (hoặc dùng markAllNotificationsRead).',
    en: 'Name at least one notification (or use markAllNotificationsRead).',
  },
  atMost: { vi: 'Mỗi lần tối đa {{max}} thông báo.', en: 'At most {{max}} notifications at a time.' },
  notAnId: { vi: '"{{id}}" không phải là mã thông báo.', en: '"{{id}}" is not a notification id.' },
  yours: { vi: 'thông báo của đồng chí', en: 'notification of yours' },
  withId: { vi: 'mã {{id}}', en: 'id {{id}}' },
  giveOne: { vi: 'Hãy nêu ít nhất một loại cùng lựa chọn của nó.', en: 'Give at least one kind with its choice.' },
  eachOnce: { vi: 'Mỗi loại chỉ được nêu một lần.', en: 'Each kind at most once.' },
  notAnAgency: { vi: '"{{id}}" không phải là mã cơ quan.', en: '"{{id}}" is not an agency id.' },
  sendingReminders: {
    vi: 'việc gửi nhắc việc cho phạm vi này (quản trị tỉnh: mọi phạm vi; quản trị cơ quan: cơ quan của mình)',
    en: 'sending reminders for this scope (province admins: any; agency admins: their agency)',
  },
  agencyWithPeople: { vi: 'cơ quan có người đang công tác', en: 'agency with people in service' },
  jobSummary: {
    vi: 'Nhắc việc cho {{people}} người: {{created}} thông báo mới, {{existing}} đã có. {{mail}}',
    en: 'Reminders for {{people}} people: {{created}} new notifications, {{existing}} already there. {{mail}}',
  },
  mailed: {
    vi: 'Đã gửi thư {{sent}} nhắc việc cho {{people}} người{{skipped}}.',
    en: '{{sent}} reminders e-mailed to {{people}} people{{skipped}}.',
  },
  notMailed: { vi: ' (không gửi thư: {{list}})', en: ' (not mailed: {{list}})' },
  skippedPreference: { vi: '{{count}} do người nhận tắt thư', en: '{{count}} preference' },
  skippedNoAddress: { vi: '{{count}} không có địa chỉ thư', en: '{{count}} no address' },
  skippedNotConfigured: { vi: '{{count}} chưa cấu hình thư', en: '{{count}} not configured' },
  skippedRejected: { vi: '{{count}} bị máy chủ thư từ chối', en: '{{count}} rejected' },
  mailServerDown: {
    vi: 'Máy chủ thư không nhận được thư nhắc việc ({{code}}); công việc sẽ được chạy lại.',
    en: 'The mail server could not take the reminders ({{code}}); the job is retried.',
  },
  mailOff: {
    vi: 'Chưa cấu hình thư điện tử (chưa đặt SMTP_URL): chỉ có thông báo trong ứng dụng.',
    en: 'E-mail is not configured (SMTP_URL unset): in-app notifications only.',
  },
});

/** What each kind of reminder is called (the web app's list, a mail's reader). */
export const reminderKindLabel = defineEnumLabels('ReminderKind', ReminderKind, {
  MISSING_DIARY: { vi: 'Thiếu nhật ký', en: 'Missing diary' },
  MONTH_CLOSING: { vi: 'Sắp chốt số liệu tháng', en: 'Month closing soon' },
  ASSIGNMENT_DUE_SOON: { vi: 'Việc sắp đến hạn', en: 'Work due soon' },
  ASSIGNMENT_OVERDUE: { vi: 'Việc quá hạn', en: 'Overdue work' },
  REVIEW_WAITING: { vi: 'Việc chờ đánh giá', en: 'Work waiting for review' },
});
