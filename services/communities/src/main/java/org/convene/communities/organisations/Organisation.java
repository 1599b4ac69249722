package org.convene.communities.organisations;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A ministry, council, firm, civil-society group, research body or citizen group. */
@Entity
@Table(name = "organisations")
public class Organisation extends PanacheEntityBase {

    /** The kinds of stakeholder, as a validation pattern. */
    public static final String STAKEHOLDER_TYPES = "ministry|council|firm|civil_society|academia|citizen";
    public static final String STAKEHOLDER_TYPES_MESSAGE = "ministry, council, firm, civil_society, academia or citizen";

    @Id
    public UUID id;

    @Column(columnDefinition = "text", nullable = false)
    public String name;

    @Column(columnDefinition = "text", name = "stakeholder_type", nullable = false)
    public String stakeholderType;

    @Column(columnDefinition = "text", nullable = false)
    public String description;

    @Column(columnDefinition = "text")
    public String website;

    @Column(columnDefinition = "text")
    public String place;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
