package org.convene.gateway.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
 * Pushes Kafka events to the connections subscribed to their topic. A client that stays behind,
 * with more than the allowed frames in flight for longer than a grace period (or with far more at
 * any moment), is disconnected: it resumes from its last seq when it reconnects, and never slows
 * the others down. The grace lets a client that reads well ride out a burst (a batch of hundreds
 * of events is written faster than any socket drains).
 */
@ApplicationScoped
public class HubFeed {

    private static final Logger LOG = Logger.getLogger(HubFeed.class);
    static final CloseReason TOO_SLOW = new CloseReason(1013, "too slow: reconnect and resume");

    private final Subscriptions subscriptions;
    private final ObjectMapper json;
    /** Beyond this many times the allowance, a client is dropped at once. */
    private static final int HARD_LIMIT_FACTOR = 4;
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** A connection's frames written but not yet flushed, and since when they are over the allowance. */
    private record Backlog(WebSocketConnection connection, AtomicInteger inFlight,
                           AtomicLong overSince) {}

    private final int maxPending;
    private final Map<String, Backlog> pending = new ConcurrentHashMap<>();

    private final HubRecords records;

    public HubFeed(Subscriptions subscriptions, ObjectMapper json, HubRecords records,
                   @ConfigProperty(name = "convene.hub.max-pending-per-connection") int maxPending) {
        this.subscriptions = subscriptions;
        this.records = records;
        this.json = json;
        this.maxPending = maxPending;
    }

    @Incoming("hub-messages")
    public void onMessage(ConsumerRecord<String, String> record) {
        records.read("hub-messages", record).ifPresent(this::onMessage);
    }

    void onMessage(EventEnvelope event) {
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

    /** New statements, vote counts (never who voted how) and a redrawn opinion map, live in the deliberation's room. */
    @Incoming("hub-deliberations")
    public void onDeliberation(ConsumerRecord<String, String> record) {
        records.read("hub-deliberations", record).ifPresent(this::onDeliberation);
    }

    void onDeliberation(EventEnvelope event) {
        if (event.data() instanceof StatementPublished s) {
            publish(HubTopic.deliberation(s.deliberationId()), event, null);
        } else if (event.data() instanceof VoteCast v) {
            publish(HubTopic.deliberation(v.deliberationId()), event, VoteCounts.of(v), v.version());
        } else if (event.data() instanceof OpinionGroupsChanged o) {
            publish(HubTopic.deliberation(o.deliberationId()), event, null);
        }
    }

    /** Theme changes and answers to the mission's insights page; an answer to one's feedback to oneself. */
    @Incoming("hub-themes")
    public void onTheme(ConsumerRecord<String, String> record) {
        records.read("hub-themes", record).ifPresent(this::onTheme);
    }

    void onTheme(EventEnvelope event) {
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
        publish(topic, event, event.data(), seq);
    }

    /** Sends {@code data} in place of the event's own, where a room may see only part of it. */
    private void publish(String topic, EventEnvelope event, Object data, Long seq) {
        var connections = subscriptions.of(topic);
        if (connections.isEmpty()) {
            return;
        }
        String frame;
        try {
            frame = json.writeValueAsString(new HubFrames.Event(topic, event.id(), seq, event.type(), data));
        } catch (JsonProcessingException e) {
            LOG.errorf(e, "cannot write event %s", event.id());
            return;
        }
        connections.forEach(connection -> send(connection, frame));
    }

    private void send(WebSocketConnection connection, String frame) {
        Backlog backlog = pending.computeIfAbsent(connection.id(),
                id -> new Backlog(connection, new AtomicInteger(), new AtomicLong()));
        int inFlight = backlog.inFlight().incrementAndGet();
        if (inFlight > maxPending) {
            backlog.overSince().compareAndSet(0, System.nanoTime());
            if (inFlight > HARD_LIMIT_FACTOR * maxPending) {
                backlog.inFlight().decrementAndGet();
                drop(backlog);
                return;
            }
        }
        connection.sendText(frame).subscribe().with(ok -> flushed(backlog), failure -> flushed(backlog));
    }

    private void flushed(Backlog backlog) {
        if (backlog.inFlight().decrementAndGet() <= maxPending) {
            backlog.overSince().set(0);
        }
    }

    /** Drops the clients that have stayed over the allowance for longer than the grace period. */
    @Scheduled(every = "1s")
    void dropStalled() {
        long now = System.nanoTime();
        pending.values().forEach(backlog -> {
            long since = backlog.overSince().get();
            if (since != 0 && now - since > GRACE_NANOS) {
                drop(backlog);
            }
        });
    }

    /** Forgets a closed connection. */
    void closed(WebSocketConnection connection) {
        pending.remove(connection.id());
    }

    private void drop(Backlog backlog) {
        if (pending.remove(backlog.connection().id()) != null) {
            // Closing removes its subscriptions (and its presence) in HubEndpoint.onClose.
            backlog.connection().close(TOO_SLOW).subscribe().with(ok -> { }, e -> { });
        }
    }
}
