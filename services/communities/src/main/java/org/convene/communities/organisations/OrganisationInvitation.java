package org.convene.communities.organisations;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An admin's invitation of a person to an organisation: they are a member only once they accept it. */
@Entity
@Table(name = "organisation_invitations")
public class OrganisationInvitation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "user_id", columnDefinition = "text", nullable = false)
    public String userId;

    @Column(name = "display_name", columnDefinition = "text", nullable = false)
    public String displayName;

    @Column(name = "stakeholder_type", columnDefinition = "text")
    public String stakeholderType;

    @Column(columnDefinition = "text", nullable = false)
    public String role;

    @Column(name = "invited_by_name", columnDefinition = "text", nullable = false)
    public String invitedByName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
