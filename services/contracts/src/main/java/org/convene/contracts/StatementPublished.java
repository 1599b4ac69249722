package org.convene.contracts;

import java.time.Instant;

/**
 * A deliberation statement passed moderation (or was approved on arrival) and is open to votes.
 *
 * @param number the statement's number within the deliberation (the Pol.is comment id)
 */
public record StatementPublished(
        String missionId, String deliberationId, String statementId, int number, String text, Instant publishedAt)
        implements ConveneEvent {}
