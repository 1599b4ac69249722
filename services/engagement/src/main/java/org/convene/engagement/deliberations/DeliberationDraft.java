package org.convene.engagement.deliberations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * What a convener or facilitator sets when opening a deliberation.
 *
 * @param opensAt     when participants may start (now when not given)
 * @param closesAt    when it closes by itself (never when not given; a convener can close it)
 * @param linkAccess  anyone with the link may take part without an account
 * @param autoApprove statements are published without waiting for moderation
 */
public record DeliberationDraft(
        @NotBlank(message = "a deliberation needs a question") @Size(max = 300, message = "at most 300 characters")
        String question,
        @Size(max = 4000, message = "at most 4000 characters") String background,
        @Size(max = 50, message = "at most 50 seed statements")
        List<@NotBlank(message = "a seed statement cannot be empty")
             @Size(max = Statement.MAX_LENGTH, message = "at most 280 characters") String> seedStatements,
        Instant opensAt,
        Instant closesAt,
        boolean linkAccess,
        boolean autoApprove) {}
