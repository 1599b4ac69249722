import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, api, type ChannelView, type MemberView, type MessagePage, type MessageView, type MissionView } from '../api';
import { changesAfter, fromEvent, lastSeq, mergeMessages } from '../chat';
import { hub, type Person } from '../hub';
import { t } from '../messages';
import { SafeMarkdown } from '../SafeMarkdown';
import { Goals } from './Goals';
import { Deliberations } from './Deliberations';
import { Members } from './Members';
import { Surveys } from './Surveys';
import { MyFeedback } from './MyFeedback';
import { MissionOrganisations } from './MissionOrganisations';

/** Changes read a page at a time when catching up (the API's largest page). */
const CATCH_UP_PAGE = 200;

export function MissionPage({ missionId, myId, admin }: { missionId: string; myId: string; admin: boolean }) {
  const [mission, setMission] = useState<MissionView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [hidden, setHidden] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    api<MissionView>(`/api/communities/missions/${missionId}`)
      .then(setMission)
      .catch((e) => (e instanceof ApiError && e.status === 404 ? setHidden(true) : setError(e.message)));
  }, [missionId]);
  useEffect(load, [load]);

  async function join() {
    try {
      const answer = await api<{ role?: string }>(`/api/communities/missions/${missionId}/members`, { method: 'POST' });
      setNotice(answer.role ? t('joined') : null);
      load();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  if (error) return <p role="alert">{t('errorPrefix', { detail: error })}</p>;
  if (hidden) {
    // A private mission one is not invited to, or none: the two look the same.
    return (
      <section>
        <p>{t('privateOrMissing')}</p>
      </section>
    );
  }
  if (!mission) return <p aria-busy="true">{t('loading')}</p>;
  const manages = mission.myRole === 'convener' || admin;
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
          {mission.myRole && mission.myRole !== 'observer' && (
            <>{' · '}<a href={`#/missions/${mission.id}/case-studies/new`}>{t('writeCaseStudy')}</a></>
          )}
        </p>
        {notice && <p role="status">{notice}</p>}
        {!mission.myRole && <button onClick={join}>{t('join')}</button>}
      </section>
      <Goals missionId={mission.id} convener={manages} />
      {mission.myRole && mission.channels.length > 0 && (
        <Channels missionId={mission.id} channels={mission.channels} myId={myId}
          canOpen={manages || mission.myRole === 'facilitator'} onChange={load} />
      )}
      {(mission.myRole || admin) && (
        <Deliberations missionId={mission.id} canOpen={manages || mission.myRole === 'facilitator'} />
      )}
      {(mission.myRole || admin) && <Surveys missionId={mission.id} canCreate={manages || mission.myRole === 'facilitator'} />}
      {mission.myRole && <FeedbackForm missionId={mission.id} />}
      {(mission.myRole || admin || mission.visibility === 'PUBLIC') && (
        <Members key={`${mission.myRole}-${mission.memberCount}`} missionId={mission.id} convener={manages} myId={myId} onChange={load} />
      )}
      {(mission.myRole || admin || mission.visibility === 'PUBLIC') && (
        <MissionOrganisations missionId={mission.id} convener={manages} onChange={load} />
      )}
    </>
  );
}

