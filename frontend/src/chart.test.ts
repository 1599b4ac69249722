import { describe, expect, it } from 'vitest';
import { chartPoints } from './chart';
import type { TargetView } from './api';

const target = (progress: { recordedOn: string; value: number }[]): TargetView => ({
  id: 't', goalId: null, metric: 'Overweight at 11', unit: '%', baseline: 36, targetValue: 18,
  since: '2026-01-01', deadline: '2030-01-01', latest: 36, percentToTarget: 0, progress: progress.map((p) => ({ ...p, note: '' })),
});

describe('chartPoints', () => {
  it('starts at the baseline and puts the target at the bottom when the metric should fall', () => {
    const chart = chartPoints(target([]), 320, 120);
    expect(chart.points).toEqual([{ x: 8, y: 8 }]);
    expect(chart.targetY).toBe(112);
  });

  it('places measurements by date, later ones further right', () => {
    const chart = chartPoints(target([{ recordedOn: '2027-01-01', value: 30 }, { recordedOn: '2028-01-01', value: 24 }]), 320, 120);
    expect(chart.points).toHaveLength(3);
    expect(chart.points[0].x).toBeLessThan(chart.points[1].x);
    expect(chart.points[1].x).toBeLessThan(chart.points[2].x);
    expect(chart.points[2].x).toBeLessThan(312);
    expect(chart.points[2].y).toBeGreaterThan(chart.points[1].y);
  });
});
