package org.convene.communities.channels;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A message to post.
 *
 * @param replyTo the message it answers, to start or continue that message's thread; null for none
 */
public record MessageDraft(
        @NotBlank(message = "a message needs text") @Size(max = 4000, message = "at most 4000 characters") String text,
        UUID replyTo) {}
