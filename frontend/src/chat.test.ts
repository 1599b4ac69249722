import { describe, expect, it } from 'vitest';
import { lastSeq, mergeMessages } from './chat';
import type { MessageView } from './api';

const message = (seq: number, text = `m${seq}`): MessageView => ({
  id: `id-${seq}`, channelId: 'c', seq, authorId: 'u', authorName: 'U', text, postedAt: '2026-11-23T10:00:00Z',
});

describe('mergeMessages', () => {
  it('keeps channel order whatever order messages arrive in', () => {
    const merged = mergeMessages([message(1), message(3)], [message(2)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('shows a message once when the live push and the catch-up both bring it', () => {
    const merged = mergeMessages([message(1), message(2)], [message(2), message(3)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(lastSeq(merged)).toBe(3);
  });

  it('starts from nothing', () => {
    expect(lastSeq([])).toBe(0);
  });
});
