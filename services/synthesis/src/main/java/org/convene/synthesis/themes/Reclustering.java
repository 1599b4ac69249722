package org.convene.synthesis.themes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.convene.contracts.Anonymity;
import org.convene.contracts.FeedbackThemed;
import org.convene.contracts.ThemeRetired;
import org.convene.platform.context.Background;
import org.convene.platform.membership.MissionMembers;
import org.convene.platform.outbox.Outbox;
import org.convene.platform.security.CurrentUser;
import org.convene.platform.heavywork.HeavyWork;
import org.convene.platform.heavywork.HeavyWorkRefused;
import org.convene.synthesis.responses.ThemeResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Redraws a mission's themes from all its texts ({@link ThemeFinder}), on demand and on a
 * schedule, and keeps theme ids stable: each new theme takes the id of the old theme it shares
 * the most texts with (largest overlaps first, each old id once). An old theme left without a match
 * is retired into the theme that took most of its texts, and its answers move there, so links and
 * "you said, we did" survive. Texts that changed theme are announced, so senders see the new one.
 * The redrawing itself (embedding, clustering, counting terms, labelling) runs on the
 * {@link HeavyWork} pool; a request for it while the pool is full is refused with 503.
 */
@ApplicationScoped
public class Reclustering {

    private static final Logger LOG = Logger.getLogger(Reclustering.class);

    /** What a re-clustering did. */
    public record Summary(int texts, int themes, int kept, int created, int retired, int textsMoved) {}

    /**
     * A redrawing, before it is stored: the current themes (old ones kept, new ones not yet
     * persisted), old themes retired into successors, and texts that changed theme.
     */
    record Redrawn(List<Theme> current, Map<UUID, Theme> byId, Map<UUID, UUID> successors, List<ThemeText> moved,
                   Instant at, Summary summary) {}

    private final Outbox outbox;
    private final TextEmbedder embedder;
    private final SentimentReader sentiments;
    private final MissionMembers members;
    private final Vertx vertx;
    private final HeavyWork heavy;
    private final ThemeSummaries summaries;
    private final Duration after;

    public Reclustering(Outbox outbox, TextEmbedder embedder, SentimentReader sentiments, MissionMembers members,
                        Vertx vertx, HeavyWork heavy, ThemeSummaries summaries,
                        @ConfigProperty(name = "convene.themes.recluster-after") Duration after) {
        this.summaries = summaries;
        this.after = after;
        this.outbox = outbox;
        this.embedder = embedder;
        this.sentiments = sentiments;
        this.members = members;
        this.vertx = vertx;
        this.heavy = heavy;
    }

    /** A convener or facilitator of the mission (or a platform admin) asks for it. */
    public Uni<Summary> requested(String missionId, CurrentUser user) {
        return members.requireLead(missionId, user, "Only the mission's conveners and facilitators redraw its themes")
                .chain(() -> Panache.withTransaction(() -> recluster(missionId)))
                .invoke(() -> Background.run(vertx.getDelegate(), "summarising the themes of " + missionId,
                        () -> summaries.refresh(missionId)));
    }

