import { describe, expect, it } from 'vitest';
import { sentimentShares, trendBars } from './insights';

describe('trendBars', () => {
  it('scales the busiest week to the full height and keeps weeks in order', () => {
    const bars = trendBars([{ week: '2026-11-02', texts: 5 }, { week: '2026-11-09', texts: 10 },
      { week: '2026-11-16', texts: 0 }], 300, 100);
    expect(bars.map((b) => Math.round(b.height))).toEqual([50, 99, 0]);
    expect(bars[0].x).toBeLessThan(bars[1].x);
    expect(bars.every((b) => b.y + b.height === 100)).toBe(true);
  });

  it('shows a held-back week as a short marked bar, not as zero', () => {
    const bars = trendBars([{ week: '2026-11-02', texts: null }, { week: '2026-11-09', texts: 8 }], 100, 50);
    expect(bars[0].hidden).toBe(true);
    expect(bars[0].height).toBeGreaterThan(0);
  });
});

describe('sentimentShares', () => {
  it('gives percentages that add up to 100', () => {
    expect(sentimentShares({ positive: 1, neutral: 1, negative: 1 })).toEqual([34, 33, 33]);
    expect(sentimentShares({ positive: 2, neutral: 0, negative: 6 })).toEqual([25, 0, 75]);
  });
});
