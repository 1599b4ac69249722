package org.convene.synthesis.themes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.convene.contracts.FeedbackThemed;
import org.convene.contracts.Anonymity;
import org.convene.platform.outbox.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts each new text into the nearest theme of its mission by the cosine similarity of its
 * embedding to the theme's centre, or, when no theme is near enough, starts an emerging theme of
 * its own (what may be shown of it, and when it is announced, is {@link ThemeDisclosure}'s to say).
 * A re-clustering ({@link Reclustering}) later redraws the themes as a whole.
 */
@ApplicationScoped
public class Themes {

    private final Outbox outbox;
    private final SentimentReader sentiments;
    private final double joinSimilarity;

    public Themes(Outbox outbox, SentimentReader sentiments,
                  @ConfigProperty(name = "convene.themes.join-similarity") double joinSimilarity) {
        this.outbox = outbox;
        this.sentiments = sentiments;
        this.joinSimilarity = joinSimilarity;
    }

    /** Adds one text, with its embedding; call it inside the consuming transaction. */
    public Uni<Void> absorb(ThemeInput input, float[] embedding) {
        return MissionThemesLock.take(input.missionId())
                .chain(() -> Theme.<Theme>list("missionId = ?1 and retiredInto is null", input.missionId()))
                .chain(found -> {
                    List<Theme> themes = new ArrayList<>(found);
                    Theme nearest = nearest(themes, embedding);
                    Theme target = nearest != null ? nearest : Theme.create(input.missionId());
                    if (nearest == null) {
                        themes.add(target);
                    }
                    float[] sum = target.vectorSum == null ? new float[embedding.length] : Vectors.fromBytes(target.vectorSum);
                    Vectors.add(sum, embedding, 1);
                    target.vectorSum = Vectors.toBytes(sum);
                    Map<String, Integer> counts = new TreeMap<>(target.counts());
                    TextTerms.of(input.text()).forEach((term, c) -> counts.merge(term, c, Integer::sum));
                    target.counts(counts);
                    target.size += 1;
                    target.anonymous |= Anonymity.isPseudonym(input.authorId());
                    target.updatedAt = Instant.now();
                    int peopleBefore = target.people;
                    if (relabelDue(target.size)) {
                        target.relabel(themes.stream().map(Theme::counts).toList());
                    }

                    ThemeText text = text(input, embedding, target.id);
                    text.centrality = (float) Vectors.dot(embedding, Vectors.unit(sum));
                    return (nearest == null ? target.persist() : Uni.createFrom().item(target))
                            .chain(text::persist)
                            .chain(() -> peopleIn(target.id))
                            .invoke(people -> target.people = people)
                            .chain(() -> MissionThemesLock.oneMoreText(input.missionId()))
                            // Announced within a second, with whatever else the theme takes meanwhile.
                            .invoke(() -> target.announceDue |= ThemeDisclosure.announce(target, peopleBefore))
                            // Only a signed sender is told which theme took their feedback.
                            .chain(() -> ThemeInput.FEEDBACK.equals(input.source()) && !Anonymity.isPseudonym(input.authorId())
                                    ? outbox.publish(new FeedbackThemed(target.missionId, input.sourceId(),
                                            target.id.toString(), ThemeDisclosure.label(target), target.updatedAt))
                                            .replaceWithVoid()
                                    : Uni.createFrom().voidItem());
                });
    }

    /**
     * Whether a theme of this size takes a new label now: with each of its first 20 texts, then
     * each time it has grown by a tenth. A label weighs the term counts of every theme of the
     * mission, which cost more than everything else a text does, and a big theme's label hardly
     * moves with one text more.
     */
    static boolean relabelDue(int size) {
        return size <= 20 || tenthsOfGrowth(size) != tenthsOfGrowth(size - 1);
    }

    /** How many times a theme of this size has grown by a tenth since its first text. */
    private static int tenthsOfGrowth(int size) {
        return (int) (Math.log(size) / Math.log(1.1));
    }

    private Theme nearest(List<Theme> themes, float[] embedding) {
        Theme nearest = null;
        double best = joinSimilarity;
        for (Theme theme : themes) {
            float[] centre = theme.centre();
            if (centre == null) {
                continue; // made before embeddings; the next re-clustering gives it a centre
            }
            double similarity = Vectors.dot(embedding, centre);
            if (similarity >= best) {
                best = similarity;
                nearest = theme;
            }
        }
        return nearest;
    }

    private ThemeText text(ThemeInput input, float[] embedding, UUID themeId) {
        ThemeText text = new ThemeText();
        text.sourceId = input.sourceId();
        text.source = input.source();
        text.themeId = themeId;
        text.missionId = input.missionId();
        text.authorId = input.authorId();
        text.text = input.text();
        text.submittedAt = input.submittedAt();
        text.embedding = Vectors.toBytes(embedding);
        text.sentiment = sentiments.read(embedding).name();
        text.stakeholderType = input.stakeholderType();
        text.organisation = input.organisation();
        text.service = input.service();
        text.place = input.place();
        return text;
    }

    /**
     * The distinct people surely behind a theme's texts: {@link Anonymity#people}, in SQL so as not
     * to read every author of a large theme for each text (the largest cohort's distinct authors).
     */
    static Uni<Integer> peopleIn(UUID themeId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select cast(coalesce(max(n), 0) as integer) from (select count(distinct author_id) n"
                                + " from theme_texts where theme_id = :theme group by case when strpos(author_id, '#') > 0"
                                + " then split_part(author_id, '#', 1) else '' end) cohorts", Integer.class)
                .setParameter("theme", themeId)
                .getSingleResult());
    }
}
