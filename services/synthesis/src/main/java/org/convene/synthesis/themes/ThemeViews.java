package org.convene.synthesis.themes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.convene.contracts.Anonymity;
import org.convene.platform.api.ProblemException;
import org.convene.platform.membership.MissionMembers;
import org.convene.platform.security.CurrentUser;
import org.convene.synthesis.responses.ResponseView;
import org.convene.synthesis.responses.ThemeResponse;
import org.convene.synthesis.themes.ThemeView.Sentiments;
import org.convene.synthesis.themes.ThemeView.Week;

/**
 * Reads a mission's themes for its members (and platform admins), holding back what could single
 * someone out: themes {@link ThemeDisclosure} does not show yet, and groups and weeks of fewer than
 * k people, with the group or week that would give one away by subtraction ({@link Anonymity#withheld}).
 */
@ApplicationScoped
public class ThemeViews {

    private static final int TREND_WEEKS = 26;
    private static final List<String> BREAKDOWNS = List.of("stakeholderType", "organisation", "service", "place");

    private final MissionMembers members;

    public ThemeViews(MissionMembers members) {
        this.members = members;
    }

    /** The mission's current themes: those with enough people first, largest first. */
    public Uni<List<ThemeView>> ofMission(String missionId, CurrentUser user) {
        return authorize(missionId, user)
                .chain(() -> Theme.<Theme>list("missionId = ?1 and retiredInto is null order by size desc, createdAt",
                        missionId))
                .map(themes -> themes.stream().filter(ThemeDisclosure::visible).toList())
                .chain(themes -> sentiments(missionId).chain(sentiments -> weeks(missionId).chain(weeks ->
                        responses(missionId).chain(responses -> Multi.createFrom().iterable(themes)
                                .onItem().transformToUniAndConcatenate(theme -> // one query at a time on the session
                                        view(theme, sentiments.get(theme.id), weeks.get(theme.id), responses))
                                .collect().asList()))))
                .map(views -> views.stream().sorted(Comparator.comparing(ThemeView::enoughPeople).reversed()).toList());
    }

    /** One theme with its breakdowns; the id of a theme a re-clustering dissolved leads to its successor. */
    public Uni<ThemeDetail> one(String missionId, UUID themeId, CurrentUser user) {
        return authorize(missionId, user)
                .chain(() -> current(missionId, themeId, 0))
                .invoke(theme -> {
                    if (!ThemeDisclosure.visible(theme)) {
                        throw ProblemException.notFound("Theme " + themeId);
                    }
                })
                .chain(theme -> sentiments(missionId).chain(sentiments -> weeks(missionId).chain(weeks ->
                        responses(missionId).chain(responses ->
                                view(theme, sentiments.get(theme.id), weeks.get(theme.id), responses))))
                        .chain(view -> breakdowns(theme).map(b -> new ThemeDetail(view, b))));
    }

    private Uni<Void> authorize(String missionId, CurrentUser user) {
        return members.requireMember(missionId, user).replaceWithVoid();
    }

    private static Uni<Theme> current(String missionId, UUID themeId, int hops) {
        return Theme.<Theme>find("id = ?1 and missionId = ?2", themeId, missionId).<Theme>firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Theme " + themeId))
                .chain(theme -> theme.retiredInto == null || hops > 100
                        ? Uni.createFrom().item(theme)
                        : current(missionId, theme.retiredInto, hops + 1));
    }

    private Uni<ThemeView> view(Theme theme, int[] sentiment, Map<LocalDate, int[]> weeks,
                                Map<UUID, List<ResponseView>> responses) {
        boolean enough = Anonymity.enough(theme.people);
        Uni<List<String>> quotes = enough
                ? ThemeText.<ThemeText>find("themeId = ?1 order by centrality desc, sourceId", theme.id)
                        .page(0, Quotes.CANDIDATES).list().map(texts -> Quotes.pick(texts.stream().map(t -> t.text).toList()))
                : Uni.createFrom().item(List.of());
        return quotes.map(q -> new ThemeView(theme.id, theme.label, theme.termList(), enough ? theme.size : null, enough,
                q, enough && sentiment != null ? new Sentiments(sentiment[0], sentiment[1], sentiment[2]) : null,
                enough ? trend(weeks) : List.of(), enough ? theme.summary : null, ThemeDisclosure.updatedAt(theme), responses.getOrDefault(theme.id, List.of())));
    }

    /** Weekly counts from the theme's first week to this week; weeks of fewer than k people, and those that would reveal them, held back. */
    static List<Week> trend(Map<LocalDate, int[]> weeks) {
        if (weeks == null || weeks.isEmpty()) {
            return List.of();
        }
        LocalDate thisWeek = LocalDate.now(ZoneOffset.UTC).with(DayOfWeek.MONDAY);
        LocalDate first = weeks.keySet().stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate start = first.isBefore(thisWeek.minusWeeks(TREND_WEEKS - 1)) ? thisWeek.minusWeeks(TREND_WEEKS - 1) : first;
        Map<LocalDate, Long> people = new HashMap<>();
        weeks.forEach((week, counts) -> people.put(week, (long) counts[1]));
        Set<LocalDate> withheld = Anonymity.withheld(people);
        List<Week> trend = new ArrayList<>();
        for (LocalDate week = start; !week.isAfter(thisWeek); week = week.plus(1, ChronoUnit.WEEKS)) {
            int[] counts = weeks.get(week);
            // null, not 0, for a week held back; no texts, 0
            trend.add(new Week(week, withheld.contains(week) ? null : Integer.valueOf(counts == null ? 0 : counts[0])));
        }
        return trend;
    }

