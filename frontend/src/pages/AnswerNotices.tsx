import { useEffect, useState } from 'react';
import type { HubEvent } from '../hub';
import { hub } from '../hub';
import { t, type MessageKey } from '../messages';

interface Answer { missionId: string; themeLabel: string | null; responseId: string; text: string; status: string }

/** Tells the person, live, that leaders answered a theme holding their feedback ("you said, we did"). */
export function AnswerNotices({ myId }: { myId: string }) {
  const [answers, setAnswers] = useState<Answer[]>([]);
  useEffect(() => hub.subscribe(`user:${myId}`, {
    onEvent: (e: HubEvent) => {
      if (e.event.endsWith('feedback.answered.v1')) {
        setAnswers((now) => (now.some((a) => a.responseId === e.data.responseId) ? now : [...now, e.data as Answer]));
      }
    },
  }), [myId]);
  if (answers.length === 0) return null;
  return (
    <div className="notices" role="status">
      {answers.map((a) => (
        <p key={a.responseId} className="notice">
          <strong>{t('answeredYourFeedback', { label: a.themeLabel ?? '' })}</strong>{' '}
          {t(`status${a.status}` as MessageKey)}: {a.text}{' '}
          <a href={`#/missions/${a.missionId}`}>{t('seeYourFeedback')}</a>{' '}
          <button className="link" onClick={() => setAnswers((now) => now.filter((x) => x !== a))}>{t('dismiss')}</button>
        </p>
      ))}
    </div>
  );
}
