import { useEffect, useState, type FormEvent } from 'react';
import { api, type SearchHit } from '../api';
import { t } from '../messages';
import { STAKEHOLDER_TYPES, stakeholderLabel } from './Members';

/** Search over published case studies; matches are highlighted from text segments, never HTML. */
export function CaseStudyLibrary() {
  const [form, setForm] = useState({ q: '', tag: '', stakeholderType: '', place: '' });
  const [query, setQuery] = useState(form);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setHits(null);
    let current = true; // a slower answer to an earlier search must not replace this one
    const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v.trim() !== ''));
    api<SearchHit[]>(`/api/communities/case-studies?${params}`)
      .then((found) => { if (current) setHits(found); })
      .catch((e) => setError(e.message));
    return () => { current = false; };
  }, [query]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setQuery(form);
  }

  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }),
  });

  return (
    <section aria-labelledby="library-heading">
      <h1 id="library-heading">{t('caseStudiesTitle')}</h1>
      <form role="search" onSubmit={submit} className="form search">
        <label>{t('searchLabel')}<input type="search" {...field('q')} /></label>
        <div className="filters">
          <label>{t('filterTag')}<input {...field('tag')} /></label>
          <label>{t('filterStakeholder')}
            <select {...field('stakeholderType')}>
              <option value="">{t('anyStakeholder')}</option>
              {STAKEHOLDER_TYPES.map((type) => <option key={type} value={type}>{stakeholderLabel(type)}</option>)}
            </select>
          </label>
          <label>{t('filterPlace')}<input {...field('place')} /></label>
        </div>
        <button type="submit">{t('search')}</button>
      </form>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      {!hits && !error && <p aria-busy="true">{t('loading')}</p>}
      {hits?.length === 0 && <p>{t('noResults')}</p>}
      <ul className="cards">
        {hits?.map((hit) => (
          <li key={hit.id} className="card">
            <h2><a href={`#/case-studies/${hit.id}`}>{hit.title}</a></h2>
            <p>
              {hit.snippet.length > 0
                ? hit.snippet.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))
                : hit.summary}
            </p>
            {hit.place && <p className="meta">{hit.place}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
