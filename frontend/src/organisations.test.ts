import { describe, expect, it } from 'vitest';
import type { OrganisationSummary, Participation } from './api';
import { organisationsToBringIn, stateLabel } from './pages/organisations';

const org = (id: string, myRole: OrganisationSummary['myRole']): OrganisationSummary => ({
  id, name: id, stakeholderType: 'council', description: '', website: null, place: null, memberCount: 1, myRole,
});
const part = (organisationId: string, state: Participation['state']): Participation => ({
  missionId: 'm', missionName: 'M', organisationId, organisationName: organisationId, stakeholderType: 'council',
  state, changedAt: '2026-11-23T10:00:00Z',
});

describe('organisationsToBringIn', () => {
  it('offers only organisations the person is admin of that are not in the mission or are invited', () => {
    const mine = [org('a', 'admin'), org('b', 'member'), org('c', 'admin'), org('d', 'admin'), org('e', 'admin')];
    const inMission = [part('c', 'JOINED'), part('d', 'REQUESTED'), part('e', 'INVITED')];
    expect(organisationsToBringIn(mine, inMission).map((o) => o.id)).toEqual(['a', 'e']);
  });
});

describe('stateLabel', () => {
  it('says where each organisation stands', () => {
    expect(stateLabel('JOINED')).toBe('taking part');
    expect(stateLabel('INVITED')).toBe('invited');
    expect(stateLabel('REQUESTED')).toBe('asked to join');
  });
});
