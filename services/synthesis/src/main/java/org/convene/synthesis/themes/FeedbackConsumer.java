package org.convene.synthesis.themes;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.convene.contracts.EventCodec;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.FeedbackSubmitted;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Every feedback text the engagement service records joins a theme, exactly once. */
@ApplicationScoped
public class FeedbackConsumer {

    private final ThemeIntake intake;

    public FeedbackConsumer(ThemeIntake intake) {
        this.intake = intake;
    }

    @Incoming("feedback")
    public Uni<Void> onFeedback(String record) {
        EventEnvelope event = EventCodec.decode(record);
        if (!(event.data() instanceof FeedbackSubmitted feedback)) {
            return Uni.createFrom().voidItem();
        }
        return intake.take(event, ThemeInput.of(feedback));
    }
}
