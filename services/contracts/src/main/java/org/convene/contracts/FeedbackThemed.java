package org.convene.contracts;

import java.time.Instant;

/** A feedback text joined a theme: its sender can now see which one. */
public record FeedbackThemed(String missionId, String feedbackId, String themeId, String label, Instant themedAt)
        implements ConveneEvent {}
