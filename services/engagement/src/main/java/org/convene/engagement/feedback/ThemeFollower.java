package org.convene.engagement.feedback;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.convene.contracts.EventCodec;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.FeedbackThemed;
import org.convene.contracts.ThemeResponded;
import org.convene.contracts.ThemeUpdated;
import org.convene.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows the synthesis service's themes, so that senders see which theme their feedback joined,
 * under its current label, and what leaders answered to it. Each event is applied once.
 */
@ApplicationScoped
public class ThemeFollower {

    private static final String CONSUMER = "feedback-themes";

    private final Inbox inbox;

    public ThemeFollower(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("themes")
    public Uni<Void> onTheme(String record) {
        EventEnvelope event = EventCodec.decode(record);
        if (event.data() instanceof FeedbackThemed themed) {
            return inbox.applyOnce(CONSUMER, event, () -> Feedback.update("themeId = ?1, themeLabel = ?2 where id = ?3",
                    themed.themeId(), themed.label(), UUID.fromString(themed.feedbackId())).replaceWithVoid());
        }
        if (event.data() instanceof ThemeUpdated updated) {
            return inbox.applyOnce(CONSUMER, event, () -> Feedback.update("themeLabel = ?1 where themeId = ?2",
                    updated.label(), updated.themeId()).replaceWithVoid());
        }
        if (event.data() instanceof ThemeResponded responded) {
            return inbox.applyOnce(CONSUMER, event, () -> {
                ThemeResponse r = new ThemeResponse();
                r.responseId = responded.responseId();
                r.themeId = responded.themeId();
                r.text = responded.text();
                r.status = responded.status();
                r.responder = responded.respondedBy();
                r.respondedAt = responded.respondedAt();
                return r.persist().replaceWithVoid();
            });
        }
        return Uni.createFrom().voidItem();
    }
}
