package org.convene.communities.goals;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A committed target: a metric to move from a baseline to a target value by a deadline. */
@Entity
@Table(name = "targets")
public class Target extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "mission_id", nullable = false)
    public UUID missionId;

    @Column(name = "goal_id")
    public UUID goalId;

    @Column(columnDefinition = "text", nullable = false)
    public String metric;

    @Column(columnDefinition = "text", nullable = false)
    public String unit;

    @Column(nullable = false)
    public double baseline;

    @Column(name = "target_value", nullable = false)
    public double targetValue;

    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
