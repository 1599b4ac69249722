package org.convene.platform.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.convene.contracts.EventEnvelope;

/**
 * Applies each event at most once per consumer: the event id is recorded in the same transaction
 * as its effect, so a redelivery after a crash or a rebalance finds it and changes nothing.
 *
 * <p>A versioned event (one that carries its aggregate's whole state) is applied only when it is
 * newer than the newest this consumer has applied for that aggregate, so a late older event never
 * takes a read model back. Events without a version (version 0: those that carry no state, and
 * any written before versions existed) are applied in the order they arrive.
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
                        .executeUpdate()
                        .flatMap(inserted -> inserted == 1 && event.version() > 0 && event.aggregate() != null
                                ? session.createNativeQuery(
                                        "insert into applied_versions (consumer, aggregate, version)"
                                                + " values (:consumer, :aggregate, :version)"
                                                + " on conflict (consumer, aggregate) do update set version = excluded.version"
                                                + " where applied_versions.version < excluded.version")
                                        .setParameter("consumer", consumer)
                                        .setParameter("aggregate", event.aggregate())
                                        .setParameter("version", event.version())
                                        .executeUpdate()
                                : Uni.createFrom().item(inserted)))
                .flatMap(newer -> newer == 1 ? effect.get() : Uni.createFrom().voidItem()));
    }
}
