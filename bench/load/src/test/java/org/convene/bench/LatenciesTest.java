package org.convene.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreTheNearestRankOfEverySample() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.add(TimeUnit.MILLISECONDS.toNanos(ms));
        }
        Latencies.Summary s = latencies.summary();
        assertEquals(100, s.count());
        assertEquals(50.0, s.p50());
        assertEquals(95.0, s.p95());
        assertEquals(99.0, s.p99());
        assertEquals(100.0, s.max());
    }

    @Test
    void keepsGrowingPastItsFirstArray() {
        Latencies latencies = new Latencies();
        for (int i = 0; i < 200_000; i++) {
            latencies.add(TimeUnit.MICROSECONDS.toNanos(i % 1000));
        }
        assertEquals(200_000, latencies.summary().count());
        assertEquals(0.999, latencies.summary().max());
    }

    @Test
    void aPostIsKnownByItsMarkerWhereverTheFrameCarriesIt() {
        String frame = "{\"type\":\"event\",\"data\":{\"text\":\"" + FanOut.marker(1234) + " How is it going?\"}}";
        assertEquals(1234, FanOut.markerIn(frame));
        assertEquals(-1, FanOut.markerIn("{\"type\":\"presence\"}"));
        assertEquals(-1, FanOut.markerIn("#pnot-a-number#"));
    }
}
