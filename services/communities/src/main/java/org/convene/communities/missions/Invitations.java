package org.convene.communities.missions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.convene.platform.api.ProblemException;
import org.convene.platform.outbox.Outbox;
import org.convene.platform.search.LikePattern;
import org.convene.platform.security.CurrentUser;

/**
 * Conveners invite people (found in the people directory) to a mission with a role; the person
 * sees the invitation, may see the mission even if private, and accepts or declines it.
 */
@ApplicationScoped
public class Invitations {

    private final MissionAccess access;
    private final Outbox outbox;

    public Invitations(MissionAccess access, Outbox outbox) {
        this.access = access;
        this.outbox = outbox;
    }

    /** Members of missions the caller can see, whose name contains the query. */
    public Uni<List<PersonView>> people(String query, CurrentUser user) {
        if (query == null || query.strip().length() < 2) {
            throw ProblemException.badRequest("q: type at least 2 letters of a name");
        }
        String sql = "select distinct on (s.user_id) s.user_id, s.display_name, s.organisation, s.stakeholder_type"
                + " from memberships s join missions m on m.id = s.mission_id"
                + " where s.display_name ilike :q" + LikePattern.ESCAPE + " and (m.visibility = 'PUBLIC' or :admin or exists"
                + " (select 1 from memberships me where me.mission_id = m.id and me.user_id = :user))"
                + " order by s.user_id, s.joined_at desc limit 20";
        return Panache.getSession().chain(s -> s.createNativeQuery(sql, Object[].class)
                        .setParameter("q", LikePattern.containing(query.strip())).setParameter("admin", user.isAdmin())
                        .setParameter("user", user.id()).getResultList())
                .map(rows -> rows.stream().map(r -> new PersonView((String) r[0], (String) r[1], (String) r[2],
                        (String) r[3])).toList());
    }

    public Uni<InvitationView> invite(UUID missionId, InvitationDraft draft, CurrentUser user) {
        String role = draft.role() == null ? Membership.MEMBER : draft.role();
        return access.convener(missionId, user).chain(a -> Membership.<Membership>find("userId = ?1 order by joinedAt desc",
                        draft.userId()).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Person " + draft.userId()))
                .chain(known -> Membership.count("missionId = ?1 and userId = ?2", missionId, draft.userId())
                        .chain(already -> {
                            if (already > 0) {
                                throw new ProblemException(Response.Status.CONFLICT, known.displayName
                                        + " is already a member of this mission");
                            }
                            return Invitation.<Invitation>find("missionId = ?1 and userId = ?2", missionId,
                                    draft.userId()).<Invitation>firstResult();
                        })
                        .chain(existing -> {
                            Invitation invitation = existing != null ? existing : new Invitation();
                            invitation.missionId = missionId;
                            invitation.userId = draft.userId();
                            invitation.displayName = known.displayName;
                            invitation.role = role;
                            invitation.invitedByName = user.displayName();
                            invitation.createdAt = Instant.now();
                            Uni<Void> stored = existing != null ? Uni.createFrom().voidItem()
                                    : invitation.persist().replaceWithVoid();
                            return stored.map(ignored -> view(invitation, a.mission().name));
                        })));
    }

    public Uni<List<InvitationView>> ofMission(UUID missionId, CurrentUser user) {
        return access.convener(missionId, user).chain(a -> Invitation.<Invitation>list(
                        "missionId = ?1 order by createdAt", missionId)
                .map(list -> list.stream().map(i -> view(i, a.mission().name)).toList()));
    }

    public Uni<List<InvitationView>> mine(CurrentUser user) {
        return Invitation.<Invitation>list("userId = ?1 order by createdAt desc", user.id())
                .chain(list -> io.smallrye.mutiny.Multi.createFrom().iterable(list)
                        .onItem().transformToUniAndConcatenate(i -> Mission.<Mission>findById(i.missionId)
                                .map(m -> view(i, m.name)))
                        .collect().asList());
    }

    /** The invitee becomes a member with the invited role. */
    public Uni<MemberView> accept(UUID missionId, CurrentUser user) {
        return Invitation.<Invitation>find("missionId = ?1 and userId = ?2", missionId, user.id()).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Invitation to mission " + missionId))
                .chain(invitation -> {
                    Membership member = Missions.membership(missionId, user, invitation.role, Instant.now());
                    return invitation.delete()
                            .chain(member::persist)
                            .chain(() -> outbox.publish(Missions.joined(member)))
                            .replaceWith(MemberView.of(member));
                });
    }

    /** The invitee declines, or a convener withdraws the invitation. */
    public Uni<Void> dismiss(UUID missionId, String userId, CurrentUser user) {
        Uni<?> allowed = user.id().equals(userId) ? Uni.createFrom().voidItem() : access.convener(missionId, user);
        return allowed.chain(() -> Invitation.delete("missionId = ?1 and userId = ?2", missionId, userId))
                .invoke(deleted -> {
                    if (deleted == 0) {
                        throw ProblemException.notFound("Invitation of " + userId);
                    }
                })
                .replaceWithVoid();
    }

    private static InvitationView view(Invitation i, String missionName) {
        return new InvitationView(i.missionId, missionName, i.userId, i.displayName, i.role, i.invitedByName,
                i.createdAt);
    }
}
