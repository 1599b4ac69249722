package org.convene.communities.channels;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The new text of one's own message. */
public record MessageEdit(
        @NotBlank(message = "a message needs text") @Size(max = 4000, message = "at most 4000 characters") String text) {}
