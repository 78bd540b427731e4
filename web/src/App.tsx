import { gql } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Session } from './auth';

const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

const ME = gql`
  query WebMe($today: LocalDate!) {
    me {
      code
      fullName
      position {
        title
      }
      agency {
        name
      }
      diaryEntries(from: $today, to: $today) {
        id
      }
    }
  }
`;

interface Me {
  me: {
    code: string;
    fullName: string;
    position: { title: string } | null;
    agency: { name: string };
    diaryEntries: { id: string }[];
  } | null;
}

function Today() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery<Me>(ME, { variables: { today: today() } });
  if (loading) return <p>{t('loading')}</p>;
  if (error) return <p role="alert">{t('failed', { message: error.message })}</p>;
  const me = data!.me!;
  return (
    <section aria-labelledby="today">
      <h1 id="hello">{t('hello', { name: me.fullName })}</h1>
      <dl>
        <dt>{t('position')}</dt>
        <dd>{me.position?.title ?? '—'}</dd>
        <dt>{t('agency')}</dt>
        <dd>{me.agency.name}</dd>
      </dl>
      <h2 id="today">{t('today')}</h2>
      <p>{t('todayEntries', { count: me.diaryEntries.length })}</p>
    </section>
  );
}

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
