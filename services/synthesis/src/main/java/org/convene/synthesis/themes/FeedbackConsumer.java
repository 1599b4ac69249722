package org.convene.synthesis.themes;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.convene.contracts.EventCodec;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.FeedbackSubmitted;
import org.convene.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Every feedback text the engagement service records joins a theme, exactly once. */
@ApplicationScoped
public class FeedbackConsumer {

    private final Inbox inbox;
    private final Themes themes;

    public FeedbackConsumer(Inbox inbox, Themes themes) {
        this.inbox = inbox;
        this.themes = themes;
    }

    @Incoming("feedback")
    public Uni<Void> onFeedback(String record) {
        EventEnvelope event = EventCodec.decode(record);
        if (!(event.data() instanceof FeedbackSubmitted feedback)) {
            return Uni.createFrom().voidItem();
        }
        return inbox.applyOnce("themes", event, () -> themes.absorb(feedback));
    }
}
