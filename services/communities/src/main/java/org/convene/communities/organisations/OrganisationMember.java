package org.convene.communities.organisations;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person's membership of an organisation; admins manage the organisation and speak for it. */
@Entity
@Table(name = "organisation_members")
public class OrganisationMember extends PanacheEntityBase {

    public static final String ADMIN = "admin";
    public static final String MEMBER = "member";

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(columnDefinition = "text", name = "user_id", nullable = false)
    public String userId;

    @Column(columnDefinition = "text", name = "display_name", nullable = false)
    public String displayName;

    @Column(columnDefinition = "text", name = "stakeholder_type")
    public String stakeholderType;

    @Column(columnDefinition = "text", nullable = false)
    public String role;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;
}
