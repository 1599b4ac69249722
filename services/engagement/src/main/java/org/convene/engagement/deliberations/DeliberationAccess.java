package org.convene.engagement.deliberations;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.convene.platform.api.ProblemException;
import org.convene.platform.membership.MissionMembers;

/**
 * Who may see, take part in and run a deliberation, from the mission roles this service learns
 * from membership events. Members see their missions' deliberations; one open to the link is
 * open to anyone holding it, signed in or not. Conveners and facilitators moderate; observers
 * watch. A deliberation that is not visible answers 404, so that its question does not leak.
 */
@ApplicationScoped
public class DeliberationAccess {

    /** A deliberation and the caller's standing in it. */
    public record Standing(Deliberation deliberation, Caller caller, String missionRole) {

        public boolean moderator() {
            return caller.admin() || MissionMembers.leads(missionRole);
        }

        public boolean convener() {
            return caller.admin() || "convener".equals(missionRole);
        }

        public boolean mayTakePart() {
            return caller.admin() || (missionRole != null && !"observer".equals(missionRole)) || deliberation.linkAccess;
        }
    }

    private final MissionMembers members;

    public DeliberationAccess(MissionMembers members) {
        this.members = members;
    }

    public Uni<Standing> visible(UUID id, Caller caller) {
        return Deliberation.<Deliberation>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Deliberation " + id))
                .chain(d -> roleIn(d.missionId, caller).map(role -> new Standing(d, caller, role.orElse(null))))
                .invoke(s -> {
                    if (!s.caller().admin() && s.missionRole() == null && !s.deliberation().linkAccess) {
                        throw ProblemException.notFound("Deliberation " + id);
                    }
                });
    }

    public Uni<Standing> moderator(UUID id, Caller caller) {
        return visible(id, caller).invoke(s -> {
            if (!s.moderator()) {
                throw ProblemException.forbidden("Only the mission's conveners and facilitators can do this");
            }
        });
    }

    public Uni<Standing> convener(UUID id, Caller caller) {
        return visible(id, caller).invoke(s -> {
            if (!s.convener()) {
                throw ProblemException.forbidden("Only the mission's conveners can do this");
            }
        });
    }

    /** The missions the caller is a member of (none for an anonymous caller). */
    public Uni<java.util.List<String>> missionsOf(Caller caller) {
        return caller.signedIn() ? members.missionsOf(caller.userId()) : Uni.createFrom().item(java.util.List.of());
    }

    /** The caller's role in the mission, if they are a signed-in member. */
    public Uni<Optional<String>> roleIn(String missionId, Caller caller) {
        return caller.signedIn() ? members.roleOf(missionId, caller.userId()) : Uni.createFrom().item(Optional.empty());
    }
}
