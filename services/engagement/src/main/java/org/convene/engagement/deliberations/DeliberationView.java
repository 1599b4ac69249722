package org.convene.engagement.deliberations;

import java.time.Instant;
import java.util.UUID;

/**
 * A deliberation as its page shows it, with what the caller may do in it.
 *
 * @param state SCHEDULED, OPEN or CLOSED
 */
public record DeliberationView(UUID id, String missionId, String question, String background, Instant opensAt,
                               Instant closesAt, String state, boolean linkAccess, boolean autoApprove,
                               int participantCount, boolean moderator, boolean mayTakePart) {

    static DeliberationView of(Deliberation d, DeliberationAccess.Standing s, Instant now) {
        return new DeliberationView(d.id, d.missionId, d.question, d.background, d.opensAt, d.closesAt,
                d.state(now).name(), d.linkAccess, d.autoApprove, d.participantCount,
                s != null && s.moderator(), s != null && s.mayTakePart());
    }
}
