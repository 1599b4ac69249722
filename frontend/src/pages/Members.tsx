import { useCallback, useEffect, useState } from 'react';
import { api, type MemberView, type PersonView } from '../api';
import { t, type MessageKey } from '../messages';
import { useAction, useSearch } from '../useAction';

const ROLES = ['convener', 'facilitator', 'member', 'observer'];

export const STAKEHOLDER_TYPES = ['ministry', 'council', 'firm', 'civil_society', 'academia', 'citizen'];

export function stakeholderLabel(type: string | null): string {
  const key = `stakeholder_${type ?? 'unknown'}` as MessageKey;
  return t(key in STAKEHOLDER_KEYS ? key : 'stakeholder_unknown');
}

const STAKEHOLDER_KEYS = {
  stakeholder_ministry: 1, stakeholder_council: 1, stakeholder_firm: 1, stakeholder_civil_society: 1,
  stakeholder_academia: 1, stakeholder_citizen: 1, stakeholder_unknown: 1,
};

/** How many members each stakeholder type has, largest first. */
export function stakeholderMix(members: { stakeholderType: string | null }[]): [string | null, number][] {
  const counts = new Map<string | null, number>();
  for (const m of members) counts.set(m.stakeholderType, (counts.get(m.stakeholderType) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
}

export function Members({ missionId, convener, myId, onChange }:
  { missionId: string; convener: boolean; myId: string; onChange: () => void }) {
  const [members, setMembers] = useState<MemberView[] | null>(null);
  const base = `/api/communities/missions/${missionId}`;
  const [loadError, setLoadError] = useState<string | null>(null);

  const load = useCallback(() => {
    api<MemberView[]>(`${base}/members`).then(setMembers).catch((e) => setLoadError(e.message));
  }, [base]);
  useEffect(load, [load]);
  const { error: actError, act } = useAction(useCallback(() => { load(); onChange(); }, [load, onChange]));
  const error = actError ?? loadError;

  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">{t('membersTitle')}</h2>
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      {members && (
        <>
          <h3>{t('stakeholderMix')}</h3>
          <ul className="mix">
            {stakeholderMix(members).map(([type, count]) => (
              <li key={String(type)}>{stakeholderLabel(type)}: {count}</li>
            ))}
          </ul>
          <ul className="members">
            {members.map((m) => (
              <li key={m.userId}>
                <strong>{m.displayName}</strong> <span className="meta">{m.viaOrganisation && m.organisation
                  ? t('throughOrganisation', { organisation: m.organisation })
                  : m.organisation ?? stakeholderLabel(m.stakeholderType)}</span>
                {convener && m.userId !== myId ? (
                  <>
                    <label className="inline">
                      <span className="visually-hidden">{t('roleLabel', { name: m.displayName })}</span>
                      <select value={m.role} onChange={(e) => act(api(`${base}/members/${m.userId}/role`, { method: 'PUT', body: { role: e.target.value } }))}>
                        {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
                      </select>
                    </label>
                    <button className="secondary" onClick={() => act(api(`${base}/members/${m.userId}`, { method: 'DELETE' }))}>{t('remove')}</button>
                  </>
                ) : (
                  <span className="role">{m.role}</span>
                )}
              </li>
            ))}
          </ul>
          {members.some((m) => m.userId === myId) && (
            <button className="secondary" onClick={() => act(api(`${base}/members/me`, { method: 'DELETE' }).then(() => { location.hash = '#/'; }))}>{t('leave')}</button>
          )}
        </>
      )}
      {convener && <Invite missionId={missionId} />}
    </section>
  );
}

function Invite({ missionId }: { missionId: string }) {
  const [query, setQuery] = useState('');
  const people = useSearch<PersonView>(query, (q) => `/api/communities/people?q=${q}`);
  const [roles, setRoles] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function invite(person: PersonView) {
    try {
      await api(`/api/communities/missions/${missionId}/invitations`, {
        method: 'POST', body: { userId: person.userId, role: roles[person.userId] ?? 'member' },
      });
      setNotice(t('invited', { name: person.displayName }));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <>
      <h3>{t('inviteTitle')}</h3>
      <label className="form">{t('findPerson')}<input type="search" value={query} onChange={(e) => setQuery(e.target.value)} /></label>
      {notice && <p role="status">{notice}</p>}
      {error && <p role="alert">{t('errorPrefix', { detail: error })}</p>}
      <ul className="members">
        {people.map((p) => (
          <li key={p.userId}>
            <strong>{p.displayName}</strong> <span className="meta">{p.organisation ?? stakeholderLabel(p.stakeholderType)}</span>
            <label className="inline">
              <span className="visually-hidden">{t('inviteAs', { name: p.displayName })}</span>
              <select value={roles[p.userId] ?? 'member'} onChange={(e) => setRoles({ ...roles, [p.userId]: e.target.value })}>
                {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
              </select>
            </label>
            <button onClick={() => invite(p)}>{t('invite')}</button>
          </li>
        ))}
      </ul>
    </>
  );
}