    /**
     * One mission after another: those due (their texts just doubled), and those whose texts changed
     * and were last re-clustered longer ago than {@code convene.themes.recluster-after}.
     */
    @Scheduled(every = "10s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                        "select mission_id from theme_missions where due or (changed_at > coalesce(reclustered_at,"
                                + " '-infinity') and coalesce(reclustered_at, '-infinity') < :cutoff) order by changed_at",
                                String.class)
                        .setParameter("cutoff", Instant.now().minus(after)).getResultList()))
                .onItem().transformToMulti(missions -> Multi.createFrom().iterable(missions))
                .onItem().transformToUniAndConcatenate(missionId -> Panache.withTransaction(() -> recluster(missionId))
                        .invoke(s -> LOG.debugf("re-clustered mission %s: %s", missionId, s))
                        .call(() -> summaries.refresh(missionId))
                        .onFailure().recoverWithItem(e -> {
                            if (e instanceof HeavyWorkRefused) {
                                LOG.debugf("mission %s is re-clustered on a later round: %s", missionId, e.getMessage());
                            } else {
                                LOG.warnf(e, "could not re-cluster mission %s", missionId);
                            }
                            return null;
                        }))
                .collect().last().replaceWithVoid();
    }

    /** Call inside a transaction. */
    Uni<Summary> recluster(String missionId) {
        return MissionThemesLock.take(missionId)
                .chain(() -> ThemeText.<ThemeText>list("missionId = ?1 order by submittedAt, sourceId", missionId))
                .chain(texts -> texts.size() < ThemeFinder.MIN_TEXTS
                        ? finished(missionId, new Summary(texts.size(), 0, 0, 0, 0, 0))
                        : Theme.<Theme>list("missionId = ?1 and retiredInto is null", missionId)
                                .chain(old -> heavy.run("redrawing the themes of mission " + missionId,
                                        () -> redraw(missionId, texts, find(texts), old)))
                                .chain(redrawn -> store(missionId, redrawn)));
    }

    /** Embeds texts stored before embeddings existed, then finds the themes. Blocking. */
    private ThemeFinder.Found find(List<ThemeText> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (ThemeText text : texts) {
            if (text.embedding == null) {
                float[] embedding = embedder.embed(text.text);
                text.embedding = Vectors.toBytes(embedding);
                text.sentiment = sentiments.read(embedding).name();
            }
            vectors.add(Vectors.fromBytes(text.embedding));
        }
        return ThemeFinder.find(vectors);
    }

    /** The new themes and what changed, from the found clusters and the old themes. Blocking: no session here. */
    static Redrawn redraw(String missionId, List<ThemeText> texts, ThemeFinder.Found found, List<Theme> old) {
        Theme[] themes = match(missionId, texts, found, old);
        UUID[] before = texts.stream().map(t -> t.themeId).toArray(UUID[]::new);
        Instant now = Instant.now();
        List<Map<String, Integer>> counts = new ArrayList<>();
        List<Set<String>> people = new ArrayList<>();
        for (Theme theme : themes) {
            counts.add(new TreeMap<>());
            people.add(new HashSet<>());
            theme.size = 0;
        }
        float[][] sums = new float[themes.length][TextEmbedder.DIMENSIONS];
        List<ThemeText> moved = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            ThemeText text = texts.get(i);
            int c = found.assignment()[i];
            float[] embedding = Vectors.fromBytes(text.embedding);
            Vectors.add(sums[c], embedding, 1);
            // Texts stored before masking on intake are masked here: labels come from masked text only.
            TextTerms.of(PersonalDataMask.mask(text.text)).forEach((term, n) -> counts.get(c).merge(term, n, Integer::sum));
            people.get(c).add(text.authorId);
            themes[c].size++;
            text.centrality = (float) Vectors.dot(embedding, found.centroids()[c]);
            if (!themes[c].id.equals(text.themeId)) {
                text.themeId = themes[c].id;
                moved.add(text);
            }
        }
        List<Theme> current = new ArrayList<>();
        for (int c = 0; c < themes.length; c++) {
            if (themes[c].size == 0) {
                continue; // k-means left it empty
            }
            themes[c].vectorSum = Vectors.toBytes(sums[c]);
            themes[c].counts(counts.get(c));
            themes[c].people = Anonymity.people(people.get(c));
            themes[c].anonymous = people.get(c).stream().anyMatch(Anonymity::isPseudonym);
            themes[c].updatedAt = now;
            current.add(themes[c]);
        }
        List<Map<String, Integer>> allCounts = current.stream().map(Theme::counts).toList();
        current.forEach(t -> t.relabel(allCounts));
        Map<UUID, Theme> byId = new HashMap<>();
        current.forEach(t -> byId.put(t.id, t));
        Map<UUID, UUID> successors = successors(texts, before, old, byId.keySet());
        int created = (int) current.stream().filter(t -> old.stream().noneMatch(o -> o.id.equals(t.id))).count();
        Summary summary = new Summary(texts.size(), current.size(), current.size() - created, created,
                successors.size(), moved.size());
        return new Redrawn(current, byId, successors, moved, now, summary);
    }

    /** Persists a redrawing and announces it, in the caller's transaction. */
    private Uni<Summary> store(String missionId, Redrawn redrawn) {
        List<Theme> current = redrawn.current();
        Map<UUID, Theme> byId = redrawn.byId();
        Map<UUID, UUID> successors = redrawn.successors();
        List<ThemeText> moved = redrawn.moved();
        Instant now = redrawn.at();
        current.stream().filter(ThemeDisclosure::visible).forEach(t -> t.announceDue = true);
        return each(current, t -> t.isPersistent() ? Uni.createFrom().voidItem() : t.persist().replaceWithVoid())
                .chain(() -> Panache.getSession().chain(session -> session.flush()))
                .chain(() -> each(List.copyOf(successors.entrySet()),
                        e -> retire(missionId, e.getKey(), e.getValue(), now)))
                .chain(() -> each(moved.stream().filter(t -> ThemeInput.FEEDBACK.equals(t.source)
                        && !Anonymity.isPseudonym(t.authorId)).toList(), t -> {
                    Theme theme = byId.get(t.themeId);
                    return outbox.publish(new FeedbackThemed(missionId, t.sourceId, theme.id.toString(),
                            ThemeDisclosure.label(theme), now)).replaceWithVoid();
                }))
                .chain(() -> finished(missionId, redrawn.summary()));
    }

    /** Runs the step for each item in turn: one query at a time on the session. */
    private static <T> Uni<Void> each(List<T> items, java.util.function.Function<T, Uni<Void>> step) {
        return Multi.createFrom().iterable(items)
                .onItem().<Void>transformToUniAndConcatenate(step::apply)
                .collect().last()
                .replaceWithVoid();
    }

    /** Each found cluster's theme: the old theme it overlaps most (largest overlaps first, each once), or a new one. */
    static Theme[] match(String missionId, List<ThemeText> texts, ThemeFinder.Found found, List<Theme> old) {
        Map<UUID, Theme> oldById = new HashMap<>();
        old.forEach(t -> oldById.put(t.id, t));
        Map<List<Object>, Integer> overlap = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            UUID was = texts.get(i).themeId;
            if (oldById.containsKey(was)) {
                overlap.merge(List.of(found.assignment()[i], was), 1, Integer::sum);
            }
        }
        List<Map.Entry<List<Object>, Integer>> pairs = new ArrayList<>(overlap.entrySet());
        pairs.sort(Map.Entry.<List<Object>, Integer>comparingByValue().reversed()
                .thenComparing(e -> (Integer) e.getKey().get(0))
                .thenComparing(e -> e.getKey().get(1).toString()));
        Theme[] themes = new Theme[found.count()];
        Set<UUID> taken = new HashSet<>();
        for (Map.Entry<List<Object>, Integer> pair : pairs) {
            int cluster = (Integer) pair.getKey().get(0);
            UUID id = (UUID) pair.getKey().get(1);
            if (themes[cluster] == null && !taken.contains(id)) {
                taken.add(id);
                themes[cluster] = oldById.get(id);
            }
        }
        for (int c = 0; c < themes.length; c++) {
            if (themes[c] == null) {
                themes[c] = Theme.create(missionId);
            }
        }
        return themes;
    }

    /** Old themes that kept no cluster of their own, each with the current theme that took most of its texts. */
    static Map<UUID, UUID> successors(List<ThemeText> texts, UUID[] before, List<Theme> old, Set<UUID> current) {
        Map<UUID, Map<UUID, Integer>> went = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            went.computeIfAbsent(before[i], id -> new HashMap<>()).merge(texts.get(i).themeId, 1, Integer::sum);
        }
        Map<UUID, UUID> successors = new TreeMap<>();
        for (Theme theme : old) {
            if (current.contains(theme.id)) {
                continue;
            }
            went.getOrDefault(theme.id, Map.of()).entrySet().stream()
                    .max(Map.Entry.<UUID, Integer>comparingByValue().thenComparing(e -> e.getKey().toString()))
                    .or(() -> current.stream().sorted().findFirst().map(id -> Map.entry(id, 0)))
                    .ifPresent(e -> successors.put(theme.id, e.getKey()));
        }
        return successors;
    }

    private Uni<Void> retire(String missionId, UUID retired, UUID successor, Instant now) {
        return Theme.update("retiredInto = ?1, size = 0, people = 0, updatedAt = ?2 where id = ?3", successor, now, retired)
                .chain(() -> ThemeResponse.update("themeId = ?1 where themeId = ?2", successor, retired))
                .chain(() -> outbox.publish(new ThemeRetired(missionId, retired.toString(), successor.toString(), now)))
                .replaceWithVoid();
    }

    private static Uni<Summary> finished(String missionId, Summary summary) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("update theme_missions set reclustered_at = now(), due = false where mission_id = :m")
                .setParameter("m", missionId).executeUpdate()).replaceWith(summary);
    }
}
