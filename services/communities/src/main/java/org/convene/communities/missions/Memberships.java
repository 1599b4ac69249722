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
 * Joining, join requests, roles, leaving and removal. Every change of membership is published
 * on communities.memberships, from which the other services authorize.
 */
@ApplicationScoped
public class Memberships {

    /** The outcome of asking to join: a membership now, or a request a convener decides on. */
    public record JoinOutcome(MemberView member, JoinRequestView request, boolean created) {}

    private final MissionAccess access;
    private final Outbox outbox;

    public Memberships(MissionAccess access, Outbox outbox) {
        this.access = access;
        this.outbox = outbox;
    }

    /**
     * Joins a public mission as a member. For a private mission the caller needs its id (from an
     * invitation link) and gets a join request instead. Asking again changes nothing.
     */
    public Uni<JoinOutcome> join(UUID missionId, CurrentUser user) {
        return Mission.<Mission>findById(missionId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Mission " + missionId))
                .chain(mission -> find(missionId, user.id()).chain(existing -> {
                    if (existing != null) {
                        existing.viaOrganisation = null; // joining in person keeps them in if the organisation leaves
                        return Uni.createFrom().item(new JoinOutcome(MemberView.of(existing), null, false));
                    }
                    if (mission.visibility == Mission.Visibility.PRIVATE && !user.isAdmin()) {
                        return request(missionId, user);
                    }
                    Membership member = Missions.membership(missionId, user, Membership.MEMBER, Instant.now());
                    return member.persist()
                            .chain(() -> outbox.publish(Missions.joined(member)))
                            .replaceWith(new JoinOutcome(MemberView.of(member), null, true));
                }));
    }

    public Uni<List<JoinRequestView>> requests(UUID missionId, CurrentUser user) {
        return access.convener(missionId, user)
                .chain(() -> JoinRequest.<JoinRequest>list("missionId = ?1 order by requestedAt", missionId))
                .map(list -> list.stream().map(JoinRequestView::of).toList());
    }

    public Uni<MemberView> approve(UUID missionId, String userId, CurrentUser user) {
        return access.convener(missionId, user)
                .chain(() -> JoinRequest.<JoinRequest>find("missionId = ?1 and userId = ?2", missionId, userId)
                        .<JoinRequest>firstResult())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Join request of " + userId))
                .chain(request -> {
                    Membership member = new Membership();
                    member.id = UUID.randomUUID();
                    member.missionId = missionId;
                    member.userId = request.userId;
                    member.displayName = request.displayName;
                    member.stakeholderType = request.stakeholderType;
                    member.organisation = request.organisation;
                    member.role = Membership.MEMBER;
                    member.joinedAt = Instant.now();
                    return request.delete()
                            .chain(member::persist)
                            .chain(() -> outbox.publish(Missions.joined(member)))
                            .replaceWith(MemberView.of(member));
                });
    }

    /** A convener declines a request, or its author withdraws it. */
    public Uni<Void> dismissRequest(UUID missionId, String userId, CurrentUser user) {
        Uni<?> allowed = user.id().equals(userId) ? Uni.createFrom().voidItem() : access.convener(missionId, user);
        return allowed.chain(() -> JoinRequest.delete("missionId = ?1 and userId = ?2", missionId, userId))
                .invoke(deleted -> {
                    if (deleted == 0) {
                        throw ProblemException.notFound("Join request of " + userId);
                    }
                })
                .replaceWithVoid();
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

    private Uni<JoinOutcome> request(UUID missionId, CurrentUser user) {
        return JoinRequest.<JoinRequest>find("missionId = ?1 and userId = ?2", missionId, user.id()).firstResult()
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(new JoinOutcome(null, JoinRequestView.of(existing), false));
                    }
                    JoinRequest request = new JoinRequest();
                    request.missionId = missionId;
                    request.userId = user.id();
                    request.displayName = user.displayName();
                    request.stakeholderType = user.stakeholderType();
                    request.organisation = user.organisation();
                    request.requestedAt = Instant.now();
                    return request.persist().replaceWith(new JoinOutcome(null, JoinRequestView.of(request), true));
                });
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
