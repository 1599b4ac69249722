package org.convene.communities.organisations;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.convene.communities.missions.Membership;
import org.convene.communities.organisations.OrganisationViews.Member;
import org.convene.communities.organisations.OrganisationViews.PersonInvitation;
import org.convene.platform.api.ProblemException;
import org.convene.platform.security.CurrentUser;

/**
 * Admins invite people into their organisation; a person becomes a member, and with it takes part
 * in the organisation's missions, only by accepting. Mirrors the missions' invitations.
 */
@ApplicationScoped
public class OrganisationInvitations {

    private final Organisations organisations;
    private final MembershipCascade cascade;

    public OrganisationInvitations(Organisations organisations, MembershipCascade cascade) {
        this.organisations = organisations;
        this.cascade = cascade;
    }

    /** Invites a person found in the people directory; inviting again updates the role. */
    public Uni<PersonInvitation> invite(UUID id, OrganisationInvitationDraft draft, CurrentUser user) {
        return organisations.admin(id, user).chain(org -> known(draft.userId())
                .call(person -> OrganisationMember.count("organisationId = ?1 and userId = ?2", id, draft.userId())
                        .invoke(already -> {
                            if (already > 0) {
                                throw new ProblemException(Response.Status.CONFLICT,
                                        person.displayName + " is already a member of " + org.name);
                            }
                        }))
                .chain(person -> find(id, draft.userId()).chain(existing -> {
                    OrganisationInvitation invitation = existing != null ? existing : person;
                    invitation.organisationId = id;
                    invitation.role = draft.roleOrDefault();
                    invitation.invitedByName = user.displayName();
                    invitation.createdAt = Instant.now();
                    Uni<Void> stored = existing != null ? Uni.createFrom().voidItem()
                            : invitation.persist().replaceWithVoid();
                    return stored.map(ignored -> PersonInvitation.of(invitation, org.name));
                })));
    }

    public Uni<List<PersonInvitation>> ofOrganisation(UUID id, CurrentUser user) {
        return organisations.admin(id, user).chain(org -> OrganisationInvitation.<OrganisationInvitation>list(
                        "organisationId = ?1 order by createdAt", id)
                .map(list -> list.stream().map(i -> PersonInvitation.of(i, org.name)).toList()));
    }

    public Uni<List<PersonInvitation>> mine(CurrentUser user) {
        return OrganisationInvitation.<OrganisationInvitation>list("userId = ?1 order by createdAt desc", user.id())
                .chain(list -> Multi.createFrom().iterable(list)
                        .onItem().transformToUniAndConcatenate(i -> Organisations.organisation(i.organisationId)
                                .map(org -> PersonInvitation.of(i, org.name)))
                        .collect().asList());
    }

    /** The invitee becomes a member with the invited role, and joins the organisation's missions. */
    public Uni<Member> accept(UUID id, CurrentUser user) {
        return find(id, user.id())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Invitation to organisation " + id))
                .chain(invitation -> Organisations.organisation(id).chain(org -> {
                    OrganisationMember member = new OrganisationMember();
                    member.id = UUID.randomUUID();
                    member.organisationId = id;
                    member.userId = user.id();
                    member.displayName = user.displayName();
                    member.stakeholderType = user.stakeholderType() != null ? user.stakeholderType()
                            : invitation.stakeholderType;
                    member.role = invitation.role;
                    member.joinedAt = Instant.now();
                    return invitation.delete()
                            .chain(() -> member.persist())
                            .chain(() -> cascade.bringIntoMissions(org, member))
                            .replaceWith(Member.of(member));
                }));
    }

    /** The invitee declines, or an admin withdraws the invitation. */
    public Uni<Void> dismiss(UUID id, String userId, CurrentUser user) {
        Uni<?> allowed = user.id().equals(userId) ? Uni.createFrom().voidItem() : organisations.admin(id, user);
        return allowed.chain(() -> OrganisationInvitation.delete("organisationId = ?1 and userId = ?2", id, userId))
                .invoke(deleted -> {
                    if (deleted == 0) {
                        throw ProblemException.notFound("Invitation of " + userId);
                    }
                })
                .replaceWithVoid();
    }

    private static Uni<OrganisationInvitation> find(UUID id, String userId) {
        return OrganisationInvitation.<OrganisationInvitation>find("organisationId = ?1 and userId = ?2", id, userId)
                .firstResult();
    }

    /**
     * A new invitation of a person known here, as a member of some organisation or mission, with
     * the name and stakeholder type they are known by.
     */
    private static Uni<OrganisationInvitation> known(String userId) {
        return OrganisationMember.<OrganisationMember>find("userId = ?1 order by joinedAt desc", userId).firstResult()
                .chain(inOrg -> inOrg != null ? Uni.createFrom().item(new String[] {inOrg.displayName,
                        inOrg.stakeholderType})
                        : Membership.<Membership>find("userId = ?1 order by joinedAt desc", userId).firstResult()
                        .onItem().ifNull().failWith(() -> ProblemException.notFound(
                                "Person " + userId + " (find people in the people directory)"))
                        .map(m -> new String[] {m.displayName, m.stakeholderType}))
                .map(person -> {
                    OrganisationInvitation invitation = new OrganisationInvitation();
                    invitation.id = UUID.randomUUID();
                    invitation.userId = userId;
                    invitation.displayName = person[0];
                    invitation.stakeholderType = person[1];
                    return invitation;
                });
    }
}
