package org.convene.engagement.deliberations;

import io.quarkus.security.identity.SecurityIdentity;
import org.convene.platform.security.CurrentUser;

/**
 * Who is calling a deliberation endpoint: a signed-in person (userId), or an anonymous browser
 * known by the participant secret it was given when it joined by link (participantToken).
 */
public record Caller(String userId, boolean admin, String participantToken) {

    /** The header an anonymous participant's browser sends its secret in. */
    public static final String PARTICIPANT_HEADER = "X-Convene-Participant";

    public static Caller of(SecurityIdentity identity, CurrentUser user, String participantToken) {
        if (identity.isAnonymous()) {
            return new Caller(null, false, participantToken == null || participantToken.isBlank() ? null : participantToken);
        }
        return new Caller(user.id(), user.isAdmin(), null);
    }

    public boolean signedIn() {
        return userId != null;
    }
}
