package org.convene.synthesis.responses;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A convener's answer to a theme. */
public record ResponseDraft(
        @NotBlank(message = "say what you will do, or why not") @Size(max = 1000, message = "at most 1000 characters")
        String text,
        @NotNull(message = "HEARD, PLANNED, IN_PROGRESS, DONE or NOT_PLANNED")
        @Pattern(regexp = "HEARD|PLANNED|IN_PROGRESS|DONE|NOT_PLANNED", message = "HEARD, PLANNED, IN_PROGRESS, DONE or NOT_PLANNED")
        String status) {}
