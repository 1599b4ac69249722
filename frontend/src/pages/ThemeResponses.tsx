import { useState, type FormEvent } from 'react';
import { api, type ThemeResponseView } from '../api';
import { t, type MessageKey } from '../messages';

const STATUSES = ['HEARD', 'PLANNED', 'IN_PROGRESS', 'DONE', 'NOT_PLANNED'] as const;

/** What leaders answered to a theme, oldest first. */
export function ResponseList({ responses }: { responses: ThemeResponseView[] }) {
  if (responses.length === 0) return null;
  return (
    <div className="responses">
      <h3>{t('youSaidWeDid')}</h3>
      <ul>
        {responses.map((r, i) => (
          <li key={i}>
            <strong>{t(`status${r.status}` as MessageKey)}:</strong> {r.text}{' '}
            <span className="meta">{t('respondedBy', { name: r.respondedBy, date: new Date(r.respondedAt).toLocaleDateString() })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A convener's or facilitator's answer to a theme. */
export function RespondForm({ missionId, themeId, label, onAnswered }:
  { missionId: string; themeId: string; label: string; onAnswered?: () => void }) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('PLANNED');
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await api(`/api/synthesis/missions/${missionId}/themes/${themeId}/responses`, { method: 'POST', body: { text, status } });
      setText('');
      setError(null);
      onAnswered?.(); // the live event follows too; this spares the wait
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <form onSubmit={submit} className="form" aria-label={`${t('respondTitle')}: ${label}`}>
      <label>{t('respondText')}<textarea value={text} onChange={(e) => setText(e.target.value)} required maxLength={1000} /></label>
      <label>{t('respondStatus')}
        <select value={status} onChange={(e) => setStatus(e.target.value as (typeof STATUSES)[number])}>
          {STATUSES.map((s) => <option key={s} value={s}>{t(`status${s}` as MessageKey)}</option>)}
        </select>
      </label>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      <button type="submit">{t('respondSend')}</button>
    </form>
  );
}
