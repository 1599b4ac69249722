package org.convene.bench;

import java.util.Arrays;

/**
 * Every latency of a run, kept whole rather than bucketed, so that the percentiles are exact.
 * A million samples take 8 MB, which a benchmark run can afford.
 */
final class Latencies {

    /** Percentiles in milliseconds. */
    record Summary(int count, double p50, double p95, double p99, double max) {}

    private long[] micros = new long[1 << 16];
    private int count;

    synchronized void add(long nanos) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = nanos / 1_000;
    }

    synchronized int count() {
        return count;
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return new Summary(count, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                count == 0 ? Double.NaN : sorted[count - 1] / 1000.0);
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double at(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1000.0;
    }
}
