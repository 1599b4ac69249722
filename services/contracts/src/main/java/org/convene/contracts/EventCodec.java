package org.convene.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.Optional;

/**
 * The one JSON form of events, used by every producer and consumer. Unknown fields are ignored
 * so that a consumer keeps reading events that a newer producer extended.
 */
public final class EventCodec {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EventCodec() {}

    public static String encode(EventEnvelope envelope) {
        ObjectNode node = JSON.createObjectNode()
                .put("specversion", EventEnvelope.SPEC_VERSION)
                .put("id", envelope.id())
                .put("type", envelope.type())
                .put("source", envelope.source())
                .put("time", envelope.time().toString())
                .put("subject", envelope.subject())
                .put("datacontenttype", "application/json");
        if (envelope.aggregate() != null && envelope.version() > 0) {
            node.put("aggregateid", envelope.aggregate()).put("aggregateversion", envelope.version());
        }
        node.set("data", JSON.valueToTree(envelope.data()));
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event cannot be written as JSON", e);
        }
    }

    /** Reads an event of a type this version knows; anything else is an {@link UnreadableEventException}. */
    public static EventEnvelope decode(String json) {
        return read(json).orElseThrow(() -> new UnreadableEventException("unknown event type '" + typeOf(json) + "'"));
    }

    /**
     * Reads a record from a topic: the event, or nothing for a well-formed event of a type this
     * version does not know (a new event, or a newer version of one, from a newer producer: skipped
     * by design, so that producers can be upgraded first). A record that is not an event at all
     * throws {@link UnreadableEventException}.
     */
    public static Optional<EventEnvelope> read(String json) {
        try {
            JsonNode node = json == null ? null : JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw new UnreadableEventException("an event is a JSON object");
            }
            String type = required(node, "type");
            Optional<EventType> eventType = EventType.find(type);
            if (eventType.isEmpty()) {
                if (!EventType.isWellFormed(type)) {
                    throw new UnreadableEventException("'" + type + "' is not an event type");
                }
                required(node, "id");
                return Optional.empty();
            }
            ConveneEvent data = JSON.treeToValue(node.get("data"), eventType.get().payload());
            if (data == null) {
                throw new UnreadableEventException("event " + type + " has no data");
            }
            JsonNode version = node.get("aggregateversion");
            if (version != null && !version.canConvertToLong()) {
                throw new UnreadableEventException("event " + type + " has a version that is not a number");
            }
            String aggregate = data instanceof AggregateState state ? state.aggregateId() : null;
            return Optional.of(new EventEnvelope(required(node, "id"), type, required(node, "source"),
                    Instant.parse(required(node, "time")), required(node, "subject"), data, aggregate,
                    version == null ? 0 : Math.max(0, version.asLong())));
        } catch (JsonProcessingException | java.time.format.DateTimeParseException e) {
            throw new UnreadableEventException("not a readable event: " + e.getMessage(), e);
        }
    }

    private static String typeOf(String json) {
        try {
            return JSON.readTree(json).path("type").asText();
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new UnreadableEventException("event lacks the attribute '" + field + "'");
        }
        return value.asText();
    }
}
