package org.convene.engagement.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.convene.platform.api.ProblemException;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return Instant.ofEpochMilli(now.get()); }
    };

    @Test
    void aParticipantOverTheLimitIsRefusedUntilTheWindowEnds() {
        RateLimits limits = RateLimits.of(2, 3, 1, Duration.ofMinutes(1), clock);
        limits.check(RateLimits.Kind.STATEMENT, "p1");
        limits.check(RateLimits.Kind.STATEMENT, "p1");
        ProblemException refused = assertThrows(ProblemException.class,
                () -> limits.check(RateLimits.Kind.STATEMENT, "p1"));
        assertEquals(429, refused.problem().status());
        limits.check(RateLimits.Kind.STATEMENT, "p2"); // others are not held back
        limits.check(RateLimits.Kind.VOTE, "p1"); // nor other kinds of writes

        now.addAndGet(Duration.ofMinutes(1).toMillis());
        limits.check(RateLimits.Kind.STATEMENT, "p1");
    }
}
