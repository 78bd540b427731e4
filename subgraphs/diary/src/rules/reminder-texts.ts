/**
 * Every text a reminder is told in, Vietnamese first and English second, keyed by what it says. One
 * module, plain templates over plain facts, so that a translation catalogue can take them over
 * without touching the rules that decide who is reminded of what.
 */
export type Language = 'vi' | 'en';
export const LANGUAGES: readonly Language[] = ['vi', 'en'];

/** The facts a reminder's text is made of. */
export interface ReminderFacts {
  /** Working days without a diary (MISSING_DIARY, MONTH_CLOSING). */
  days?: readonly string[];
  /** The last day to declare (the month's close), or the deadline. */
  dueOn?: string | null;
  /** The month closing (MONTH_CLOSING), as `YYYY-MM`. */
  month?: string;
  /** The assignment's title. */
  title?: string;
}

const ddmm = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;
const mmyyyy = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
const list = (days: readonly string[] = []) => days.map(ddmm).join(', ');
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type Template = Record<Language, (facts: ReminderFacts) => string>;

export const REMINDER_TEXTS = {
  MISSING_DIARY: {
    vi: (f) =>
      `Đồng chí chưa ghi nhật ký công việc ${f.days?.length ?? 0} ngày làm việc (${list(f.days)}). Hạn chốt số liệu: hết ngày ${ddmm(f.dueOn ?? '')}.`,
    en: (f) =>
      `You have not recorded your work diary for ${plural(f.days?.length ?? 0, 'working day', 'working days')} (${list(f.days)}). Data closes at the end of ${ddmm(f.dueOn ?? '')}.`,
  },
  MONTH_CLOSING: {
    vi: (f) =>
      `Tháng ${mmyyyy(f.month ?? '')} sắp chốt số liệu (hết ngày ${ddmm(f.dueOn ?? '')}). Đồng chí còn ${f.days?.length ?? 0} ngày làm việc chưa ghi nhật ký (${list(f.days)}); sau hạn này không kê khai được nữa.`,
    en: (f) =>
      `${mmyyyy(f.month ?? '')} closes at the end of ${ddmm(f.dueOn ?? '')}. You still have ${plural(f.days?.length ?? 0, 'working day', 'working days')} without a diary (${list(f.days)}); after the close they can no longer be declared.`,
  },
  ASSIGNMENT_DUE_SOON: {
    vi: (f) => `Nhiệm vụ "${f.title}" đến hạn ngày ${ddmm(f.dueOn ?? '')}.`,
    en: (f) => `The assignment "${f.title}" is due on ${ddmm(f.dueOn ?? '')}.`,
  },
  ASSIGNMENT_OVERDUE: {
    vi: (f) => `Nhiệm vụ "${f.title}" đã quá hạn (hạn ${ddmm(f.dueOn ?? '')}). Đề nghị hoàn thành và báo cáo ngay.`,
    en: (f) => `The assignment "${f.title}" is overdue (due ${ddmm(f.dueOn ?? '')}). Please finish it and report at once.`,
  },
  REVIEW_WAITING: {
    vi: (f) => `Nhiệm vụ "${f.title}" đã được báo cáo hoàn thành, chờ đồng chí đánh giá.`,
    en: (f) => `The assignment "${f.title}" was reported done and waits for your review.`,
  },
} satisfies Record<string, Template>;

export type ReminderTextKey = keyof typeof REMINDER_TEXTS;

/** A reminder's text in one language. */
export const reminderText = (key: ReminderTextKey, language: Language, facts: ReminderFacts) => REMINDER_TEXTS[key][language](facts);

/** The daily mail's frame around the reminders it carries. */
export const MAIL_TEXTS = {
  subject: {
    vi: (n: number) => `[KPI] ${n} nhắc việc mới`,
    en: (n: number) => `${n} new ${n === 1 ? 'reminder' : 'reminders'}`,
  },
  greeting: {
    vi: (name: string | null) => (name ? `Kính gửi đồng chí ${name},` : 'Kính gửi đồng chí,'),
    en: (name: string | null) => (name ? `Dear ${name},` : 'Hello,'),
  },
  intro: {
    vi: 'Phần mềm đánh giá cán bộ theo KPI nhắc đồng chí:',
    en: 'The KPI software reminds you:',
  },
  link: {
    vi: (url: string) => `Xem và đánh dấu đã đọc: ${url}`,
    en: (url: string) => `See them and mark them read: ${url}`,
  },
  preferences: {
    vi: 'Đồng chí có thể tắt thư nhắc từng loại trong mục Thông báo; thông báo trong phần mềm vẫn được giữ.',
    en: 'You can turn these e-mails off per kind under Notifications; the in-app notifications stay.',
  },
} as const;
