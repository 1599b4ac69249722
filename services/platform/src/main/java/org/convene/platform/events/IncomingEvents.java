package org.convene.platform.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.convene.contracts.EventCodec;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.UnreadableEventException;
import org.convene.platform.consistency.ReadAfter;
import org.jboss.logging.Logger;

/**
 * How every consumer of a service reads its records, so that no record can stop it:
 * <ul>
 *   <li>an event of a type this version does not know (a newer producer's) is skipped and counted;</li>
 *   <li>a record that is not an event fails at once, and a record whose effect keeps failing for a
 *       reason that retrying cannot mend (bad data) fails after two more tries: the channel's
 *       failure strategy then puts it on the service's dead-letter topic, with the reason in its
 *       headers, counts it, and the consumer goes on with the next record;</li>
 *   <li>a failure that will pass (the database restarting, a lost connection, a deadlock) is
 *       retried with back-off for as long as it lasts: the record waits rather than being lost,
 *       and the records behind it keep their order.</li>
 * </ul>
 * Counters: {@code convene_events_skipped_total} and {@code convene_events_dead_lettered_total}, by channel.
 */
@ApplicationScoped
public class IncomingEvents {

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);
    private static final int BAD_DATA_RETRIES = 2;

    private final MeterRegistry meters;
    private final Pool database;

    public IncomingEvents(MeterRegistry meters, Pool database) {
        this.meters = meters;
        this.database = database;
    }

    /** Reads the record from the channel and applies it; the returned Uni fails only for a record to dead-letter. */
    public Uni<Void> consume(String channel, String record, Function<EventEnvelope, Uni<Void>> apply) {
        Optional<EventEnvelope> event;
        try {
            event = EventCodec.read(record);
        } catch (UnreadableEventException unreadable) {
            return deadLetter(channel, unreadable);
        }
        if (event.isEmpty()) {
            meters.counter("convene.events.skipped", "channel", channel).increment();
            LOG.debugf("%s: skipped an event of a type this version does not know", channel);
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().deferred(() -> apply.apply(event.get()).chain(() -> markConsumed(event.get())))
                .onFailure(TransientFailure::is).retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely()
                .onFailure().retry().withBackOff(Duration.ofMillis(100)).atMost(BAD_DATA_RETRIES)
                .onFailure().recoverWithUni(failure -> deadLetter(channel, failure));
    }

    /** Marks the event consumed, for requests that wait to read their own writes ({@link ReadAfter}). */
    private Uni<Void> markConsumed(EventEnvelope event) {
        return database.preparedQuery("insert into processed_events (consumer, event_id) values ($1, $2)"
                        + " on conflict do nothing")
                .execute(Tuple.of(ReadAfter.CONSUMED, event.id()))
                .replaceWithVoid();
    }

    /** Those marks serve requests that wait a few seconds at most. */
    @Scheduled(every = "10m", delayed = "1m")
    Uni<Void> forgetOldMarks() {
        return database.preparedQuery("delete from processed_events where consumer = $1"
                        + " and processed_at < now() - interval '10 minutes'")
                .execute(Tuple.of(ReadAfter.CONSUMED))
                .replaceWithVoid();
    }

    private Uni<Void> deadLetter(String channel, Throwable why) {
        meters.counter("convene.events.dead.lettered", "channel", channel).increment();
        LOG.warnf("%s: a record goes to the dead-letter topic: %s", channel, why.getMessage());
        return Uni.createFrom().failure(why);
    }
}
