import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, type OrganisationSummary, type Participation, type PersonInvitation } from '../api';
import { t } from '../messages';
import { STAKEHOLDER_TYPES, stakeholderLabel } from './Members';

/** The organisation directory, the organisations the person belongs to, and adding one. */
export function Organisations() {
  const [query, setQuery] = useState('');
  const [type, setType] = useState('');
  const [found, setFound] = useState<OrganisationSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const params = new URLSearchParams();
    if (query.trim()) params.set('q', query.trim());
    if (type) params.set('stakeholderType', type);
    let current = true; // an answer for an earlier search must not replace this one
    const timer = setTimeout(() => {
      api<OrganisationSummary[]>(`/api/communities/organisations?${params}`)
        .then((found) => { if (current) setFound(found); })
        .catch((e) => setError(e.message));
    }, 200);
    return () => { current = false; clearTimeout(timer); };
  }, [query, type]);

  return (
    <>
      <section aria-labelledby="organisations-heading">
        <h1 id="organisations-heading">{t('organisationsTitle')}</h1>
        <div className="filters">
          <label>{t('searchOrganisations')}<input type="search" value={query} onChange={(e) => setQuery(e.target.value)} /></label>
          <label>{t('stakeholderType')}
            <select value={type} onChange={(e) => setType(e.target.value)}>
              <option value="">{t('anyStakeholderType')}</option>
              {STAKEHOLDER_TYPES.map((s) => <option key={s} value={s}>{stakeholderLabel(s)}</option>)}
            </select>
          </label>
        </div>
        {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
        {found?.length === 0 && <p>{t('noOrganisations')}</p>}
        <OrganisationCards organisations={found ?? []} />
      </section>
      <PersonInvitations />
      <OrganisationInvitations />
      <CreateOrganisation />
    </>
  );
}

function OrganisationCards({ organisations }: { organisations: OrganisationSummary[] }) {
  return (
    <ul className="cards">
      {organisations.map((o) => (
        <li key={o.id} className="card">
          <h2><a href={`#/organisations/${o.id}`}>{o.name}</a></h2>
          <p>{o.description}</p>
          <p className="meta">
            {stakeholderLabel(o.stakeholderType)}{o.place && <> · {o.place}</>} · {t('orgMembers', { count: o.memberCount })}
            {o.myRole && <> · {t('yourRole', { role: o.myRole })}</>}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Organisations inviting the person: they join (and take part in its missions) only by accepting. */
function PersonInvitations() {
  const [invitations, setInvitations] = useState<PersonInvitation[]>([]);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    api<PersonInvitation[]>('/api/communities/me/organisation-invitations').then(setInvitations).catch((e) => setError(e.message));
  }, []);
  useEffect(load, [load]);

  async function decide(i: PersonInvitation, accept: boolean) {
    const base = `/api/communities/organisations/${i.organisationId}/invitations/me`;
    try {
      await api(accept ? `${base}/acceptance` : base, { method: accept ? 'POST' : 'DELETE' });
      if (accept) location.hash = `#/organisations/${i.organisationId}`;
      else load();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  if (invitations.length === 0 && !error) return null;
  return (
    <section aria-labelledby="person-invitations-heading">
      <h2 id="person-invitations-heading">{t('personInvitationsTitle')}</h2>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      <ul className="members">
        {invitations.map((i) => (
          <li key={i.organisationId}>
            {t('personInvitation', { name: i.invitedByName, organisation: i.organisationName, role: i.role })}{' '}
            <button onClick={() => decide(i, true)}>{t('accept')}</button>
            <button className="secondary" onClick={() => decide(i, false)}>{t('decline')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Missions inviting an organisation the person is admin of: accept or decline for it. */
function OrganisationInvitations() {
  const [invitations, setInvitations] = useState<Participation[]>([]);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    api<Participation[]>('/api/communities/me/organisations/invitations').then(setInvitations).catch((e) => setError(e.message));
  }, []);
  useEffect(load, [load]);

  async function decide(p: Participation, accept: boolean) {
    try {
      await api(`/api/communities/missions/${p.missionId}/organisations/${p.organisationId}`, { method: accept ? 'POST' : 'DELETE' });
      if (accept) location.hash = `#/missions/${p.missionId}`;
      else load();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  if (invitations.length === 0 && !error) return null;
  return (
    <section aria-labelledby="org-invitations-heading">
      <h2 id="org-invitations-heading">{t('orgInvitationsTitle')}</h2>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      <ul className="members">
        {invitations.map((p) => (
          <li key={`${p.missionId}-${p.organisationId}`}>
            {t('orgInvitation', { mission: p.missionName, organisation: p.organisationName })}{' '}
            <button onClick={() => decide(p, true)}>{t('accept')}</button>
            <button className="secondary" onClick={() => decide(p, false)}>{t('decline')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function OrganisationForm({ initial, onSaved }:
  { initial?: OrganisationSummary; onSaved: (o: OrganisationSummary) => void }) {
  const [name, setName] = useState(initial?.name ?? '');
  const [type, setType] = useState(initial?.stakeholderType ?? 'council');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [website, setWebsite] = useState(initial?.website ?? '');
  const [place, setPlace] = useState(initial?.place ?? '');
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const body = { name, stakeholderType: type, description, website: website || null, place: place || null };
      const saved = await api<OrganisationSummary>(
        initial ? `/api/communities/organisations/${initial.id}` : '/api/communities/organisations',
        { method: initial ? 'PUT' : 'POST', body });
      setError(null);
      onSaved(saved);
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <form onSubmit={submit} className="form">
      <label>{t('organisationName')}<input value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} /></label>
      <label>{t('stakeholderType')}
        <select value={type} onChange={(e) => setType(e.target.value)}>
          {STAKEHOLDER_TYPES.map((s) => <option key={s} value={s}>{stakeholderLabel(s)}</option>)}
        </select>
      </label>
      <label>{t('orgDescription')}<textarea value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} /></label>
      <label>{t('orgWebsite')}<input type="url" value={website} onChange={(e) => setWebsite(e.target.value)} maxLength={300} /></label>
      <label>{t('orgPlace')}<input value={place} onChange={(e) => setPlace(e.target.value)} maxLength={120} /></label>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      <button type="submit">{initial ? t('saveOrganisation') : t('createOrganisation')}</button>
    </form>
  );
}

function CreateOrganisation() {
  return (
    <section aria-labelledby="create-organisation-heading">
      <h2 id="create-organisation-heading">{t('createOrganisation')}</h2>
      <OrganisationForm onSaved={(o) => { location.hash = `#/organisations/${o.id}`; }} />
    </section>
  );
}
