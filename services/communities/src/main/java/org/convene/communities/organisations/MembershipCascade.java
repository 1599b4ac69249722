package org.convene.communities.organisations;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.convene.communities.missions.Membership;
import org.convene.contracts.MembershipChanged;
import org.convene.platform.outbox.Outbox;

/**
 * Keeps the people of an organisation in the missions it has joined: each gets a membership of
 * their own (role member) marked as coming through the organisation, and loses it when neither
 * that organisation nor another of theirs takes part any more. Personal memberships are never
 * touched. Every change goes out as a {@link MembershipChanged} event like any other.
 */
@ApplicationScoped
public class MembershipCascade {

    private final Outbox outbox;

    public MembershipCascade(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Brings every member of the organisation into the mission. */
    Uni<Void> bringIn(UUID missionId, Organisation org) {
        return OrganisationMember.<OrganisationMember>list("organisationId", org.id)
                .chain(people -> each(people, person -> grant(missionId, org, person)));
    }

    /** Brings one new member of the organisation into every mission the organisation has joined. */
    Uni<Void> bringIntoMissions(Organisation org, OrganisationMember person) {
        return joinedMissions(org.id).chain(missions -> each(missions, m -> grant(m, org, person)));
    }

    /** Takes the organisation's people out of the mission, unless they are there in their own right. */
    Uni<Void> takeOut(UUID missionId, UUID organisationId) {
        return Membership.<Membership>list("missionId = ?1 and viaOrganisation = ?2", missionId, organisationId)
                .chain(members -> each(members, this::release));
    }

    /** Takes a person who left the organisation out of the missions they were in through it. */
    Uni<Void> takeOutOfMissions(UUID organisationId, String userId) {
        return Membership.<Membership>list("userId = ?1 and viaOrganisation = ?2", userId, organisationId)
                .chain(members -> each(members, this::release));
    }

    private Uni<Void> grant(UUID missionId, Organisation org, OrganisationMember person) {
        return Membership.<Membership>find("missionId = ?1 and userId = ?2", missionId, person.userId).firstResult()
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().voidItem();
                    }
                    Membership m = new Membership();
                    m.id = UUID.randomUUID();
                    m.missionId = missionId;
                    m.userId = person.userId;
                    m.displayName = person.displayName;
                    m.role = Membership.MEMBER;
                    m.stakeholderType = person.stakeholderType != null ? person.stakeholderType : org.stakeholderType;
                    m.organisation = org.name;
                    m.viaOrganisation = org.id;
                    m.joinedAt = Instant.now();
                    return m.persist().chain(() -> outbox.publish(m.event(MembershipChanged.Change.JOINED))).replaceWithVoid();
                });
    }

    /** Moves the membership to another organisation of theirs in the mission, or ends it. */
    private Uni<Void> release(Membership m) {
        String hql = "select o from Organisation o, MissionOrganisation mo, OrganisationMember om"
                + " where mo.organisationId = o.id and om.organisationId = o.id and mo.missionId = ?1"
                + " and mo.state = ?2 and om.userId = ?3 and o.id <> ?4";
        return Organisation.<Organisation>find(hql, m.missionId, MissionOrganisation.State.JOINED, m.userId,
                        m.viaOrganisation).firstResult()
                .chain(other -> {
                    if (other != null) {
                        m.viaOrganisation = other.id;
                        m.organisation = other.name;
                        return Uni.createFrom().voidItem();
                    }
                    return m.delete().chain(() -> outbox.publish(m.event(MembershipChanged.Change.LEFT))).replaceWithVoid();
                });
    }

    private static Uni<List<UUID>> joinedMissions(UUID organisationId) {
        return MissionOrganisation.<MissionOrganisation>list("organisationId = ?1 and state = ?2", organisationId,
                        MissionOrganisation.State.JOINED)
                .map(list -> list.stream().map(p -> p.missionId).toList());
    }

    /** One after another: a reactive session runs one query at a time. */
    private static <T> Uni<Void> each(List<T> items, java.util.function.Function<T, Uni<Void>> step) {
        return Multi.createFrom().iterable(items).onItem().<Void>transformToUniAndConcatenate(step::apply)
                .collect().last().replaceWithVoid();
    }
}
