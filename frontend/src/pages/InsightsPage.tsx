import { useCallback, useEffect, useState } from 'react';
import { api, type MissionView, type ReclusterSummary, type ThemeView } from '../api';
import { hub } from '../hub';
import { t } from '../messages';
import { useAction } from '../useAction';
import { ThemeFacts } from './ThemeCard';
import { RespondForm, ResponseList } from './ThemeResponses';

export function InsightsPage({ missionId }: { missionId: string }) {
  const [mission, setMission] = useState<MissionView | null>(null);
  const [themes, setThemes] = useState<ThemeView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [live, setLive] = useState(false);
  const [redrawn, setRedrawn] = useState<ReclusterSummary | null>(null);

  const load = useCallback(() => {
    api<ThemeView[]>(`/api/synthesis/missions/${missionId}/themes`).then(setThemes).catch((e) => setError(e.message));
  }, [missionId]);

  useEffect(() => {
    api<MissionView>(`/api/communities/missions/${missionId}`).then(setMission).catch((e) => setError(e.message));
    load();
    // A theme changed, or we (re)subscribed: read the themes again (the service decides what may be shown).
    return hub.subscribe(`mission:${missionId}:insights`, { onEvent: load, onSubscribed: load, onStatus: setLive });
  }, [missionId, load]);

  const action = useAction(load);
  const [redrawing, setRedrawing] = useState(false);
  async function redraw() {
    setRedrawing(true);
    await action.act(api<ReclusterSummary>(`/api/synthesis/missions/${missionId}/themes/reclustering`, { method: 'POST' })
      .then(setRedrawn));
    setRedrawing(false);
  }

  const manages = mission?.myRole === 'convener' || mission?.myRole === 'facilitator';
  const shown = themes?.filter((theme) => theme.enoughPeople) ?? [];
  const emerging = themes?.filter((theme) => !theme.enoughPeople) ?? [];
  return (
    <>
      <p><a href={`#/missions/${missionId}`}>← {mission?.name ?? ''}</a></p>
      <section aria-labelledby="insights-heading">
        <h1 id="insights-heading">
          {t('insightsTitle', { name: mission?.name ?? '' })} <small>{live ? t('live') : t('reconnecting')}</small>
        </h1>
        <p className="meta">{t('insightsIntro')}</p>
        {manages && (
          <p>
            <button onClick={redraw} disabled={redrawing}>{t('redrawThemes')}</button>{' '}
            {redrawn && <span role="status">{t('redrawn', { themes: redrawn.themes, kept: redrawn.kept, moved: redrawn.textsMoved })}</span>}
            {action.error && <span role="alert">{t('errorPrefix', { detail: action.error })}</span>}
          </p>
        )}
        {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
        {!themes && !error && <p aria-busy="true">{t('loading')}</p>}
        {themes?.length === 0 && <p>{t('noThemes')}</p>}
        <ul className="cards" aria-live="polite">
          {shown.map((theme) => (
            <li key={theme.id} className="card theme">
              <h2><a href={`#/missions/${missionId}/themes/${theme.id}`}>{theme.label}</a></h2>
              <ThemeFacts theme={theme} />
              <ResponseList responses={theme.responses} />
              {manages && <RespondForm missionId={missionId} themeId={theme.id} label={theme.label} onAnswered={load} />}
            </li>
          ))}
        </ul>
        {emerging.length > 0 && (
          <section aria-labelledby="emerging-heading">
            <h2 id="emerging-heading">{t('emergingThemes', { count: emerging.length })}</h2>
            <p className="meta">{t('themeSmall')}</p>
            <ul className="cards">
              {emerging.map((theme) => (
                <li key={theme.id} className="card theme">
                  <h3>{theme.label}</h3>
                  <ResponseList responses={theme.responses} />
                  {manages && <RespondForm missionId={missionId} themeId={theme.id} label={theme.label} onAnswered={load} />}
                </li>
              ))}
            </ul>
          </section>
        )}
      </section>
    </>
  );
}
