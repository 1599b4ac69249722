import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, type CaseStudyView, type CommentView } from '../api';
import { t, type MessageKey } from '../messages';
import { stakeholderLabel } from './Members';
import { SafeMarkdown } from '../SafeMarkdown';

const SECTIONS: [keyof CaseStudyView, MessageKey][] = [
  ['context', 'csContext'], ['challenge', 'csChallenge'], ['approach', 'csApproach'],
  ['outcomes', 'csOutcomes'], ['lessons', 'csLessons'],
];

export function CaseStudyPage({ id }: { id: string }) {
  const [study, setStudy] = useState<CaseStudyView | null>(null);
  const [comments, setComments] = useState<CommentView[]>([]);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const base = `/api/communities/case-studies/${id}`;

  const load = useCallback(() => {
    api<CaseStudyView>(base).then((s) => {
      setStudy(s);
      if (s.status === 'PUBLISHED') api<CommentView[]>(`${base}/comments`).then(setComments);
    }).catch((e) => setError(e.message));
  }, [base]);
  useEffect(load, [load]);

  async function act<T>(request: Promise<T>, then: (value: T) => void) {
    try {
      then(await request);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  function addComment(event: FormEvent) {
    event.preventDefault();
    act(api<CommentView>(`${base}/comments`, { method: 'POST', body: { text: comment } }), (c) => {
      setComments([...comments, c]);
      setComment('');
    });
  }

  if (error && !study) return <p role="alert">{t('errorPrefix', { detail: error })}</p>;
  if (!study) return <p aria-busy="true">{t('loading')}</p>;
  return (
    <article aria-labelledby="study-heading">
      <p><a href="#/case-studies">← {t('caseStudies')}</a></p>
      <h1 id="study-heading">{study.title}</h1>
      <p className="meta">
        {t('byAuthor', { name: study.authorName })}
        {study.place && <> · {study.place}</>}
        {study.publishedAt && <> · <time dateTime={study.publishedAt}>{new Date(study.publishedAt).toLocaleDateString()}</time></>}
      </p>
      {study.status === 'DRAFT' && (
        <p role="status">
          {t('draft')}{' '}
          <button onClick={() => act(api<CaseStudyView>(`${base}/publication`, { method: 'POST' }), setStudy)}>{t('publish')}</button>
        </p>
      )}
      <p className="vision">{study.summary}</p>
      <ul className="labels" aria-label={t('csTags')}>
        {study.tags.map((tag) => <li key={tag}>#{tag}</li>)}
        {study.stakeholderTypes.map((type) => <li key={type}>{stakeholderLabel(type)}</li>)}
        {study.organisations.map((org) => <li key={org}>{org}</li>)}
      </ul>
      {SECTIONS.filter(([key]) => study[key]).map(([key, label]) => (
        <section key={key}>
          <h2>{t(label)}</h2>
          <p className="prose">{String(study[key])}</p>
        </section>
      ))}
      {study.links.length > 0 && (
        <ul>{study.links.map((link) => <li key={link}><a href={link} rel="noopener noreferrer nofollow">{link}</a></li>)}</ul>
      )}
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      {study.status === 'PUBLISHED' && (
        <>
          <button aria-pressed={study.markedUseful}
            onClick={() => act(api<CaseStudyView>(`${base}/useful`, { method: study.markedUseful ? 'DELETE' : 'PUT' }), setStudy)}>
            {study.markedUseful ? t('unmarkUseful') : t('markUseful')}
          </button>{' '}
          <span className="meta">{t('useful', { count: study.usefulCount })}</span>
          {study.related.length > 0 && (
            <section aria-labelledby="related-heading">
              <h2 id="related-heading">{t('related')}</h2>
              <ul>{study.related.map((r) => <li key={r.id}><a href={`#/case-studies/${r.id}`}>{r.title}</a></li>)}</ul>
            </section>
          )}
          <section aria-labelledby="comments-heading">
            <h2 id="comments-heading">{t('comments')}</h2>
            {comments.length === 0 && <p>{t('noComments')}</p>}
            <ul className="messages">
              {comments.map((c) => (
                <li key={c.id}><strong>{c.authorName}</strong> <time dateTime={c.postedAt}>{new Date(c.postedAt).toLocaleString()}</time><SafeMarkdown text={c.body} /></li>
              ))}
            </ul>
            <form onSubmit={addComment} className="form">
              <label>{t('commentLabel')}<textarea required maxLength={2000} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} /></label>
              <button type="submit">{t('addComment')}</button>
            </form>
          </section>
        </>
      )}
    </article>
  );
}
