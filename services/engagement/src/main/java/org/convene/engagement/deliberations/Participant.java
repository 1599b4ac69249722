package org.convene.engagement.deliberations;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A pseudonymous participant of one deliberation: a signed-in person (userId), an anonymous
 * browser (the hash of its secret), or a participant brought in by a Pol.is import (neither).
 */
@Entity
@Table(name = "participants")
public class Participant extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "deliberation_id", nullable = false)
    public UUID deliberationId;

    /** The Pol.is participant id: 0, 1, 2, … in order of arrival. */
    @Column(nullable = false)
    public int number;

    @Column(columnDefinition = "text", name = "user_id")
    public String userId;

    @Column(columnDefinition = "text", name = "token_hash")
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
