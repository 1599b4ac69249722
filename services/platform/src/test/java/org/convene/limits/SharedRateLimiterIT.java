package org.convene.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/** Two limiters, each with its own pool, as two instances of a part would have, on the real database. */
class SharedRateLimiterIT {

    private static SharedRateLimiter limiter() {
        return SharedRateLimiter.connect(LocalStack.DATABASE, LocalStack.DATABASE_USER, LocalStack.DATABASE_PASSWORD);
    }

    @Test
    void twoInstancesShareOneAllowance() {
        RateRule rule = new RateRule("test.shared", 3, Duration.ofMinutes(1));
        String who = UUID.randomUUID().toString();
        try (SharedRateLimiter first = limiter(); SharedRateLimiter second = limiter()) {
            assertTrue(first.tryTake(rule, who).allowed());
            assertTrue(second.tryTake(rule, who).allowed());
            assertTrue(first.tryTake(rule, who).allowed());
            RateVerdict refused = second.tryTake(rule, who);
            assertFalse(refused.allowed(), "the fourth use, wherever it lands, is over the allowance of 3");
            assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 60, refused.toString());
            assertFalse(first.tryTake(rule, who).allowed());

            assertTrue(first.tryTake(rule, UUID.randomUUID().toString()).allowed(), "others are not held back");
            assertTrue(second.tryTake(new RateRule("test.other", 1, Duration.ofMinutes(1)), who).allowed(),
                    "nor other limits");
        }
    }

    @Test
    void usesAtTheSameTimeOnTwoInstancesAreEachCountedOnce() throws Exception {
        RateRule rule = new RateRule("test.race", 10, Duration.ofMinutes(1));
        String who = UUID.randomUUID().toString();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (SharedRateLimiter first = limiter(); SharedRateLimiter second = limiter()) {
            List<Callable<Boolean>> uses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                SharedRateLimiter instance = i % 2 == 0 ? first : second;
                uses.add(() -> instance.tryTake(rule, who).allowed());
            }
            int allowed = 0;
            for (Future<Boolean> use : threads.invokeAll(uses)) {
                allowed += use.get() ? 1 : 0;
            }
            assertEquals(10, allowed);
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void theAllowanceComesBackWhenTheWindowEndsAndFullBucketsAreForgotten() throws Exception {
        RateRule rule = new RateRule("test.window", 2, Duration.ofSeconds(1));
        String who = UUID.randomUUID().toString();
        try (SharedRateLimiter first = limiter(); SharedRateLimiter second = limiter()) {
            assertTrue(first.tryTake(rule, who).allowed());
            assertTrue(second.tryTake(rule, who).allowed());
            assertFalse(first.tryTake(rule, who).allowed());
            assertEquals(1, rows(rule, who));
            Thread.sleep(1_100);
            assertTrue(second.tryTake(rule, who).allowed());
            Thread.sleep(1_100);
            first.forgetExpired();
            assertEquals(0, rows(rule, who), "a bucket that is full again takes no room");
        }
    }

    private static int rows(RateRule rule, String who) throws SQLException {
        try (Connection c = DriverManager.getConnection(LocalStack.DATABASE, LocalStack.DATABASE_USER,
                LocalStack.DATABASE_PASSWORD);
             PreparedStatement count = c.prepareStatement("select count(*) from " + SharedRateLimiter.TABLE + " where id = ?")) {
            count.setString(1, rule.name() + ":" + who);
            try (ResultSet r = count.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
