package org.convene.engagement.deliberations;

import java.time.Instant;
import java.util.UUID;

/**
 * A statement with its counts, and the caller's own vote (1, -1, 0, or null when not voted).
 *
 * @param status PENDING, APPROVED or REJECTED
 */
public record StatementView(UUID id, int number, String text, String status, String rejectReason, boolean seed,
                            int agrees, int disagrees, int passes, long version, Integer myVote, Instant createdAt) {

    static StatementView of(Statement s, Integer myVote) {
        return new StatementView(s.id, s.number, s.text, s.status.name(), s.rejectReason, s.seed, s.agrees,
                s.disagrees, s.passes, s.version, myVote, s.createdAt);
    }
}
