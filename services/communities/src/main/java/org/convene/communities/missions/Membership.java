package org.convene.communities.missions;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.convene.contracts.MembershipChanged;

/** One person's membership of one mission, with their role in it. */
@Entity
@Table(name = "memberships")
public class Membership extends PanacheEntityBase {

    public static final String CONVENER = "convener";
    public static final String MEMBER = "member";
    public static final String OBSERVER = "observer";

    @Id
    public UUID id;

    @Column(name = "mission_id", nullable = false)
    public UUID missionId;

    @Column(columnDefinition = "text", name = "user_id", nullable = false)
    public String userId;

    @Column(columnDefinition = "text", name = "display_name", nullable = false)
    public String displayName;

    @Column(columnDefinition = "text", nullable = false)
    public String role;

    @Column(columnDefinition = "text", name = "stakeholder_type")
    public String stakeholderType;

    @Column(columnDefinition = "text")
    public String organisation;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    /** The organisation through which the person is a member, or null for a personal membership. */
    @Column(name = "via_organisation")
    public UUID viaOrganisation;

    /** The event that tells the other services about this membership. */
    public MembershipChanged event(MembershipChanged.Change change) {
        return new MembershipChanged(missionId.toString(), userId, change == MembershipChanged.Change.LEFT ? null : role,
                change, stakeholderType, organisation);
    }
}
