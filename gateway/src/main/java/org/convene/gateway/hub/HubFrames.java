package org.convene.gateway.hub;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.websockets.next.CloseReason;

/**
 * The hub's JSON protocol. A client sends {@code subscribe} or {@code unsubscribe} with a topic;
 * the hub answers {@code subscribed}, {@code unsubscribed} or {@code error}, and pushes
 * {@code event} frames for the topics the client subscribed to.
 */
public final class HubFrames {

    /** A binary message: the hub reads JSON text only (RFC 6455 "unsupported data"). */
    static final CloseReason TEXT_ONLY = new CloseReason(1003, "JSON text frames only");
    /** A message over the size limit (RFC 6455 "message too big"). */
    static final CloseReason TOO_BIG = new CloseReason(1009, "message too big");

    private HubFrames() {}

    /** What a client sends. */
    public record ClientFrame(String type, String topic) {}

    /** What the hub sends back about a subscription. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reply(String type, String topic, String message) {}

    /**
     * An event on a topic.
     *
     * @param id    the event's unique id
     * @param seq   the message's position in its channel, for channel topics (resume after it)
     * @param event the event type, for example org.convene.communities.message.posted.v1
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(String type, String topic, String id, Long seq, String event, Object data) {

        public Event(String topic, String id, Long seq, String event, Object data) {
            this("event", topic, id, seq, event, data);
        }
    }
}
