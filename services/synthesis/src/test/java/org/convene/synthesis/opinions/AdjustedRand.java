package org.convene.synthesis.opinions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The adjusted Rand index of two labellings of the same items: 1 the same grouping, about 0 chance. */
final class AdjustedRand {

    private AdjustedRand() {}

    static double of(List<Integer> a, List<Integer> b) {
        Map<List<Integer>, Long> both = new HashMap<>();
        Map<Integer, Long> rows = new HashMap<>();
        Map<Integer, Long> cols = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            both.merge(List.of(a.get(i), b.get(i)), 1L, Long::sum);
            rows.merge(a.get(i), 1L, Long::sum);
            cols.merge(b.get(i), 1L, Long::sum);
        }
        double index = both.values().stream().mapToDouble(AdjustedRand::pairs).sum();
        double sumRows = rows.values().stream().mapToDouble(AdjustedRand::pairs).sum();
        double sumCols = cols.values().stream().mapToDouble(AdjustedRand::pairs).sum();
        double expected = sumRows * sumCols / pairs(a.size());
        double max = (sumRows + sumCols) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }
}
