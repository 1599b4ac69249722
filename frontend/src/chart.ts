import type { TargetView } from './api';

export interface Point { x: number; y: number }

/**
 * Places a target's baseline (on the day it was committed to), its measurements and its target
 * value in a width x height box, with room at the edges: time runs to the deadline, and the y axis
 * spans baseline, target and every value.
 */
export function chartPoints(target: TargetView, width: number, height: number): { points: Point[]; targetY: number } {
  const pad = 8;
  const values = [target.baseline, target.targetValue, ...target.progress.map((p) => p.value)];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const y = (v: number) => (high === low ? height / 2 : pad + ((high - v) / (high - low)) * (height - 2 * pad));
  const dates = target.progress.map((p) => Date.parse(p.recordedOn));
  const since = Date.parse(target.since);
  const start = Math.min(since, ...dates);
  const end = Math.max(Date.parse(target.deadline), ...dates);
  const x = (d: number) => (end === start ? pad : pad + ((d - start) / (end - start)) * (width - 2 * pad));
  const points = [{ x: x(since), y: y(target.baseline) }, ...target.progress.map((p, i) => ({ x: x(dates[i]), y: y(p.value) }))];
  points.sort((a, b) => a.x - b.x);
  return { points, targetY: y(target.targetValue) };
}
