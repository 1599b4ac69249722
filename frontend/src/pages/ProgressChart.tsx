import type { TargetView } from '../api';
import { t } from '../messages';
import { chartPoints } from '../chart';

/** A line from the baseline through each published measurement, with the target as a dashed line. */
export function ProgressChart({ target }: { target: TargetView }) {
  const width = 320;
  const height = 120;
  const chart = chartPoints(target, width, height);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img"
        aria-label={t('progressChart', { metric: target.metric, points: target.progress.length })}>
        <line x1={0} x2={width} y1={chart.targetY} y2={chart.targetY} className="chart-target" />
        <polyline points={chart.points.map((p) => `${p.x},${p.y}`).join(' ')} className="chart-line" />
        {chart.points.map((p, i) => <circle key={i} cx={p.x} cy={p.y} r={3} className="chart-dot" />)}
      </svg>
    </figure>
  );
}