    /** Per theme: texts read positive, neutral and negative. */
    private static Uni<Map<UUID, int[]>> sentiments(String missionId) {
        return rows("select theme_id, sentiment, count(*) from theme_texts where mission_id = :m group by 1, 2", missionId)
                .map(rows -> {
                    Map<UUID, int[]> byTheme = new HashMap<>();
                    for (Object[] r : rows) {
                        int[] counts = byTheme.computeIfAbsent((UUID) r[0], id -> new int[3]);
                        if (r[1] != null) {
                            counts[SentimentReader.Sentiment.valueOf((String) r[1]).ordinal()] += ((Number) r[2]).intValue();
                        }
                    }
                    return byTheme;
                });
    }

    /** Per theme and week (Monday, UTC): texts, and distinct people by {@link Anonymity#people}. */
    private static Uni<Map<UUID, Map<LocalDate, int[]>>> weeks(String missionId) {
        return rows("select theme_id, cast(date_trunc('week', submitted_at at time zone 'UTC') as date), author_id,"
                + " count(*) from theme_texts where mission_id = :m group by 1, 2, 3", missionId)
                .map(rows -> {
                    Map<UUID, Map<LocalDate, Authors>> byTheme = new HashMap<>();
                    for (Object[] r : rows) {
                        byTheme.computeIfAbsent((UUID) r[0], id -> new HashMap<>())
                                .computeIfAbsent((LocalDate) r[1], week -> new Authors()).add(r[2], r[3]);
                    }
                    Map<UUID, Map<LocalDate, int[]>> counted = new HashMap<>();
                    byTheme.forEach((theme, weeks) -> {
                        Map<LocalDate, int[]> byWeek = new HashMap<>();
                        weeks.forEach((week, authors) -> byWeek.put(week, new int[] {authors.texts, authors.people()}));
                        counted.put(theme, byWeek);
                    });
                    return counted;
                });
    }

    /** The authors of a group of texts, and how many texts they wrote. */
    private static final class Authors {
        private final List<String> ids = new ArrayList<>();
        private int texts;

        void add(Object authorId, Object count) {
            ids.add((String) authorId);
            texts += ((Number) count).intValue();
        }

        int people() {
            return Anonymity.people(ids);
        }
    }

    private static Uni<Map<UUID, List<ResponseView>>> responses(String missionId) {
        return ThemeResponse.<ThemeResponse>list("missionId = ?1 order by respondedAt", missionId).map(all -> {
            Map<UUID, List<ResponseView>> byTheme = new HashMap<>();
            all.forEach(r -> byTheme.computeIfAbsent(r.themeId, id -> new ArrayList<>()).add(ResponseView.of(r)));
            return byTheme;
        });
    }

    private static Uni<Map<String, List<ThemeDetail.Group>>> breakdowns(Theme theme) {
        Map<String, List<ThemeDetail.Group>> result = new LinkedHashMap<>();
        return Multi.createFrom().iterable(BREAKDOWNS)
                .onItem().transformToUniAndConcatenate(field -> Panache.getSession().chain(session -> session
                        .createSelectionQuery("select " + field + ", authorId, count(*) from ThemeText"
                                + " where themeId = :t group by " + field + ", authorId", Object[].class)
                        .setParameter("t", theme.id)
                        .getResultList())
                        .invoke(rows -> result.put(field, groups(rows))))
                .collect().last()
                .replaceWith(result);
    }

    /** Rows of (value, author, texts) as groups by value, largest first, without those {@link Anonymity#withheld} holds back. */
    static List<ThemeDetail.Group> groups(List<Object[]> rows) {
        Map<String, Authors> byValue = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byValue.computeIfAbsent((String) r[0], v -> new Authors()).add(r[1], r[2]);
        }
        Map<String, Long> people = new HashMap<>();
        byValue.forEach((value, authors) -> people.put(value, (long) authors.people()));
        Set<String> withheld = Anonymity.withheld(people);
        return byValue.entrySet().stream().filter(e -> !withheld.contains(e.getKey()) && people.get(e.getKey()) > 0)
                .map(e -> new ThemeDetail.Group(e.getKey(), e.getValue().texts, e.getValue().people()))
                .sorted(Comparator.comparingInt(ThemeDetail.Group::texts).reversed())
                .toList();
    }

    private static Uni<List<Object[]>> rows(String sql, String missionId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter("m", missionId).getResultList());
    }
}
