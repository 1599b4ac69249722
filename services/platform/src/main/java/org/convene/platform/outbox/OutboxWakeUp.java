package org.convene.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Listens on the PostgreSQL channel that the outbox trigger notifies, so that events reach Kafka
 * within milliseconds of their commit instead of at the next poll. Reconnects by itself.
 */
@ApplicationScoped
public class OutboxWakeUp {

    private static final Logger LOG = Logger.getLogger(OutboxWakeUp.class);

    private final PgSubscriber subscriber;
    private final OutboxRelay relay;

    public OutboxWakeUp(Vertx vertx, OutboxRelay relay,
                        @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                        @ConfigProperty(name = "quarkus.datasource.username") String user,
                        @ConfigProperty(name = "quarkus.datasource.password") String password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(user)
                .setPassword(password);
        this.subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(attempts -> 1000L);
        this.relay = relay;
    }

    void start(@Observes StartupEvent event) {
        subscriber.channel("outbox").handler(ignored -> relay.wakeUp());
        subscriber.connect().subscribe().with(
                ok -> relay.wakeUp(),
                e -> LOG.warnf("outbox notifications unavailable, relying on polling: %s", e.getMessage()));
    }

    void stop(@Observes ShutdownEvent event) {
        subscriber.closeAndAwait();
    }
}