function Channels({ missionId, channels, myId, canOpen, onChange }:
  { missionId: string; channels: ChannelView[]; myId: string; canOpen: boolean; onChange: () => void }) {
  const [current, setCurrent] = useState(channels[0].id);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const channel = channels.find((c) => c.id === current) ?? channels[0];

  async function open(event: FormEvent) {
    event.preventDefault();
    try {
      const created = await api<ChannelView>(`/api/communities/missions/${missionId}/channels`, { method: 'POST', body: { name } });
      setName('');
      setCurrent(created.id);
      onChange();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <>
      <nav aria-label={t('channels')} className="tabs">
        {channels.map((c) => (
          <button key={c.id} aria-pressed={c.id === channel.id} onClick={() => setCurrent(c.id)}>
            #{c.name}{c.unread > 0 && c.id !== channel.id && <span className="badge">{t('unread', { count: c.unread })}</span>}
          </button>
        ))}
      </nav>
      <Channel key={channel.id} missionId={missionId} channel={channel} myId={myId} />
      {canOpen && (
        <form onSubmit={open} className="composer">
          <label htmlFor="channel-name" className="visually-hidden">{t('newChannel')}</label>
          <input id="channel-name" placeholder={t('newChannel')} value={name} pattern="[a-z0-9][a-z0-9-]{1,39}"
            onChange={(e) => setName(e.target.value)} required />
          <button type="submit">{t('openChannel')}</button>
        </form>
      )}
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
    </>
  );
}

function Channel({ missionId, channel, myId }: { missionId: string; channel: ChannelView; myId: string }) {
  const [messages, setMessages] = useState<MessageView[]>([]);
  const [live, setLive] = useState(false);
  const [text, setText] = useState('');
  const [replyTo, setReplyTo] = useState<MessageView | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [members, setMembers] = useState<MemberView[]>([]);
  const [online, setOnline] = useState<Person[]>([]);
  const [mentions, setMentions] = useState<MemberView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const seen = useRef<MessageView[]>([]);
  // The last change seen before the hub's connection broke: the catch-up starts after it.
  const resumeAfter = useRef<number | null>(null);

  // Read when the picker is opened, so that people who joined since are there.
  const loadMembers = useCallback(() => {
    api<MemberView[]>(`/api/communities/missions/${missionId}/members`).then(setMembers).catch(() => {});
  }, [missionId]);
  useEffect(loadMembers, [loadMembers]);

  function mention(userId: string) {
    const member = members.find((m) => m.userId === userId);
    if (!member || mentions.some((m) => m.userId === userId)) return;
    setMentions([...mentions, member]);
    setText(`${text}${text && !text.endsWith(' ') ? ' ' : ''}@${member.displayName} `);
  }
  const base = `/api/communities/missions/${missionId}/channels/${channel.id}/messages`;

  const add = useCallback((incoming: MessageView[]) => {
    seen.current = mergeMessages(seen.current, incoming);
    setMessages(seen.current);
  }, []);

  // What is on screen counts as read.
  const newest = messages.length ? messages[messages.length - 1].seq : 0;
  useEffect(() => {
    if (newest > 0) api(`/api/communities/missions/${missionId}/channels/${channel.id}/read`, { method: 'PUT', body: { seq: newest } }).catch(() => {});
  }, [newest, missionId, channel.id]);

  useEffect(() => {
    seen.current = [];
    setMessages([]);
    api<MessagePage>(base).then((page) => add(page.messages)).catch((e) => setError(e.message));
    return hub.subscribe(`mission:${missionId}:channel:${channel.id}`, {
      onEvent: (event) => {
        const change = fromEvent(event, seen.current);
        if (change) add([change]);
      },
      // Confirmed (again, after a reconnect): read every change made while we were not subscribed,
      // from the last one seen before the connection broke (a push may come before `subscribed`).
      onSubscribed: () => {
        const after = resumeAfter.current ?? lastSeq(seen.current);
        resumeAfter.current = null;
        changesAfter((from) => api<MessagePage>(`${base}?after=${from}&limit=${CATCH_UP_PAGE}`)
          .then((page) => page.messages), after, CATCH_UP_PAGE).then(add).catch((e) => setError(e.message));
      },
      onStatus: (isLive) => {
        if (!isLive && resumeAfter.current === null) resumeAfter.current = lastSeq(seen.current);
        setLive(isLive);
      },
      onPresence: setOnline,
    });
  }, [missionId, channel.id, base, add]);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    try {
      if (editing) {
        add([await api<MessageView>(`${base}/${editing}`, { method: 'PUT', body: { text } })]);
      } else {
        add([await api<MessageView>(base, {
          method: 'POST', body: { text, replyTo: replyTo?.id ?? null, mentions: mentions.map((m) => m.userId) },
        })]);
      }
      setText('');
      setMentions([]);
      setReplyTo(null);
      setEditing(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function remove(message: MessageView) {
    try {
      await api(`${base}/${message.id}`, { method: 'DELETE' });
      add([{ ...message, text: null, deleted: true, changeSeq: message.changeSeq }]);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  const byId = new Map(messages.map((m) => [m.id, m]));
  return (
    <section aria-labelledby="channel-heading" className="channel">
      <h2 id="channel-heading">{t('channel', { name: channel.name })} <small>{live ? t('live') : t('reconnecting')}</small></h2>
      {online.length > 0 && <p className="meta" aria-live="polite">{t('online', { names: online.map((p) => p.name).join(', ') })}</p>}
      <ol className="messages" aria-live="polite" aria-label={t('channel', { name: channel.name })}>
        {messages.length === 0 && <li className="empty">{t('noMessages')}</li>}
        {messages.map((m) => {
          const parent = m.parentId ? byId.get(m.parentId) : undefined;
          return (
            <li key={m.id} className={m.parentId ? 'reply' : undefined}>
              {m.parentId && (
                <p className="meta">{t('inReplyTo', { name: parent?.authorName ?? '…' })}</p>
              )}
              <strong>{m.authorName}</strong>{' '}
              <time dateTime={m.postedAt}>{new Date(m.postedAt).toLocaleTimeString()}</time>
              {m.editedAt && !m.deleted && <span className="meta"> · {t('edited')}</span>}
              {m.deleted ? <p className="deleted">{t('deletedMessage')}</p> : <SafeMarkdown text={m.text ?? ''} />}
              {!m.deleted && (
                <div className="message-actions">
                  <button className="link" onClick={() => { setReplyTo(m); setEditing(null); }}>{t('reply')}</button>
                  {m.authorId === myId && (
                    <>
                      <button className="link" onClick={() => { setEditing(m.id); setReplyTo(null); setText(m.text ?? ''); }}>{t('edit')}</button>
                      <button className="link" onClick={() => remove(m)}>{t('delete')}</button>
                    </>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      {(replyTo || editing) && (
        <p className="meta">
          {replyTo ? t('replyingTo', { name: replyTo.authorName }) : t('editing')}{' '}
          <button className="link" onClick={() => { setReplyTo(null); setEditing(null); setText(''); }}>{t('cancel')}</button>
        </p>
      )}
      {mentions.length > 0 && <p className="meta">{t('mentioning', { names: mentions.map((m) => m.displayName).join(', ') })}</p>}
      <form onSubmit={send} className="composer">
        {!editing && (
          <>
            <label htmlFor="mention-select" className="visually-hidden">{t('mention')}</label>
            <select id="mention-select" value="" onFocus={loadMembers} onChange={(e) => mention(e.target.value)}>
              <option value="">@</option>
              {members.filter((m) => m.userId !== myId).map((m) => <option key={m.userId} value={m.userId}>{m.displayName}</option>)}
            </select>
          </>
        )}
        <label htmlFor="message-input" className="visually-hidden">{t('messageLabel')}</label>
        <input id="message-input" value={text} onChange={(e) => setText(e.target.value)} maxLength={4000} autoComplete="off" />
        <button type="submit">{editing ? t('save') : t('send')}</button>
      </form>
    </section>
  );
}

function FeedbackForm({ missionId }: { missionId: string }) {
  const [text, setText] = useState('');
  const [details, setDetails] = useState({ category: '', service: '', place: '' });
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await api(`/api/engagement/missions/${missionId}/feedback`, { method: 'POST', body: {
        text, category: details.category || null, service: details.service || null, place: details.place || null } });
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
        <div className="filters">
          <label>{t('feedbackCategory')}<input value={details.category} maxLength={80}
            onChange={(e) => setDetails({ ...details, category: e.target.value })} /></label>
          <label>{t('feedbackService')}<input value={details.service} maxLength={120}
            onChange={(e) => setDetails({ ...details, service: e.target.value })} /></label>
          <label>{t('feedbackPlace')}<input value={details.place} maxLength={120}
            onChange={(e) => setDetails({ ...details, place: e.target.value })} /></label>
        </div>
        {status && <p role="status">{status}</p>}
        {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
        <button type="submit">{t('feedbackSend')}</button>
      </form>
      <MyFeedback missionId={missionId} key={status ?? ''} />
    </section>
  );
}
