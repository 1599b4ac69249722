package org.convene.synthesis.themes;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.FeedbackSubmitted;
import org.convene.platform.events.IncomingEvents;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Every feedback text the engagement service records joins a theme, exactly once. */
@ApplicationScoped
public class FeedbackConsumer {

    private final ThemeIntake intake;
    private final IncomingEvents incoming;

    public FeedbackConsumer(ThemeIntake intake, IncomingEvents incoming) {
        this.intake = intake;
        this.incoming = incoming;
    }

    @Incoming("feedback")
    public Uni<Void> onRecord(String record) {
        return incoming.consume("feedback", record, this::onFeedback);
    }

    private Uni<Void> onFeedback(EventEnvelope event) {
        if (!(event.data() instanceof FeedbackSubmitted feedback)) {
            return Uni.createFrom().voidItem();
        }
        return intake.take(event, ThemeInput.of(feedback));
    }
}
