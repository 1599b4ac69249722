package org.convene.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * An event with its CloudEvents attributes (structured mode: the whole envelope is the Kafka
 * record's value). {@code subject} is the mission id. An {@link AggregateState} event also carries
 * its aggregate and that aggregate's version (the extension attributes {@code aggregateid} and
 * {@code aggregateversion}); {@code version} is 0 for other events, and for events written before
 * versions existed.
 */
public record EventEnvelope(String id, String type, String source, Instant time, String subject,
                            ConveneEvent data, String aggregate, long version) {

    public static final String SPEC_VERSION = "1.0";

    /** An event without a version. */
    public EventEnvelope(String id, String type, String source, Instant time, String subject, ConveneEvent data) {
        this(id, type, source, time, subject, data, aggregateOf(data), 0);
    }

    /** Wraps a new event with a fresh id and no version (tests that play another service use it). */
    public static EventEnvelope wrap(ConveneEvent event, String source) {
        return wrap(event, source, 0);
    }

    /** Wraps a new event with a fresh id, as version {@code version} of its aggregate. */
    public static EventEnvelope wrap(ConveneEvent event, String source, long version) {
        return new EventEnvelope(UUID.randomUUID().toString(), EventType.of(event).cloudEventType(),
                source, Instant.now(), event.missionId(), event, aggregateOf(event), version);
    }

    public String topic() {
        return EventType.ofCloudEventType(type).topic();
    }

    /**
     * The Kafka record key: the aggregate on compacted topics (so that compaction keeps the latest
     * state of each), else the mission, so that a mission's events keep their order.
     */
    public String key() {
        return EventType.ofCloudEventType(type).compacted() ? aggregate : subject;
    }

    private static String aggregateOf(ConveneEvent event) {
        return event instanceof AggregateState state ? state.aggregateId() : null;
    }
}
