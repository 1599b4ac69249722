package org.convene.communities.missions;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A convener's invitation of a person to a mission, private or public: the only way into a private one. */
@Entity
@Table(name = "invitations")
@IdClass(Invitation.Key.class)
public class Invitation extends PanacheEntityBase {

    public record Key(UUID missionId, String userId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "mission_id")
    public UUID missionId;

    @Id
    @Column(name = "user_id", columnDefinition = "text")
    public String userId;

    @Column(name = "display_name", columnDefinition = "text", nullable = false)
    public String displayName;

    @Column(columnDefinition = "text", nullable = false)
    public String role;

    @Column(name = "invited_by_name", columnDefinition = "text", nullable = false)
    public String invitedByName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
