package org.convene.synthesis.opinions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.convene.platform.api.ProblemException;
import org.convene.platform.membership.MissionMembers;
import org.convene.platform.security.CurrentUser;
import org.convene.synthesis.opinions.OpinionGroupsView.Group;
import org.convene.synthesis.opinions.OpinionGroupsView.Point;
import org.convene.synthesis.opinions.OpinionGroupsView.Representative;
import org.convene.synthesis.opinions.OpinionGroupsView.StatementScore;

/** Computes a deliberation's opinion map on request, for the members of its mission. */
@ApplicationScoped
public class OpinionGroups {

    private final MissionMembers members;

    public OpinionGroups(MissionMembers members) {
        this.members = members;
    }

    public Uni<OpinionGroupsView> of(String deliberationId, CurrentUser user) {
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
                .chain(() -> compute(deliberationId));
    }

    /** The deliberation's opinion map from its stored statements and votes, for whoever may see it. */
    static Uni<OpinionGroupsView> compute(String deliberationId) {
        return texts(deliberationId).chain(texts -> votes(deliberationId).map(votes -> compute(deliberationId, votes, texts)));
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
