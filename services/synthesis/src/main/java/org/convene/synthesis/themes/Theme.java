package org.convene.synthesis.themes;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A group of texts of one mission that speak of the same thing. */
@Entity
@Table(name = "themes")
public class Theme extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(columnDefinition = "text", name = "mission_id", nullable = false)
    public String missionId;

    @Column(columnDefinition = "text", nullable = false)
    public String label;

    /** The distinctive terms, best first, joined by commas. */
    @Column(columnDefinition = "text", nullable = false)
    public String terms;

    /** The summed term counts of the theme's texts, as a JSON object. */
    @Column(columnDefinition = "text", name = "term_counts", nullable = false)
    public String termCounts;

    @Column(nullable = false)
    public int size;

    /** Distinct people behind the texts. */
    @Column(nullable = false)
    public int people;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
