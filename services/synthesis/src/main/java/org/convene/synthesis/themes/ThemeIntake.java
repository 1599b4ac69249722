package org.convene.synthesis.themes;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.convene.contracts.EventEnvelope;
import org.convene.platform.inbox.Inbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes a text from an event into its mission's themes, exactly once. The embedding is computed on
 * a worker thread before the transaction opens, so that neither the event loop nor a database
 * connection waits on the model; on a pool of its own, as many threads as
 * {@code convene.themes.embedding-threads} (1), so that a burst of texts takes at most that many
 * cores from the requests the service answers (the texts wait in Kafka meanwhile).
 */
@ApplicationScoped
public class ThemeIntake {

    private static final String CONSUMER = "themes";

    private final Inbox inbox;
    private final Themes themes;
    private final TextEmbedder embedder;
    private final WorkerExecutor embedding;

    public ThemeIntake(Inbox inbox, Themes themes, TextEmbedder embedder, Vertx vertx,
                       @ConfigProperty(name = "convene.themes.embedding-threads") int threads) {
        this.inbox = inbox;
        this.themes = themes;
        this.embedder = embedder;
        this.embedding = vertx.createSharedWorkerExecutor("convene-embedding", threads);
    }

    public Uni<Void> take(EventEnvelope event, ThemeInput input) {
        return embedding.executeBlocking(() -> embedder.embed(input.text()))
                .chain(vector -> inbox.applyOnce(CONSUMER, event, () -> themes.absorb(input, vector)));
    }

    @PreDestroy
    void close() {
        embedding.closeAndForget();
    }
}
