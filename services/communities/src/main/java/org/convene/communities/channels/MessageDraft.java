package org.convene.communities.channels;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A message to post.
 *
 * @param replyTo  the message it answers, to start or continue that message's thread; null for none
 * @param mentions ids of members of the mission to notify
 */
public record MessageDraft(
        @NotBlank(message = "a message needs text") @Size(max = 4000, message = "at most 4000 characters") String text,
        UUID replyTo,
        @Size(max = 20, message = "at most 20 mentions") List<@NotBlank(message = "a mention is a user id") String> mentions) {

    List<String> mentionedIds() {
        return mentions == null ? List.of() : mentions.stream().distinct().toList();
    }
}
