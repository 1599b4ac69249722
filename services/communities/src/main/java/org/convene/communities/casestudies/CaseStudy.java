package org.convene.communities.casestudies;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A structured account of what an organisation tried for a mission, and what it learned. */
@Entity
@Table(name = "case_studies")
public class CaseStudy extends PanacheEntityBase {

    public enum Status { DRAFT, PUBLISHED }

    @Id
    public UUID id;

    @Column(name = "mission_id", nullable = false)
    public UUID missionId;

    @Column(name = "author_id", columnDefinition = "text", nullable = false)
    public String authorId;

    @Column(name = "author_name", columnDefinition = "text", nullable = false)
    public String authorName;

    @Column(columnDefinition = "text", nullable = false)
    public String title;

    @Column(columnDefinition = "text", nullable = false)
    public String summary;

    @Column(columnDefinition = "text", nullable = false)
    public String context;

    @Column(columnDefinition = "text", nullable = false)
    public String challenge;

    @Column(columnDefinition = "text", nullable = false)
    public String approach;

    @Column(columnDefinition = "text", nullable = false)
    public String outcomes;

    @Column(columnDefinition = "text", nullable = false)
    public String lessons;

    @Column(columnDefinition = "text")
    public String place;

    /** Links, one per line. */
    @Column(columnDefinition = "text", nullable = false)
    public String links;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text", nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "published_at")
    public Instant publishedAt;
}
