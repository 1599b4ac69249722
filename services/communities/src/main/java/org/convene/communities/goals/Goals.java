package org.convene.communities.goals;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.convene.communities.goals.GoalDrafts.GoalDraft;
import org.convene.communities.goals.GoalDrafts.ProgressDraft;
import org.convene.communities.goals.GoalDrafts.TargetDraft;
import org.convene.communities.goals.GoalViews.GoalView;
import org.convene.communities.goals.GoalViews.GoalsView;
import org.convene.communities.goals.GoalViews.ProgressPoint;
import org.convene.communities.goals.GoalViews.TargetView;
import org.convene.communities.missions.MissionAccess;
import org.convene.platform.api.ProblemException;
import org.convene.platform.security.CurrentUser;

/** A mission's moonshot goals, committed targets and published progress; conveners manage them. */
@ApplicationScoped
public class Goals {

    private final MissionAccess access;

    public Goals(MissionAccess access) {
        this.access = access;
    }

    public Uni<GoalsView> of(UUID missionId, CurrentUser user) {
        return access.visible(missionId, user)
                .chain(() -> Goal.<Goal>list("missionId = ?1 order by createdAt", missionId))
                .chain(goals -> Target.<Target>list("missionId = ?1 order by deadline, createdAt", missionId)
                        .chain(targets -> progressOf(targets).map(progress -> new GoalsView(
                                goals.stream().map(GoalView::of).toList(),
                                targets.stream().map(t -> view(t, progress.getOrDefault(t.id, List.of()))).toList()))));
    }

    public Uni<GoalView> addGoal(UUID missionId, GoalDraft draft, CurrentUser user) {
        return access.convener(missionId, user).chain(() -> {
            Goal goal = new Goal();
            goal.id = UUID.randomUUID();
            goal.missionId = missionId;
            goal.title = draft.title().strip();
            goal.description = draft.description() == null ? "" : draft.description().strip();
            goal.createdAt = Instant.now();
            return goal.persist().replaceWith(GoalView.of(goal));
        });
    }

    public Uni<TargetView> addTarget(UUID missionId, TargetDraft draft, CurrentUser user) {
        requireFinite(draft.baseline(), "baseline");
        requireFinite(draft.targetValue(), "targetValue");
        if (draft.baseline().equals(draft.targetValue())) {
            throw ProblemException.badRequest("targetValue must differ from baseline");
        }
        return access.convener(missionId, user)
                .chain(() -> draft.goalId() == null ? Uni.createFrom().voidItem()
                        : Goal.<Goal>find("id = ?1 and missionId = ?2", draft.goalId(), missionId).firstResult()
                                .onItem().ifNull().failWith(() -> ProblemException.badRequest(
                                        "goalId " + draft.goalId() + " is not a goal of this mission"))
                                .replaceWithVoid())
                .chain(() -> {
                    Target target = new Target();
                    target.id = UUID.randomUUID();
                    target.missionId = missionId;
                    target.goalId = draft.goalId();
                    target.metric = draft.metric().strip();
                    target.unit = draft.unit().strip();
                    target.baseline = draft.baseline();
                    target.targetValue = draft.targetValue();
                    target.deadline = draft.deadline();
                    target.createdAt = Instant.now();
                    return target.persist().replaceWith(() -> view(target, List.of()));
                });
    }

    public Uni<TargetView> addProgress(UUID missionId, UUID targetId, ProgressDraft draft, CurrentUser user) {
        requireFinite(draft.value(), "value");
        return access.convener(missionId, user)
                .chain(() -> Target.<Target>find("id = ?1 and missionId = ?2", targetId, missionId).<Target>firstResult())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Target " + targetId))
                .chain(target -> {
                    TargetProgress point = new TargetProgress();
                    point.id = UUID.randomUUID();
                    point.targetId = targetId;
                    point.value = draft.value();
                    point.recordedOn = draft.recordedOn();
                    point.note = draft.note() == null ? "" : draft.note().strip();
                    point.recordedBy = user.id();
                    point.createdAt = Instant.now();
                    return point.persist()
                            .chain(() -> TargetProgress.<TargetProgress>list(
                                    "targetId = ?1 order by recordedOn, createdAt", targetId))
                            .map(progress -> view(target, progress));
                });
    }

    private static Uni<Map<UUID, List<TargetProgress>>> progressOf(List<Target> targets) {
        if (targets.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return TargetProgress.<TargetProgress>list("targetId in ?1 order by recordedOn, createdAt",
                        targets.stream().map(t -> t.id).toList())
                .map(all -> all.stream().collect(Collectors.groupingBy(p -> p.targetId, Collectors.toCollection(ArrayList::new))));
    }

    static TargetView view(Target t, List<TargetProgress> progress) {
        double latest = progress.isEmpty() ? t.baseline : progress.get(progress.size() - 1).value;
        double percent = 100.0 * (latest - t.baseline) / (t.targetValue - t.baseline);
        return new TargetView(t.id, t.goalId, t.metric, t.unit, t.baseline, t.targetValue,
                t.createdAt.atZone(java.time.ZoneOffset.UTC).toLocalDate(), t.deadline, latest,
                Math.round(percent * 10) / 10.0, progress.stream().map(ProgressPoint::of).toList());
    }

    private static void requireFinite(Double value, String field) {
        if (value != null && !Double.isFinite(value)) {
            throw ProblemException.badRequest(field + " must be a finite number");
        }
    }
}
