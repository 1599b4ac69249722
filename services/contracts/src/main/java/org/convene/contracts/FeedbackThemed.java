package org.convene.contracts;

import java.time.Instant;

/** A feedback text joined a theme: its sender can now see which one. */
public record FeedbackThemed(String missionId, String feedbackId, String themeId, String label, Instant themedAt)
        implements ConveneEvent, AggregateState {

    /** A feedback's theme: a re-clustering may move it, and only its latest theme counts. */
    @Override
    public String aggregateId() {
        return "feedback-theme:" + feedbackId;
    }
}
