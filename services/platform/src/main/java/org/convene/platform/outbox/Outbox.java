package org.convene.platform.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.convene.contracts.ConveneEvent;
import org.convene.contracts.EventCodec;
import org.convene.contracts.EventEnvelope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records events to publish. Call it inside the transaction that makes the change: the event is
 * sent if and only if the change commits, and the relay retries until Kafka has it.
 */
@ApplicationScoped
public class Outbox {

    private final String source;

    public Outbox(@ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.source = "/services/" + applicationName;
    }

    public Uni<EventEnvelope> publish(ConveneEvent event) {
        EventEnvelope envelope = EventEnvelope.wrap(event, source);
        OutboxMessage message = new OutboxMessage();
        message.eventId = envelope.id();
        message.topic = envelope.topic();
        message.messageKey = envelope.subject();
        message.payload = EventCodec.encode(envelope);
        message.createdAt = Instant.now();
        return message.persist().replaceWith(envelope);
    }
}
