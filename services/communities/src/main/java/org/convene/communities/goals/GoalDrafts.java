package org.convene.communities.goals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** What conveners submit to set goals and targets and to publish progress. */
public final class GoalDrafts {

    private GoalDrafts() {}

    public record GoalDraft(
            @NotBlank(message = "a goal needs a title") @Size(max = 200, message = "at most 200 characters") String title,
            @Size(max = 2000, message = "at most 2000 characters") String description) {}

    public record TargetDraft(
            UUID goalId,
            @NotBlank(message = "a target needs a metric") @Size(max = 200, message = "at most 200 characters") String metric,
            @NotBlank(message = "a target needs a unit") @Size(max = 40, message = "at most 40 characters") String unit,
            @NotNull(message = "a target needs a baseline") Double baseline,
            @NotNull(message = "a target needs a target value") Double targetValue,
            @NotNull(message = "a target needs a deadline (YYYY-MM-DD)") LocalDate deadline) {}

    public record ProgressDraft(
            @NotNull(message = "progress needs a value") Double value,
            @NotNull(message = "progress needs the date it was measured (YYYY-MM-DD)") LocalDate recordedOn,
            @Size(max = 500, message = "at most 500 characters") String note) {}
}
