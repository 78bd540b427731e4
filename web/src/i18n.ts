import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/** Vietnamese first; English as a switch. Every text of the app is here, by key. */
const resources = {
  vi: {
    translation: {
      appName: 'Đánh giá cán bộ theo KPI',
      skipToContent: 'Bỏ qua, đến nội dung chính',
      navigation: 'Các màn hình',
      nav: {
        today: 'Hôm nay',
        month: 'Tháng của tôi',
        assignments: 'Việc được giao',
        score: 'Điểm của tôi',
        review: 'Duyệt nhật ký',
        assign: 'Giao việc',
        unit: 'Đơn vị của tôi',
        assessment: 'Đánh giá năm',
        catalogue: 'Danh mục công việc',
        dashboard: 'Bảng điều hành tỉnh',
      },
      signIn: 'Đăng nhập',
      signOut: 'Đăng xuất',
      signedOut: 'Bạn chưa đăng nhập.',
      hello: 'Xin chào, {{name}}',
      position: 'Vị trí việc làm',
      agency: 'Cơ quan',
      today: 'Hôm nay',
      todayEntries: 'Công việc đã ghi hôm nay: {{count}}',
      loading: 'Đang tải…',
      failed: 'Không tải được: {{message}}',
      language: 'English',
      dayTotal: 'Đã ghi {{minutes}} / {{standard}} phút chuẩn của ngày',
      minutes: 'phút',
      searchItem: 'Tìm công việc (gõ tên hoặc mã, không cần dấu)',
      quantity: 'Số lượng',
      save: 'Ghi nhật ký',
      overStandard: 'Cảnh báo: ngày này sẽ có {{minutes}} phút, vượt {{standard}} phút chuẩn. Vẫn có thể ghi; người duyệt sẽ xem xét.',
      errors: {
        DAY_OVER_24_HOURS: 'Một ngày không thể quá 24 giờ: hãy giảm số phút.',
        PERIOD_CLOSED: 'Kỳ này đã khóa sổ: không thể ghi thêm.',
        NOT_PERFORMABLE: 'Công việc này không thuộc vị trí việc làm của bạn.',
        FUTURE_DATE: 'Không thể ghi cho ngày trong tương lai.',
        BAD_USER_INPUT: 'Thông tin chưa hợp lệ: hãy kiểm tra số lượng và số phút.',
      },
    },
  },
  en: {
    translation: {
      appName: 'KPI assessment of public servants',
      skipToContent: 'Skip to the main content',
      navigation: 'Screens',
      nav: {
        today: 'Today',
        month: 'My month',
        assignments: 'My assignments',
        score: 'My score',
        review: 'Review queue',
        assign: 'Assign work',
        unit: 'My unit',
        assessment: 'Annual assessment',
        catalogue: 'Work catalogue',
        dashboard: 'Province dashboard',
      },
      signIn: 'Sign in',
      signOut: 'Sign out',
      signedOut: 'You are not signed in.',
      hello: 'Hello, {{name}}',
      position: 'Position',
      agency: 'Agency',
      today: 'Today',
      todayEntries: 'Work logged today: {{count}}',
      loading: 'Loading…',
      failed: 'Could not load: {{message}}',
      language: 'Tiếng Việt',
      dayTotal: '{{minutes}} of the day’s {{standard}} standard minutes logged',
      minutes: 'minutes',
      searchItem: 'Find a work item (name or code; diacritics optional)',
      quantity: 'Quantity',
      save: 'Log it',
      overStandard:
        'Warning: the day would have {{minutes}} minutes, over the {{standard}}-minute standard. You may still log it; the reviewer will look.',
      errors: {
        DAY_OVER_24_HOURS: 'A day cannot exceed 24 hours: lower the minutes.',
        PERIOD_CLOSED: 'This period is closed: nothing more can be logged.',
        NOT_PERFORMABLE: 'This work item is not one of your position’s.',
        FUTURE_DATE: 'A day in the future cannot be logged.',
        BAD_USER_INPUT: 'Something is not valid: check the quantity and the minutes.',
      },
    },
  },
};

void i18next.use(initReactI18next).init({ resources, lng: 'vi', fallbackLng: 'vi', interpolation: { escapeValue: false } });

export default i18next;
