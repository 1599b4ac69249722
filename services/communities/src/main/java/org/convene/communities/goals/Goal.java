package org.convene.communities.goals;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A moonshot goal of a mission. */
@Entity
@Table(name = "goals")
public class Goal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "mission_id", nullable = false)
    public UUID missionId;

    @Column(columnDefinition = "text", nullable = false)
    public String title;

    @Column(columnDefinition = "text", nullable = false)
    public String description;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
