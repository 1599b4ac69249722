package org.convene.synthesis.opinions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The kept-map rules of {@link VersionedCache}. Computations here finish only when the test says
 * so (it holds their emitters), so each step is checked in a known state, with no timing.
 */
class VersionedCacheTest {

    /** Computations started, each finished by the test. */
    private static final class Computations implements Function<String, Uni<String>> {
        final List<String> keys = new ArrayList<>();
        final List<UniEmitter<? super String>> emitters = new ArrayList<>();

        @Override
        public Uni<String> apply(String key) {
            keys.add(key);
            return Uni.createFrom().emitter(emitters::add);
        }

        int started() {
            return keys.size();
        }

        void finish(int i, String value) {
            emitters.get(i).complete(value);
        }

        void fail(int i, RuntimeException e) {
            emitters.get(i).fail(e);
        }
    }

    private final VersionedCache<String, String> cache = new VersionedCache<>(100, value -> 1);
    private final Computations compute = new Computations();

    private UniAssertSubscriber<String> get(String key, long version) {
        return cache.get(key, version, compute).subscribe().withSubscriber(UniAssertSubscriber.create());
    }

    @Test
    void theFirstRequestsWaitForOneComputationTogether() {
        UniAssertSubscriber<String> first = get("d", 1);
        UniAssertSubscriber<String> second = get("d", 1);
        first.assertNotTerminated();
        second.assertNotTerminated();
        assertEquals(1, compute.started(), "one computation for both");

        compute.finish(0, "map 1");
        first.assertItem("map 1");
        second.assertItem("map 1");
    }

    @Test
    void aKeptMapOfTheCurrentVersionIsServedWithoutComputing() {
        get("d", 3);
        compute.finish(0, "map 3");

        get("d", 3).assertItem("map 3");
        get("d", 2).assertItem("map 3"); // a request that read an older version is not sent back in time
        assertEquals(1, compute.started());
    }

    @Test
    void aNewVersionServesTheKeptMapWhileOneRecomputationRuns() {
        get("d", 1);
        compute.finish(0, "map 1");

        // Votes arrived: version 2, then 3, while the recomputation runs.
        get("d", 2).assertItem("map 1");
        get("d", 2).assertItem("map 1");
        get("d", 3).assertItem("map 1");
        assertEquals(2, compute.started(), "one recomputation, however many requests");

        compute.finish(1, "map 2");
        get("d", 2).assertItem("map 2");
        assertEquals(2, compute.started());

        // It was started for version 2: version 3 needs another, and gets one.
        get("d", 3).assertItem("map 2");
        assertEquals(3, compute.started());
        compute.finish(2, "map 3");
        get("d", 3).assertItem("map 3");
        assertEquals(3, compute.started());
    }

    @Test
    void deliberationsAreComputedApart() {
        get("a", 1);
        get("b", 1);
        assertEquals(List.of("a", "b"), compute.keys);
        compute.finish(1, "map b");
        get("b", 1).assertItem("map b");
        get("a", 1).assertNotTerminated();
    }

    @Test
    void aFailedComputationFailsItsWaitersAndTheNextRequestTriesAgain() {
        UniAssertSubscriber<String> waiting = get("d", 1);
        compute.fail(0, new IllegalStateException("busy"));
        waiting.assertFailedWith(IllegalStateException.class, "busy");

        UniAssertSubscriber<String> again = get("d", 1);
        assertEquals(2, compute.started());
        compute.finish(1, "map 1");
        again.assertItem("map 1");
    }

    @Test
    void aFailedRecomputationLeavesTheKeptMapServed() {
        get("d", 1);
        compute.finish(0, "map 1");
        get("d", 2).assertItem("map 1");
        compute.fail(1, new IllegalStateException("busy"));

        get("d", 2).assertItem("map 1");
        assertEquals(3, compute.started(), "the next request starts the recomputation again");
    }

    @Test
    void aWaiterThatGoesAwayLeavesTheOthersTheirMap() {
        UniAssertSubscriber<String> leaving = get("d", 1);
        UniAssertSubscriber<String> staying = get("d", 1);
        leaving.cancel();
        compute.finish(0, "map 1");
        staying.assertItem("map 1");
        get("d", 1).assertItem("map 1");
    }

    @Test
    void freshWaitsForTheCurrentVersionEvenWhenAnOlderMapIsKeptOrRunning() {
        get("d", 1);
        compute.finish(0, "map 1");
        get("d", 2); // a recomputation for version 2 is running

        UniAssertSubscriber<String> announced = cache.fresh("d", 3, compute)
                .subscribe().withSubscriber(UniAssertSubscriber.create());
        announced.assertNotTerminated();
        assertEquals(2, compute.started(), "waits for the running one before starting its own");

        compute.finish(1, "map 2");
        announced.assertNotTerminated();
        assertEquals(3, compute.started());
        compute.finish(2, "map 3");
        announced.assertItem("map 3");
        get("d", 3).assertItem("map 3");
    }

    @Test
    void keptMapsWeighNoMoreThanTheBound() {
        VersionedCache<String, String> small = new VersionedCache<>(100, String::length);
        String heavy = "x".repeat(40);
        for (String key : List.of("a", "b", "c", "d")) {
            small.get(key, 1, k -> Uni.createFrom().item(heavy)).await().indefinitely();
        }
        assertTrue(small.kept() <= 2, small.kept() + " maps of weight 40 kept under a bound of 100");
    }
}
