package org.convene.communities.goals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Goals, targets and progress as the mission page shows them. */
public final class GoalViews {

    private GoalViews() {}

    public record GoalView(UUID id, String title, String description) {

        static GoalView of(Goal g) {
            return new GoalView(g.id, g.title, g.description);
        }
    }

    public record ProgressPoint(LocalDate recordedOn, double value, String note) {

        static ProgressPoint of(TargetProgress p) {
            return new ProgressPoint(p.recordedOn, p.value, p.note);
        }
    }

    /**
     * @param since          the day the target was committed to (the baseline's day)
     * @param latest         the newest measurement, or the baseline when none is published yet
     * @param percentToTarget how far the metric has moved from the baseline towards the target
     *                        (0 at the baseline, 100 at the target; may fall outside when it overshoots or regresses)
     */
    public record TargetView(UUID id, UUID goalId, String metric, String unit, double baseline,
                             double targetValue, LocalDate since, LocalDate deadline, double latest,
                             double percentToTarget, List<ProgressPoint> progress) {}

    public record GoalsView(List<GoalView> goals, List<TargetView> targets) {}
}
