import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/** Vietnamese first; English as a switch. Every text of the app is here, by key. */
const resources = {
  vi: {
    translation: {
      appName: 'Đánh giá cán bộ theo KPI',
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
    },
  },
  en: {
    translation: {
      appName: 'KPI assessment of public servants',
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
    },
  },
};

void i18next.use(initReactI18next).init({ resources, lng: 'vi', fallbackLng: 'vi', interpolation: { escapeValue: false } });

export default i18next;
