package org.convene.engagement.deliberations;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A moderator's decision on a waiting statement; a rejection says why. */
public record Moderation(
        @NotNull(message = "APPROVE or REJECT") @Pattern(regexp = "APPROVE|REJECT", message = "APPROVE or REJECT")
        String decision,
        @Size(max = 300, message = "at most 300 characters") String reason) {

    @AssertTrue(message = "a rejection needs a reason")
    public boolean isReason() {
        return !"REJECT".equals(decision) || (reason != null && !reason.isBlank());
    }
}
