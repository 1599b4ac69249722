import { describe, expect, it } from 'vitest';
import type { SurveyResults } from './api';
import { complete, toggle, trend } from './surveys';

describe('complete', () => {
  const questions = [{ id: 'a', kind: 'SCALE_5' }, { id: 'b', kind: 'MULTI' }, { id: 'c', kind: 'TEXT' }];
  it('needs every question but free text', () => {
    expect(complete(questions, { a: { questionId: 'a', number: 3 } })).toBe(false);
    expect(complete(questions, { a: { questionId: 'a', number: 3 }, b: { questionId: 'b', choices: ['x'] } })).toBe(true);
    expect(complete(questions, { a: { questionId: 'a', number: 3 }, b: { questionId: 'b', choices: [] } })).toBe(false);
  });
});

describe('toggle', () => {
  it('adds and removes an option', () => {
    expect(toggle(undefined, 'x')).toEqual(['x']);
    expect(toggle(['x', 'y'], 'x')).toEqual(['y']);
  });
});

describe('trend', () => {
  it('follows averages and eNPS across the rounds that showed results', () => {
    const q = (average: number | null, enps: number | null) => [
      { questionId: 's', kind: 'SCALE_5' as const, prompt: 'Week?', distribution: {}, average, enps: null, texts: null },
      { questionId: 'e', kind: 'ENPS' as const, prompt: 'Recommend?', distribution: {}, average: 7, enps, texts: null },
    ];
    const round = (number: number, shown: boolean, average: number | null, enps: number | null) => ({
      number, opens: '', closes: '', responses: shown ? 5 : 2, audience: 9, responseRate: 0.5, shown,
      questions: shown ? q(average, enps) : [],
    });
    const results: SurveyResults = { surveyId: 'x', title: 'T',
      rounds: [round(0, true, 3.2, -10), round(1, false, null, null), round(2, true, 3.8, 20)] };
    expect(trend(results)).toEqual([
      { prompt: 'Week?', values: [3.2, 3.8] },
      { prompt: 'Recommend?', values: [-10, 20] },
    ]);
  });
});
