package org.convene.synthesis.opinions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each opinion group stands for, and where the groups meet: representative statements per
 * group (the group agrees, or disagrees, far more than the others), consensus statements (the
 * product over groups of (agrees + 1) / (votes + 2), so that every group must agree), and
 * divisive ones (the widest gap in agreement between groups).
 */
public final class GroupStatements {

    private static final int TOP = 5;

    /** A statement as one group, or everyone else, voted on it. */
    public record Tally(int agrees, int disagrees, int votes) {

        double agree() {
            return (agrees + 1.0) / (votes + 2.0);
        }

        double disagree() {
            return (disagrees + 1.0) / (votes + 2.0);
        }
    }

    /**
     * @param direction  agree or disagree: what the group does more than the others
     * @param groupShare the share of the group voting that way
     * @param otherShare the share of everyone else voting that way
     */
    public record Representative(String statement, String direction, double groupShare, double otherShare) {}

    public record Scored(String statement, double score) {}

    private GroupStatements() {}

    /** Tallies per group (index 0..k-1) and for each group's complement, per statement. */
    public static Map<String, Tally[]> tally(List<OpinionMap.Vote> votes, Map<String, Integer> groupOf, int k) {
        Map<String, int[][]> counts = new HashMap<>(); // statement -> group -> {agrees, disagrees, votes}
        for (OpinionMap.Vote v : votes) {
            Integer g = groupOf.get(v.participant());
            if (g == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(v.statement(), s -> new int[k][3])[g];
            c[0] += v.value() == 1 ? 1 : 0;
            c[1] += v.value() == -1 ? 1 : 0;
            c[2]++;
        }
        Map<String, Tally[]> tallies = new HashMap<>();
        counts.forEach((statement, perGroup) -> {
            Tally[] t = new Tally[k];
            for (int g = 0; g < k; g++) {
                t[g] = new Tally(perGroup[g][0], perGroup[g][1], perGroup[g][2]);
            }
            tallies.put(statement, t);
        });
        return tallies;
    }

    public static List<Representative> representative(Map<String, Tally[]> tallies, int group) {
        List<Representative> found = new ArrayList<>();
        tallies.forEach((statement, t) -> {
            Tally in = t[group];
            Tally out = rest(t, group);
            if (in.votes() < 3) {
                return;
            }
            double agreeRatio = in.agree() / out.agree();
            double disagreeRatio = in.disagree() / out.disagree();
            boolean agree = agreeRatio >= disagreeRatio;
            double share = agree ? share(in.agrees(), in.votes()) : share(in.disagrees(), in.votes());
            if (share > 0.5 && Math.max(agreeRatio, disagreeRatio) > 1.0) {
                found.add(new Representative(statement, agree ? "agree" : "disagree", share,
                        agree ? share(out.agrees(), out.votes()) : share(out.disagrees(), out.votes())));
            }
        });
        found.sort(Comparator.comparingDouble((Representative r) -> -(r.groupShare() - r.otherShare()))
                .thenComparing(Representative::statement));
        return found.subList(0, Math.min(TOP, found.size()));
    }

    /** Group-informed consensus: every group must agree for a statement to score high. */
    public static List<Scored> consensus(Map<String, Tally[]> tallies) {
        List<Scored> scored = new ArrayList<>();
        tallies.forEach((statement, t) -> {
            double product = 1;
            for (Tally g : t) {
                product *= g.agree();
            }
            scored.add(new Scored(statement, product));
        });
        return top(scored);
    }

    /** The statements the groups split on most: the widest gap between groups' agree shares. */
    public static List<Scored> divisive(Map<String, Tally[]> tallies) {
        List<Scored> scored = new ArrayList<>();
        tallies.forEach((statement, t) -> {
            double min = 1;
            double max = 0;
            for (Tally g : t) {
                min = Math.min(min, g.agree());
                max = Math.max(max, g.agree());
            }
            scored.add(new Scored(statement, max - min));
        });
        return top(scored);
    }

    private static List<Scored> top(List<Scored> scored) {
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparing(Scored::statement));
        return scored.subList(0, Math.min(TOP, scored.size()));
    }

    private static Tally rest(Tally[] t, int group) {
        int agrees = 0;
        int disagrees = 0;
        int votes = 0;
        for (int g = 0; g < t.length; g++) {
            if (g != group) {
                agrees += t[g].agrees();
                disagrees += t[g].disagrees();
                votes += t[g].votes();
            }
        }
        return new Tally(agrees, disagrees, votes);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
