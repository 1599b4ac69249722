import { useEffect, useState } from 'react';
import { api, type SurveyResults } from '../api';
import { t } from '../messages';
import { trend } from '../surveys';

/** A survey's results for its conveners and facilitators, round by round, and the trend. */
export function SurveyResultsPage({ id }: { id: string }) {
  const [results, setResults] = useState<SurveyResults | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { api<SurveyResults>(`/api/engagement/surveys/${id}/results`).then(setResults).catch((e) => setError(e.message)); }, [id]);

  if (!results) return error ? <p role="alert">{t('errorPrefix', { detail: error })}</p> : <p aria-busy="true">{t('loading')}</p>;
  const lines = trend(results);
  return (
    <>
      <p><a href={`#/surveys/${id}`}>← {results.title}</a></p>
      <h1>{t('surveyResults')}: {results.title}</h1>
      {lines.length > 0 && (
        <section aria-labelledby="trend-heading">
          <h2 id="trend-heading">{t('trendTitle')}</h2>
          <ul>
            {lines.map((line) => (
              <li key={line.prompt}>{line.prompt}: {line.values.map((v) => (v === null ? '–' : Number(v.toFixed(1)))).join(' → ')}</li>
            ))}
          </ul>
        </section>
      )}
      {[...results.rounds].reverse().map((r) => (
        <section key={r.number} aria-labelledby={`round-${r.number}`} className="card">
          <h2 id={`round-${r.number}`}>{t('roundLabel', { number: r.number + 1, opens: new Date(r.opens).toLocaleDateString() })}</h2>
          <p>{t('responseRate', { responses: r.responses, audience: r.audience, rate: Math.round(100 * r.responseRate) })}</p>
          {!r.shown && <p className="meta">{t('tooFewResponses')}</p>}
          {r.questions.map((q) => (
            <div key={q.questionId}>
              <h3>{q.prompt}</h3>
              {q.average !== null && <p className="meta">{q.enps !== null ? t('enpsLabel', { value: q.enps }) : t('averageLabel', { value: q.average.toFixed(1) })}</p>}
              {q.texts !== null && <p className="meta">{t('textsLabel', { count: q.texts })}</p>}
              {q.distribution && (
                <ul className="distribution">
                  {Object.entries(q.distribution).map(([value, count]) => (
                    count === null
                      ? <li key={value}><span>{value}</span><span className="meta">{t('cellWithheld')}</span></li>
                      : <li key={value}><span>{value}</span><meter min={0} max={r.responses} value={count} />{count}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
