package org.convene.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Whether a soak passed: the judgement of its per-minute samples, a pure function of them.
 *
 * <p>A series is flat when its mean over the last {@value #LAST_WINDOW} minutes is not more than
 * its measure's tolerance above its mean over minutes {@value #BASELINE_FIRST} to
 * {@value #BASELINE_LAST} (the first minutes are left out: caches fill, the JIT compiles, pools
 * open). A database grows with what it stores, so for a database the growth a minute is compared
 * instead of its size. Consumer lag and outbox backlog must also stay under a cap in every minute
 * of the last window. Whatever the length: load errors no more than a small fraction of what was
 * sent, no delivery lost, something acknowledged. A run too short for both windows
 * ({@value #MIN_MINUTES_JUDGED} minutes) is judged on errors and losses alone, and says so.
 */
final class SoakVerdict {

    static final int BASELINE_FIRST = 5;
    static final int BASELINE_LAST = 10;
    static final int LAST_WINDOW = 10;
    static final int MIN_MINUTES_JUDGED = BASELINE_LAST + LAST_WINDOW;

    /**
     * What is sampled each minute; a series is named {@code "<label>: <part, group or database>"}.
     *
     * @param tolerance how far above the baseline the last window's mean may be, as a fraction
     * @param slack     added to the allowance, in the series' unit, for series that are near zero
     * @param growth    judged on its growth a minute rather than its level
     * @param capped    must also stay under the cap (Limits) in every minute of the last window
     * @param judged    false for series shown but not judged
     */
    enum Measure {
        HEAP("heap MB", 0.20, 0, false, false, true),
        CONNECTIONS("connections", 0.20, 5, false, false, true),
        LAG("lag", 0.20, 100, false, true, true),
        OUTBOX("outbox", 0.20, 100, false, true, true),
        DATABASE("db MB", 0.50, 0.5, true, false, true),
        RESIDENT("rss MB", 0, 0, false, false, false);

        final String label;
        final double tolerance;
        final double slack;
        final boolean growth;
        final boolean capped;
        final boolean judged;

        Measure(String label, double tolerance, double slack, boolean growth, boolean capped, boolean judged) {
            this.label = label;
            this.tolerance = tolerance;
            this.slack = slack;
            this.growth = growth;
            this.capped = capped;
            this.judged = judged;
        }

        String series(String name) {
            return label + ": " + name;
        }

        static Measure of(String series) {
            for (Measure m : values()) {
                if (series.startsWith(m.label + ": ")) {
                    return m;
                }
            }
            return null;
        }
    }

    /**
     * One minute of a soak.
     *
     * @param sent           requests sent in the minute (every kind of write)
     * @param errors         requests that failed or were refused, by when they ended
     * @param lostDeliveries messages acknowledged in the minute that a member never received
     * @param series         the sampled values by series name; a series missing is a sample not taken
     */
    record Minute(int minute, long sent, long errors, long lostDeliveries, Map<String, Double> series) {}

    /**
     * @param errorFraction the share of requests that may fail
     * @param lagCap        records a consumer group may lag behind, in any minute of the last window
     * @param backlogCap    events an outbox may hold, in any minute of the last window
     */
    record Limits(double errorFraction, double lagCap, double backlogCap) {}

    /** The judgement: one line per check in {@code findings}, the failed ones again in {@code problems}. */
    record Verdict(boolean passed, boolean flatnessJudged, List<String> findings, List<String> problems) {}

    private SoakVerdict() {}

    static Verdict judge(List<Minute> minutes, Limits limits) {
        List<String> findings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long sent = minutes.stream().mapToLong(Minute::sent).sum();
        long errors = minutes.stream().mapToLong(Minute::errors).sum();
        long lost = minutes.stream().mapToLong(Minute::lostDeliveries).sum();
        double errorShare = sent == 0 ? 0 : (double) errors / sent;
        check(findings, problems, sent > 0, "requests sent: %d", sent);
        check(findings, problems, errorShare <= limits.errorFraction(),
                "load errors: %d of %d (%s; at most %s)", errors, sent, percent(errorShare), percent(limits.errorFraction()));
        check(findings, problems, lost == 0, "lost deliveries: %d (none allowed)", lost);

        int last = minutes.isEmpty() ? 0 : minutes.get(minutes.size() - 1).minute();
        boolean longEnough = last >= MIN_MINUTES_JUDGED;
        if (!longEnough) {
            findings.add(String.format(Locale.ROOT, "flatness not judged: %d minutes, at least %d needed"
                    + " (minutes %d-%d against the last %d)", last, MIN_MINUTES_JUDGED, BASELINE_FIRST, BASELINE_LAST,
                    LAST_WINDOW));
        } else {
            TreeSet<String> names = new TreeSet<>();
            minutes.forEach(m -> names.addAll(m.series().keySet()));
            for (String name : names) {
                Measure measure = Measure.of(name);
                if (measure != null && measure.judged) {
                    judgeSeries(name, measure, minutes, last, limits, findings, problems);
                }
            }
        }
        return new Verdict(problems.isEmpty(), longEnough, findings, problems);
    }

    private static void judgeSeries(String name, Measure measure, List<Minute> minutes, int last, Limits limits,
                                    List<String> findings, List<String> problems) {
        int lastFirst = last - LAST_WINDOW + 1;
        // Growth is measured from the minute before each window: size(10) - size(4) over 6 minutes.
        int from = measure.growth ? BASELINE_FIRST - 1 : BASELINE_FIRST;
        int lastFrom = measure.growth ? lastFirst - 1 : lastFirst;
        List<Integer> missing = new ArrayList<>();
        for (int m = from; m <= last; m++) {
            if ((m <= BASELINE_LAST || m >= lastFrom) && value(minutes, m, name) == null) {
                missing.add(m);
            }
        }
        if (!missing.isEmpty()) {
            check(findings, problems, false, "%s: no sample in minute(s) %s", name, missing);
            return;
        }
        double baseline;
        double recent;
        String unit;
        if (measure.growth) {
            baseline = (value(minutes, BASELINE_LAST, name) - value(minutes, from, name)) / (BASELINE_LAST - from);
            recent = (value(minutes, last, name) - value(minutes, lastFrom, name)) / (last - lastFrom);
            unit = " a minute";
        } else {
            baseline = mean(minutes, name, BASELINE_FIRST, BASELINE_LAST);
            recent = mean(minutes, name, lastFirst, last);
            unit = "";
        }
        double allowed = Math.max(baseline, 0) * (1 + measure.tolerance) + measure.slack;
        check(findings, problems, recent <= allowed, "%s%s: %s in minutes %d-%d, %s in minutes %d-%d (%s; at most %s)",
                name, unit, number(baseline), BASELINE_FIRST, BASELINE_LAST, number(recent), lastFirst, last,
                change(baseline, recent), number(allowed));
        if (measure.capped) {
            double cap = measure == Measure.LAG ? limits.lagCap() : limits.backlogCap();
            double highest = Double.NEGATIVE_INFINITY;
            for (int m = lastFirst; m <= last; m++) {
                highest = Math.max(highest, value(minutes, m, name));
            }
            check(findings, problems, highest <= cap, "%s: at most %s in minutes %d-%d (cap %s)",
                    name, number(highest), lastFirst, last, number(cap));
        }
    }

    private static Double value(List<Minute> minutes, int minute, String name) {
        for (Minute m : minutes) {
            if (m.minute() == minute) {
                Double v = m.series().get(name);
                return v == null || v.isNaN() ? null : v;
            }
        }
        return null;
    }

    private static double mean(List<Minute> minutes, String name, int first, int last) {
        double sum = 0;
        for (int m = first; m <= last; m++) {
            sum += value(minutes, m, name);
        }
        return sum / (last - first + 1);
    }

    private static void check(List<String> findings, List<String> problems, boolean ok, String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args) + (ok ? " ok" : " FAIL");
        findings.add(line);
        if (!ok) {
            problems.add(line);
        }
    }

    private static String number(double v) {
        return Math.abs(v) >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f %%", fraction * 100);
    }

    private static String change(double baseline, double recent) {
        if (baseline <= 0) {
            return String.format(Locale.ROOT, "%+.2f", recent - baseline);
        }
        return String.format(Locale.ROOT, "%+.1f %%", (recent - baseline) / baseline * 100);
    }
}
