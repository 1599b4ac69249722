package org.convene.engagement.feedback;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.FeedbackAnswered;
import org.convene.contracts.FeedbackThemed;
import org.convene.contracts.ThemeResponded;
import org.convene.contracts.ThemeRetired;
import org.convene.contracts.ThemeUpdated;
import org.convene.platform.events.IncomingEvents;
import org.convene.platform.inbox.Inbox;
import org.convene.platform.outbox.Outbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows the synthesis service's themes, so that senders see which theme their feedback joined,
 * under its current label, and what leaders answered to it; each sender is also told at once,
 * by a FeedbackAnswered event of their own. Each event is applied once.
 */
@ApplicationScoped
public class ThemeFollower {

    private static final String CONSUMER = "feedback-themes";

    private final Inbox inbox;
    private final Outbox outbox;
    private final IncomingEvents incoming;

    public ThemeFollower(Inbox inbox, Outbox outbox, IncomingEvents incoming) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.incoming = incoming;
    }

    @Incoming("themes")
    public Uni<Void> onRecord(String record) {
        return incoming.consume("themes", record, this::onTheme);
    }

    Uni<Void> onTheme(EventEnvelope event) {
        if (event.data() instanceof FeedbackThemed themed) {
            return inbox.applyOnce(CONSUMER, event, () -> Feedback.update("themeId = ?1, themeLabel = ?2 where id = ?3",
                    themed.themeId(), themed.label(), UUID.fromString(themed.feedbackId())).replaceWithVoid());
        }
        if (event.data() instanceof ThemeUpdated updated) {
            // Most updates change a theme's size, not its label: only rows with another label are written.
            return inbox.applyOnce(CONSUMER, event, () -> Feedback.update(
                    "themeLabel = ?1 where themeId = ?2 and (themeLabel is null or themeLabel <> ?1)",
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
                return r.persist().chain(() -> tellSenders(responded));
            });
        }
        if (event.data() instanceof ThemeRetired retired) {
            // The theme's feedback hears of its new theme one by one; its answers follow here.
            return inbox.applyOnce(CONSUMER, event, () -> ThemeResponse.update("themeId = ?1 where themeId = ?2",
                    retired.successorId(), retired.themeId()).replaceWithVoid());
        }
        return Uni.createFrom().voidItem();
    }

    /** One notice for each person with feedback in the theme. */
    private Uni<Void> tellSenders(ThemeResponded responded) {
        return Feedback.<Feedback>list("themeId = ?1 and missionId = ?2 order by submittedAt desc",
                        responded.themeId(), responded.missionId())
                .chain(feedback -> Multi.createFrom().iterable(feedback.stream()
                                .collect(Collectors.toMap(f -> f.authorId, f -> f, (a, b) -> a, LinkedHashMap::new)).values())
                        .onItem().transformToUniAndConcatenate(f -> outbox.publish(new FeedbackAnswered(
                                responded.missionId(), f.authorId, responded.themeId(), f.themeLabel,
                                responded.responseId(), responded.text(), responded.status(), responded.respondedAt())))
                        .collect().last())
                .replaceWithVoid();
    }
}
