package org.convene.synthesis.opinions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Opinion groups from votes, as Pol.is finds them: a participants x statements matrix (agree 1,
 * disagree -1, pass 0), participants with at least {@value #MIN_VOTES} votes, unseen cells filled
 * with the statement's mean, PCA to two components with each projection scaled by
 * sqrt(statements / statements voted on), then k-means for k from 2 to 5, the k with the best
 * silhouette (a larger k must beat a smaller one by {@value #MORE_GROUPS_MARGIN}). Deterministic:
 * the same votes give the same groups.
 */
public final class OpinionMap {

    public static final int MIN_VOTES = 7;
    private static final int MAX_GROUPS = 5;
    /** How much better a larger k's silhouette must be to be chosen over a smaller one. */
    static final double MORE_GROUPS_MARGIN = 0.02;

    /** One final vote: 1 agree, -1 disagree, 0 pass. */
    public record Vote(String participant, String statement, int value) {}

    /**
     * @param participants the participants placed, in a stable order
     * @param x            first component of each participant's position
     * @param y            second component
     * @param group        each participant's group, 0 to k-1
     */
    public record Result(List<String> participants, double[] x, double[] y, int[] group, int groups) {}

    private OpinionMap() {}

    public static Result of(List<Vote> votes) {
        Map<String, Integer> perParticipant = new HashMap<>();
        votes.forEach(v -> perParticipant.merge(v.participant(), 1, Integer::sum));
        List<String> people = perParticipant.entrySet().stream().filter(e -> e.getValue() >= MIN_VOTES)
                .map(Map.Entry::getKey).sorted().toList();
        List<String> statements = new ArrayList<>(new TreeSet<>(votes.stream().map(Vote::statement).toList()));
        if (people.size() < 4 || statements.size() < 2) {
            return new Result(people, new double[people.size()], new double[people.size()], new int[people.size()], 0);
        }
        Map<String, Integer> row = index(people);
        Map<String, Integer> col = index(statements);
        int n = people.size();
        int m = statements.size();
        double[][] matrix = new double[n][m];
        boolean[][] seen = new boolean[n][m];
        for (Vote v : votes) {
            Integer i = row.get(v.participant());
            if (i != null) {
                matrix[i][col.get(v.statement())] = v.value();
                seen[i][col.get(v.statement())] = true;
            }
        }
        // Fill unseen cells with the statement's mean, then centre: filled cells become 0.
        for (int j = 0; j < m; j++) {
            double sum = 0;
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (seen[i][j]) {
                    sum += matrix[i][j];
                    count++;
                }
            }
            double mean = count == 0 ? 0 : sum / count;
            for (int i = 0; i < n; i++) {
                matrix[i][j] = seen[i][j] ? matrix[i][j] - mean : 0;
            }
        }
        double[][] axes = TopComponents.of(matrix, 2);
        double[] first = axes[0];
        double[] second = axes[1];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            int voted = 0;
            for (int j = 0; j < m; j++) {
                voted += seen[i][j] ? 1 : 0;
            }
            double scale = Math.sqrt((double) m / voted);
            x[i] = TopComponents.dot(matrix[i], first) * scale;
            y[i] = TopComponents.dot(matrix[i], second) * scale;
        }
        int[] best = null;
        double bestSilhouette = Double.NEGATIVE_INFINITY;
        int bestK = 0;
        for (int k = 2; k <= Math.min(MAX_GROUPS, n - 1); k++) {
            int[] groups = kMeans(x, y, k);
            double s = silhouette(x, y, groups, k);
            // More groups only for a clearly better silhouette: near ties go to the simpler map.
            if (best == null || s > bestSilhouette + MORE_GROUPS_MARGIN) {
                bestSilhouette = s;
                best = groups;
                bestK = k;
            }
        }
        return new Result(people, x, y, relabelBySize(best, bestK), bestK);
    }

    /** Lloyd's k-means from k-means++ starts with fixed seeds; the run with the least inertia. */
    static int[] kMeans(double[] x, double[] y, int k) {
        int n = x.length;
        int[] bestGroups = null;
        double bestInertia = Double.POSITIVE_INFINITY;
        for (int seed = 0; seed < 10; seed++) {
            Random random = new Random(seed);
            double[][] centres = new double[k][];
            int startIndex = random.nextInt(n);
            centres[0] = new double[] {x[startIndex], y[startIndex]};
            for (int c = 1; c < k; c++) {
                double[] d = new double[n];
                double total = 0;
                for (int i = 0; i < n; i++) {
                    d[i] = Double.POSITIVE_INFINITY;
                    for (int e = 0; e < c; e++) {
                        d[i] = Math.min(d[i], square(x[i] - centres[e][0]) + square(y[i] - centres[e][1]));
                    }
                    total += d[i];
                }
                double pick = random.nextDouble() * total;
                int chosen = n - 1;
                for (int i = 0; i < n; i++) {
                    pick -= d[i];
                    if (pick <= 0) {
                        chosen = i;
                        break;
                    }
                }
                centres[c] = new double[] {x[chosen], y[chosen]};
            }
            int[] groups = new int[n];
            for (int iteration = 0; iteration < 100; iteration++) {
                boolean moved = false;
                for (int i = 0; i < n; i++) {
                    int nearest = 0;
                    for (int c = 1; c < k; c++) {
                        if (square(x[i] - centres[c][0]) + square(y[i] - centres[c][1])
                                < square(x[i] - centres[nearest][0]) + square(y[i] - centres[nearest][1])) {
                            nearest = c;
                        }
                    }
                    moved |= groups[i] != nearest;
                    groups[i] = nearest;
                }
                for (int c = 0; c < k; c++) {
                    double sx = 0;
                    double sy = 0;
                    int count = 0;
                    for (int i = 0; i < n; i++) {
                        if (groups[i] == c) {
                            sx += x[i];
                            sy += y[i];
                            count++;
                        }
                    }
                    if (count > 0) {
                        centres[c] = new double[] {sx / count, sy / count};
                    }
                }
                if (!moved && iteration > 0) {
                    break;
                }
            }
            double inertia = 0;
            for (int i = 0; i < n; i++) {
                inertia += square(x[i] - centres[groups[i]][0]) + square(y[i] - centres[groups[i]][1]);
            }
            if (inertia < bestInertia - 1e-12) {
                bestInertia = inertia;
                bestGroups = groups;
            }
        }
        return bestGroups;
    }

    /** The mean silhouette: how much closer each point is to its own group than to the nearest other. */
    static double silhouette(double[] x, double[] y, int[] groups, int k) {
        int n = x.length;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double[] sum = new double[k];
            int[] count = new int[k];
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    sum[groups[j]] += Math.sqrt(square(x[i] - x[j]) + square(y[i] - y[j]));
                    count[groups[j]]++;
                }
            }
            if (count[groups[i]] == 0) {
                continue; // a group of one has silhouette 0
            }
            double own = sum[groups[i]] / count[groups[i]];
            double other = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != groups[i] && count[c] > 0) {
                    other = Math.min(other, sum[c] / count[c]);
                }
            }
            if (other == Double.POSITIVE_INFINITY) {
                continue;
            }
            total += (other - own) / Math.max(own, other);
        }
        return total / n;
    }

    /** Group 0 is the largest, so that names stay put when nothing changes. */
    private static int[] relabelBySize(int[] groups, int k) {
        int[] size = new int[k];
        for (int g : groups) {
            size[g]++;
        }
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer c) -> -size[c]).thenComparingInt(c -> c));
        int[] rename = new int[k];
        for (int c = 0; c < k; c++) {
            rename[order[c]] = c;
        }
        return Arrays.stream(groups).map(g -> rename[g]).toArray();
    }

    private static Map<String, Integer> index(List<String> ids) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }

    private static double square(double d) {
        return d * d;
    }
}
