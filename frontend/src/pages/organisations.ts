import type { OrganisationSummary, Participation } from '../api';
import { t } from '../messages';

export function stateLabel(state: Participation['state']): string {
  return t(state === 'JOINED' ? 'stateJoined' : state === 'INVITED' ? 'stateInvited' : 'stateRequested');
}

/**
 * The organisations the person speaks for (as admin) that could still take part in the mission:
 * not yet in it, or invited and waiting for their word.
 */
export function organisationsToBringIn(mine: OrganisationSummary[], inMission: Participation[]): OrganisationSummary[] {
  const state = new Map(inMission.map((p) => [p.organisationId, p.state]));
  return mine.filter((o) => o.myRole === 'admin' && (!state.has(o.id) || state.get(o.id) === 'INVITED'));
}
