import { describe, expect, it } from 'vitest';
import { changesAfter, fromEvent, lastSeq, mergeMessages } from './chat';
import type { MessageView } from './api';

const message = (seq: number, changeSeq = seq, text = `m${seq}`): MessageView => ({
  id: `id-${seq}`, channelId: 'c', seq, changeSeq, parentId: null, authorId: 'u', authorName: 'U', text,
  postedAt: '2026-11-23T10:00:00Z', editedAt: null, deleted: false,
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

  it('lets the latest change of a message win, and resumes after it', () => {
    const merged = mergeMessages([message(1, 4, 'edited')], [message(1, 1, 'original')]);
    expect(merged).toHaveLength(1);
    expect(merged[0].text).toBe('edited');
    expect(lastSeq(merged)).toBe(4);
  });

  it('starts from nothing', () => {
    expect(lastSeq([])).toBe(0);
  });
});

describe('fromEvent', () => {
  it('applies an edit and a deletion pushed by the hub to a shown message', () => {
    const shown = [message(1)];
    const edited = fromEvent({ event: 'org.convene.communities.message.edited.v1', data: { messageId: 'id-1', text: 'new', changeSeq: 2, editedAt: 'x' } }, shown);
    expect(edited?.text).toBe('new');
    const deleted = fromEvent({ event: 'org.convene.communities.message.deleted.v1', data: { messageId: 'id-1', changeSeq: 3 } }, shown);
    expect(deleted?.deleted).toBe(true);
    expect(deleted?.text).toBeNull();
  });
});

describe('changesAfter', () => {
  it('reads page after page until a page is not full, each after the last change of the one before', async () => {
    const channel = Array.from({ length: 7 }, (_, i) => message(i + 1));
    const asked: number[] = [];
    const read = async (after: number) => {
      asked.push(after);
      return channel.filter((m) => m.changeSeq > after).slice(0, 3);
    };
    const changes = await changesAfter(read, 1, 3);
    expect(changes.map((m) => m.seq)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(asked).toEqual([1, 4, 7]);
  });

  it('asks once when nothing was missed', async () => {
    expect(await changesAfter(async () => [], 9, 200)).toEqual([]);
  });
});
