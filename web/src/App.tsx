import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, NavLink, Navigate, Route, Routes } from 'react-router';
import type { Session } from './auth';
import { NotificationBell } from './bell';
import { ScreenBoundary } from './boundary';
import { graphql } from './graphql';
import type { Role } from './graphql/graphql';
import { Today } from './pages/today';

const SHELL = graphql(`
  query WebShell {
    me {
      id
      fullName
      code
      access {
        roles
      }
    }
  }
`);

interface Screen {
  path: string;
  /** Its module in pages/ and the key of its name in the navigation (`nav.<key>`). */
  key: string;
  /** Who sees it: anyone signed in when empty, else anyone holding one of these roles. */
  roles: Role[];
}

const LEADERS: Role[] = ['UNIT_HEAD', 'AGENCY_ADMIN', 'PROVINCE_ADMIN'];
const screens: Screen[] = [
  { path: '/', key: 'today', roles: [] },
  { path: '/month', key: 'month', roles: [] },
  { path: '/assignments', key: 'assignments', roles: [] },
  { path: '/score', key: 'score', roles: [] },
  { path: '/review', key: 'review', roles: LEADERS },
  { path: '/assign', key: 'assign', roles: LEADERS },
  { path: '/unit', key: 'unit', roles: LEADERS },
  { path: '/assessment', key: 'assessment', roles: ['AGENCY_ADMIN', 'PROVINCE_ADMIN'] },
  { path: '/catalogue', key: 'catalogue', roles: ['CATALOGUE_ADMIN', 'AGENCY_ADMIN', 'PROVINCE_ADMIN'] },
  { path: '/dashboard', key: 'dashboard', roles: ['PROVINCE_ANALYST', 'PROVINCE_ADMIN'] },
  { path: '/periods', key: 'periods', roles: ['AGENCY_ADMIN', 'PROVINCE_ADMIN'] },
  { path: '/history', key: 'history', roles: ['AGENCY_ADMIN', 'PROVINCE_ADMIN'] },
  { path: '/notifications', key: 'notifications', roles: [] },
];

/**
 * Each screen but Today is loaded only when opened (a chunk of its own, its texts with it), so a
 * staff member's phone downloads Today and not the province's charts. Today is in the first
 * chunk: it is the page people open the app for. A screen is a module `pages/<key>.tsx` whose
 * default export is its page.
 */
const modules = import.meta.glob<{ default: ComponentType }>(['./pages/*.tsx', '!./pages/today.tsx']);
const pages = new Map<string, ComponentType>([['today', Today]]);
for (const [file, load] of Object.entries(modules)) pages.set(file.slice('./pages/'.length, -'.tsx'.length), lazy(load));

export function App({ session, problem }: { session: Session; problem: string | null }) {
  const { t, i18n } = useTranslation();
  const person = session.person;
  return (
    <BrowserRouter>
      <a className="skip" href="#main">
        {t('skipToContent')}
      </a>
      <header>
        <strong>{t('appName')}</strong>{' '}
        <button type="button" id="language" onClick={() => void i18n.changeLanguage(i18n.language === 'vi' ? 'en' : 'vi')}>
          {t('language')}
        </button>{' '}
        {person ? (
          <button type="button" id="sign-out" onClick={() => void session.signOut()}>
            {t('signOut')}
          </button>
        ) : null}
      </header>
      {problem ? <p role="alert">{problem}</p> : null}
      {person ? (
        <SignedIn />
      ) : (
        <main id="main">
          <p>{t('signedOut')}</p>
          <button type="button" id="sign-in" onClick={() => void session.signIn()}>
            {t('signIn')}
          </button>
        </main>
      )}
    </BrowserRouter>
  );
}

function SignedIn() {
  const { t } = useTranslation();
  const { data, error } = useQuery(SHELL);
  if (error) return <p role="alert">{t('failed', { message: error.message })}</p>;
  // Until the roles are known no screen is chosen: an address opened directly (/review) must not
  // be sent to Today for lack of them.
  if (!data) return <p>{t('loading')}</p>;
  const roles = new Set<Role>(data?.me?.access?.roles ?? []);
  const mine = screens.filter(
    (screen) => pages.has(screen.key) && (screen.roles.length === 0 || screen.roles.some((role) => roles.has(role))),
  );
  return (
    <>
      <nav aria-label={t('navigation')}>
        <ul>
          {mine.map((screen) => (
            <li key={screen.path}>
              <NavLink to={screen.path} end id={`nav-${screen.key}`}>
                {t(`nav.${screen.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
        <NotificationBell />
      </nav>
      <main id="main">
        <ScreenBoundary message={t('screenFailed')}>
          <Suspense fallback={<p>{t('loading')}</p>}>
            <Routes>
              {mine.map(({ path, key }) => {
                const Page = pages.get(key)!;
                return <Route key={path} path={path} element={<Page />} />;
              })}
              {/* After sign-in the provider sends people back to /callback; anything unknown goes to Today. */}
              <Route path="*" element={<Navigate to="/" replace />} />
            </Routes>
          </Suspense>
        </ScreenBoundary>
      </main>
    </>
  );
}
