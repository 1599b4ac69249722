package org.convene.gateway.hub;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.convene.contracts.EventCodec;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.UnreadableEventException;
import org.jboss.logging.Logger;

/**
 * How the hub reads a record: an event of a type this version does not know (a newer producer's)
 * is skipped and counted; a record that is not an event is counted and thrown, so that the
 * channel's failure strategy puts it on the gateway's dead-letter topic and the hub goes on.
 * Counters: {@code convene_events_skipped_total} and {@code convene_events_dead_lettered_total}, by channel.
 */
@ApplicationScoped
class HubRecords {

    private static final Logger LOG = Logger.getLogger(HubRecords.class);

    private final MeterRegistry meters;
    private final HubPositions positions;

    HubRecords(MeterRegistry meters, @Identifier(HubPositions.NAME) HubPositions positions) {
        this.meters = meters;
        this.positions = positions;
    }

    /** The record's event; the record counts as served either way (see {@link HubPositions}). */
    Optional<EventEnvelope> read(String channel, ConsumerRecord<String, String> record) {
        positions.served(record);
        try {
            Optional<EventEnvelope> event = EventCodec.read(record.value());
            if (event.isEmpty()) {
                meters.counter("convene.events.skipped", "channel", channel).increment();
            }
            return event;
        } catch (UnreadableEventException unreadable) {
            meters.counter("convene.events.dead.lettered", "channel", channel).increment();
            LOG.warnf("%s: a record goes to the dead-letter topic: %s", channel, unreadable.getMessage());
            throw unreadable;
        }
    }
}
