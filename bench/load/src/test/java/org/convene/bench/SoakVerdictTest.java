package org.convene.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class SoakVerdictTest {

    private static final SoakVerdict.Limits LIMITS = new SoakVerdict.Limits(0.001, 1000, 1000);
    private static final String HEAP = "heap MB: gateway";
    private static final String LAG = "lag: synthesis";
    private static final String OUTBOX = "outbox: engagement";
    private static final String DB = "db MB: engagement";
    private static final String CONNECTIONS = "connections: gateway";

    /** A steady 30-minute run: every series flat, the database growing 2 MB a minute. */
    private static List<SoakVerdict.Minute> steady(int minutes) {
        return run(minutes, Map.of(HEAP, m -> 80 + (m % 3), LAG, m -> 12, OUTBOX, m -> m % 2 == 0 ? 0 : 3,
                DB, m -> 50 + 2.0 * m, CONNECTIONS, m -> 60));
    }

    private static List<SoakVerdict.Minute> run(int minutes, Map<String, IntToDoubleFunction> series) {
        List<SoakVerdict.Minute> rows = new ArrayList<>();
        for (int m = 1; m <= minutes; m++) {
            Map<String, Double> values = new HashMap<>();
            int minute = m;
            series.forEach((name, f) -> values.put(name, f.applyAsDouble(minute)));
            rows.add(new SoakVerdict.Minute(m, 1000, 0, 0, values));
        }
        return rows;
    }

    /** The same run with one series replaced. */
    private static List<SoakVerdict.Minute> with(List<SoakVerdict.Minute> rows, String name, IntToDoubleFunction f) {
        return rows.stream().map(r -> {
            Map<String, Double> values = new HashMap<>(r.series());
            values.put(name, f.applyAsDouble(r.minute()));
            return new SoakVerdict.Minute(r.minute(), r.sent(), r.errors(), r.lostDeliveries(), values);
        }).toList();
    }

    private static boolean failsOn(SoakVerdict.Verdict v, String name) {
        return v.problems().stream().anyMatch(p -> p.startsWith(name));
    }

    @Test
    void aFlatRunPasses() {
        SoakVerdict.Verdict v = SoakVerdict.judge(steady(30), LIMITS);
        assertTrue(v.passed(), v.problems().toString());
        assertTrue(v.flatnessJudged());
    }

    @Test
    void heapAfterGcGrowingMoreThanTwentyPercentFails() {
        // 80 MB in minutes 5-10, then 2 MB more a minute: 111 MB on average over minutes 21-30.
        SoakVerdict.Verdict v = SoakVerdict.judge(with(steady(30), HEAP, m -> m <= 10 ? 80 : 80 + 2 * (m - 10)), LIMITS);
        assertFalse(v.passed());
        assertTrue(failsOn(v, HEAP), v.problems().toString());
    }

    @Test
    void heapFallingIsNoLeak() {
        SoakVerdict.Verdict v = SoakVerdict.judge(with(steady(30), HEAP, m -> m <= 10 ? 120 : 70), LIMITS);
        assertTrue(v.passed(), v.problems().toString());
    }

    @Test
    void heapWithinTheToleranceIsFlat() {
        // +15 %: within 20 %.
        SoakVerdict.Verdict v = SoakVerdict.judge(with(steady(30), HEAP, m -> m <= 10 ? 80 : 92), LIMITS);
        assertTrue(v.passed(), v.problems().toString());
    }

    @Test
    void lagNearZeroMayMoveWithinItsSlack() {
        // 0 at first, 90 later: above 20 % of nothing, but within the slack of 100 records.
        SoakVerdict.Verdict v = SoakVerdict.judge(with(steady(30), LAG, m -> m <= 10 ? 0 : 90), LIMITS);
        assertTrue(v.passed(), v.problems().toString());
    }

    @Test
    void aGrowingLagFails() {
        // A consumer that keeps falling behind: 40 records more every minute.
        SoakVerdict.Verdict v = SoakVerdict.judge(with(steady(30), LAG, m -> 40.0 * m), LIMITS);
        assertFalse(v.passed());
        assertTrue(failsOn(v, LAG), v.problems().toString());
    }

    @Test
    void aBacklogOverTheCapFailsEvenWhenFlat() {
        SoakVerdict.Verdict v = SoakVerdict.judge(with(steady(30), OUTBOX, m -> 5000), LIMITS);
        assertFalse(v.passed());
        assertTrue(v.problems().stream().anyMatch(p -> p.startsWith(OUTBOX + ": at most 5000")), v.problems().toString());
    }

    @Test
    void aDatabaseGrowingSteadilyIsFlatButOneGrowingFasterAndFasterIsNot() {
        assertTrue(SoakVerdict.judge(with(steady(30), DB, m -> 100 + 3.0 * m), LIMITS).passed());
        // Growth a minute of 2 MB at first, 2 + (m - 10) * 0.4 later: 6 MB a minute by the end.
        SoakVerdict.Verdict v = SoakVerdict.judge(with(steady(30), DB,
                m -> m <= 10 ? 2.0 * m : 20 + 2.0 * (m - 10) + 0.2 * (m - 10) * (m - 9)), LIMITS);
        assertFalse(v.passed());
        assertTrue(failsOn(v, DB + " a minute"), v.problems().toString());
    }

    @Test
    void aPartMissingASampleFails() {
        List<SoakVerdict.Minute> rows = new ArrayList<>(steady(30));
        SoakVerdict.Minute m25 = rows.get(24);
        Map<String, Double> values = new HashMap<>(m25.series());
        values.remove(HEAP);
        rows.set(24, new SoakVerdict.Minute(25, m25.sent(), m25.errors(), m25.lostDeliveries(), values));
        SoakVerdict.Verdict v = SoakVerdict.judge(rows, LIMITS);
        assertFalse(v.passed());
        assertTrue(v.problems().contains(HEAP + ": no sample in minute(s) [25] FAIL"), v.problems().toString());
    }

    @Test
    void seriesShownButNotJudgedNeverFail() {
        SoakVerdict.Verdict v = SoakVerdict.judge(with(steady(30), "rss MB: gateway", m -> 100.0 * m), LIMITS);
        assertTrue(v.passed(), v.problems().toString());
    }

    @Test
    void anyLostDeliveryFails() {
        List<SoakVerdict.Minute> rows = new ArrayList<>(steady(30));
        SoakVerdict.Minute m7 = rows.get(6);
        rows.set(6, new SoakVerdict.Minute(7, m7.sent(), m7.errors(), 1, m7.series()));
        SoakVerdict.Verdict v = SoakVerdict.judge(rows, LIMITS);
        assertFalse(v.passed());
        assertEquals(List.of("lost deliveries: 1 (none allowed) FAIL"), v.problems());
    }

    @Test
    void errorsPassUpToTheAllowedFraction() {
        List<SoakVerdict.Minute> rows = new ArrayList<>(steady(30));
        SoakVerdict.Minute m3 = rows.get(2);
        // 30,000 sent: 30 errors is 0.1 %, 31 is more.
        rows.set(2, new SoakVerdict.Minute(3, m3.sent(), 30, 0, m3.series()));
        assertTrue(SoakVerdict.judge(rows, LIMITS).passed());
        rows.set(2, new SoakVerdict.Minute(3, m3.sent(), 31, 0, m3.series()));
        assertFalse(SoakVerdict.judge(rows, LIMITS).passed());
    }

    @Test
    void aShortRunIsJudgedOnErrorsAndLossesAloneAndSaysSo() {
        // Three minutes with a heap that doubles each minute: not judged for flatness.
        SoakVerdict.Verdict v = SoakVerdict.judge(with(steady(3), HEAP, m -> 80 * Math.pow(2, m)), LIMITS);
        assertTrue(v.passed());
        assertFalse(v.flatnessJudged());
        assertTrue(v.findings().stream().anyMatch(f -> f.startsWith("flatness not judged: 3 minutes")));
    }

    @Test
    void nothingSentFails() {
        List<SoakVerdict.Minute> rows = steady(30).stream()
                .map(r -> new SoakVerdict.Minute(r.minute(), 0, 0, 0, r.series())).toList();
        assertFalse(SoakVerdict.judge(rows, LIMITS).passed());
    }
}
