package org.convene.engagement.feedback;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Leaders' answer to a theme, as the synthesis service published it ("you said, we did"). */
@Entity
@Table(name = "theme_responses")
public class ThemeResponse extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "text", name = "response_id")
    public String responseId;

    @Column(columnDefinition = "text", name = "theme_id", nullable = false)
    public String themeId;

    @Column(columnDefinition = "text", nullable = false)
    public String text;

    @Column(columnDefinition = "text", nullable = false)
    public String status;

    @Column(columnDefinition = "text", nullable = false)
    public String responder;

    @Column(name = "responded_at", nullable = false)
    public Instant respondedAt;
}
