import { useCallback, useEffect, useState } from 'react';
import { api, type NotificationInbox } from '../api';
import { hub } from '../hub';
import { t } from '../messages';

/** The header's link to one's notifications, with a live count of the unread ones. */
export function NotificationsLink({ myId }: { myId: string }) {
  const [unread, setUnread] = useState(0);
  const load = useCallback(() => {
    api<NotificationInbox>('/api/communities/me/notifications').then((inbox) => setUnread(inbox.unread)).catch(() => {});
  }, []);
  useEffect(() => {
    load();
    addEventListener('hashchange', load);
    const unsubscribe = hub.subscribe(`user:${myId}`, { onEvent: load, onSubscribed: load });
    return () => { unsubscribe(); removeEventListener('hashchange', load); };
  }, [myId, load]);
  return <a href="#/notifications">{unread > 0 ? t('notificationsCount', { count: unread }) : t('notifications')}</a>;
}

export function NotificationsPage() {
  const [inbox, setInbox] = useState<NotificationInbox | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<NotificationInbox>('/api/communities/me/notifications').then(setInbox).catch((e) => setError(e.message));
  }, []);

  async function markAll() {
    try {
      setInbox(await api<NotificationInbox>('/api/communities/me/notifications/read', { method: 'PUT' }));
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <section aria-labelledby="notifications-heading">
      <h1 id="notifications-heading">{t('notifications')}</h1>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      {!inbox && !error && <p aria-busy="true">{t('loading')}</p>}
      {inbox?.latest.length === 0 && <p>{t('noNotifications')}</p>}
      {inbox && inbox.unread > 0 && <button onClick={markAll}>{t('markAllRead')}</button>}
      <ul className="cards">
        {inbox?.latest.map((n) => (
          <li key={n.id} className={n.read ? 'card' : 'card unread'}>
            <p><strong>{t('mentionedYou', { name: n.authorName })}</strong>{' '}
              <time dateTime={n.createdAt} className="meta">{new Date(n.createdAt).toLocaleString()}</time></p>
            <p>{n.excerpt}</p>
            <a href={`#/missions/${n.missionId}`}
              onClick={() => api(`/api/communities/me/notifications/${n.id}/read`, { method: 'PUT' }).catch(() => {})}>{t('open')}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
