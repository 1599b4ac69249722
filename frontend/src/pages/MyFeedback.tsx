import { useCallback, useEffect, useState } from 'react';
import { api, type FeedbackView } from '../api';
import { hub } from '../hub';
import { t } from '../messages';
import { ResponseList } from './ThemeResponses';

/**
 * The person's own feedback (in one mission, or all): which theme each joined, and what leaders
 * answered to it ("you said, we did").
 */
export function MyFeedback({ missionId }: { missionId?: string }) {
  const [mine, setMine] = useState<FeedbackView[]>([]);
  const load = useCallback(() => {
    api<FeedbackView[]>('/api/engagement/me/feedback')
      .then((all) => setMine(missionId ? all.filter((f) => f.missionId === missionId) : all))
      .catch(() => setMine([]));
  }, [missionId]);
  useEffect(load, [load]);
  // The engagement service learns a theme, or an answer to it, a moment after the synthesis service
  // announces it: read again shortly after each announcement, and every 2 s while one is awaited.
  useEffect(() => (missionId
    ? hub.subscribe(`mission:${missionId}:insights`, { onEvent: () => setTimeout(load, 1000) })
    : undefined), [missionId, load]);
  const waiting = mine.some((f) => !f.themeLabel);
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(load, 2000);
    return () => clearInterval(timer);
  }, [waiting, load]);
  if (mine.length === 0) return null;
  return (
    <section aria-labelledby={`my-feedback-${missionId ?? 'all'}`}>
      <h3 id={`my-feedback-${missionId ?? 'all'}`}>{t('yourFeedback')}</h3>
      <ul className="cards">
        {mine.slice(0, missionId ? undefined : 10).map((f) => (
          <li key={f.id} className="card">
            <p>{f.text}</p>
            <p className="meta">{f.themeLabel ? t('inTheme', { label: f.themeLabel }) : t('beingThemed')}</p>
            <ResponseList responses={f.responses} />
          </li>
        ))}
      </ul>
    </section>
  );
}
