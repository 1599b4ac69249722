package org.convene.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;

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
        node.set("data", JSON.valueToTree(envelope.data()));
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event cannot be written as JSON", e);
        }
    }

    public static EventEnvelope decode(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw new UnreadableEventException("an event is a JSON object");
            }
            String type = required(node, "type");
            EventType eventType = EventType.ofCloudEventType(type);
            ConveneEvent data = JSON.treeToValue(node.get("data"), eventType.payload());
            if (data == null) {
                throw new UnreadableEventException("event " + type + " has no data");
            }
            return new EventEnvelope(required(node, "id"), type, required(node, "source"),
                    Instant.parse(required(node, "time")), required(node, "subject"), data);
        } catch (JsonProcessingException | java.time.format.DateTimeParseException e) {
            throw new UnreadableEventException("not a readable event: " + e.getMessage(), e);
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
