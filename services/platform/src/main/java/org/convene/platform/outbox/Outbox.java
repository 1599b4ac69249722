package org.convene.platform.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.convene.contracts.AggregateState;
import org.convene.contracts.ConveneEvent;
import org.convene.contracts.EventCodec;
import org.convene.contracts.EventEnvelope;
import org.convene.platform.consistency.WrittenEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records events to publish. Call it inside the transaction that makes the change: the event is
 * sent if and only if the change commits, and the relay retries until Kafka has it.
 *
 * <p>An event that carries an aggregate's state gets that aggregate's next version. Taking it locks
 * the aggregate's row until the transaction ends, so two transactions that change one aggregate
 * take their versions, and their outbox positions, in the order they commit.
 */
@ApplicationScoped
public class Outbox {

    private final String source;

    public Outbox(@ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.source = "/services/" + applicationName;
    }

    public Uni<EventEnvelope> publish(ConveneEvent event) {
        Uni<Long> version = event instanceof AggregateState state
                ? nextVersion(state.aggregateId())
                : Uni.createFrom().item(0L);
        return version.chain(v -> {
            EventEnvelope envelope = EventEnvelope.wrap(event, source, v);
            OutboxMessage message = new OutboxMessage();
            message.eventId = envelope.id();
            message.topic = envelope.topic();
            message.messageKey = envelope.key();
            message.payload = EventCodec.encode(envelope);
            message.createdAt = Instant.now();
            WrittenEvents.note(envelope);
            return message.persist().replaceWith(envelope);
        });
    }

    private static Uni<Long> nextVersion(String aggregate) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into aggregate_versions (aggregate, version) values (:aggregate, 1)"
                                + " on conflict (aggregate) do update set version = aggregate_versions.version + 1"
                                + " returning version", Long.class)
                .setParameter("aggregate", aggregate)
                .getSingleResult());
    }
}
