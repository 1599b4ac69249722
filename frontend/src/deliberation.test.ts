import { describe, expect, it } from 'vitest';
import type { StatementView } from './api';
import { applyVote, shares } from './deliberation';

const statement = (id: string, version: number): StatementView => ({
  id, number: 0, text: 't', status: 'APPROVED', rejectReason: null, seed: false, agrees: 1, disagrees: 0, passes: 0,
  version, myVote: null, createdAt: '2026-11-23T10:00:00Z',
});

describe('applyVote', () => {
  it('takes counts from a newer vote and ignores an older one arriving late', () => {
    const list = [statement('a', 3), statement('b', 1)];
    const newer = applyVote(list, { statementId: 'a', agrees: 2, disagrees: 2, passes: 0, version: 4 });
    expect(newer[0]).toMatchObject({ agrees: 2, disagrees: 2, version: 4 });
    expect(newer[1]).toBe(list[1]);
    const stale = applyVote(newer, { statementId: 'a', agrees: 9, disagrees: 0, passes: 0, version: 2 });
    expect(stale[0]).toMatchObject({ agrees: 2, version: 4 });
  });
});

describe('shares', () => {
  it('gives whole percentages, and zeros when nobody voted', () => {
    expect(shares({ agrees: 1, disagrees: 1, passes: 1 })).toEqual([33, 33, 33]);
    expect(shares({ agrees: 0, disagrees: 0, passes: 0 })).toEqual([0, 0, 0]);
  });
});
