import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { graphql } from './graphql';

const BELL = graphql(`
  query WebNotificationBell {
    myNotifications(unreadOnly: true, first: 0) {
      totalCount
    }
  }
`);

/** The unread count beside the navigation, asked again every five minutes (reminders come once a day). */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useQuery(BELL, { pollInterval: 300_000 });
  const unread = data?.myNotifications.totalCount ?? 0;
  return (
    <NavLink to="/notifications" id="notification-bell" aria-label={t('bell', { count: unread })}>
      🔔 {unread > 0 ? <strong>{unread}</strong> : null}
    </NavLink>
  );
}
