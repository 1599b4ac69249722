import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { api, type ChannelView, type MessagePage, type MessageView, type MissionView } from '../api';
import { lastSeq, mergeMessages } from '../chat';
import { hub } from '../hub';
import { t } from '../messages';

export function MissionPage({ missionId }: { missionId: string }) {
  const [mission, setMission] = useState<MissionView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    api<MissionView>(`/api/communities/missions/${missionId}`).then(setMission).catch((e) => setError(e.message));
  }, [missionId]);
  useEffect(load, [load]);

  async function join() {
    try {
      await api(`/api/communities/missions/${missionId}/members`, { method: 'POST' });
      setNotice(t('joined'));
      load();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  if (error) return <p role="alert">{t('errorPrefix', { detail: error })}</p>;
  if (!mission) return <p aria-busy="true">{t('loading')}</p>;
  const general = mission.channels[0];
  return (
    <>
      <p><a href="#/">← {t('back')}</a></p>
      <section aria-labelledby="mission-heading">
        <h1 id="mission-heading">{mission.name}</h1>
        <p className="vision">{mission.vision}</p>
        <p className="meta">
          {t('members', { count: mission.memberCount })}
          {mission.myRole && <> · {t('yourRole', { role: mission.myRole })}</>}
          {' · '}<a href={`#/missions/${mission.id}/insights`}>{t('insights')}</a>
        </p>
        {notice && <p role="status">{notice}</p>}
        {!mission.myRole && <button onClick={join}>{t('join')}</button>}
      </section>
      {mission.myRole && general && <Channel missionId={mission.id} channel={general} />}
      {mission.myRole && <FeedbackForm missionId={mission.id} />}
    </>
  );
}

function Channel({ missionId, channel }: { missionId: string; channel: ChannelView }) {
  const [messages, setMessages] = useState<MessageView[]>([]);
  const [live, setLive] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const seen = useRef<MessageView[]>([]);
  const base = `/api/communities/missions/${missionId}/channels/${channel.id}/messages`;

  const add = useCallback((incoming: MessageView[]) => {
    seen.current = mergeMessages(seen.current, incoming);
    setMessages(seen.current);
  }, []);

  useEffect(() => {
    seen.current = [];
    setMessages([]);
    api<MessagePage>(base).then((page) => add(page.messages)).catch((e) => setError(e.message));
    return hub.subscribe(`mission:${missionId}:channel:${channel.id}`, {
      onEvent: (event) => add([{ ...event.data, id: event.data.messageId, seq: event.seq }]),
      // Confirmed (again, after a reconnect): read anything posted while we were not subscribed.
      onSubscribed: () =>
        api<MessagePage>(`${base}?after=${lastSeq(seen.current)}&limit=200`).then((page) => add(page.messages)),
      onStatus: setLive,
    });
  }, [missionId, channel.id, base, add]);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    try {
      const posted = await api<MessageView>(base, { method: 'POST', body: { text } });
      add([posted]);
      setText('');
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <section aria-labelledby="channel-heading" className="channel">
      <h2 id="channel-heading">{t('channel', { name: channel.name })} <small>{live ? t('live') : t('reconnecting')}</small></h2>
      <ol className="messages" aria-live="polite" aria-label={t('channel', { name: channel.name })}>
        {messages.length === 0 && <li className="empty">{t('noMessages')}</li>}
        {messages.map((m) => (
          <li key={m.seq}>
            <strong>{m.authorName}</strong>{' '}
            <time dateTime={m.postedAt}>{new Date(m.postedAt).toLocaleTimeString()}</time>
            <p>{m.text}</p>
          </li>
        ))}
      </ol>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      <form onSubmit={send} className="composer">
        <label htmlFor="message-input" className="visually-hidden">{t('messageLabel')}</label>
        <input id="message-input" value={text} onChange={(e) => setText(e.target.value)} maxLength={4000} autoComplete="off" />
        <button type="submit">{t('send')}</button>
      </form>
    </section>
  );
}

function FeedbackForm({ missionId }: { missionId: string }) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await api(`/api/engagement/missions/${missionId}/feedback`, { method: 'POST', body: { text } });
      setText('');
      setStatus(t('feedbackThanks'));
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <section aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('feedbackTitle')}</h2>
      <form onSubmit={submit} className="form">
        <label>
          {t('feedbackLabel')}
          <textarea value={text} onChange={(e) => setText(e.target.value)} required maxLength={2000} rows={3} />
        </label>
        {status && <p role="status">{status}</p>}
        {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
        <button type="submit">{t('feedbackSend')}</button>
      </form>
    </section>
  );
}
