package org.convene.synthesis.themes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.hibernate.reactive.panache.Panache;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.convene.contracts.FeedbackSubmitted;
import org.convene.contracts.FeedbackThemed;
import org.convene.contracts.ThemeUpdated;
import org.convene.platform.api.ProblemException;
import org.convene.platform.membership.MissionMembers;
import org.convene.platform.outbox.Outbox;
import org.convene.platform.security.CurrentUser;
import org.convene.synthesis.responses.ResponseView;
import org.convene.synthesis.responses.ThemeResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts each new text into the nearest theme of its mission, or starts a new theme when none is
 * near enough, and keeps the themes' labels distinctive.
 */
@ApplicationScoped
public class Themes {

    /** Nothing about a group of fewer people is shown. */
    public static final int MIN_GROUP = 5;
    private static final int QUOTES = 3;
    private static final TypeReference<TreeMap<String, Integer>> COUNTS = new TypeReference<>() {};

    private final ObjectMapper json;
    private final Outbox outbox;
    private final MissionMembers members;
    private final double joinSimilarity;

    public Themes(ObjectMapper json, Outbox outbox, MissionMembers members,
                  @ConfigProperty(name = "convene.themes.join-similarity") double joinSimilarity) {
        this.json = json;
        this.outbox = outbox;
        this.members = members;
        this.joinSimilarity = joinSimilarity;
    }

    /** Adds one text; call it inside the consuming transaction. */
    public Uni<Void> absorb(FeedbackSubmitted feedback) {
        Map<String, Integer> terms = TextTerms.of(feedback.text());
        return Theme.<Theme>list("missionId", feedback.missionId()).map(ArrayList::new).chain(themes -> {
            Theme nearest = null;
            double best = joinSimilarity;
            for (Theme theme : themes) {
                double similarity = TextTerms.cosine(terms, counts(theme));
                if (similarity >= best) {
                    best = similarity;
                    nearest = theme;
                }
            }
            Theme target = nearest != null ? nearest : newTheme(feedback.missionId());
            if (nearest == null) {
                themes.add(target);
            }
            Map<String, Integer> merged = new TreeMap<>(counts(target));
            terms.forEach((term, count) -> merged.merge(term, count, Integer::sum));
            target.termCounts = write(merged);
            target.size += 1;
            target.updatedAt = Instant.now();
            relabel(target, themes);
            ThemeText text = new ThemeText();
            text.sourceId = feedback.feedbackId();
            text.themeId = target.id;
            text.missionId = feedback.missionId();
            text.authorId = feedback.authorId();
            text.text = feedback.text();
            text.submittedAt = feedback.submittedAt();
            return (nearest == null ? target.persist() : Uni.createFrom().item(target))
                    .chain(text::persist)
                    .chain(() -> distinctAuthors(target.id))
                    .invoke(people -> target.people = people.intValue())
                    .chain(() -> outbox.publish(new ThemeUpdated(target.missionId, target.id.toString(),
                            target.label, terms(target), target.size, target.people, target.updatedAt)))
                    .chain(() -> outbox.publish(new FeedbackThemed(target.missionId, feedback.feedbackId(),
                            target.id.toString(), target.label, target.updatedAt)))
                    .replaceWithVoid();
        });
    }

    /** The mission's themes, largest first; for its members and platform admins. */
    public Uni<List<ThemeView>> ofMission(String missionId, CurrentUser user) {
        return members.roleOf(missionId, user.id()).chain(role -> {
            if (role.isEmpty() && !user.isAdmin()) {
                throw ProblemException.notFound("Mission " + missionId);
            }
            return Theme.<Theme>list("missionId = ?1 order by size desc, createdAt", missionId);
        }).chain(themes -> Multi.createFrom().iterable(themes)
                .onItem().transformToUniAndConcatenate(this::view) // one query at a time on the session
                .collect().asList())
                .map(views -> views.stream().sorted(Comparator.comparing(ThemeView::enoughPeople).reversed())
                        .toList());
    }

    private Uni<ThemeView> view(Theme theme) {
        boolean enough = theme.people >= MIN_GROUP;
        Uni<List<String>> quotes = enough
                ? ThemeText.<ThemeText>find("themeId = ?1 order by submittedAt desc", theme.id).page(0, QUOTES).list()
                        .map(texts -> texts.stream().map(t -> PersonalDataMask.mask(t.text)).toList())
                : Uni.createFrom().item(List.of());
        return quotes.chain(q -> ThemeResponse.<ThemeResponse>list("themeId = ?1 order by respondedAt", theme.id)
                .map(responses -> new ThemeView(theme.id, theme.label, terms(theme), enough ? theme.size : null,
                        enough, q, theme.updatedAt, responses.stream().map(ResponseView::of).toList())));
    }

    private static Uni<Long> distinctAuthors(UUID themeId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select count(distinct authorId) from ThemeText where themeId = :theme", Long.class)
                .setParameter("theme", themeId)
                .getSingleResult());
    }

    private void relabel(Theme target, List<Theme> themes) {
        List<Map<String, Integer>> all = themes.stream().map(this::counts).toList();
        List<String> distinctive = ThemeLabels.distinctiveTerms(counts(target), all);
        target.terms = String.join(",", distinctive);
        target.label = ThemeLabels.label(distinctive);
    }

    private static Theme newTheme(String missionId) {
        Theme theme = new Theme();
        theme.id = UUID.randomUUID();
        theme.missionId = missionId;
        theme.termCounts = "{}";
        theme.createdAt = Instant.now();
        return theme;
    }

    private static List<String> terms(Theme theme) {
        return theme.terms == null || theme.terms.isEmpty() ? List.of() : Arrays.asList(theme.terms.split(","));
    }

    private Map<String, Integer> counts(Theme theme) {
        try {
            return json.readValue(theme.termCounts, COUNTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("theme " + theme.id + " has unreadable term counts", e);
        }
    }

    private String write(Map<String, Integer> counts) {
        try {
            return json.writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
