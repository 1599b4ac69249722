import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, type GoalsView, type TargetView } from '../api';
import { t } from '../messages';
import { ProgressChart } from './ProgressChart';

export function Goals({ missionId, convener }: { missionId: string; convener: boolean }) {
  const [view, setView] = useState<GoalsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    api<GoalsView>(`/api/communities/missions/${missionId}/goals`).then(setView).catch((e) => setError(e.message));
  }, [missionId]);
  useEffect(load, [load]);

  return (
    <section aria-labelledby="goals-heading">
      <h2 id="goals-heading">{t('goalsTitle')}</h2>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      {!view && !error && <p aria-busy="true">{t('loading')}</p>}
      {view && view.goals.length === 0 && view.targets.length === 0 && <p>{t('noGoals')}</p>}
      <ul className="cards">
        {view?.goals.map((g) => (
          <li key={g.id} className="card">
            <h3>{g.title}</h3>
            {g.description && <p>{g.description}</p>}
          </li>
        ))}
        {view?.targets.map((target) => (
          <li key={target.id} className="card">
            <Target target={target} />
            {convener && <ProgressForm missionId={missionId} targetId={target.id} onSaved={load} />}
          </li>
        ))}
      </ul>
      {convener && view && <GoalForms missionId={missionId} goals={view.goals} onSaved={load} />}
    </section>
  );
}

function Target({ target }: { target: TargetView }) {
  return (
    <>
      <h3>{target.metric}</h3>
      <p className="meta">
        {t('targetSummary', {
          baseline: target.baseline, target: target.targetValue, unit: target.unit,
          deadline: new Date(target.deadline).toLocaleDateString(), latest: target.latest, percent: target.percentToTarget,
        })}
      </p>
      <ProgressChart target={target} />
    </>
  );
}

function ProgressForm({ missionId, targetId, onSaved }: { missionId: string; targetId: string; onSaved: () => void }) {
  const [value, setValue] = useState('');
  const [recordedOn, setRecordedOn] = useState(new Date().toISOString().slice(0, 10));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await api(`/api/communities/missions/${missionId}/targets/${targetId}/progress`, {
        method: 'POST', body: { value: Number(value), recordedOn, note },
      });
      setValue('');
      setNote('');
      setError(null);
      onSaved();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <details>
      <summary>{t('publishProgress')}</summary>
      <form onSubmit={submit} className="form">
        <label>{t('progressValue')}<input type="number" step="any" required value={value} onChange={(e) => setValue(e.target.value)} /></label>
        <label>{t('progressDate')}<input type="date" required value={recordedOn} onChange={(e) => setRecordedOn(e.target.value)} /></label>
        <label>{t('progressNote')}<input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} /></label>
        {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
        <button type="submit">{t('publishProgress')}</button>
      </form>
    </details>
  );
}

function GoalForms({ missionId, goals, onSaved }: { missionId: string; goals: GoalsView['goals']; onSaved: () => void }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [target, setTarget] = useState({ goalId: '', metric: '', unit: '', baseline: '', targetValue: '', deadline: '' });
  const [error, setError] = useState<string | null>(null);

  async function saveGoal(event: FormEvent) {
    event.preventDefault();
    try {
      await api(`/api/communities/missions/${missionId}/goals`, { method: 'POST', body: { title, description } });
      setTitle('');
      setDescription('');
      setError(null);
      onSaved();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function saveTarget(event: FormEvent) {
    event.preventDefault();
    try {
      await api(`/api/communities/missions/${missionId}/targets`, {
        method: 'POST',
        body: {
          goalId: target.goalId || null, metric: target.metric, unit: target.unit,
          baseline: Number(target.baseline), targetValue: Number(target.targetValue), deadline: target.deadline,
        },
      });
      setTarget({ goalId: '', metric: '', unit: '', baseline: '', targetValue: '', deadline: '' });
      setError(null);
      onSaved();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  const field = (key: keyof typeof target) => ({
    value: target[key],
    onChange: (e: { target: { value: string } }) => setTarget({ ...target, [key]: e.target.value }),
  });

  return (
    <div className="two-columns">
      <form onSubmit={saveGoal} className="form" aria-label={t('addGoal')}>
        <h3>{t('addGoal')}</h3>
        <label>{t('goalTitle')}<input required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} /></label>
        <label>{t('goalDescription')}<textarea maxLength={2000} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} /></label>
        <button type="submit">{t('addGoal')}</button>
      </form>
      <form onSubmit={saveTarget} className="form" aria-label={t('addTarget')}>
        <h3>{t('addTarget')}</h3>
        <label>{t('targetGoal')}
          <select {...field('goalId')}>
            <option value="">{t('noGoal')}</option>
            {goals.map((g) => <option key={g.id} value={g.id}>{g.title}</option>)}
          </select>
        </label>
        <label>{t('targetMetric')}<input required maxLength={200} {...field('metric')} /></label>
        <label>{t('targetUnit')}<input required maxLength={40} {...field('unit')} /></label>
        <label>{t('targetBaseline')}<input type="number" step="any" required {...field('baseline')} /></label>
        <label>{t('targetValue')}<input type="number" step="any" required {...field('targetValue')} /></label>
        <label>{t('targetDeadline')}<input type="date" required {...field('deadline')} /></label>
        <button type="submit">{t('addTarget')}</button>
      </form>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
    </div>
  );
}
