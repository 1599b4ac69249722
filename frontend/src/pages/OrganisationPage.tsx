import { useCallback, useEffect, useState } from 'react';
import { api, type OrganisationProfile, type PersonInvitation, type PersonView } from '../api';
import { t } from '../messages';
import { useAction, useSearch } from '../useAction';
import { stakeholderLabel } from './Members';
import { OrganisationForm } from './Organisations';
import { stateLabel } from './organisations';

/** An organisation's profile, its people and its missions; its admins manage all three. */
export function OrganisationPage({ id, myId, admin }: { id: string; myId: string; admin: boolean }) {
  const [profile, setProfile] = useState<OrganisationProfile | null>(null);
  const [editing, setEditing] = useState(false);
  const base = `/api/communities/organisations/${id}`;
  const [invited, setInvited] = useState<PersonInvitation[]>([]);
  const load = useCallback(() => {
    api<OrganisationProfile>(base).then((p) => {
      setProfile(p);
      // Only its admins see whom the organisation invited.
      if (admin || p.organisation.myRole === 'admin') api<PersonInvitation[]>(`${base}/invitations`).then(setInvited).catch((e) => setError(e.message));
    }).catch((e) => setError(e.message));
  }, [base, admin]);
  useEffect(load, [load]);
  const { error, setError, act } = useAction(load);

  if (!profile) return error ? <p role="alert">{t('errorPrefix', { detail: error })}</p> : <p aria-busy="true">{t('loading')}</p>;
  const org = profile.organisation;
  const manages = admin || org.myRole === 'admin';
  return (
    <>
      <p><a href="#/organisations">{t('organisationsTitle')}</a></p>
      <h1>{org.name}</h1>
      <p className="meta">{stakeholderLabel(org.stakeholderType)}{org.place && <> · {org.place}</>}</p>
      {org.description && <p>{org.description}</p>}
      {org.website && <p><a href={org.website} rel="noopener noreferrer" target="_blank">{org.website}</a></p>}
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      {manages && !editing && <button className="secondary" onClick={() => setEditing(true)}>{t('editOrganisation')}</button>}
      {editing && <OrganisationForm initial={org} onSaved={() => { setEditing(false); load(); }} />}

      <section aria-labelledby="org-people-heading">
        <h2 id="org-people-heading">{t('orgMembers', { count: profile.members.length })}</h2>
        <ul className="members">
          {profile.members.map((m) => (
            <li key={m.userId}>
              <strong>{m.displayName}</strong>{' '}
              {manages && m.userId !== myId ? (
                <>
                  <label className="inline">
                    <span className="visually-hidden">{t('roleLabel', { name: m.displayName })}</span>
                    <select value={m.role} onChange={(e) => act(api(`${base}/members/${m.userId}`, { method: 'PUT', body: { role: e.target.value } }))}>
                      <option value="admin">{t('orgRoleAdmin')}</option>
                      <option value="member">{t('orgRoleMember')}</option>
                    </select>
                  </label>
                  <button className="secondary" onClick={() => act(api(`${base}/members/${m.userId}`, { method: 'DELETE' }))}>{t('remove')}</button>
                </>
              ) : <span className="role">{m.role}</span>}
            </li>
          ))}
        </ul>
        {org.myRole && (
          <button className="secondary" onClick={() => act(api(`${base}/members/me`, { method: 'DELETE' }))}>{t('leaveOrganisation')}</button>
        )}
        {manages && invited.length > 0 && (
          <ul className="members">
            {invited.map((i) => (
              <li key={i.userId}>
                <strong>{i.displayName}</strong> <span className="meta">{t('orgInvited')}</span>{' '}
                <button className="secondary" onClick={() => act(api(`${base}/invitations/${i.userId}`, { method: 'DELETE' }))}>{t('withdraw')}</button>
              </li>
            ))}
          </ul>
        )}
        {manages && <AddPerson onAdd={(p) => act(api(`${base}/invitations`, { method: 'POST', body: { userId: p.userId, role: 'member' } }))} />}
      </section>

      <section aria-labelledby="org-missions-heading">
        <h2 id="org-missions-heading">{t('orgMissions')}</h2>
        {profile.missions.length === 0 && <p>{t('orgNoMissions')}</p>}
        <ul className="members">
          {profile.missions.map((p) => (
            <li key={p.missionId}>
              <a href={`#/missions/${p.missionId}`}>{p.missionName}</a> <span className="meta">{stateLabel(p.state)}</span>
              {manages && p.state === 'INVITED' && (
                <button onClick={() => act(api(`/api/communities/missions/${p.missionId}/organisations/${id}`, { method: 'POST' }))}>{t('accept')}</button>
              )}
              {manages && (
                <button className="secondary" onClick={() => act(api(`/api/communities/missions/${p.missionId}/organisations/${id}`, { method: 'DELETE' }))}>
                  {p.state === 'JOINED' ? t('leave') : t('decline')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function AddPerson({ onAdd }: { onAdd: (p: PersonView) => void }) {
  const [query, setQuery] = useState('');
  const people = useSearch<PersonView>(query, (q) => `/api/communities/people?q=${q}`);
  return (
    <>
      <label className="form">{t('findPerson')}<input type="search" value={query} onChange={(e) => setQuery(e.target.value)} /></label>
      <ul className="members">
        {people.map((p) => (
          <li key={p.userId}>
            <strong>{p.displayName}</strong> <button onClick={() => onAdd(p)}>{t('addPerson')}</button>
          </li>
        ))}
      </ul>
    </>
  );
}
