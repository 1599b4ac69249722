package org.convene.engagement.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.convene.platform.api.ProblemException;
import org.convene.limits.SharedRateLimiter;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/** The engagement service's write limits on the real database, as two instances of the service see them. */
class RateLimitsIT {

    private final AtomicLong nanos = new AtomicLong(System.currentTimeMillis() * 1_000_000);
    private final TimeMeter clock = new TimeMeter() {
        @Override public long currentTimeNanos() { return nanos.get(); }
        @Override public boolean isWallClockBased() { return true; }
    };

    private SharedRateLimiter limiter() {
        return SharedRateLimiter.connect(LocalStack.DATABASE, LocalStack.DATABASE_USER, LocalStack.DATABASE_PASSWORD, clock);
    }

    private static void check(RateLimits limits, RateLimits.Kind kind, String who) {
        limits.check(kind, who).await().atMost(Duration.ofSeconds(10));
    }

    private static void assertRefused(RateLimits limits, String who) {
        ProblemException refused = assertThrows(ProblemException.class, () -> check(limits, RateLimits.Kind.STATEMENT, who));
        assertEquals(429, refused.problem().status());
    }

    @Test
    void twoInstancesOfTheServiceShareOneAllowance() {
        try (SharedRateLimiter one = limiter(); SharedRateLimiter other = limiter()) {
            RateLimits first = RateLimits.of(2, 3, 1, Duration.ofMinutes(1), one);
            RateLimits second = RateLimits.of(2, 3, 1, Duration.ofMinutes(1), other);
            String who = UUID.randomUUID().toString();
            check(first, RateLimits.Kind.STATEMENT, who);
            check(second, RateLimits.Kind.STATEMENT, who);
            assertRefused(second, who);
        }
    }

    @Test
    void aParticipantOverTheLimitIsRefusedUntilTheWindowEnds() {
        try (SharedRateLimiter limiter = limiter()) {
            RateLimits limits = RateLimits.of(2, 3, 1, Duration.ofMinutes(1), limiter);
            String p1 = UUID.randomUUID().toString();
            check(limits, RateLimits.Kind.STATEMENT, p1);
            check(limits, RateLimits.Kind.STATEMENT, p1);
            assertRefused(limits, p1);
            check(limits, RateLimits.Kind.STATEMENT, UUID.randomUUID().toString()); // others are not held back
            check(limits, RateLimits.Kind.VOTE, p1); // nor other kinds of writes

            nanos.addAndGet(Duration.ofMinutes(1).toNanos());
            check(limits, RateLimits.Kind.STATEMENT, p1);
        }
    }
}
