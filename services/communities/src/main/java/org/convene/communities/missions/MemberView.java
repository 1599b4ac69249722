package org.convene.communities.missions;

import java.time.Instant;
import java.util.UUID;

/** A member as the member directory shows them; viaOrganisation is set when an organisation brought them in. */
public record MemberView(String userId, String displayName, String role, String stakeholderType,
                         String organisation, Instant joinedAt, UUID viaOrganisation) {

    static MemberView of(Membership m) {
        return new MemberView(m.userId, m.displayName, m.role, m.stakeholderType, m.organisation, m.joinedAt,
                m.viaOrganisation);
    }
}
