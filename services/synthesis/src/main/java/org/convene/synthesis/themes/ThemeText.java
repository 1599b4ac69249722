package org.convene.synthesis.themes;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A text that joined a theme. */
@Entity
@Table(name = "theme_texts")
public class ThemeText extends PanacheEntityBase {

    /** The id of the feedback (or other source) the text came from. */
    @Id
    @Column(columnDefinition = "text", name = "source_id")
    public String sourceId;

    @Column(name = "theme_id", nullable = false)
    public UUID themeId;

    @Column(columnDefinition = "text", name = "mission_id", nullable = false)
    public String missionId;

    @Column(columnDefinition = "text", name = "author_id", nullable = false)
    public String authorId;

    @Column(columnDefinition = "text", nullable = false)
    public String text;

    /** Where the text came from: feedback (with survey answers) or statement (a deliberation's). */
    @Column(columnDefinition = "text", nullable = false)
    public String source;

    @Column
    public byte[] embedding;

    /** Cosine similarity to the theme's centre; the most central texts are its quotes. */
    @Column(nullable = false)
    public float centrality;

    @Column(columnDefinition = "text")
    public String sentiment;

    @Column(columnDefinition = "text", name = "stakeholder_type")
    public String stakeholderType;

    @Column(columnDefinition = "text")
    public String organisation;

    @Column(columnDefinition = "text")
    public String service;

    @Column(columnDefinition = "text")
    public String place;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
}
