import { useState, type FormEvent } from 'react';
import { api, type CaseStudyView } from '../api';
import { t, type MessageKey } from '../messages';
import { STAKEHOLDER_TYPES, stakeholderLabel } from './Members';

/** Splits a comma-separated field into its trimmed, non-empty parts. */
export function listOf(text: string, separator: string | RegExp = ','): string[] {
  return text.split(separator).map((s) => s.trim()).filter((s) => s !== '');
}

const TEXTS: [string, MessageKey, number][] = [
  ['context', 'csContext', 5000], ['challenge', 'csChallenge', 5000], ['approach', 'csApproach', 5000],
  ['outcomes', 'csOutcomes', 5000], ['lessons', 'csLessons', 5000],
];

export function CaseStudyForm({ missionId }: { missionId: string }) {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [types, setTypes] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const value = (key: string) => fields[key] ?? '';
  const set = (key: string) => (e: { target: { value: string } }) => setFields({ ...fields, [key]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const created = await api<CaseStudyView>('/api/communities/case-studies', {
        method: 'POST',
        body: {
          missionId, title: value('title'), summary: value('summary'), context: value('context'),
          challenge: value('challenge'), approach: value('approach'), outcomes: value('outcomes'),
          lessons: value('lessons'), place: value('place'), tags: listOf(value('tags')),
          organisations: listOf(value('organisations')), stakeholderTypes: types, links: listOf(value('links'), /\n/),
        },
      });
      location.hash = `#/case-studies/${created.id}`;
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <section aria-labelledby="write-heading">
      <p><a href={`#/missions/${missionId}`}>← {t('back')}</a></p>
      <h1 id="write-heading">{t('writeCaseStudy')}</h1>
      <form onSubmit={submit} className="form">
        <label>{t('csTitle')}<input required maxLength={200} value={value('title')} onChange={set('title')} /></label>
        <label>{t('csSummary')}<textarea required maxLength={1000} rows={2} value={value('summary')} onChange={set('summary')} /></label>
        {TEXTS.map(([key, label, max]) => (
          <label key={key}>{t(label)}<textarea maxLength={max} rows={3} value={value(key)} onChange={set(key)} /></label>
        ))}
        <label>{t('csPlace')}<input maxLength={120} value={value('place')} onChange={set('place')} /></label>
        <label>{t('csTags')}<input value={value('tags')} onChange={set('tags')} /></label>
        <label>{t('csOrganisations')}<input value={value('organisations')} onChange={set('organisations')} /></label>
        <fieldset>
          <legend>{t('csStakeholders')}</legend>
          {STAKEHOLDER_TYPES.map((type) => (
            <label key={type} className="inline">
              <input type="checkbox" checked={types.includes(type)}
                onChange={(e) => setTypes(e.target.checked ? [...types, type] : types.filter((x) => x !== type))} />
              {stakeholderLabel(type)}
            </label>
          ))}
        </fieldset>
        <label>{t('csLinks')}<textarea rows={2} value={value('links')} onChange={set('links')} /></label>
        {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
        <button type="submit">{t('saveDraft')}</button>
      </form>
    </section>
  );
}
