package org.convene.platform.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.convene.platform.context.Background;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Sends outbox rows to Kafka and deletes them once the broker has acknowledged every one of them.
 * A crash between the acknowledgement and the delete sends a row again; consumers are idempotent
 * on the event id, so that is harmless.
 *
 * <p>One relay at a time publishes a service's outbox, whatever the number of instances: each run
 * holds a PostgreSQL advisory lock for its transaction, and an instance that cannot take it
 * leaves the run to the holder. Rows go out in outbox order, which for the events of one aggregate
 * is their commit order (see {@link Outbox}), so two instances never publish an aggregate's events
 * out of order. When the holder dies its connection closes, the lock goes with it, and another
 * instance's next poll (within a second) takes over.
 *
 * <p>It runs when PostgreSQL notifies that events were committed ({@link OutboxWakeUp}) and once a
 * second in case a notification was missed. Runs never overlap: a wake-up during a run makes the
 * run go round once more.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> kafka;
    private final Vertx vertx;
    private final int batchSize;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public OutboxRelay(@Channel("outbox") MutinyEmitter<String> kafka, Vertx vertx,
                       @ConfigProperty(name = "convene.outbox.batch-size") int batchSize) {
        this.kafka = kafka;
        this.vertx = vertx;
        this.batchSize = batchSize;
    }

    @Scheduled(every = "1s", delayed = "5s")
    void poll() {
        wakeUp();
    }

    /** Relays what is pending now, or after the run under way. */
    public void wakeUp() {
        again.set(true);
        if (!running.compareAndSet(false, true)) {
            return;
        }
        Background.onOwnContext(vertx, this::runWhileWoken);
    }

    private void runWhileWoken() {
        again.set(false);
        relayBatch().subscribe().with(sent -> {
            if (sent == batchSize) {
                again.set(true);
            }
            finishRun();
        }, failure -> {
            LOG.debugf("outbox relay will retry: %s", failure.getMessage());
            finishRun();
        });
    }

    private void finishRun() {
        if (again.get()) {
            runWhileWoken();
        } else {
            running.set(false);
            if (again.get()) {
                wakeUp();
            }
        }
    }

    /** The advisory lock that makes one instance the relay; the number is this project's own. */
    static final long RELAY_LOCK = 0x636f6e76656e65L; // "convene"

    private Uni<Integer> relayBatch() {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("select pg_try_advisory_xact_lock(:lock)", Boolean.class)
                .setParameter("lock", RELAY_LOCK)
                .getSingleResult()
                .flatMap(relay -> !relay ? Uni.createFrom().item(0) : session
                        .createNativeQuery("select * from outbox order by seq limit :limit", OutboxMessage.class)
                        .setParameter("limit", batchSize)
                        .getResultList()
                        .flatMap(this::sendAndDelete))));
    }

    private Uni<Integer> sendAndDelete(List<OutboxMessage> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Uni<Void>> acks = batch.stream().map(this::send).toList();
        List<Long> sent = batch.stream().map(m -> m.seq).toList();
        return Uni.join().all(acks).andFailFast()
                .chain(() -> OutboxMessage.delete("seq in ?1", sent))
                .replaceWith(batch.size());
    }

    private Uni<Void> send(OutboxMessage row) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.messageKey)
                .build();
        return kafka.sendMessage(Message.of(row.payload).addMetadata(metadata));
    }
}
