package org.convene.engagement.feedback;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.convene.contracts.FeedbackSubmitted;
import org.convene.engagement.limits.RateLimits;
import org.convene.platform.api.ProblemException;
import org.convene.platform.membership.MissionMembers;
import org.convene.platform.outbox.Outbox;
import org.convene.platform.security.CurrentUser;

/**
 * Takes feedback from a mission's members. The feedback row and its event are written in one
 * transaction, so an acknowledged submission always reaches the synthesis service.
 */
@ApplicationScoped
public class FeedbackIntake {

    private final MissionMembers members;
    private final Outbox outbox;
    private final RateLimits limits;

    public FeedbackIntake(MissionMembers members, Outbox outbox, RateLimits limits) {
        this.members = members;
        this.outbox = outbox;
        this.limits = limits;
    }

    public Uni<FeedbackView> submit(String missionId, FeedbackDraft draft, CurrentUser user) {
        return members.roleOf(missionId, user.id()).chain(role -> {
            if (role.isEmpty() && !user.isAdmin()) {
                throw ProblemException.forbidden("Only members of this mission can send it feedback; join it first");
            }
            return limits.check(RateLimits.Kind.FEEDBACK, user.id()).chain(() -> store(missionId, draft, user));
        });
    }

    /** The feedback row and its event, in the caller's transaction. */
    private Uni<FeedbackView> store(String missionId, FeedbackDraft draft, CurrentUser user) {
        Feedback f = new Feedback();
        f.id = UUID.randomUUID();
        f.missionId = missionId;
        f.authorId = user.id();
        f.text = draft.text().strip();
        f.category = blankToNull(draft.category());
        f.service = blankToNull(draft.service());
        f.place = blankToNull(draft.place());
        f.stakeholderType = user.stakeholderType();
        f.organisation = user.organisation();
        f.submittedAt = Instant.now();
        return f.persist()
                .chain(() -> outbox.publish(new FeedbackSubmitted(missionId, f.id.toString(), f.authorId, f.text,
                        f.category, f.service, f.place, f.stakeholderType, f.organisation, f.submittedAt)))
                .replaceWith(FeedbackView.of(f, List.of()));
    }

    /** The person's feedback, newest first, each with its theme and the answers to that theme. */
    public Uni<List<FeedbackView>> mine(CurrentUser user) {
        return Feedback.<Feedback>find("authorId = ?1 order by submittedAt desc", user.id()).page(0, 200).list()
                .chain(list -> {
                    List<String> themes = list.stream().map(f -> f.themeId).filter(Objects::nonNull).distinct().toList();
                    Uni<List<ThemeResponse>> responses = themes.isEmpty() ? Uni.createFrom().item(List.of())
                            : ThemeResponse.list("themeId in ?1 order by respondedAt", themes);
                    return responses.map(all -> list.stream().map(f -> FeedbackView.of(f, all.stream()
                            .filter(r -> r.themeId.equals(f.themeId)).toList())).toList());
                });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
