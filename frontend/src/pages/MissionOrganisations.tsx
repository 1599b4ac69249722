import { useCallback, useEffect, useState } from 'react';
import { api, type OrganisationSummary, type Participation } from '../api';
import { t } from '../messages';
import { useAction, useSearch } from '../useAction';
import { stakeholderLabel } from './Members';
import { organisationsToBringIn, stateLabel } from './organisations';

/**
 * The organisations taking part in a mission. Conveners see requests and invitations, approve,
 * invite and remove; admins of an organisation bring it in or take it out.
 */
export function MissionOrganisations({ missionId, convener, onChange }:
  { missionId: string; convener: boolean; onChange: () => void }) {
  const [taking, setTaking] = useState<Participation[]>([]);
  const [mine, setMine] = useState<OrganisationSummary[]>([]);
  const base = `/api/communities/missions/${missionId}/organisations`;
  const load = useCallback(() => {
    api<Participation[]>(base).then(setTaking).catch((e) => setError(e.message));
    api<OrganisationSummary[]>('/api/communities/me/organisations').then(setMine).catch((e) => setError(e.message));
  }, [base]);
  useEffect(load, [load]);
  const { error, setError, act } = useAction(useCallback(() => { load(); onChange(); }, [load, onChange]));

  const adminOf = new Set(mine.filter((o) => o.myRole === 'admin').map((o) => o.id));
  return (
    <section aria-labelledby="mission-organisations-heading">
      <h2 id="mission-organisations-heading">{t('missionOrganisations')}</h2>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      {taking.length === 0 && <p>{t('noMissionOrganisations')}</p>}
      <ul className="members">
        {taking.map((p) => (
          <li key={p.organisationId}>
            <a href={`#/organisations/${p.organisationId}`}>{p.organisationName}</a>{' '}
            <span className="meta">{stakeholderLabel(p.stakeholderType)} · {stateLabel(p.state)}</span>
            {convener && p.state === 'REQUESTED' && (
              <button onClick={() => act(api(`${base}/${p.organisationId}`, { method: 'POST' }))}>{t('approve')}</button>
            )}
            {(convener || adminOf.has(p.organisationId)) && (
              <button className="secondary" onClick={() => act(api(`${base}/${p.organisationId}`, { method: 'DELETE' }))}>
                {p.state === 'JOINED' ? t('remove') : t('decline')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {organisationsToBringIn(mine, taking).map((o) => (
        <button key={o.id} onClick={() => act(api(`${base}/${o.id}`, { method: 'POST' }))}>
          {t('bringOrganisation', { organisation: o.name })}
        </button>
      ))}
      {convener && <InviteOrganisation onInvite={(o) => act(api(`${base}/${o.id}`, { method: 'POST' }))} />}
    </section>
  );
}

function InviteOrganisation({ onInvite }: { onInvite: (o: OrganisationSummary) => void }) {
  const [query, setQuery] = useState('');
  const found = useSearch<OrganisationSummary>(query, (q) => `/api/communities/organisations?q=${q}`);
  return (
    <>
      <h3>{t('inviteOrganisation')}</h3>
      <label className="form">{t('findOrganisation')}<input type="search" value={query} onChange={(e) => setQuery(e.target.value)} /></label>
      <ul className="members">
        {found.map((o) => (
          <li key={o.id}>
            <strong>{o.name}</strong> <span className="meta">{stakeholderLabel(o.stakeholderType)}</span>{' '}
            <button onClick={() => onInvite(o)}>{t('invite')}</button>
          </li>
        ))}
      </ul>
    </>
  );
}
