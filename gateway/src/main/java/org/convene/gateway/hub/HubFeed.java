package org.convene.gateway.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.convene.contracts.EventCodec;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.FeedbackAnswered;
import org.convene.contracts.MessageDeleted;
import org.convene.contracts.MessageEdited;
import org.convene.contracts.MessagePosted;
import org.convene.contracts.OpinionGroupsChanged;
import org.convene.contracts.StatementPublished;
import org.convene.contracts.ThemeResponded;
import org.convene.contracts.ThemeRetired;
import org.convene.contracts.ThemeUpdated;
import org.convene.contracts.VoteCast;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Pushes Kafka events to the connections subscribed to their topic. Each connection may have a
 * bounded number of frames in flight; a client that falls further behind is disconnected (it
 * resumes from its last seq when it reconnects), so that it never slows the others down.
 */
@ApplicationScoped
public class HubFeed {

    private static final Logger LOG = Logger.getLogger(HubFeed.class);
    static final CloseReason TOO_SLOW = new CloseReason(1013, "too slow: reconnect and resume");

    private final Subscriptions subscriptions;
    private final ObjectMapper json;
    private final int maxPending;
    private final Map<String, AtomicInteger> pending = new ConcurrentHashMap<>();

    public HubFeed(Subscriptions subscriptions, ObjectMapper json,
                   @ConfigProperty(name = "convene.hub.max-pending-per-connection") int maxPending) {
        this.subscriptions = subscriptions;
        this.json = json;
        this.maxPending = maxPending;
    }

    @Incoming("hub-messages")
    public void onMessage(String record) {
        EventEnvelope event = EventCodec.decode(record);
        // Posts, edits and deletions are pushed with the channel's change seq, which clients resume from.
        if (event.data() instanceof MessagePosted m) {
            publish(HubTopic.channel(m.missionId(), m.channelId()), event, m.seq());
            if (m.mentions() != null) {
                m.mentions().forEach(userId -> publish(HubTopic.user(userId), event, null));
            }
        } else if (event.data() instanceof MessageEdited m) {
            publish(HubTopic.channel(m.missionId(), m.channelId()), event, m.changeSeq());
        } else if (event.data() instanceof MessageDeleted m) {
            publish(HubTopic.channel(m.missionId(), m.channelId()), event, m.changeSeq());
        }
    }

    /** New statements, vote counts and a redrawn opinion map, live in the deliberation's room. */
    @Incoming("hub-deliberations")
    public void onDeliberation(String record) {
        EventEnvelope event = EventCodec.decode(record);
        if (event.data() instanceof StatementPublished s) {
            publish(HubTopic.deliberation(s.deliberationId()), event, null);
        } else if (event.data() instanceof VoteCast v) {
            publish(HubTopic.deliberation(v.deliberationId()), event, v.version());
        } else if (event.data() instanceof OpinionGroupsChanged o) {
            publish(HubTopic.deliberation(o.deliberationId()), event, null);
        }
    }

    /** Theme changes and answers to the mission's insights page; an answer to one's feedback to oneself. */
    @Incoming("hub-themes")
    public void onTheme(String record) {
        EventEnvelope event = EventCodec.decode(record);
        if (event.data() instanceof ThemeUpdated t) {
            publish(HubTopic.insights(t.missionId()), event, null);
        } else if (event.data() instanceof ThemeResponded r) {
            publish(HubTopic.insights(r.missionId()), event, null);
        } else if (event.data() instanceof ThemeRetired r) {
            publish(HubTopic.insights(r.missionId()), event, null);
        } else if (event.data() instanceof FeedbackAnswered a) {
            publish(HubTopic.user(a.userId()), event, null);
        }
    }

    private void publish(String topic, EventEnvelope event, Long seq) {
        var connections = subscriptions.of(topic);
        if (connections.isEmpty()) {
            return;
        }
        String frame;
        try {
            frame = json.writeValueAsString(new HubFrames.Event(topic, event.id(), seq, event.type(), event.data()));
        } catch (JsonProcessingException e) {
            LOG.errorf(e, "cannot write event %s", event.id());
            return;
        }
        connections.forEach(connection -> send(connection, frame));
    }

    private void send(WebSocketConnection connection, String frame) {
        AtomicInteger inFlight = pending.computeIfAbsent(connection.id(), id -> new AtomicInteger());
        if (inFlight.incrementAndGet() > maxPending) {
            inFlight.decrementAndGet();
            pending.remove(connection.id());
            // Closing removes its subscriptions (and its presence) in HubEndpoint.onClose.
            connection.close(TOO_SLOW).subscribe().with(ok -> { }, e -> { });
            return;
        }
        connection.sendText(frame).subscribe().with(
                ok -> inFlight.decrementAndGet(),
                failure -> inFlight.decrementAndGet());
    }
}
