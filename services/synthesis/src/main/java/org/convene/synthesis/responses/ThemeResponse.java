package org.convene.synthesis.responses;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What leaders answered to a theme: what they will do, are doing, did, or will not do and why. */
@Entity
@Table(name = "theme_responses")
public class ThemeResponse extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "theme_id", nullable = false)
    public UUID themeId;

    @Column(columnDefinition = "text", name = "mission_id", nullable = false)
    public String missionId;

    @Column(columnDefinition = "text", nullable = false)
    public String text;

    /** HEARD, PLANNED, IN_PROGRESS, DONE or NOT_PLANNED. */
    @Column(columnDefinition = "text", nullable = false)
    public String status;

    @Column(columnDefinition = "text", nullable = false)
    public String responder;

    @Column(name = "responded_at", nullable = false)
    public Instant respondedAt;
}
