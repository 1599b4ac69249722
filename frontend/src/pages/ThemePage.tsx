import { useCallback, useEffect, useState } from 'react';
import { api, type MissionView, type ThemeDetail } from '../api';
import { hub } from '../hub';
import { t, type MessageKey } from '../messages';
import { ThemeFacts } from './ThemeCard';
import { RespondForm, ResponseList } from './ThemeResponses';

const DIMENSIONS = ['stakeholderType', 'organisation', 'service', 'place'] as const;

/** One theme with its breakdowns. A link to a theme a re-clustering dissolved shows the theme that took it over. */
export function ThemePage({ missionId, themeId }: { missionId: string; themeId: string }) {
  const [mission, setMission] = useState<MissionView | null>(null);
  const [detail, setDetail] = useState<ThemeDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    api<ThemeDetail>(`/api/synthesis/missions/${missionId}/themes/${themeId}`).then(setDetail).catch((e) => setError(e.message));
  }, [missionId, themeId]);
  useEffect(() => {
    api<MissionView>(`/api/communities/missions/${missionId}`).then(setMission).catch((e) => setError(e.message));
    load();
    return hub.subscribe(`mission:${missionId}:insights`, { onEvent: load });
  }, [missionId, load]);

  const manages = mission?.myRole === 'convener' || mission?.myRole === 'facilitator';
  const theme = detail?.theme;
  return (
    <>
      <p><a href={`#/missions/${missionId}/insights`}>← {t('insightsTitle', { name: mission?.name ?? '' })}</a></p>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      {!detail && !error && <p aria-busy="true">{t('loading')}</p>}
      {theme && (
        <article aria-labelledby="theme-heading">
          <h1 id="theme-heading">{theme.label}</h1>
          {theme.enoughPeople ? <ThemeFacts theme={theme} /> : <p className="meta">{t('themeSmall')}</p>}
          {theme.enoughPeople && (
            <section aria-labelledby="breakdowns-heading">
              <h2 id="breakdowns-heading">{t('breakdowns')}</h2>
              <p className="meta">{t('breakdownsNote')}</p>
              {DIMENSIONS.map((d) => (
                <table key={d} className="breakdown">
                  <caption>{t(`breakdown_${d}` as MessageKey)}</caption>
                  <thead><tr><th scope="col">{t('breakdownGroup')}</th><th scope="col">{t('breakdownTexts')}</th><th scope="col">{t('breakdownPeople')}</th></tr></thead>
                  <tbody>
                    {detail.breakdowns[d].length === 0 && <tr><td colSpan={3}>{t('breakdownNone')}</td></tr>}
                    {detail.breakdowns[d].map((g) => (
                      <tr key={g.value ?? ''}><th scope="row">{g.value ?? t('notGiven')}</th><td>{g.texts}</td><td>{g.people}</td></tr>
                    ))}
                  </tbody>
                </table>
              ))}
            </section>
          )}
          <ResponseList responses={theme.responses} />
          {manages && <RespondForm missionId={missionId} themeId={theme.id} label={theme.label} onAnswered={load} />}
        </article>
      )}
    </>
  );
}
