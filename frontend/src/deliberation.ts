// The deliberation room's client side: who the browser is in it, and how live votes change counts.
import { api, type StatementView } from './api';

/** Where an anonymous browser keeps its participant secret for one deliberation. */
const keyOf = (deliberationId: string) => `convene.participant.${deliberationId}`;

export function participantToken(deliberationId: string): string | null {
  return localStorage.getItem(keyOf(deliberationId));
}

export function rememberParticipant(deliberationId: string, token: string) {
  localStorage.setItem(keyOf(deliberationId), token);
}

/** Calls the deliberation's open route, as the signed-in person or as this browser's participant. */
export function room<T>(deliberationId: string, path: string,
  options: { method?: string; body?: unknown } = {}): Promise<T> {
  const token = participantToken(deliberationId);
  return api<T>(`/api/open/engagement/deliberations/${deliberationId}${path}`,
    { ...options, headers: token ? { 'X-Convene-Participant': token } : {} });
}

export interface VoteCast { statementId: string; agrees: number; disagrees: number; passes: number; version: number }

/** Applies a live vote to the list; an older event than what the list shows changes nothing. */
export function applyVote(statements: StatementView[], vote: VoteCast): StatementView[] {
  return statements.map((s) => s.id === vote.statementId && vote.version > s.version
    ? { ...s, agrees: vote.agrees, disagrees: vote.disagrees, passes: vote.passes, version: vote.version }
    : s);
}

/** Shares of agree, disagree and pass, in whole percent. */
export function shares(s: { agrees: number; disagrees: number; passes: number }): [number, number, number] {
  const total = s.agrees + s.disagrees + s.passes;
  if (total === 0) return [0, 0, 0];
  return [Math.round((100 * s.agrees) / total), Math.round((100 * s.disagrees) / total),
    Math.round((100 * s.passes) / total)];
}
