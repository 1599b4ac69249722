import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, type Participation, type QuestionKind, type SurveyView } from '../api';
import { t, type MessageKey } from '../messages';
import { STAKEHOLDER_TYPES, stakeholderLabel } from './Members';
import { scheduleLabel } from './SurveyPage';

const KINDS: QuestionKind[] = ['SCALE_5', 'ENPS', 'SINGLE', 'MULTI', 'TEXT'];
const ROLES = ['convener', 'facilitator', 'member', 'observer'];

/** A mission's pulse surveys: those that ask the person, and all of them for those who run it. */
export function Surveys({ missionId, canCreate }: { missionId: string; canCreate: boolean }) {
  const [list, setList] = useState<SurveyView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/engagement/missions/${missionId}/surveys`;
  const load = useCallback(() => { api<SurveyView[]>(base).then(setList).catch((e) => setError(e.message)); }, [base]);
  useEffect(load, [load]);

  return (
    <section aria-labelledby="surveys-heading">
      <h2 id="surveys-heading">{t('surveysTitle')}</h2>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      {list.length === 0 && <p>{t('noSurveys')}</p>}
      <ul className="members">
        {list.map((s) => (
          <li key={s.id}>
            <a href={`#/surveys/${s.id}`}>{s.title}</a> <span className="meta">{scheduleLabel(s.schedule)}</span>{' '}
            {s.manages && <a href={`#/surveys/${s.id}/results`}>{t('surveyResults')}</a>}
          </li>
        ))}
      </ul>
      {canCreate && <CreateSurvey base={base} missionId={missionId} onCreated={load} />}
    </section>
  );
}

type QuestionDraft = { kind: QuestionKind; prompt: string; options: string };

function CreateSurvey({ base, missionId, onCreated }: { base: string; missionId: string; onCreated: () => void }) {
  const [title, setTitle] = useState('');
  const [intro, setIntro] = useState('');
  const [schedule, setSchedule] = useState<SurveyView['schedule']>('WEEKLY');
  const [windowDays, setWindowDays] = useState(3);
  const [roles, setRoles] = useState<string[]>([]);
  const [types, setTypes] = useState<string[]>([]);
  const [organisations, setOrganisations] = useState<string[]>([]);
  const [taking, setTaking] = useState<Participation[]>([]);
  useEffect(() => {
    api<Participation[]>(`/api/communities/missions/${missionId}/organisations`)
      .then((list) => setTaking(list.filter((p) => p.state === 'JOINED'))).catch(() => setTaking([]));
  }, [missionId]);
  const [questions, setQuestions] = useState<QuestionDraft[]>([{ kind: 'SCALE_5', prompt: '', options: '' }]);
  const [error, setError] = useState<string | null>(null);

  const change = (i: number, patch: Partial<QuestionDraft>) =>
    setQuestions((all) => all.map((q, k) => (k === i ? { ...q, ...patch } : q)));
  const flip = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await api(base, { method: 'POST', body: {
        title, intro, schedule, windowDays, audienceRoles: roles, audienceStakeholderTypes: types,
        audienceOrganisations: organisations,
        questions: questions.map((q) => ({ kind: q.kind, prompt: q.prompt,
          options: q.kind === 'SINGLE' || q.kind === 'MULTI' ? q.options.split(',').map((o) => o.trim()).filter((o) => o) : null })),
      } });
      setTitle('');
      setQuestions([{ kind: 'SCALE_5', prompt: '', options: '' }]);
      setError(null);
      onCreated();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <form onSubmit={submit} className="form">
      <h3>{t('createSurvey')}</h3>
      <label>{t('sTitle')}<input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={120} /></label>
      <label>{t('sIntro')}<textarea value={intro} onChange={(e) => setIntro(e.target.value)} maxLength={1000} /></label>
      <label>{t('sSchedule')}
        <select value={schedule} onChange={(e) => setSchedule(e.target.value as SurveyView['schedule'])}>
          {(['ONCE', 'WEEKLY', 'FORTNIGHTLY', 'MONTHLY'] as const).map((s) => <option key={s} value={s}>{scheduleLabel(s)}</option>)}
        </select>
      </label>
      <label>{t('sWindow')}<input type="number" min={1} max={14} value={windowDays} onChange={(e) => setWindowDays(Number(e.target.value))} /></label>
      <fieldset>
        <legend>{t('sAudienceRoles')}</legend>
        {ROLES.map((r) => <label key={r} className="check"><input type="checkbox" checked={roles.includes(r)} onChange={() => setRoles(flip(roles, r))} /> {r}</label>)}
      </fieldset>
      <fieldset>
        <legend>{t('sAudienceTypes')}</legend>
        {STAKEHOLDER_TYPES.map((s) => <label key={s} className="check"><input type="checkbox" checked={types.includes(s)} onChange={() => setTypes(flip(types, s))} /> {stakeholderLabel(s)}</label>)}
      </fieldset>
      {taking.length > 0 && (
        <fieldset>
          <legend>{t('sAudienceOrganisations')}</legend>
          {taking.map((p) => (
            <label key={p.organisationId} className="check">
              <input type="checkbox" checked={organisations.includes(p.organisationName)}
                onChange={() => setOrganisations(flip(organisations, p.organisationName))} /> {p.organisationName}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>{t('sQuestions')}</legend>
        {questions.map((q, i) => (
          <div key={i} className="question-draft">
            <label>{t('sPrompt', { number: i + 1 })}<input value={q.prompt} onChange={(e) => change(i, { prompt: e.target.value })} required maxLength={300} /></label>
            <label>{t('sKind')}
              <select value={q.kind} onChange={(e) => change(i, { kind: e.target.value as QuestionKind })}>
                {KINDS.map((k) => <option key={k} value={k}>{t(`kind${k}` as MessageKey)}</option>)}
              </select>
            </label>
            {(q.kind === 'SINGLE' || q.kind === 'MULTI') && (
              <label>{t('sOptions', { number: i + 1 })}<input value={q.options} onChange={(e) => change(i, { options: e.target.value })} required /></label>
            )}
            {questions.length > 1 && (
              <button type="button" className="secondary" onClick={() => setQuestions(questions.filter((_, k) => k !== i))}>
                {t('sRemove', { number: i + 1 })}
              </button>
            )}
          </div>
        ))}
        {questions.length < 20 && (
          <button type="button" className="secondary" onClick={() => setQuestions([...questions, { kind: 'SCALE_5', prompt: '', options: '' }])}>
            {t('sAddQuestion')}
          </button>
        )}
      </fieldset>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      <button type="submit">{t('createSurvey')}</button>
    </form>
  );
}

/** On the home page: the surveys waiting for the person's answer. */
export function SurveysWaiting() {
  const [waiting, setWaiting] = useState<SurveyView[]>([]);
  useEffect(() => { api<SurveyView[]>('/api/engagement/me/surveys').then(setWaiting).catch(() => setWaiting([])); }, []);
  if (waiting.length === 0) return null;
  return (
    <section aria-labelledby="surveys-waiting-heading">
      <h2 id="surveys-waiting-heading">{t('surveysWaiting')}</h2>
      <ul className="cards">
        {waiting.map((s) => (
          <li key={s.id} className="card">
            <h3>{s.title}</h3>
            <a className="button" href={`#/surveys/${s.id}`}>{t('answerSurvey', { count: s.questions.length })}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
