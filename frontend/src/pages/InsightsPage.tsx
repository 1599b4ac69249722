import { useCallback, useEffect, useState } from 'react';
import { api, type MissionView, type ThemeView } from '../api';
import { hub } from '../hub';
import { t } from '../messages';
import { RespondForm, ResponseList } from './ThemeResponses';

export function InsightsPage({ missionId }: { missionId: string }) {
  const [mission, setMission] = useState<MissionView | null>(null);
  const [themes, setThemes] = useState<ThemeView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [live, setLive] = useState(false);

  const load = useCallback(() => {
    api<ThemeView[]>(`/api/synthesis/missions/${missionId}/themes`).then(setThemes).catch((e) => setError(e.message));
  }, [missionId]);

  useEffect(() => {
    api<MissionView>(`/api/communities/missions/${missionId}`).then(setMission).catch((e) => setError(e.message));
    load();
    // A theme changed, or we (re)subscribed: read the themes again (the service decides what may be shown).
    return hub.subscribe(`mission:${missionId}:insights`, { onEvent: load, onSubscribed: load, onStatus: setLive });
  }, [missionId, load]);

  const manages = mission?.myRole === 'convener' || mission?.myRole === 'facilitator';
  return (
    <>
      <p><a href={`#/missions/${missionId}`}>← {mission?.name ?? ''}</a></p>
      <section aria-labelledby="insights-heading">
        <h1 id="insights-heading">
          {t('insightsTitle', { name: mission?.name ?? '' })} <small>{live ? t('live') : t('reconnecting')}</small>
        </h1>
        {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
        {!themes && !error && <p aria-busy="true">{t('loading')}</p>}
        {themes?.length === 0 && <p>{t('noThemes')}</p>}
        <ul className="cards" aria-live="polite">
          {themes?.map((theme) => (
            <li key={theme.id} className="card theme">
              <h2>{theme.label}</h2>
              {theme.enoughPeople ? (
                <>
                  <p className="meta">{t('themeSize', { size: theme.size ?? 0 })}</p>
                  {theme.quotes.map((q, i) => <blockquote key={i}>{q}</blockquote>)}
                </>
              ) : (
                <p className="meta">{t('themeSmall')}</p>
              )}
              <ResponseList responses={theme.responses} />
              {manages && <RespondForm missionId={missionId} themeId={theme.id} label={theme.label} />}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
