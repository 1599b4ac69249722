import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError, type DeliberationReportView, type DeliberationView, type StatementView } from '../api';
import { applyVote, participantToken, rememberParticipant, room, shares, type VoteCast } from '../deliberation';
import { hub } from '../hub';
import { t, type MessageKey } from '../messages';
import { OpinionGroups } from './OpinionGroups';

const VOTES = [['agree', 1], ['disagree', -1], ['pass', 0]] as const;

/**
 * A deliberation's room, for members and for citizens who came by link without an account:
 * vote on one statement at a time, add statements, watch the counts move live.
 */
export function DeliberationPage({ id, signedIn }: { id: string; signedIn: boolean }) {
  const [d, setD] = useState<DeliberationView | null>(null);
  const [statements, setStatements] = useState<StatementView[]>([]);
  const [next, setNext] = useState<StatementView | null | undefined>(undefined);
  const [joined, setJoined] = useState(signedIn || participantToken(id) !== null);
  const [live, setLive] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const loadStatements = useCallback(() => {
    room<StatementView[]>(id, '/statements').then(setStatements).catch((e) => setError(e.message));
  }, [id]);
  const loadNext = useCallback(() => {
    room<StatementView | undefined>(id, '/next').then((s) => setNext(s ?? null)).catch((e) => setError(e.message));
  }, [id]);
  const load = useCallback(() => {
    room<DeliberationView>(id, '').then(setD).catch((e) => setError(e.message));
    loadStatements();
  }, [id, loadStatements]);

  useEffect(load, [load]);
  useEffect(() => { if (joined) loadNext(); }, [joined, loadNext]);
  useEffect(() => hub.subscribe(`deliberation:${id}`, {
    onEvent: (e) => {
      if (e.event.includes('vote.cast')) setStatements((list) => applyVote(list, e.data as VoteCast));
      else loadStatements();
    },
    onSubscribed: loadStatements,
    onStatus: setLive,
  }), [id, loadStatements]);

  async function join() {
    try {
      const answer = await room<{ token: string }>(id, '/participants', { method: 'POST' });
      rememberParticipant(id, answer.token);
      setJoined(true);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function vote(statement: StatementView, value: string) {
    try {
      const updated = await room<StatementView>(id, `/statements/${statement.id}/vote`, { method: 'PUT', body: { vote: value } });
      setStatements((list) => list.map((s) => s.id === updated.id ? { ...updated } : s));
      setError(null);
      loadNext();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  if (!d) return error ? <p role="alert">{t('errorPrefix', { detail: error })}</p> : <p aria-busy="true">{t('loading')}</p>;
  const open = d.state === 'OPEN';
  return (
    <>
      {signedIn && <p><a href={`#/missions/${d.missionId}`}>← {t('backToMission')}</a></p>}
      <section aria-labelledby="question-heading">
        <h1 id="question-heading">{d.question}</h1>
        {d.background && <p className="vision">{d.background}</p>}
        <p className="meta">
          {t(`dState${d.state}` as MessageKey)} · {t('dParticipants', { count: d.participantCount })}
          {live && <> · <span className="live">{t('live')}</span></>}
        </p>
        {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      </section>

      {open && d.mayTakePart && !joined && (
        <section aria-label={t('takePart')}>
          <p>{t('takePartHint')}</p>
          <button onClick={join}>{t('takePart')}</button>
        </section>
      )}
      {open && joined && d.mayTakePart && (
        <section aria-labelledby="vote-heading" className="card">
          <h2 id="vote-heading">{t('voteOn')}</h2>
          {next === null && <p>{t('allVoted')}</p>}
          {next && (
            <>
              <p className="statement">{next.text}</p>
              <div className="choices">
                {VOTES.map(([value]) => (
                  <button key={value} className={value === 'agree' ? '' : 'secondary'} onClick={() => vote(next, value)}>
                    {t(value)}
                  </button>
                ))}
              </div>
            </>
          )}
        </section>
      )}
      {open && joined && d.mayTakePart && <AddStatement id={id} onVote={vote} onAdded={loadNext} />}

      <section aria-labelledby="statements-heading">
        <h2 id="statements-heading">{t('allStatements')}</h2>
        <ul className="statements">
          {statements.map((s) => {
            const [agree, disagree] = shares(s);
            return (
              <li key={s.id}>
                <span>{s.text}</span>
                <span className="votebar" aria-hidden="true">
                  <span className="agree" style={{ width: `${agree}%` }} />
                  <span className="disagree" style={{ width: `${disagree}%` }} />
                </span>
                <span className="meta" data-statement={s.number}>
                  {t('countsLine', { agrees: s.agrees, disagrees: s.disagrees, passes: s.passes })}
                  {s.myVote !== null && <> · {t('myVote', { vote: t(s.myVote === 1 ? 'agree' : s.myVote === -1 ? 'disagree' : 'pass') })}</>}
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      {d.moderator && <Moderation id={id} onChange={loadStatements} />}
      {(d.state === 'CLOSED' || d.moderator) && <Report id={id} key={`${d.state}-${statements.length}`} />}
      {signedIn && (d.state === 'CLOSED' || d.moderator) && <OpinionGroups deliberationId={id} />}
      {d.moderator && <Running d={d} onChange={load} />}
    </>
  );
}

function AddStatement({ id, onVote, onAdded }:
  { id: string; onVote: (s: StatementView, value: string) => void; onAdded: () => void }) {
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [existing, setExisting] = useState<StatementView | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setExisting(null);
    try {
      const added = await room<StatementView>(id, '/statements', { method: 'POST', body: { text } });
      setNotice(t(added.status === 'APPROVED' ? 'statementPublished' : 'statementPending'));
      setText('');
      setError(null);
      onAdded();
    } catch (err) {
      const body = err instanceof ApiError ? err : null;
      if (body?.status === 409 && body.problem?.existing) setExisting(body.problem.existing as StatementView);
      else setError((err as Error).message);
    }
  }

  return (
    <form onSubmit={submit} className="form" aria-labelledby="add-statement-heading">
      <h2 id="add-statement-heading">{t('addStatement')}</h2>
      <label>{t('yourStatement')}
        <textarea value={text} onChange={(e) => setText(e.target.value)} maxLength={280} required minLength={3} />
      </label>
      <span className="meta">{t('charactersLeft', { count: 280 - text.length })}</span>
      {notice && <p role="status">{notice}</p>}
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      {existing && (
        <div role="status">
          <p>{t('nearDuplicate', { text: existing.text })}</p>
          {VOTES.map(([value]) => (
            <button type="button" key={value} className="secondary" onClick={() => { onVote(existing, value); setExisting(null); }}>
              {t(value)}
            </button>
          ))}
        </div>
      )}
      <button type="submit">{t('submitStatement')}</button>
    </form>
  );
}

function Moderation({ id, onChange }: { id: string; onChange: () => void }) {
  const [pending, setPending] = useState<StatementView[]>([]);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    room<StatementView[]>(id, '/statements?status=PENDING').then(setPending).catch((e) => setError(e.message));
  }, [id]);
  useEffect(load, [load]);

  async function decide(s: StatementView, decision: 'APPROVE' | 'REJECT') {
    try {
      await room(id, `/statements/${s.id}/moderation`, { method: 'POST', body: { decision, reason: reasons[s.id] } });
      setError(null);
      load();
      onChange();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <section aria-labelledby="moderation-heading">
      <h2 id="moderation-heading">{t('moderationQueue')}</h2>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      {pending.length === 0 && <p>{t('noPending')}</p>}
      <ul className="members">
        {pending.map((s) => (
          <li key={s.id}>
            <span>{s.text}</span>{' '}
            <button onClick={() => decide(s, 'APPROVE')}>{t('approve')}</button>
            <label className="inline">
              <span className="visually-hidden">{t('rejectReason')}</span>
              <input placeholder={t('rejectReason')} value={reasons[s.id] ?? ''}
                onChange={(e) => setReasons({ ...reasons, [s.id]: e.target.value })} />
            </label>
            <button className="secondary" onClick={() => decide(s, 'REJECT')}>{t('reject')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Report({ id }: { id: string }) {
  const [report, setReport] = useState<DeliberationReportView | null>(null);
  useEffect(() => { room<DeliberationReportView>(id, '/report').then(setReport).catch(() => setReport(null)); }, [id]);
  if (!report) return null;
  const p = report.participation;
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">{t('reportTitle')}</h2>
      <p>{t('reportParticipation', { participants: p.participants, voters: p.voters, votes: p.votes,
        submitted: p.statementsSubmitted, approved: p.approved, rejected: p.rejected })}</p>
      <ol>
        {report.statements.map((s) => (
          <li key={s.number}>{s.text} <span className="meta">{t('agreement', { share: Math.round(100 * s.agreement) })} · {t('countsLine', { agrees: s.agrees, disagrees: s.disagrees, passes: s.passes })}</span></li>
        ))}
      </ol>
    </section>
  );
}

/** A moderator's tools: close, export, and import a Pol.is conversation into an empty deliberation. */
function Running({ d, onChange }: { d: DeliberationView; onChange: () => void }) {
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/open/engagement/deliberations/${d.id}`;

  async function close() {
    try { await room(d.id, '/closure', { method: 'POST' }); onChange(); } catch (e) { setError((e as Error).message); }
  }

  async function importPolis(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const files = new FormData(e.currentTarget);
    const form = new FormData();
    for (const part of ['comments', 'votes']) form.append(part, await (files.get(part) as File).text());
    try {
      const done = await room<{ statements: number; participants: number; votes: number }>(d.id, '/polis-import', { method: 'POST', body: form });
      setNotice(t('imported', done));
      setError(null);
      onChange();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <section aria-label={t('closeDeliberation')}>
      {notice && <p role="status">{notice}</p>}
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      {d.state !== 'CLOSED' && <button className="secondary" onClick={close}>{t('closeDeliberation')}</button>}
      <p>{t('exportPolis')}: <a href={`${base}/polis-export/comments.csv`} download>comments.csv</a>{' · '}
        <a href={`${base}/polis-export/votes.csv`} download>votes.csv</a></p>
      <form onSubmit={importPolis} className="form">
        <h3>{t('importPolis')}</h3>
        <label>{t('importComments')}<input type="file" name="comments" accept=".csv,text/csv" required /></label>
        <label>{t('importVotes')}<input type="file" name="votes" accept=".csv,text/csv" required /></label>
        <button type="submit">{t('importButton')}</button>
      </form>
    </section>
  );
}
