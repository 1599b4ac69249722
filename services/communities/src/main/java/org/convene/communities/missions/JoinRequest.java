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

/** A person's request to join a private mission, waiting for a convener's decision. */
@Entity
@Table(name = "join_requests")
@IdClass(JoinRequest.Key.class)
public class JoinRequest extends PanacheEntityBase {

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

    @Column(name = "stakeholder_type", columnDefinition = "text")
    public String stakeholderType;

    @Column(columnDefinition = "text")
    public String organisation;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;
}
