package org.convene.gateway.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Who is online in each channel, across every gateway instance. Each instance publishes what its
 * own connections follow (on every change, and every 20 s as a heartbeat) to gateway.presence,
 * reads every instance's snapshots, forgets those not renewed for a minute, and pushes the union
 * to the channel's subscribers whenever it changes. Presence is not durable: a lost snapshot is
 * repaired by the next heartbeat.
 */
@ApplicationScoped
public class Presence {

    private static final Logger LOG = Logger.getLogger(Presence.class);
    private static final Duration EXPIRY = Duration.ofSeconds(60);

    /** A person online in a channel. */
    public record Person(String id, String name) {}

    /** What one gateway instance's connections follow in one channel. */
    public record Snapshot(String instance, String topic, List<Person> people, Instant at) {}

    /** The frame pushed to a channel's subscribers. */
    public record Frame(String type, String topic, List<Person> people) {}

    private final String instance = UUID.randomUUID().toString();
    private final Map<String, Map<String, Person>> localByTopic = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Snapshot>> remoteByTopic = new ConcurrentHashMap<>();
    private final Map<String, List<Person>> lastPushed = new ConcurrentHashMap<>();
    private final MutinyEmitter<String> kafka;
    private final Subscriptions subscriptions;
    private final ObjectMapper json;

    public Presence(@Channel("presence-out") MutinyEmitter<String> kafka, Subscriptions subscriptions,
                    ObjectMapper json) {
        this.kafka = kafka;
        this.subscriptions = subscriptions;
        this.json = json;
    }

    /**
     * Tells the other instances who of this instance follows the topic, when somebody came or went;
     * a person's second connection, or a thousand connections of a handful of people, change nothing.
     */
    public void changed(String topic) {
        Map<String, Person> people = new ConcurrentHashMap<>();
        subscriptions.people(topic).forEach(person -> people.put(person.id(), person));
        Map<String, Person> before = people.isEmpty() ? localByTopic.remove(topic) : localByTopic.put(topic, people);
        boolean same = before == null ? people.isEmpty() : before.keySet().equals(people.keySet());
        if (!same) {
            publish(topic, List.copyOf(people.values()));
        }
    }

    /** The people online in a channel, as this instance last heard from every instance. */
    public List<Person> online(String topic) {
        Instant fresh = Instant.now().minus(EXPIRY);
        Map<String, Person> union = new java.util.TreeMap<>();
        remoteByTopic.getOrDefault(topic, Map.of()).values().stream()
                .filter(s -> s.at().isAfter(fresh))
                .forEach(s -> s.people().forEach(p -> union.put(p.id(), p)));
        localByTopic.getOrDefault(topic, Map.of()).values().forEach(p -> union.put(p.id(), p));
        List<Person> people = new ArrayList<>(union.values());
        people.sort(Comparator.comparing(Person::name));
        return people;
    }

    public String frame(String topic) {
        try {
            return json.writeValueAsString(new Frame("presence", topic, online(topic)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Incoming("hub-presence")
    public void onSnapshot(String record) {
        try {
            Snapshot snapshot = json.readValue(record, Snapshot.class);
            remoteByTopic.computeIfAbsent(snapshot.topic(), t -> new ConcurrentHashMap<>())
                    .put(snapshot.instance(), snapshot);
            pushIfChanged(snapshot.topic());
        } catch (JsonProcessingException e) {
            LOG.warnf("ignoring an unreadable presence snapshot: %s", e.getMessage());
        }
    }

    @Scheduled(every = "20s", delayed = "5s")
    void heartbeat() {
        localByTopic.forEach((topic, people) -> publish(topic, List.copyOf(people.values())));
        remoteByTopic.keySet().forEach(this::pushIfChanged); // expiries
    }

    private void publish(String topic, List<Person> people) {
        try {
            String record = json.writeValueAsString(new Snapshot(instance, topic, people, Instant.now()));
            kafka.sendMessage(Message.of(record).addMetadata(
                            OutgoingKafkaRecordMetadata.<String>builder().withKey(topic).build()))
                    .subscribe().with(ok -> { }, e -> LOG.debugf("presence not published: %s", e.getMessage()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        pushIfChanged(topic);
    }

    private void pushIfChanged(String topic) {
        List<Person> now = online(topic);
        if (Objects.equals(lastPushed.put(topic, now), now)) {
            return;
        }
        String frame = frame(topic);
        subscriptions.of(topic).forEach(c -> c.sendText(frame).subscribe().with(ok -> { }, e -> { }));
    }
}
