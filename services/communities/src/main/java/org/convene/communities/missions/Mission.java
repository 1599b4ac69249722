package org.convene.communities.missions;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A mission community: a long-term public goal that many organisations and people work on. */
@Entity
@Table(name = "missions")
public class Mission extends PanacheEntityBase {

    public enum Visibility { PUBLIC, PRIVATE }

    @Id
    public UUID id;

    @Column(columnDefinition = "text", nullable = false)
    public String name;

    @Column(columnDefinition = "text", nullable = false)
    public String vision;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text", nullable = false)
    public Visibility visibility;

    /** The policy theme (health, climate, housing, safety, education, economy, other), or null. */
    @Column(columnDefinition = "text")
    public String theme;

    @Column(columnDefinition = "text", name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
