package org.convene.platform.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.convene.contracts.EventCodec;
import org.convene.contracts.EventEnvelope;

/**
 * Reads one topic of the local broker from the moment it is opened, so that a test sees exactly
 * the events its own actions caused; and publishes events as another service would.
 */
public final class EventTap implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<EventEnvelope> seen = new ArrayList<>();

    private EventTap(List<String> topics) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-tap-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(topics);
        // Wait for the partitions, so that nothing published after open() is missed.
        Instant deadline = Instant.now().plusSeconds(30);
        while (consumer.assignment().isEmpty() && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(100));
        }
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);
    }

    /** Follows the topics from now on: every event published to them after this returns. */
    public static EventTap open(String... topics) {
        return new EventTap(List.of(topics));
    }

    /** Waits until an event matching the condition arrives, and returns it. */
    public EventEnvelope await(Predicate<EventEnvelope> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (EventEnvelope event : seen) {
                if (condition.test(event)) {
                    return event;
                }
            }
            poll(Duration.ofMillis(200));
        }
        throw new AssertionError("no matching event within " + timeout + "; saw " + seen.size() + " others");
    }

    /** Everything that matched within the given time, to check that something came only once. */
    public List<EventEnvelope> collect(Predicate<EventEnvelope> condition, Duration during) {
        Instant deadline = Instant.now().plus(during);
        while (Instant.now().isBefore(deadline)) {
            poll(Duration.ofMillis(200));
        }
        return seen.stream().filter(condition).toList();
    }

    private void poll(Duration wait) {
        for (ConsumerRecord<String, String> record : consumer.poll(wait)) {
            seen.add(EventCodec.decode(record.value()));
        }
    }

    /** Publishes an event as its owning service would (used to play the part of another service). */
    public static void publish(EventEnvelope event) {
        publishAll(List.of(event));
    }

    /** Publishes events in order through one producer, and returns once the broker has them all. */
    public static void publishAll(List<EventEnvelope> events) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (EventEnvelope event : events) {
                sent.add(producer.send(new ProducerRecord<>(event.topic(), event.key(), EventCodec.encode(event))));
            }
            for (java.util.concurrent.Future<?> acknowledged : sent) {
                acknowledged.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + events.size() + " events", e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
