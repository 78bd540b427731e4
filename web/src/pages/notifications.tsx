import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../dates';
import { graphql } from '../graphql';
import type { ReminderKind } from '../graphql/graphql';
import { problemText } from '../problem';
import { addTexts } from '../texts';

addTexts('notifications', {
  vi: {
    title: 'Thông báo',
    unreadOnly: 'Chỉ hiện thông báo chưa đọc',
    unread: '{{count}} chưa đọc',
    none: 'Không có thông báo nào.',
    markRead: 'Đánh dấu đã đọc',
    markAllRead: 'Đánh dấu tất cả đã đọc',
    markedAll: 'Đã đánh dấu {{count}} thông báo là đã đọc.',
    read: 'Đã đọc',
    emailed: 'Đã gửi thư ngày {{date}}',
    more: 'Xem thêm',
    preferences: 'Nhận thư nhắc việc',
    preferencesHelp: 'Thông báo luôn có trong phần mềm; bỏ chọn một loại để không nhận thư điện tử về loại đó.',
    save: 'Lưu lựa chọn',
    saved: 'Đã lưu lựa chọn.',
  },
  en: {
    title: 'Notifications',
    unreadOnly: 'Unread only',
    unread: '{{count}} unread',
    none: 'No notifications.',
    markRead: 'Mark read',
    markAllRead: 'Mark all read',
    markedAll: '{{count}} notifications marked read.',
    read: 'Read',
    emailed: 'E-mailed on {{date}}',
    more: 'Show more',
    preferences: 'Reminder e-mails',
    preferencesHelp: 'Notifications always stay in the app; untick a kind to stop e-mails about it.',
    save: 'Save',
    saved: 'Saved.',
  },
});

const NOTIFICATIONS = graphql(`
  query WebNotifications($unreadOnly: Boolean, $after: String) {
    myNotifications(unreadOnly: $unreadOnly, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        message
        messageEn
        dueOn
        createdAt
        readAt
        emailedAt
      }
    }
    unread: myNotifications(unreadOnly: true, first: 0) {
      totalCount
    }
    myNotificationPreferences {
      kind
      email
    }
  }
`);

const MARK = graphql(`
  mutation WebMarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      id
      readAt
    }
  }
`);

const MARK_ALL = graphql(`
  mutation WebMarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

const PREFERENCES = graphql(`
  mutation WebSetNotificationPreferences($input: [NotificationPreferenceInput!]!) {
    setNotificationPreferences(input: $input) {
      kind
      email
    }
  }
`);

const REFRESH = ['WebNotifications', 'WebNotificationBell'];

/** My notifications, newest first, marked read one by one or all at once, and which kinds I want by e-mail. */
export default function Notifications() {
  const { t, i18n } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, error, fetchMore } = useQuery(NOTIFICATIONS, { variables: { unreadOnly } });
  const [mark] = useMutation(MARK, { refetchQueries: REFRESH });
  const [markAll] = useMutation(MARK_ALL, { refetchQueries: REFRESH });
  const [save, { loading: saving }] = useMutation(PREFERENCES);
  const [email, setEmail] = useState<Record<string, boolean>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const preferences = data?.myNotificationPreferences;
  useEffect(() => {
    if (preferences) setEmail(Object.fromEntries(preferences.map((p) => [p.kind, p.email])));
  }, [preferences]);

  const attempt = async (work: () => Promise<string | null>) => {
    setProblem(null);
    setStatus(null);
    try {
      setStatus(await work());
    } catch (failure) {
      setProblem(problemText(failure));
    }
  };
  if (!data && error) return <p role="alert">{t('failed', { message: error.message })}</p>;
  if (!data) return <p>{t('loading')}</p>;
  const page = data.myNotifications;
  const when = (at: string) => formatDate(at.slice(0, 10), i18n.language);

  return (
    <section aria-labelledby="notifications-title">
      <h1 id="notifications-title">{t('notifications.title')}</h1>
      <p id="notifications-unread">{t('notifications.unread', { count: data.unread.totalCount })}</p>
      <p>
        <label>
          <input type="checkbox" id="notifications-unread-only" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />{' '}
          {t('notifications.unreadOnly')}
        </label>{' '}
        <button
          type="button"
          id="notifications-mark-all"
          disabled={data.unread.totalCount === 0}
          onClick={() =>
            void attempt(async () => {
              const { data: done } = await markAll();
              return t('notifications.markedAll', { count: done?.markAllNotificationsRead ?? 0 });
            })
          }
        >
          {t('notifications.markAllRead')}
        </button>
      </p>
      {status ? <p role="status">{status}</p> : null}
      {problem ? <p role="alert">{problem}</p> : null}
      {page.nodes.length === 0 ? <p>{t('notifications.none')}</p> : null}
      <ul id="notifications-list">
        {page.nodes.map((n) => (
          <li key={n.id} data-id={n.id} className={n.readAt ? 'muted' : undefined}>
            <strong>{t(`enum.ReminderKind.${n.kind}`)}</strong> — {when(n.createdAt)}
            <br />
            <span lang={i18n.language === 'en' ? 'en' : 'vi'}>{i18n.language === 'en' ? n.messageEn : n.message}</span>
            <br />
            {n.emailedAt ? <small>{t('notifications.emailed', { date: when(n.emailedAt) })} </small> : null}
            {n.readAt ? (
              <small>{t('notifications.read')}</small>
            ) : (
              <button
                type="button"
                className="mark-read"
                onClick={() => void attempt(async () => (await mark({ variables: { ids: [n.id] } }), null))}
              >
                {t('notifications.markRead')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {page.pageInfo.hasNextPage ? (
        <button type="button" id="notifications-more" onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}>
          {t('notifications.more')}
        </button>
      ) : null}

      <h2 id="notifications-preferences">{t('notifications.preferences')}</h2>
      <p className="muted">{t('notifications.preferencesHelp')}</p>
      <form
        aria-labelledby="notifications-preferences"
        onSubmit={(event) => {
          event.preventDefault();
          void attempt(async () => {
            await save({ variables: { input: Object.entries(email).map(([kind, on]) => ({ kind: kind as ReminderKind, email: on })) } });
            return t('notifications.saved');
          });
        }}
      >
        {(preferences ?? []).map((p) => (
          <p key={p.kind}>
            <label>
              <input
                type="checkbox"
                name={p.kind}
                checked={email[p.kind] ?? true}
                onChange={(e) => setEmail({ ...email, [p.kind]: e.target.checked })}
              />{' '}
              {t(`enum.ReminderKind.${p.kind}`)}
            </label>
          </p>
        ))}
        <button type="submit" id="notifications-save" disabled={saving}>
          {t('notifications.save')}
        </button>
      </form>
    </section>
  );
}
