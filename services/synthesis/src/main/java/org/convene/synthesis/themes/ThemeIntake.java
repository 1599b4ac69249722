package org.convene.synthesis.themes;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.convene.contracts.EventEnvelope;
import org.convene.platform.inbox.Inbox;

/**
 * Takes a text from an event into its mission's themes, exactly once. The embedding is computed on
 * a worker thread before the transaction opens, so that neither the event loop nor a database
 * connection waits on the model.
 */
@ApplicationScoped
public class ThemeIntake {

    private static final String CONSUMER = "themes";

    private final Inbox inbox;
    private final Themes themes;
    private final TextEmbedder embedder;
    private final Vertx vertx;

    public ThemeIntake(Inbox inbox, Themes themes, TextEmbedder embedder, Vertx vertx) {
        this.inbox = inbox;
        this.themes = themes;
        this.embedder = embedder;
        this.vertx = vertx;
    }

    public Uni<Void> take(EventEnvelope event, ThemeInput input) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> embedder.embed(input.text())))
                .chain(embedding -> inbox.applyOnce(CONSUMER, event, () -> themes.absorb(input, embedding)));
    }
}
