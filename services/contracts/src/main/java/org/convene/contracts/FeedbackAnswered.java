package org.convene.contracts;

import java.time.Instant;

/**
 * Leaders answered a theme that holds feedback of this person: one event per person, so that the
 * person is told at once ("you said, we did").
 *
 * @param status the answer's status (HEARD, PLANNED, IN_PROGRESS, DONE or NOT_PLANNED)
 */
public record FeedbackAnswered(String missionId, String userId, String themeId, String themeLabel,
                               String responseId, String text, String status, Instant respondedAt)
        implements ConveneEvent {}
