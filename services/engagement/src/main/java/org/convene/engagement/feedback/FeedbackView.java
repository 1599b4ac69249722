package org.convene.engagement.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person's own feedback, with the theme it joined and what leaders answered to that theme.
 *
 * @param themeLabel null until the synthesis service has placed it
 */
public record FeedbackView(UUID id, String missionId, String text, String category, String service, String place,
                           Instant submittedAt, String themeId, String themeLabel, List<Response> responses) {

    /** "You said, we did". */
    public record Response(String text, String status, String respondedBy, Instant respondedAt) {

        static Response of(ThemeResponse r) {
            return new Response(r.text, r.status, r.responder, r.respondedAt);
        }
    }

    static FeedbackView of(Feedback f, List<ThemeResponse> responses) {
        return new FeedbackView(f.id, f.missionId, f.text, f.category, f.service, f.place, f.submittedAt, f.themeId,
                f.themeLabel, responses.stream().map(Response::of).toList());
    }
}
