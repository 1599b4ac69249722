package org.convene.communities.missions;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.convene.platform.api.ProblemException;
import org.convene.platform.security.CurrentUser;

/**
 * Who may see and do what in a mission. A private mission does not exist for non-members (404,
 * so that its name does not leak); platform admins may do everything.
 */
@ApplicationScoped
public class MissionAccess {

    /** A mission together with the caller's membership of it, if any. */
    public record Access(Mission mission, Membership membership, boolean admin) {

        public String role() {
            return membership == null ? null : membership.role;
        }

        boolean isMember() {
            return membership != null;
        }
    }

    public Uni<Access> visible(UUID missionId, CurrentUser user) {
        return Mission.<Mission>findById(missionId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Mission " + missionId))
                .flatMap(mission -> Membership.<Membership>find("missionId = ?1 and userId = ?2", missionId, user.id())
                        .firstResult()
                        .map(membership -> new Access(mission, membership, user.isAdmin())))
                .call(access -> {
                    if (access.mission().visibility == Mission.Visibility.PUBLIC || access.isMember() || access.admin()) {
                        return Uni.createFrom().voidItem();
                    }
                    // An invited person may see the private mission, to decide on the invitation.
                    return Invitation.count("missionId = ?1 and userId = ?2", missionId, user.id()).invoke(invited -> {
                        if (invited == 0) {
                            throw ProblemException.notFound("Mission " + missionId);
                        }
                    });
                });
    }

    /** The caller must be a member (any role) or an admin. */
    public Uni<Access> member(UUID missionId, CurrentUser user) {
        return visible(missionId, user).invoke(access -> {
            if (!access.isMember() && !access.admin()) {
                throw ProblemException.forbidden("Only members of this mission can do this; join it first");
            }
        });
    }

    /** The caller must be a convener of the mission or an admin. */
    public Uni<Access> convener(UUID missionId, CurrentUser user) {
        return visible(missionId, user).invoke(access -> {
            if (!Membership.CONVENER.equals(access.role()) && !access.admin()) {
                throw ProblemException.forbidden("Only the mission's conveners can do this");
            }
        });
    }

    /** The caller must be able to take part: any role but observer, or an admin. */
    public Uni<Access> participant(UUID missionId, CurrentUser user) {
        return member(missionId, user).invoke(access -> {
            if (Membership.OBSERVER.equals(access.role()) && !access.admin()) {
                throw ProblemException.forbidden("Observers can read this mission but not post in it");
            }
        });
    }
}
