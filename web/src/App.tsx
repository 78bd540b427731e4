import { useTranslation } from 'react-i18next';
import type { Session } from './auth';
import { Today } from './today';

export function App({ session, problem }: { session: Session; problem: string | null }) {
  const { t, i18n } = useTranslation();
  const person = session.person;
  return (
    <>
      <header>
        <strong>{t('appName')}</strong>{' '}
        <button type="button" onClick={() => void i18n.changeLanguage(i18n.language === 'vi' ? 'en' : 'vi')}>
          {t('language')}
        </button>{' '}
        {person ? (
          <button type="button" id="sign-out" onClick={() => void session.signOut()}>
            {t('signOut')}
          </button>
        ) : null}
      </header>
      <main>
        {problem ? <p role="alert">{problem}</p> : null}
        {person ? (
          <Today />
        ) : (
          <>
            <p>{t('signedOut')}</p>
            <button type="button" id="sign-in" onClick={() => void session.signIn()}>
              {t('signIn')}
            </button>
          </>
        )}
      </main>
    </>
  );
}
