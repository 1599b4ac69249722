package org.convene.contracts;

import java.time.Instant;

/** Frontline feedback was durably recorded by the engagement service. */
public record FeedbackSubmitted(
        String missionId, String feedbackId, String authorId, String text,
        String category, String service, String place,
        String stakeholderType, String organisation, Instant submittedAt)
        implements ConveneEvent {}
