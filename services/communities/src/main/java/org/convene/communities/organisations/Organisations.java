package org.convene.communities.organisations;

import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.convene.communities.missions.Membership;
import org.convene.communities.missions.Mission;
import org.convene.communities.organisations.OrganisationViews.Member;
import org.convene.communities.organisations.OrganisationViews.Participation;
import org.convene.communities.organisations.OrganisationViews.Profile;
import org.convene.communities.organisations.OrganisationViews.Summary;
import org.convene.platform.api.ProblemException;
import org.convene.platform.search.LikePattern;
import org.convene.platform.security.CurrentUser;

/**
 * The organisation directory, profiles and members. Anyone signed in can create an organisation
 * (and becomes its admin) and see any organisation; only its admins (and platform admins) edit
 * its profile and its members' roles. People join by accepting an admin's invitation; anyone may leave.
 */
@ApplicationScoped
public class Organisations {

    private final MembershipCascade cascade;

    public Organisations(MembershipCascade cascade) {
        this.cascade = cascade;
    }

    public Uni<Summary> create(OrganisationDraft draft, CurrentUser user) {
        Organisation org = new Organisation();
        org.id = UUID.randomUUID();
        org.createdAt = Instant.now();
        draft.applyTo(org);
        OrganisationMember admin = new OrganisationMember();
        admin.id = UUID.randomUUID();
        admin.organisationId = org.id;
        admin.userId = user.id();
        admin.displayName = user.displayName();
        admin.stakeholderType = user.stakeholderType();
        admin.role = OrganisationMember.ADMIN;
        admin.joinedAt = org.createdAt;
        return requireFreeName(org.name, null)
                .chain(() -> org.persistAndFlush())
                .chain(() -> admin.persist())
                .map(ignored -> Summary.of(org, 1, OrganisationMember.ADMIN));
    }

    public Uni<List<Summary>> list(String query, String stakeholderType, CurrentUser user) {
        String like = query == null || query.isBlank() ? null : LikePattern.containing(query.strip().toLowerCase());
        String hql = "from Organisation o where 1 = 1"
                + (like == null ? "" : " and (lower(o.name) like :like" + LikePattern.ESCAPE
                        + " or lower(o.description) like :like" + LikePattern.ESCAPE
                        + " or lower(o.place) like :like" + LikePattern.ESCAPE + ")")
                + (stakeholderType == null ? "" : " and o.stakeholderType = :type")
                + " order by lower(o.name)";
        Parameters params = new Parameters();
        if (like != null) {
            params = params.and("like", like);
        }
        if (stakeholderType != null) {
            params = params.and("type", stakeholderType);
        }
        return Organisation.<Organisation>find(hql, params).page(0, 200).list()
                .chain(orgs -> summaries(orgs, user));
    }

    /** The organisations the caller belongs to. */
    public Uni<List<Summary>> mine(CurrentUser user) {
        return Organisation.<Organisation>find("select o from Organisation o, OrganisationMember om"
                        + " where om.organisationId = o.id and om.userId = ?1 order by lower(o.name)", user.id()).list()
                .chain(orgs -> summaries(orgs, user));
    }

    public Uni<Profile> profile(UUID id, CurrentUser user) {
        return organisation(id).chain(org -> OrganisationMember.<OrganisationMember>list(
                        "organisationId = ?1 order by role, lower(displayName)", id)
                .chain(members -> participations(org, members, user).map(missions -> new Profile(
                        Summary.of(org, members.size(), roleIn(members, user)),
                        members.stream().map(Member::of).toList(), missions))));
    }

    public Uni<Summary> update(UUID id, OrganisationDraft draft, CurrentUser user) {
        return admin(id, user)
                .call(org -> requireFreeName(draft.name().strip(), id))
                .invoke(draft::applyTo)
                .chain(org -> OrganisationMember.count("organisationId", id)
                        .chain(count -> myRole(id, user).map(role -> Summary.of(org, count, role))));
    }

    /**
     * Changes a member's role. Nobody is added here: a person joins only by accepting an invitation
     * ({@link OrganisationInvitations}), so a person who is not a member is answered 404.
     */
    public Uni<Member> changeRole(UUID id, String userId, MemberRole change, CurrentUser user) {
        return admin(id, user).chain(org -> OrganisationMember.<OrganisationMember>find(
                        "organisationId = ?1 and userId = ?2", id, userId).<OrganisationMember>firstResult())
                .onItem().ifNull().failWith(() -> ProblemException.notFound(
                        "Member " + userId + " (people join by accepting an invitation)"))
                .call(existing -> OrganisationMember.ADMIN.equals(existing.role)
                        && !OrganisationMember.ADMIN.equals(change.role())
                        ? requireAnotherAdmin(id, userId) : Uni.createFrom().voidItem())
                .invoke(existing -> existing.role = change.role())
                .map(Member::of);
    }

