import type { ThemeView } from '../api';
import { sentimentShares, trendBars } from '../insights';
import { t } from '../messages';

/** A theme's size, weekly trend, sentiment and quotes: what may be shown about at least 5 people. */
export function ThemeFacts({ theme }: { theme: ThemeView }) {
  return (
    <>
      <p className="meta">{t('themeSize', { size: theme.size ?? 0 })}</p>
      {theme.summary && <p>{theme.summary} <span className="meta">{t('summaryByModel')}</span></p>}
      {theme.trend.length > 1 && <TrendChart trend={theme.trend} />}
      {theme.sentiment && <SentimentBar sentiment={theme.sentiment} />}
      {theme.quotes.map((q, i) => <blockquote key={i}>{q}</blockquote>)}
    </>
  );
}

function TrendChart({ trend }: { trend: ThemeView['trend'] }) {
  const width = 260;
  const height = 48;
  const bars = trendBars(trend, width, height);
  const described = trend.map((w) => `${new Date(w.week).toLocaleDateString()}: ${w.texts ?? t('fewerThanFive')}`).join('; ');
  return (
    <figure className="chart trend">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('trendChart', { weeks: trend.length, detail: described })}>
        {bars.map((b, i) => <rect key={i} x={b.x} y={b.y} width={b.width} height={b.height} className={b.hidden ? 'bar-hidden' : 'bar-week'} />)}
      </svg>
      <figcaption className="meta">{t('trendCaption', { weeks: trend.length })}</figcaption>
    </figure>
  );
}

function SentimentBar({ sentiment }: { sentiment: NonNullable<ThemeView['sentiment']> }) {
  const [positive, neutral, negative] = sentimentShares(sentiment);
  const label = t('sentimentShares', { positive, neutral, negative });
  return (
    <div className="sentiment">
      <div className="sentiment-bar" role="img" aria-label={label}>
        <span className="positive" style={{ width: `${positive}%` }} />
        <span className="neutral" style={{ width: `${neutral}%` }} />
        <span className="negative" style={{ width: `${negative}%` }} />
      </div>
      <p className="meta">{label}</p>
    </div>
  );
}
