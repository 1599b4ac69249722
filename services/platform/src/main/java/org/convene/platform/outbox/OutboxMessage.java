package org.convene.platform.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event waiting in the outbox table for the relay to send it to Kafka. */
@Entity
@Table(name = "outbox")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(columnDefinition = "text", name = "event_id", nullable = false, unique = true)
    public String eventId;

    @Column(columnDefinition = "text", nullable = false)
    public String topic;

    @Column(columnDefinition = "text", name = "message_key", nullable = false)
    public String messageKey;

    @Column(columnDefinition = "text", nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
