import type { ThemeView } from './api';

export interface Bar { x: number; y: number; width: number; height: number; hidden: boolean }

/**
 * Lays out a theme's weekly counts as bars in a width x height box. A week held back (fewer than
 * five people) gets a short hatched bar, so that the gap is visible and not read as zero.
 */
export function trendBars(trend: ThemeView['trend'], width: number, height: number): Bar[] {
  if (trend.length === 0) return [];
  const most = Math.max(1, ...trend.map((w) => w.texts ?? 0));
  const slot = width / trend.length;
  const gap = Math.min(2, slot / 4);
  return trend.map((w, i) => {
    const hidden = w.texts === null;
    const h = hidden ? height * 0.1 : ((w.texts ?? 0) / most) * (height - 1);
    return { x: i * slot + gap / 2, y: height - h, width: slot - gap, height: h, hidden };
  });
}

/** Whole-number percentages of positive, neutral and negative that add up to 100. */
export function sentimentShares(s: NonNullable<ThemeView['sentiment']>): [number, number, number] {
  const total = s.positive + s.neutral + s.negative;
  if (total === 0) return [0, 0, 0];
  const raw = [s.positive, s.neutral, s.negative].map((n) => (n * 100) / total);
  const shares = raw.map(Math.floor);
  // Largest remainders take the points lost to rounding down.
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; k < 100 - shares.reduce((a, b) => a + b, 0); k++) shares[order[k][1]] += 1;
  return shares as [number, number, number];
}
