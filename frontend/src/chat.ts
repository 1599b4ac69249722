import type { MessageView } from './api';

/**
 * Adds messages to a channel's list: in seq order, each seq once, whichever way they came
 * (history page, live push, or catch-up after a reconnect).
 */
export function mergeMessages(current: MessageView[], incoming: MessageView[]): MessageView[] {
  const bySeq = new Map<number, MessageView>();
  for (const m of current) bySeq.set(m.seq, m);
  for (const m of incoming) bySeq.set(m.seq, m);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** The highest seq the client has seen: it resumes after this one. */
export function lastSeq(messages: MessageView[]): number {
  return messages.length === 0 ? 0 : messages[messages.length - 1].seq;
}
