package org.convene.communities.missions;

import java.time.Instant;

/** A member as the member directory shows them. */
public record MemberView(String userId, String displayName, String role, String stakeholderType,
                         String organisation, Instant joinedAt) {

    static MemberView of(Membership m) {
        return new MemberView(m.userId, m.displayName, m.role, m.stakeholderType, m.organisation, m.joinedAt);
    }
}
