package org.convene.communities.missions;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.convene.contracts.MembershipChanged;
import org.convene.platform.api.ProblemException;
import org.convene.platform.outbox.Outbox;
import org.convene.platform.security.CurrentUser;

/**
 * Joining, roles, leaving and removal. Every change of membership is published
 * on communities.memberships, from which the other services authorize.
 */
@ApplicationScoped
public class Memberships {

    /** The membership after asking to join, and whether it began with this call. */
    public record JoinOutcome(MemberView member, boolean created) {}

    private final MissionAccess access;
    private final Invitations invitations;
    private final Outbox outbox;

    public Memberships(MissionAccess access, Invitations invitations, Outbox outbox) {
        this.access = access;
        this.invitations = invitations;
        this.outbox = outbox;
    }

    /**
     * Joins a public mission as a member. A private mission is joined by invitation only: the
     * invited person joins with the invited role, and anyone else is told, as for a mission that
     * does not exist, that there is nothing there. Asking again changes nothing.
     */
    public Uni<JoinOutcome> join(UUID missionId, CurrentUser user) {
        return access.visible(missionId, user).chain(a -> {
            Membership existing = a.membership();
            if (existing != null) {
                existing.viaOrganisation = null; // joining in person keeps them in if the organisation leaves
                return Uni.createFrom().item(new JoinOutcome(MemberView.of(existing), false));
            }
            if (a.mission().visibility == Mission.Visibility.PRIVATE && !a.admin()) {
                return invitations.accept(missionId, user).map(member -> new JoinOutcome(member, true));
            }
            Membership member = Missions.membership(missionId, user, Membership.MEMBER, Instant.now());
            return member.persist()
                    .chain(() -> outbox.publish(Missions.joined(member)))
                    .replaceWith(new JoinOutcome(MemberView.of(member), true));
        });
    }

    public Uni<MemberView> changeRole(UUID missionId, String userId, RoleChange change, CurrentUser user) {
        return access.convener(missionId, user)
                .chain(() -> member(missionId, userId))
                .call(member -> Membership.CONVENER.equals(member.role) && !Membership.CONVENER.equals(change.role())
                        ? requireAnotherConvener(missionId, userId) : Uni.createFrom().voidItem())
                .chain(member -> {
                    if (member.role.equals(change.role())) {
                        return Uni.createFrom().item(MemberView.of(member));
                    }
                    member.role = change.role();
                    member.viaOrganisation = null; // a role given to the person makes the membership their own
                    return outbox.publish(member.event(MembershipChanged.Change.ROLE_CHANGED))
                            .replaceWith(MemberView.of(member));
                });
    }

    /** A member leaves, or a convener removes them. */
    public Uni<Void> remove(UUID missionId, String userId, CurrentUser user) {
        Uni<?> allowed = user.id().equals(userId) ? access.member(missionId, user) : access.convener(missionId, user);
        return allowed.chain(() -> member(missionId, userId))
                .call(member -> Membership.CONVENER.equals(member.role)
                        ? requireAnotherConvener(missionId, userId) : Uni.createFrom().voidItem())
                .chain(member -> member.delete().chain(() -> outbox.publish(member.event(MembershipChanged.Change.LEFT))))
                .replaceWithVoid();
    }

    private static Uni<Membership> find(UUID missionId, String userId) {
        return Membership.<Membership>find("missionId = ?1 and userId = ?2", missionId, userId).firstResult();
    }

    private static Uni<Membership> member(UUID missionId, String userId) {
        return find(missionId, userId).onItem().ifNull().failWith(() -> ProblemException.notFound("Member " + userId));
    }

    private static Uni<Void> requireAnotherConvener(UUID missionId, String userId) {
        return Membership.count("missionId = ?1 and role = ?2 and userId <> ?3", missionId, Membership.CONVENER, userId)
                .invoke(others -> {
                    if (others == 0) {
                        throw new ProblemException(Response.Status.CONFLICT,
                                "A mission needs a convener: make someone else convener first");
                    }
                })
                .replaceWithVoid();
    }
}
