import { useEffect, useState, type FormEvent } from 'react';
import { api, type InvitationView, type MissionView } from '../api';
import { t } from '../messages';
import { MISSION_THEMES, themeLabel } from '../themes';
import { STAKEHOLDER_TYPES, stakeholderLabel } from './Members';
import { SurveysWaiting } from './Surveys';
import { DeliberationsForMe } from './Deliberations';
import { MyFeedback } from './MyFeedback';

export function Home() {
  const [missions, setMissions] = useState<MissionView[] | null>(null);
  const [mine, setMine] = useState(false);
  const [theme, setTheme] = useState('');
  const [stakeholderType, setStakeholderType] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setMissions(null);
    const params = new URLSearchParams();
    if (mine) params.set('mine', 'true');
    if (theme) params.set('theme', theme);
    if (stakeholderType) params.set('stakeholderType', stakeholderType);
    let current = true; // an answer for earlier filters must not replace this one
    api<MissionView[]>(`/api/communities/missions?${params}`)
      .then((found) => { if (current) setMissions(found); })
      .catch((e) => setError(e.message));
    return () => { current = false; };
  }, [mine, theme, stakeholderType]);

  return (
    <>
      <section aria-labelledby="missions-heading">
        <h1 id="missions-heading">{t('missionsTitle')}</h1>
        <div role="group" aria-label={t('missionsTitle')} className="tabs">
          <button aria-pressed={!mine} onClick={() => setMine(false)}>{t('allMissions')}</button>
          <button aria-pressed={mine} onClick={() => setMine(true)}>{t('myMissions')}</button>
        </div>
        <div className="filters">
          <label>{t('theme')}
            <select value={theme} onChange={(e) => setTheme(e.target.value)}>
              <option value="">{t('anyTheme')}</option>
              {MISSION_THEMES.map((th) => <option key={th} value={th}>{themeLabel(th)}</option>)}
            </select>
          </label>
          <label>{t('withStakeholder')}
            <select value={stakeholderType} onChange={(e) => setStakeholderType(e.target.value)}>
              <option value="">{t('anyStakeholder')}</option>
              {STAKEHOLDER_TYPES.map((type) => <option key={type} value={type}>{stakeholderLabel(type)}</option>)}
            </select>
          </label>
        </div>
        {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
        {!missions && !error && <p aria-busy="true">{t('loading')}</p>}
        {missions?.length === 0 && <p>{t('noMissions')}</p>}
        <ul className="cards">
          {missions?.map((m) => (
            <li key={m.id} className="card">
              <h2><a href={`#/missions/${m.id}`}>{m.name}</a></h2>
              <p>{m.vision}</p>
              <p className="meta">
                {m.theme && <>{themeLabel(m.theme)} · </>}
                {t('members', { count: m.memberCount })}
                {m.myRole && <> · {t('yourRole', { role: m.myRole })}</>}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <SurveysWaiting />
      <DeliberationsForMe />
      <MyFeedback />
      <Invitations />
      <CreateMission />
    </>
  );
}

function Invitations() {
  const [invitations, setInvitations] = useState<InvitationView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const load = () => { api<InvitationView[]>('/api/communities/me/invitations').then(setInvitations).catch((e) => setError(e.message)); };
  useEffect(load, []);

  async function decide(invitation: InvitationView, accept: boolean) {
    const base = `/api/communities/missions/${invitation.missionId}/invitations/me`;
    try {
      if (accept) {
        await api(`${base}/acceptance`, { method: 'POST' });
        location.hash = `#/missions/${invitation.missionId}`;
      } else {
        await api(base, { method: 'DELETE' });
        load();
      }
    } catch (e) {
      setError((e as Error).message);
    }
  }

  if (invitations.length === 0 && !error) return null;
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('invitationsTitle')}</h2>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      <ul className="cards">
        {invitations.map((i) => (
          <li key={i.missionId} className="card">
            <h3><a href={`#/missions/${i.missionId}`}>{i.missionName}</a></h3>
            <p className="meta">{t('invitedBy', { name: i.invitedByName, role: i.role })}</p>
            <button onClick={() => decide(i, true)}>{t('accept')}</button>{' '}
            <button className="secondary" onClick={() => decide(i, false)}>{t('decline')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CreateMission() {
  const [name, setName] = useState('');
  const [vision, setVision] = useState('');
  const [visibility, setVisibility] = useState<'PUBLIC' | 'PRIVATE'>('PUBLIC');
  const [missionTheme, setMissionTheme] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await api<MissionView>('/api/communities/missions', {
        method: 'POST',
        body: { name, vision, visibility, theme: missionTheme || null },
      });
      location.hash = `#/missions/${created.id}`;
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="create-heading">
      <h2 id="create-heading">{t('createMission')}</h2>
      <form onSubmit={submit} className="form">
        <label>
          {t('missionName')}
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
        </label>
        <label>
          {t('missionVision')}
          <textarea value={vision} onChange={(e) => setVision(e.target.value)} maxLength={2000} rows={3} />
        </label>
        <label>
          {t('theme')}
          <select value={missionTheme} onChange={(e) => setMissionTheme(e.target.value)}>
            <option value="">{t('noTheme')}</option>
            {MISSION_THEMES.map((th) => <option key={th} value={th}>{themeLabel(th)}</option>)}
          </select>
        </label>
        <fieldset>
          <legend>{t('visibility')}</legend>
          <label className="inline">
            <input type="radio" name="visibility" checked={visibility === 'PUBLIC'} onChange={() => setVisibility('PUBLIC')} />
            {t('visibilityPublic')}
          </label>
          <label className="inline">
            <input type="radio" name="visibility" checked={visibility === 'PRIVATE'} onChange={() => setVisibility('PRIVATE')} />
            {t('visibilityPrivate')}
          </label>
        </fieldset>
        {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
        <button type="submit" disabled={busy}>{t('create')}</button>
      </form>
    </section>
  );
}
