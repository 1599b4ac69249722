import { describe, expect, it } from 'vitest';
import { stakeholderLabel, stakeholderMix } from './pages/Members';

describe('stakeholderMix', () => {
  it('counts members per stakeholder type, largest first', () => {
    const mix = stakeholderMix([
      { stakeholderType: 'council' }, { stakeholderType: 'firm' }, { stakeholderType: 'council' }, { stakeholderType: null },
    ]);
    expect(mix).toEqual([['council', 2], ['firm', 1], [null, 1]]);
  });

  it('names every type, and says so when none is stated', () => {
    expect(stakeholderLabel('civil_society')).toBe('Civil society');
    expect(stakeholderLabel(null)).toBe('Not stated');
    expect(stakeholderLabel('martian')).toBe('Not stated');
  });
});
