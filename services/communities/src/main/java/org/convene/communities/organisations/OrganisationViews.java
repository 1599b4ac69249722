package org.convene.communities.organisations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the organisation pages and the directory show. */
public final class OrganisationViews {

    private OrganisationViews() {}

    /** An organisation in the directory; myRole is the caller's role in it (admin, member or null). */
    public record Summary(UUID id, String name, String stakeholderType, String description, String website,
                          String place, long memberCount, String myRole) {

        static Summary of(Organisation o, long memberCount, String myRole) {
            return new Summary(o.id, o.name, o.stakeholderType, o.description, o.website, o.place, memberCount, myRole);
        }
    }

    public record Member(String userId, String displayName, String role, Instant joinedAt) {

        static Member of(OrganisationMember m) {
            return new Member(m.userId, m.displayName, m.role, m.joinedAt);
        }
    }

    /** A person's invitation into an organisation, waiting for them to accept or decline it. */
    public record PersonInvitation(UUID organisationId, String organisationName, String userId, String displayName,
                                   String role, String invitedByName, Instant createdAt) {

        static PersonInvitation of(OrganisationInvitation i, String organisationName) {
            return new PersonInvitation(i.organisationId, organisationName, i.userId, i.displayName, i.role,
                    i.invitedByName, i.createdAt);
        }
    }

    /** An organisation's part in a mission: REQUESTED, INVITED or JOINED. */
    public record Participation(UUID missionId, String missionName, UUID organisationId, String organisationName,
                                String stakeholderType, String state, Instant changedAt) {}

    /** The profile page: the organisation, its people, and the missions it takes part in. */
    public record Profile(Summary organisation, List<Member> members, List<Participation> missions) {}
}
