package org.convene.platform.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.convene.contracts.EventEnvelope;

/**
 * Applies each event at most once per consumer: the event id is recorded in the same transaction
 * as its effect, so a redelivery after a crash or a rebalance finds it and changes nothing.
 */
@ApplicationScoped
public class Inbox {

    public Uni<Void> applyOnce(String consumer, EventEnvelope event, Supplier<Uni<Void>> effect) {
        return Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "insert into processed_events (consumer, event_id) values (:consumer, :id) "
                                        + "on conflict do nothing")
                        .setParameter("consumer", consumer)
                        .setParameter("id", event.id())
                        .executeUpdate())
                .flatMap(inserted -> inserted == 1 ? effect.get() : Uni.createFrom().voidItem()));
    }
}
