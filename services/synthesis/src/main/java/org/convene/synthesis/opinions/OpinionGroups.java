package org.convene.synthesis.opinions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import org.convene.platform.api.ProblemException;
import org.convene.platform.context.Background;
import org.convene.platform.membership.MissionMembers;
import org.convene.platform.security.CurrentUser;
import org.convene.platform.heavywork.HeavyWork;
import org.convene.synthesis.opinions.OpinionGroupsView.Group;
import org.convene.synthesis.opinions.OpinionGroupsView.Point;
import org.convene.synthesis.opinions.OpinionGroupsView.Representative;
import org.convene.synthesis.opinions.OpinionGroupsView.StatementScore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A deliberation's opinion map, for the members of its mission. Maps are computed on the
 * {@link HeavyWork} pool, never on the event loop, and kept per deliberation with the version of
 * its votes and statements they were computed from ({@code deliberation_map_versions}, which grows
 * with every stored vote or statement): a request is answered with the kept map, and when that is
 * older than the current version, one recomputation starts in the background while the older map is
 * served. Only the first request for a deliberation with no kept map waits for the computation.
 */
@ApplicationScoped
public class OpinionGroups {

    private record Inputs(List<OpinionMap.Vote> votes, Map<String, Object[]> texts) {}

    private final MissionMembers members;
    private final HeavyWork heavy;
    private final Vertx vertx;
    private final VersionedCache<String, OpinionGroupsView> maps;

    public OpinionGroups(MissionMembers members, HeavyWork heavy, Vertx vertx,
                         @ConfigProperty(name = "convene.opinion-groups.cache-points") long cachePoints) {
        this.members = members;
        this.heavy = heavy;
        this.vertx = vertx;
        this.maps = new VersionedCache<>(cachePoints, OpinionGroups::weight);
    }

    /** The map, for a member of the deliberation's mission or an admin: checked on every request, before the kept map. */
    public Uni<OpinionGroupsView> of(String deliberationId, CurrentUser user) {
        Executor caller = callersContext();
        return Panache.withSession(() -> authorize(deliberationId, user).chain(() -> version(deliberationId)))
                .chain(version -> maps.get(deliberationId, version, this::computeApart))
                .emitOn(caller);
    }

    /** The map of the current version, waiting for it to be computed if need be (to announce it). */
    Uni<OpinionGroupsView> current(String deliberationId) {
        Executor caller = callersContext();
        return Panache.withSession(() -> version(deliberationId))
                .chain(version -> maps.fresh(deliberationId, version, this::computeApart))
                .emitOn(caller);
    }

    private Uni<Void> authorize(String deliberationId, CurrentUser user) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select mission_id from deliberation_statements where deliberation_id = :d limit 1", String.class)
                        .setParameter("d", deliberationId).getResultList())
                .chain(missions -> {
                    if (missions.isEmpty()) {
                        throw ProblemException.notFound("Deliberation " + deliberationId);
                    }
                    return members.roleOf(missions.get(0), user.id());
                })
                .invoke(role -> {
                    if (role.isEmpty() && !user.isAdmin()) {
                        throw ProblemException.notFound("Deliberation " + deliberationId);
                    }
                })
                .replaceWithVoid();
    }

    /** The version of the deliberation's votes and statements: read before them, so a map is never newer than its version says. */
    private static Uni<Long> version(String deliberationId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select version from deliberation_map_versions where deliberation_id = :d", Long.class)
                        .setParameter("d", deliberationId).getResultList())
                .map(rows -> rows.isEmpty() ? 0L : rows.get(0));
    }

    /**
     * Reads the votes and statements in a session of its own, on a context of its own (the map is
     * shared by every waiting request and outlives the one that started it), then computes the map
     * on the heavy-work pool, with no database connection held meanwhile. The pool's place is taken
     * before the votes are read, so a refused computation reads none.
     */
    private Uni<OpinionGroupsView> computeApart(String deliberationId) {
        return Uni.createFrom().emitter(emitter -> Background.onOwnContext(vertx, () -> heavy.run(
                        "mapping the opinions of deliberation " + deliberationId,
                        Panache.withSession(() -> texts(deliberationId)
                                .chain(texts -> votes(deliberationId).map(votes -> new Inputs(votes, texts)))),
                        in -> compute(deliberationId, in.votes(), in.texts()))
                .subscribe().with(emitter::complete, emitter::fail)));
    }

    /** The request goes on where it was (its context), whichever thread finished the map it waited for. */
    private static Executor callersContext() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
    }

    /** A kept map weighs its points (one per placed participant), which dwarf the rest. */
    private static int weight(OpinionGroupsView map) {
        return 1 + map.points().size();
    }

    static OpinionGroupsView compute(String deliberationId, List<OpinionMap.Vote> votes, Map<String, Object[]> texts) {
        OpinionMap.Result map = OpinionMap.of(votes);
        Map<String, Integer> groupOf = new HashMap<>();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < map.participants().size(); i++) {
            groupOf.put(map.participants().get(i), map.group()[i]);
            points.add(new Point(round(map.x()[i]), round(map.y()[i]), map.group()[i]));
        }
        if (map.groups() == 0) {
            return new OpinionGroupsView(deliberationId, 0, votes.size(), List.of(), List.of(), List.of(), List.of());
        }
        var tallies = GroupStatements.tally(votes, groupOf, map.groups());
        List<Group> groups = IntStream.range(0, map.groups()).mapToObj(g -> new Group(g,
                        (int) IntStream.of(map.group()).filter(x -> x == g).count(),
                        GroupStatements.representative(tallies, g).stream()
                                .map(r -> new Representative(number(texts, r.statement()), text(texts, r.statement()),
                                        r.direction(), round(r.groupShare()), round(r.otherShare())))
                                .toList()))
                .toList();
        return new OpinionGroupsView(deliberationId, map.participants().size(), votes.size(), groups,
                scores(GroupStatements.consensus(tallies), texts), scores(GroupStatements.divisive(tallies), texts),
                points);
    }

    private static List<StatementScore> scores(List<GroupStatements.Scored> scored, Map<String, Object[]> texts) {
        return scored.stream().map(s -> new StatementScore(number(texts, s.statement()), text(texts, s.statement()),
                round(s.score()))).toList();
    }

    private static Uni<Map<String, Object[]>> texts(String deliberationId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select statement_id, number, text from deliberation_statements where deliberation_id = :d",
                        Object[].class)
                .setParameter("d", deliberationId).getResultList())
                .map(rows -> {
                    Map<String, Object[]> byId = new HashMap<>();
                    rows.forEach(r -> byId.put((String) r[0], new Object[] {r[1], r[2]}));
                    return byId;
                });
    }

    private static Uni<List<OpinionMap.Vote>> votes(String deliberationId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select participant_id, statement_id, cast(vote as integer) from deliberation_votes"
                                + " where deliberation_id = :d", Object[].class)
                .setParameter("d", deliberationId).getResultList())
                .map(rows -> rows.stream().map(r -> new OpinionMap.Vote((String) r[0], (String) r[1],
                        ((Number) r[2]).intValue())).toList());
    }

    private static int number(Map<String, Object[]> texts, String statement) {
        Object[] t = texts.get(statement);
        return t == null ? -1 : ((Number) t[0]).intValue();
    }

    private static String text(Map<String, Object[]> texts, String statement) {
        Object[] t = texts.get(statement);
        return t == null ? "" : (String) t[1];
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
