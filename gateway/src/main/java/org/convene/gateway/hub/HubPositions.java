package org.convene.gateway.hub;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the hub's feeds read from, so that a client connected to this gateway never misses an
 * event. A gateway takes connections as soon as it starts, but Kafka hands a consumer its
 * partitions later (a group join takes a moment, and far longer on a loaded machine); a consumer
 * that started at the end of the log as it is then would skip whatever was written in between, and
 * the clients subscribed meanwhile would never be pushed it. So a partition the hub has not read
 * yet is read from the gateway's start (less a margin for the producers' clocks), and one it had
 * already read, taken away by a rebalance and given back, from just after the last record it
 * served. Clients merge pushes by id and change seq, so the few repeats are harmless.
 */
@ApplicationScoped
@Identifier(HubPositions.NAME)
public class HubPositions implements KafkaConsumerRebalanceListener {

    /** The name the hub's channels give as their {@code consumer-rebalance-listener.name}. */
    public static final String NAME = "hub-positions";

    private final Map<TopicPartition, Long> served = new ConcurrentHashMap<>();
    private final long readFromMillis;

    HubPositions(@ConfigProperty(name = "convene.hub.read-before-start") Duration margin) {
        this.readFromMillis = ManagementFactory.getRuntimeMXBean().getStartTime() - margin.toMillis();
    }

    /** Notes that the hub has handled this record, so that a later assignment resumes after it. */
    void served(ConsumerRecord<?, ?> record) {
        served.merge(new TopicPartition(record.topic(), record.partition()), record.offset(), Math::max);
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> unread = new HashMap<>();
        for (TopicPartition partition : partitions) {
            Long last = served.get(partition);
            if (last != null) {
                consumer.seek(partition, last + 1);
            } else {
                unread.put(partition, readFromMillis);
            }
        }
        if (unread.isEmpty()) {
            return;
        }
        // The ends first: a record written after the look-up by time is then still at or after its end.
        Map<TopicPartition, Long> ends = consumer.endOffsets(unread.keySet());
        consumer.offsetsForTimes(unread).forEach((partition, found) ->
                consumer.seek(partition, found != null ? found.offset() : ends.get(partition)));
    }
}
