package org.convene.communities.missions;

import java.time.Instant;

public record JoinRequestView(String userId, String displayName, String stakeholderType, String organisation,
                              Instant requestedAt) {

    static JoinRequestView of(JoinRequest r) {
        return new JoinRequestView(r.userId, r.displayName, r.stakeholderType, r.organisation, r.requestedAt);
    }
}
