package org.convene.engagement.deliberations;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A short statement in a deliberation, with its moderation status and vote counts. */
@Entity
@Table(name = "statements")
public class Statement extends PanacheEntityBase {

    public enum Status { PENDING, APPROVED, REJECTED }

    /** The longest statement, in characters. */
    public static final int MAX_LENGTH = 280;

    @Id
    public UUID id;

    @Column(name = "deliberation_id", nullable = false)
    public UUID deliberationId;

    /** The Pol.is comment id: 0, 1, 2, … in order of submission. */
    @Column(nullable = false)
    public int number;

    @Column(name = "author_id")
    public UUID authorId;

    @Column(columnDefinition = "text", nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text", nullable = false)
    public Status status;

    @Column(columnDefinition = "text", name = "reject_reason")
    public String rejectReason;

    @Column(nullable = false)
    public boolean seed;

    @Column(nullable = false)
    public int agrees;

    @Column(nullable = false)
    public int disagrees;

    @Column(nullable = false)
    public int passes;

    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
