// Pure helpers of the survey pages.
import type { SurveyResults } from './api';

export type Answer = { questionId: string; number?: number; choices?: string[]; text?: string };

/** Whether every question but free text has an answer, so the form can be sent. */
export function complete(questions: { id: string; kind: string }[], answers: Record<string, Answer>): boolean {
  return questions.every((q) => {
    const a = answers[q.id];
    if (q.kind === 'TEXT') return true;
    if (q.kind === 'SINGLE' || q.kind === 'MULTI') return (a?.choices?.length ?? 0) > 0;
    return a?.number !== undefined;
  });
}

/** Toggles an option of a several-choices question. */
export function toggle(choices: string[] | undefined, option: string): string[] {
  const now = choices ?? [];
  return now.includes(option) ? now.filter((c) => c !== option) : [...now, option];
}

/** Per question, its average or eNPS in each round that showed results: the trend. */
export function trend(results: SurveyResults): { prompt: string; values: (number | null)[] }[] {
  const shown = results.rounds.filter((r) => r.shown);
  if (shown.length === 0) return [];
  return shown[0].questions
    .filter((q) => q.kind === 'SCALE_5' || q.kind === 'ENPS')
    .map((q) => ({
      prompt: q.prompt,
      values: shown.map((r) => {
        const same = r.questions.find((x) => x.questionId === q.questionId);
        return same ? (q.kind === 'ENPS' ? same.enps : same.average) : null;
      }),
    }));
}
