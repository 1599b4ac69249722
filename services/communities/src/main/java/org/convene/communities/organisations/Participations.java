package org.convene.communities.organisations;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.convene.communities.missions.Membership;
import org.convene.communities.missions.Mission;
import org.convene.communities.missions.MissionAccess;
import org.convene.communities.organisations.MissionOrganisation.State;
import org.convene.communities.organisations.OrganisationViews.Participation;
import org.convene.contracts.OrganisationParticipationChanged;
import org.convene.platform.api.ProblemException;
import org.convene.platform.outbox.Outbox;
import org.convene.platform.security.CurrentUser;

/**
 * Whole organisations taking part in missions. It takes both sides to agree: an admin of the
 * organisation asks (enough on its own for a public mission; for a private one only an admin who
 * sees it may ask) and a convener invites or approves.
 * One call, "agree", serves both sides; the caller's standing decides which side it is.
 */
@ApplicationScoped
public class Participations {

    /** The participation after the call, and whether the organisation joined with this call. */
    public record Outcome(Participation participation, boolean joinedNow) {}

    /** Whether the caller speaks for the organisation, for the mission, or both. */
    record Sides(boolean organisation, boolean mission) {}

    private final MissionAccess access;
    private final MembershipCascade cascade;
    private final Outbox outbox;

    public Participations(MissionAccess access, MembershipCascade cascade, Outbox outbox) {
        this.access = access;
        this.cascade = cascade;
        this.outbox = outbox;
    }

    public Uni<Outcome> agree(UUID missionId, UUID organisationId, CurrentUser user) {
        return known(missionId, organisationId, user)
                .chain(mission -> Organisations.organisation(organisationId)
                        .chain(org -> sides(missionId, organisationId, user)
                                .chain(sides -> find(missionId, organisationId)
                                        .chain(existing -> decide(mission, org, existing, sides)))));
    }

