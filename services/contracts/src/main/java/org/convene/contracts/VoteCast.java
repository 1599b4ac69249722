package org.convene.contracts;

import java.time.Instant;

/**
 * A participant voted on a statement, or changed their vote. The participant is a pseudonymous id
 * of the deliberation, never a person's account. The counts are the statement's after this vote;
 * {@code version} grows with every vote on the statement, so a client keeps the highest it saw.
 *
 * @param vote 1 agree, -1 disagree, 0 pass
 */
public record VoteCast(
        String missionId, String deliberationId, String statementId, String participantId, int vote,
        int agrees, int disagrees, int passes, long version, Instant votedAt)
        implements ConveneEvent {}
