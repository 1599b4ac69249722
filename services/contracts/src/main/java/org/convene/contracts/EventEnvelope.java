package org.convene.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * An event with its CloudEvents attributes (structured mode: the whole envelope is the Kafka
 * record's value). {@code subject} is the mission id, which is also the record key.
 */
public record EventEnvelope(String id, String type, String source, Instant time, String subject,
                            ConveneEvent data) {

    public static final String SPEC_VERSION = "1.0";

    /** Wraps a new event with a fresh id. */
    public static EventEnvelope wrap(ConveneEvent event, String source) {
        return new EventEnvelope(UUID.randomUUID().toString(), EventType.of(event).cloudEventType(),
                source, Instant.now(), event.missionId(), event);
    }

    public String topic() {
        return EventType.ofCloudEventType(type).topic();
    }
}
