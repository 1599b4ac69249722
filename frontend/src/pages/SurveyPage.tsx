import { useEffect, useState, type FormEvent } from 'react';
import { api, type SurveyView } from '../api';
import { t, type MessageKey } from '../messages';
import { complete, toggle, type Answer } from '../surveys';

/** Answering a pulse survey: one short page, thumb-sized buttons, done in under a minute. */
export function SurveyPage({ id }: { id: string }) {
  const [survey, setSurvey] = useState<SurveyView | null>(null);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => { api<SurveyView>(`/api/engagement/surveys/${id}`).then(setSurvey).catch((e) => setError(e.message)); }, [id]);

  const set = (questionId: string, change: Partial<Answer>) =>
    setAnswers((all) => ({ ...all, [questionId]: { ...all[questionId], questionId, ...change } }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await api(`/api/engagement/surveys/${id}/responses`, { method: 'POST', body: { answers: Object.values(answers) } });
      setSent(true);
      setError(null);
    } catch (err) {
      setError((err as Error).message);
    }
  }

  if (!survey) return error ? <p role="alert">{t('errorPrefix', { detail: error })}</p> : <p aria-busy="true">{t('loading')}</p>;
  const round = survey.round;
  return (
    <section aria-labelledby="survey-heading" className="survey">
      <p><a href={`#/missions/${survey.missionId}`}>← {t('backToMission')}</a></p>
      <h1 id="survey-heading">{survey.title}</h1>
      {survey.intro && <p>{survey.intro}</p>}
      {sent && <p role="status">{t('surveyThanks')}</p>}
      {!sent && survey.answered && round && (
        <p role="status">{t('surveyAnswered', { date: new Date(round.closes).toLocaleDateString() })}</p>
      )}
      {!sent && !survey.answered && !round?.open && <p role="status">{t('surveyClosed')}</p>}
      {!sent && !survey.answered && round?.open && (
        <form onSubmit={submit}>
          {survey.questions.map((q, i) => (
            <fieldset key={q.id} className="question">
              <legend>{i + 1}. {q.prompt} {q.kind === 'TEXT' && <span className="meta">{t('optional')}</span>}</legend>
              {(q.kind === 'SCALE_5' || q.kind === 'ENPS') && (
                <>
                  <div className={`scale ${q.kind === 'ENPS' ? 'eleven' : 'five'}`}>
                    {Array.from({ length: q.kind === 'ENPS' ? 11 : 5 }, (_, k) => (q.kind === 'ENPS' ? k : k + 1)).map((n) => (
                      <button type="button" key={n} aria-pressed={answers[q.id]?.number === n}
                        aria-label={`${q.prompt}: ${n}`} onClick={() => set(q.id, { number: n })}>{n}</button>
                    ))}
                  </div>
                  <p className="meta scale-ends">
                    <span>{t(q.kind === 'ENPS' ? 'enpsLow' : 'scaleLow')}</span>
                    <span>{t(q.kind === 'ENPS' ? 'enpsHigh' : 'scaleHigh')}</span>
                  </p>
                </>
              )}
              {(q.kind === 'SINGLE' || q.kind === 'MULTI') && q.options.map((option) => (
                <label key={option} className="check option">
                  <input type={q.kind === 'SINGLE' ? 'radio' : 'checkbox'} name={q.id}
                    checked={answers[q.id]?.choices?.includes(option) ?? false}
                    onChange={() => set(q.id, { choices: q.kind === 'SINGLE' ? [option] : toggle(answers[q.id]?.choices, option) })} />
                  {option}
                </label>
              ))}
              {q.kind === 'TEXT' && (
                <textarea aria-label={q.prompt} maxLength={2000} value={answers[q.id]?.text ?? ''}
                  onChange={(e) => set(q.id, { text: e.target.value })} />
              )}
            </fieldset>
          ))}
          {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
          <button type="submit" className="wide" disabled={!complete(survey.questions, answers)}>{t('sendAnswers')}</button>
        </form>
      )}
    </section>
  );
}

export function scheduleLabel(schedule: SurveyView['schedule']): string {
  return t(`schedule${schedule}` as MessageKey);
}
