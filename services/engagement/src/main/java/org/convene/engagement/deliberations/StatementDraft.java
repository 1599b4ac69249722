package org.convene.engagement.deliberations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A participant's statement: one short point others can agree or disagree with. */
public record StatementDraft(
        @NotBlank(message = "a statement needs text")
        @Size(min = 3, max = Statement.MAX_LENGTH, message = "between 3 and 280 characters") String text) {}
