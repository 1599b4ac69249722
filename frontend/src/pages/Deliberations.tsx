import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, type DeliberationView } from '../api';
import { t, type MessageKey } from '../messages';

/** A mission's deliberations; its conveners and facilitators open new ones. */
export function Deliberations({ missionId, canOpen }: { missionId: string; canOpen: boolean }) {
  const [list, setList] = useState<DeliberationView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/engagement/missions/${missionId}/deliberations`;
  const load = useCallback(() => { api<DeliberationView[]>(base).then(setList).catch((e) => setError(e.message)); }, [base]);
  useEffect(load, [load]);

  return (
    <section aria-labelledby="deliberations-heading">
      <h2 id="deliberations-heading">{t('deliberationsTitle')}</h2>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      {list.length === 0 && <p>{t('noDeliberations')}</p>}
      <ul className="members">
        {list.map((d) => (
          <li key={d.id}>
            <a href={`#/deliberations/${d.id}`}>{d.question}</a>{' '}
            <span className="meta">{t(`dState${d.state}` as MessageKey)} · {t('dParticipants', { count: d.participantCount })}</span>
          </li>
        ))}
      </ul>
      {canOpen && <OpenDeliberation base={base} />}
    </section>
  );
}

function OpenDeliberation({ base }: { base: string }) {
  const [question, setQuestion] = useState('');
  const [background, setBackground] = useState('');
  const [seeds, setSeeds] = useState('');
  const [closesOn, setClosesOn] = useState('');
  const [linkAccess, setLinkAccess] = useState(false);
  const [autoApprove, setAutoApprove] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const opened = await api<DeliberationView>(base, { method: 'POST', body: {
        question, background, linkAccess, autoApprove,
        seedStatements: seeds.split('\n').map((s) => s.trim()).filter((s) => s !== ''),
        closesAt: closesOn ? new Date(`${closesOn}T23:59:59`).toISOString() : null,
      } });
      location.hash = `#/deliberations/${opened.id}`;
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <form onSubmit={submit} className="form">
      <h3>{t('openDeliberation')}</h3>
      <label>{t('dQuestion')}<input value={question} onChange={(e) => setQuestion(e.target.value)} required maxLength={300} /></label>
      <label>{t('dBackground')}<textarea value={background} onChange={(e) => setBackground(e.target.value)} maxLength={4000} /></label>
      <label>{t('dSeeds')}<textarea value={seeds} onChange={(e) => setSeeds(e.target.value)} /></label>
      <label>{t('dClosesAt')}<input type="date" value={closesOn} onChange={(e) => setClosesOn(e.target.value)} /></label>
      <label className="check"><input type="checkbox" checked={linkAccess} onChange={(e) => setLinkAccess(e.target.checked)} /> {t('dLinkAccess')}</label>
      <label className="check"><input type="checkbox" checked={autoApprove} onChange={(e) => setAutoApprove(e.target.checked)} /> {t('dAutoApprove')}</label>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      <button type="submit">{t('openDeliberation')}</button>
    </form>
  );
}

/** On the home page: open deliberations in the person's missions. */
export function DeliberationsForMe() {
  const [open, setOpen] = useState<DeliberationView[]>([]);
  useEffect(() => {
    api<DeliberationView[]>('/api/engagement/me/deliberations')
      .then((list) => setOpen(list.filter((d) => d.state === 'OPEN'))).catch(() => setOpen([]));
  }, []);
  if (open.length === 0) return null;
  return (
    <section aria-labelledby="deliberations-for-me-heading">
      <h2 id="deliberations-for-me-heading">{t('deliberationsForMe')}</h2>
      <ul className="cards">
        {open.map((d) => (
          <li key={d.id} className="card">
            <h3><a href={`#/deliberations/${d.id}`}>{d.question}</a></h3>
            <p className="meta">{t('dParticipants', { count: d.participantCount })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