    /** The person leaves, or an admin removes them; they leave the missions they were in through it. */
    public Uni<Void> removeMember(UUID id, String userId, CurrentUser user) {
        Uni<?> allowed = user.id().equals(userId) ? organisation(id) : admin(id, user);
        return allowed.chain(() -> OrganisationMember.<OrganisationMember>find(
                        "organisationId = ?1 and userId = ?2", id, userId).<OrganisationMember>firstResult())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Member " + userId))
                .call(member -> OrganisationMember.ADMIN.equals(member.role)
                        ? requireAnotherAdmin(id, userId) : Uni.createFrom().voidItem())
                .call(member -> member.delete())
                .chain(() -> cascade.takeOutOfMissions(id, userId));
    }

    /** The organisation, when the caller is one of its admins or a platform admin. */
    Uni<Organisation> admin(UUID id, CurrentUser user) {
        return organisation(id).call(org -> user.isAdmin() ? Uni.createFrom().voidItem() : myRole(id, user)
                .invoke(role -> {
                    if (!OrganisationMember.ADMIN.equals(role)) {
                        throw ProblemException.forbidden("Only the admins of " + org.name + " can do this");
                    }
                }));
    }

    static Uni<Organisation> organisation(UUID id) {
        return Organisation.<Organisation>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Organisation " + id));
    }

    static Uni<String> myRole(UUID id, CurrentUser user) {
        return OrganisationMember.<OrganisationMember>find("organisationId = ?1 and userId = ?2", id, user.id())
                .firstResult().map(m -> m == null ? null : m.role);
    }

    private static Uni<List<Summary>> summaries(List<Organisation> orgs, CurrentUser user) {
        if (orgs.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = orgs.stream().map(o -> o.id).toList();
        return OrganisationMember.getSession().chain(s -> s.createSelectionQuery(
                        "select organisationId, count(*) from OrganisationMember where organisationId in :ids"
                                + " group by organisationId", Object[].class)
                        .setParameter("ids", ids).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (Long) r[1])))
                .chain(counts -> OrganisationMember.<OrganisationMember>list("userId = ?1 and organisationId in ?2",
                                user.id(), ids)
                        .map(mine -> mine.stream().collect(Collectors.toMap(m -> m.organisationId, m -> m.role)))
                        .map(roles -> orgs.stream().map(o -> Summary.of(o, counts.getOrDefault(o.id, 0L),
                                roles.get(o.id))).toList()));
    }

    /**
     * The missions the organisation takes part in that the caller may see; requests and
     * invitations only for its admins.
     */
    private static Uni<List<Participation>> participations(Organisation org, List<OrganisationMember> members,
                                                           CurrentUser user) {
        boolean orgAdmin = user.isAdmin() || OrganisationMember.ADMIN.equals(roleIn(members, user));
        return Membership.<Membership>list("userId", user.id())
                .map(mine -> mine.stream().map(m -> m.missionId).collect(Collectors.toSet()))
                .chain(myMissions -> Mission.getSession().chain(s -> s.createSelectionQuery(
                                "select mo, m from MissionOrganisation mo, Mission m where m.id = mo.missionId"
                                        + " and mo.organisationId = :org order by m.name", Object[].class)
                                .setParameter("org", org.id).getResultList())
                        .map(rows -> rows.stream()
                                .filter(r -> visible((MissionOrganisation) r[0], (Mission) r[1], myMissions, orgAdmin,
                                        user.isAdmin()))
                                .map(r -> participation((MissionOrganisation) r[0], (Mission) r[1], org))
                                .toList()));
    }

    private static boolean visible(MissionOrganisation p, Mission m, Set<UUID> myMissions, boolean orgAdmin,
                                   boolean platformAdmin) {
        boolean missionVisible = m.visibility == Mission.Visibility.PUBLIC || myMissions.contains(m.id)
                || platformAdmin || (orgAdmin && p.state == MissionOrganisation.State.INVITED);
        return missionVisible && (p.state == MissionOrganisation.State.JOINED || orgAdmin);
    }

    static Participation participation(MissionOrganisation p, Mission m, Organisation o) {
        return new Participation(m.id, m.name, o.id, o.name, o.stakeholderType, p.state.name(), p.changedAt);
    }

    private static String roleIn(List<OrganisationMember> members, CurrentUser user) {
        return members.stream().filter(m -> m.userId.equals(user.id())).map(m -> m.role).findFirst().orElse(null);
    }

    private static Uni<Long> requireFreeName(String name, UUID except) {
        return Organisation.count("lower(name) = ?1 and id <> ?2", name.toLowerCase(),
                        except == null ? new UUID(0, 0) : except)
                .invoke(taken -> {
                    if (taken > 0) {
                        throw new ProblemException(Response.Status.CONFLICT,
                                "name: an organisation called " + name + " exists already");
                    }
                });
    }

    private static Uni<Void> requireAnotherAdmin(UUID id, String userId) {
        return OrganisationMember.count("organisationId = ?1 and role = ?2 and userId <> ?3", id,
                        OrganisationMember.ADMIN, userId)
                .invoke(others -> {
                    if (others == 0) {
                        throw new ProblemException(Response.Status.CONFLICT,
                                "An organisation needs an admin: make someone else admin first");
                    }
                })
                .replaceWithVoid();
    }
}
