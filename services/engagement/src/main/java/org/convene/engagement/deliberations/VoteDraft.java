package org.convene.engagement.deliberations;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A vote on a statement; a new vote replaces the participant's earlier one. */
public record VoteDraft(
        @NotNull(message = "agree, disagree or pass")
        @Pattern(regexp = "agree|disagree|pass", message = "agree, disagree or pass") String vote) {

    int value() {
        return switch (vote) {
            case "agree" -> 1;
            case "disagree" -> -1;
            default -> 0;
        };
    }
}
