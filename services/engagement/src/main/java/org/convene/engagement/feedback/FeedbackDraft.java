package org.convene.engagement.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record FeedbackDraft(
        @NotBlank(message = "feedback needs text") @Size(max = 2000, message = "at most 2000 characters") String text,
        @Size(max = 80, message = "at most 80 characters") String category,
        @Size(max = 120, message = "at most 120 characters") String service,
        @Size(max = 120, message = "at most 120 characters") String place) {}
