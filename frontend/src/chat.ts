import type { MessageView } from './api';

/**
 * Applies messages to a channel's list, whichever way they came (history page, live push, or
 * catch-up after a reconnect): each message once, its latest change winning, in channel order.
 */
export function mergeMessages(current: MessageView[], incoming: MessageView[]): MessageView[] {
  const byId = new Map<string, MessageView>();
  for (const m of [...current, ...incoming]) {
    const known = byId.get(m.id);
    if (!known || known.changeSeq <= m.changeSeq) byId.set(m.id, m);
  }
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

/** The highest change the client has seen: it resumes after this one. */
export function lastSeq(messages: MessageView[]): number {
  return messages.reduce((max, m) => Math.max(max, m.changeSeq), 0);
}

/**
 * Reads every change after `after`, page by page: the API gives at most `limit` a page, oldest
 * change first, so a full page means there may be more after its last change.
 */
export async function changesAfter(read: (after: number) => Promise<MessageView[]>, after: number,
                                   limit: number): Promise<MessageView[]> {
  const changes: MessageView[] = [];
  for (let from = after; ;) {
    const page = await read(from);
    changes.push(...page);
    if (page.length < limit) return changes;
    from = page[page.length - 1].changeSeq;
  }
}

/** Turns a hub event on a channel topic into the change it makes to a message. */
export function fromEvent(event: { event: string; seq?: number; data: any }, current: MessageView[]): MessageView | null {
  const d = event.data;
  if (event.event.includes('message.posted')) {
    return {
      id: d.messageId, channelId: d.channelId, seq: d.seq, changeSeq: d.seq, parentId: d.parentId ?? null,
      authorId: d.authorId, authorName: d.authorName, text: d.text, postedAt: d.postedAt, editedAt: null, deleted: false,
    };
  }
  const known = current.find((m) => m.id === d.messageId);
  if (!known) return null; // older than this page: nothing shown to change
  if (event.event.includes('message.edited')) return { ...known, text: d.text, changeSeq: d.changeSeq, editedAt: d.editedAt };
  if (event.event.includes('message.deleted')) return { ...known, text: null, changeSeq: d.changeSeq, deleted: true };
  return null;
}
