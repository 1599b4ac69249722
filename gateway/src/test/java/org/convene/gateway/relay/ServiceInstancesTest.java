package org.convene.gateway.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ServiceInstancesTest {

    private static final ServiceRoutes.Origin A = new ServiceRoutes.Origin("127.0.0.1", 8081, false);
    private static final ServiceRoutes.Origin B = new ServiceRoutes.Origin("127.0.0.1", 8091, false);
    private static final ServiceRoutes.Origin C = new ServiceRoutes.Origin("127.0.0.1", 8101, false);

    private final AtomicLong now = new AtomicLong(1_000);

    private ServiceInstances of(ServiceRoutes.Origin... origins) {
        return new ServiceInstances(List.of(origins), Duration.ofSeconds(5), now::get);
    }

    @Test
    void oneInstanceIsAlwaysTheOneAndHasNoSecond() {
        ServiceInstances one = of(A);
        assertEquals(List.of(A), one.pick());
        one.connectFailed(A);
        assertEquals(List.of(A), one.pick(), "with nowhere else to go, a down instance is still called");
    }

    @Test
    void requestsTakeTheInstancesInTurnEachWithTheOtherAsItsFallback() {
        ServiceInstances two = of(A, B);
        assertEquals(List.of(A, B), two.pick());
        assertEquals(List.of(B, A), two.pick());
        assertEquals(List.of(A, B), two.pick());
        assertEquals(List.of(B, A), two.pick());
    }

    @Test
    void anInstanceThatRefusedAConnectionIsLeftOutForAWhile() {
        ServiceInstances two = of(A, B);
        two.connectFailed(A);
        assertFalse(two.up(A));
        for (int i = 0; i < 4; i++) {
            assertEquals(List.of(B, A), two.pick(), "B takes every request while A is down; A stays the fallback");
        }
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertTrue(two.up(A));
        List<ServiceRoutes.Origin> next = two.pick();
        List<ServiceRoutes.Origin> after = two.pick();
        assertEquals(2, List.of(next.get(0), after.get(0)).stream().distinct().count(), "both take turns again");
    }

    @Test
    void anAnswerBringsAnInstanceBackAtOnce() {
        ServiceInstances two = of(A, B);
        two.connectFailed(A);
        two.answered(A);
        assertTrue(two.up(A));
    }

    @Test
    void whenEveryInstanceIsDownTheyStillTakeTurns() {
        ServiceInstances two = of(A, B);
        two.connectFailed(A);
        two.connectFailed(B);
        assertEquals(List.of(A, B), two.pick());
        assertEquals(List.of(B, A), two.pick());
    }

    @Test
    void theFallbackIsAnInstanceThatIsUp() {
        ServiceInstances three = of(A, B, C);
        three.connectFailed(B);
        assertEquals(List.of(A, C), three.pick());
        assertEquals(List.of(C, A), three.pick(), "B's turn goes to the next one up");
        assertEquals(List.of(C, A), three.pick());
        assertEquals(List.of(A, C), three.pick());
    }
}
