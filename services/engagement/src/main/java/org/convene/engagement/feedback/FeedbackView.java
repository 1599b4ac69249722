package org.convene.engagement.feedback;

import java.time.Instant;
import java.util.UUID;

public record FeedbackView(UUID id, String missionId, String text, String category, String service, String place,
                           Instant submittedAt) {

    static FeedbackView of(Feedback f) {
        return new FeedbackView(f.id, f.missionId, f.text, f.category, f.service, f.place, f.submittedAt);
    }
}
