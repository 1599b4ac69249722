package org.convene.communities.goals;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One published measurement of a target's metric. */
@Entity
@Table(name = "target_progress")
public class TargetProgress extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    @Column(nullable = false)
    public double value;

    @Column(name = "recorded_on", nullable = false)
    public LocalDate recordedOn;

    @Column(columnDefinition = "text", nullable = false)
    public String note;

    @Column(name = "recorded_by", columnDefinition = "text", nullable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
