import { useCallback, useEffect, useState } from 'react';
import { api, type OpinionGroupsView } from '../api';
import { hub } from '../hub';
import { t } from '../messages';

const COLOURS = ['#0b5cad', '#b3261e', '#1b7f4c', '#8a4baf', '#c26a00'];
const letter = (group: number) => String.fromCharCode(65 + group);
const percent = (share: number) => Math.round(100 * share);

/**
 * The synthesis service's opinion map of a deliberation, for the mission's members; redrawn live
 * when the service announces a recomputed map.
 */
export function OpinionGroups({ deliberationId }: { deliberationId: string }) {
  const [map, setMap] = useState<OpinionGroupsView | null>(null);
  const load = useCallback(() => {
    api<OpinionGroupsView>(`/api/synthesis/deliberations/${deliberationId}/opinion-groups`).then(setMap).catch(() => setMap(null));
  }, [deliberationId]);
  useEffect(() => {
    load();
    return hub.subscribe(`deliberation:${deliberationId}`, {
      onEvent: (e) => { if (e.event.includes('opinion-groups.changed')) load(); },
    });
  }, [deliberationId, load]);
  if (!map) return null;
  return (
    <section aria-labelledby="opinion-groups-heading">
      <h2 id="opinion-groups-heading">{t('opinionGroups')}</h2>
      {map.groups.length === 0 ? <p>{t('opinionGroupsNone')}</p> : (
        <>
          <p>{t('opinionGroupsSummary', { participants: map.participantsInGroups, groups: map.groups.length, votes: map.votes })}</p>
          <PointMap map={map} />
          {map.groups.map((g) => (
            <div key={g.group}>
              <h3 style={{ color: COLOURS[g.group] }}>{t('groupName', { letter: letter(g.group), size: g.size })}</h3>
              <ul>
                {g.representative.map((r) => (
                  <li key={r.number}>{r.text} <span className="meta">{t(r.direction === 'agree' ? 'groupAgrees' : 'groupDisagrees',
                    { share: percent(r.groupShare), other: percent(r.otherShare) })}</span></li>
                ))}
              </ul>
            </div>
          ))}
          <h3>{t('consensusTitle')}</h3>
          <ul>{map.consensus.map((s) => <li key={s.number}>{s.text}</li>)}</ul>
          <h3>{t('divisiveTitle')}</h3>
          <ul>{map.divisive.map((s) => <li key={s.number}>{s.text}</li>)}</ul>
        </>
      )}
    </section>
  );
}

function PointMap({ map }: { map: OpinionGroupsView }) {
  const xs = map.points.map((p) => p.x);
  const ys = map.points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (x: number) => 10 + (280 * (x - minX)) / (maxX - minX || 1);
  const sy = (y: number) => 10 + (180 * (y - minY)) / (maxY - minY || 1);
  return (
    <svg viewBox="0 0 300 200" role="img" aria-label={t('opinionMapLabel')} className="opinion-map">
      {map.points.map((p, i) => <circle key={i} cx={sx(p.x)} cy={sy(p.y)} r={3} fill={COLOURS[p.group]} opacity={0.7} />)}
    </svg>
  );
}