    /** Leaving, removal, declining an invitation or withdrawing a request, by either side. */
    public Uni<Void> withdraw(UUID missionId, UUID organisationId, CurrentUser user) {
        return known(missionId, organisationId, user)
                .chain(() -> sides(missionId, organisationId, user))
                .chain(() -> find(missionId, organisationId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound(
                        "Organisation " + organisationId + " in mission " + missionId))
                .chain(p -> p.delete().chain(() -> p.state != State.JOINED ? Uni.createFrom().voidItem()
                        : cascade.takeOut(missionId, organisationId)
                                .chain(() -> Organisations.organisation(organisationId))
                                .chain(org -> outbox.publish(event(missionId, org,
                                        OrganisationParticipationChanged.Change.LEFT)))
                                .replaceWithVoid()));
    }

    /** The organisations in the mission; requests and invitations only for its conveners. */
    public Uni<List<Participation>> ofMission(UUID missionId, CurrentUser user) {
        return access.visible(missionId, user).chain(a -> {
            boolean convener = a.admin() || Membership.CONVENER.equals(a.role());
            return Organisation.getSession().chain(s -> s.createSelectionQuery(
                            "select mo, o from MissionOrganisation mo, Organisation o where o.id = mo.organisationId"
                                    + " and mo.missionId = :m and (:all = true or mo.state = :joined)"
                                    + " order by lower(o.name)", Object[].class)
                            .setParameter("m", missionId)
                            .setParameter("all", convener)
                            .setParameter("joined", State.JOINED)
                            .getResultList())
                    .map(rows -> rows.stream().map(r -> Organisations.participation((MissionOrganisation) r[0],
                            a.mission(), (Organisation) r[1])).toList());
        });
    }

    /** Missions inviting organisations whose admin the caller is. */
    public Uni<List<Participation>> invitationsFor(CurrentUser user) {
        return Organisation.getSession().chain(s -> s.createSelectionQuery(
                        "select mo, m, o from MissionOrganisation mo, Mission m, Organisation o, OrganisationMember om"
                                + " where m.id = mo.missionId and o.id = mo.organisationId"
                                + " and om.organisationId = o.id and om.userId = :u and om.role = :admin"
                                + " and mo.state = :invited order by mo.changedAt desc", Object[].class)
                        .setParameter("u", user.id())
                        .setParameter("admin", OrganisationMember.ADMIN)
                        .setParameter("invited", State.INVITED)
                        .getResultList())
                .map(rows -> rows.stream().map(r -> Organisations.participation((MissionOrganisation) r[0],
                        (Mission) r[1], (Organisation) r[2])).toList());
    }

    private Uni<Outcome> decide(Mission mission, Organisation org, MissionOrganisation existing, Sides sides) {
        State before = existing == null ? null : existing.state;
        State after = next(before, mission.visibility == Mission.Visibility.PUBLIC, sides);
        MissionOrganisation p = existing != null ? existing : new MissionOrganisation();
        if (existing == null) {
            p.id = UUID.randomUUID();
            p.missionId = mission.id;
            p.organisationId = org.id;
        }
        if (after == before) {
            return Uni.createFrom().item(new Outcome(Organisations.participation(p, mission, org), false));
        }
        p.state = after;
        p.changedAt = Instant.now();
        Uni<Void> stored = existing == null ? p.persistAndFlush().replaceWithVoid() : Uni.createFrom().voidItem();
        boolean joinedNow = after == State.JOINED;
        return stored
                .chain(() -> joinedNow ? cascade.bringIn(mission.id, org)
                        .chain(() -> outbox.publish(event(mission.id, org, OrganisationParticipationChanged.Change.JOINED)))
                        .replaceWithVoid()
                        : Uni.createFrom().voidItem())
                .map(ignored -> new Outcome(Organisations.participation(p, mission, org), joinedNow));
    }

    /**
     * The organisation's side joins a public mission, accepts an invitation, or asks; the
     * mission's side approves a request, or invites.
     */
    static State next(State before, boolean publicMission, Sides sides) {
        if (before == State.JOINED) {
            return State.JOINED;
        }
        if (sides.organisation() && (sides.mission() || publicMission || before == State.INVITED)) {
            return State.JOINED;
        }
        if (sides.organisation()) {
            return State.REQUESTED;
        }
        return before == State.REQUESTED ? State.JOINED : State.INVITED;
    }

    /**
     * The mission, when the caller may know of it: they see it, or they are an admin of an
     * organisation it already deals with (invited, say). Otherwise it is answered as missing, so
     * that nobody learns a private mission's name, or that it exists, from its id.
     */
    private Uni<Mission> known(UUID missionId, UUID organisationId, CurrentUser user) {
        return access.visible(missionId, user).map(MissionAccess.Access::mission)
                .onFailure(ProblemException.class).recoverWithUni(hidden -> find(missionId, organisationId)
                        .chain(p -> p == null ? Uni.createFrom().<String>nullItem() : Organisations.myRole(organisationId, user))
                        .chain(role -> OrganisationMember.ADMIN.equals(role)
                                ? Mission.<Mission>findById(missionId) : Uni.createFrom().failure(hidden)));
    }

    private static Uni<Sides> sides(UUID missionId, UUID organisationId, CurrentUser user) {
        if (user.isAdmin()) {
            return Uni.createFrom().item(new Sides(true, true));
        }
        return Organisations.myRole(organisationId, user)
                .chain(orgRole -> Membership.<Membership>find("missionId = ?1 and userId = ?2", missionId, user.id())
                        .firstResult()
                        .map(m -> new Sides(OrganisationMember.ADMIN.equals(orgRole),
                                m != null && Membership.CONVENER.equals(m.role))))
                .invoke(sides -> {
                    if (!sides.organisation() && !sides.mission()) {
                        throw ProblemException.forbidden(
                                "Only the organisation's admins or the mission's conveners can do this");
                    }
                });
    }

    private static Uni<MissionOrganisation> find(UUID missionId, UUID organisationId) {
        return MissionOrganisation.<MissionOrganisation>find("missionId = ?1 and organisationId = ?2", missionId,
                organisationId).firstResult();
    }

    private static OrganisationParticipationChanged event(UUID missionId, Organisation org,
                                                          OrganisationParticipationChanged.Change change) {
        return new OrganisationParticipationChanged(missionId.toString(), org.id.toString(), org.name,
                org.stakeholderType, change);
    }
}
