package org.convene.engagement.feedback;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A piece of frontline feedback, as its sender wrote it. */
@Entity
@Table(name = "feedback")
public class Feedback extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(columnDefinition = "text", name = "mission_id", nullable = false)
    public String missionId;

    @Column(columnDefinition = "text", name = "author_id", nullable = false)
    public String authorId;

    @Column(columnDefinition = "text", nullable = false)
    public String text;

    @Column(columnDefinition = "text")
    public String category;

    @Column(columnDefinition = "text")
    public String service;

    @Column(columnDefinition = "text")
    public String place;

    @Column(columnDefinition = "text", name = "stakeholder_type")
    public String stakeholderType;

    @Column(columnDefinition = "text")
    public String organisation;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** The theme it joined, as the synthesis service said; null until then. */
    @Column(columnDefinition = "text", name = "theme_id")
    public String themeId;

    @Column(columnDefinition = "text", name = "theme_label")
    public String themeLabel;
}
