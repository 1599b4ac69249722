package org.convene.synthesis.batch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well one grouping of items agrees with another (for example found themes against labels
 * given by people): adjusted Rand index, and V-measure, the harmonic mean of homogeneity and
 * completeness, which equals NMI with the arithmetic mean of the entropies.
 */
public final class Agreement {

    private Agreement() {}

    /** 1 for the same grouping, about 0 for chance. */
    public static <A, B> double adjustedRand(List<A> a, List<B> b) {
        Table<A, B> t = new Table<>(a, b);
        double index = t.both.values().stream().mapToDouble(Agreement::pairs).sum();
        double sumRows = t.rows.values().stream().mapToDouble(Agreement::pairs).sum();
        double sumCols = t.cols.values().stream().mapToDouble(Agreement::pairs).sum();
        double expected = sumRows * sumCols / pairs(a.size());
        double max = (sumRows + sumCols) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }

    /** V-measure of {@code found} against {@code truth}: 1 when each found group is exactly one true group. */
    public static <A, B> double vMeasure(List<A> found, List<B> truth) {
        Table<A, B> t = new Table<>(found, truth);
        double n = found.size();
        double hTruth = entropy(t.cols, n);
        double hFound = entropy(t.rows, n);
        double mutual = 0;
        for (Map.Entry<List<Object>, Long> cell : t.both.entrySet()) {
            double joint = cell.getValue() / n;
            double pa = t.rows.get(cell.getKey().get(0)) / n;
            double pb = t.cols.get(cell.getKey().get(1)) / n;
            mutual += joint * Math.log(joint / (pa * pb));
        }
        double homogeneity = hTruth == 0 ? 1 : mutual / hTruth;
        double completeness = hFound == 0 ? 1 : mutual / hFound;
        return homogeneity + completeness == 0 ? 0 : 2 * homogeneity * completeness / (homogeneity + completeness);
    }

    private static double entropy(Map<?, Long> counts, double n) {
        return -counts.values().stream().mapToDouble(c -> c / n * Math.log(c / n)).sum();
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }

    private static final class Table<A, B> {
        final Map<List<Object>, Long> both = new HashMap<>();
        final Map<Object, Long> rows = new HashMap<>();
        final Map<Object, Long> cols = new HashMap<>();

        Table(List<A> a, List<B> b) {
            if (a.size() != b.size()) {
                throw new IllegalArgumentException("two groupings of different lengths: " + a.size() + ", " + b.size());
            }
            for (int i = 0; i < a.size(); i++) {
                both.merge(List.of(a.get(i), b.get(i)), 1L, Long::sum);
                rows.merge(a.get(i), 1L, Long::sum);
                cols.merge(b.get(i), 1L, Long::sum);
            }
        }
    }
}
