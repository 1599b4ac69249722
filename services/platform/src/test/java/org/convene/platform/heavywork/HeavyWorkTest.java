package org.convene.platform.heavywork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.convene.platform.api.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bound of {@link HeavyWork}. Nothing here depends on how fast anything runs: jobs wait on
 * latches the test opens, and a refusal happens when the job is offered, not after a delay. The
 * waits have generous limits only so that a broken pool fails the test instead of hanging it.
 */
class HeavyWorkTest {

    private static final Duration LONG_ENOUGH = Duration.ofSeconds(30);

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.closeAndAwait();
    }

    @Test
    void aJobBeyondThoseRunningAndWaitingIsRefusedWithA503ProblemAndRetryAfter() throws Exception {
        HeavyWork heavy = new HeavyWork(vertx, 2, 1, Duration.ofMillis(2500));
        CountDownLatch twoRunning = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<UniAssertSubscriber<Integer>> admitted = IntStream.range(0, 3).mapToObj(i -> heavy.run("job " + i, () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            twoRunning.countDown();
            awaitUninterruptibly(release);
            running.decrementAndGet();
            return i;
        }).subscribe().withSubscriber(UniAssertSubscriber.<Integer>create())).toList();
        // Two run side by side (the pool is not one thread), the third waits in the queue.
        assertTrue(twoRunning.await(LONG_ENOUGH.toSeconds(), TimeUnit.SECONDS), "two jobs run at once");
        assertEquals(3, heavy.admitted());

        UniAssertSubscriber<Integer> fourth = heavy.run("the fourth job", () -> 4)
                .subscribe().withSubscriber(UniAssertSubscriber.create());
        HeavyWorkRefused refused = (HeavyWorkRefused) fourth.assertFailedWith(HeavyWorkRefused.class).getFailure();
        Response answer = new HeavyWorkRefusedMapper().refused(refused);
        assertEquals(503, answer.getStatus());
        assertEquals(Problem.MEDIA_TYPE, answer.getMediaType().toString());
        assertEquals("3", answer.getHeaderString("Retry-After"), "whole seconds, rounded up");
        Problem problem = (Problem) answer.getEntity();
        assertEquals(503, problem.status());
        assertTrue(problem.detail().contains("the fourth job"), problem.detail());
        assertEquals(3, heavy.admitted(), "a refused job takes no place");

        release.countDown();
        assertEquals(List.of(0, 1, 2), admitted.stream().map(s -> s.awaitItem(LONG_ENOUGH).getItem()).toList());
        assertEquals(2, mostAtOnce.get(), "never more than the concurrency at once");
        assertEquals(0, heavy.admitted(), "each job gave its place back when it ended");
        assertEquals(5, heavy.run("a later job", () -> 5).await().atMost(LONG_ENOUGH));
    }

    @Test
    void aFailedJobGivesItsPlaceBackAndItsFailureToTheCaller() {
        HeavyWork heavy = new HeavyWork(vertx, 1, 0, Duration.ofSeconds(1));
        UniAssertSubscriber<Object> failed = heavy.run("a failing job", () -> {
            throw new IllegalStateException("no");
        }).subscribe().withSubscriber(UniAssertSubscriber.create());
        failed.awaitFailure(LONG_ENOUGH).assertFailedWith(IllegalStateException.class, "no");
        assertEquals(0, heavy.admitted());
        assertEquals("yes", heavy.run("the next job", () -> "yes").await().atMost(LONG_ENOUGH));
    }

    @Test
    void aJobTakesItsPlaceBeforeItsInputIsReadAndGivesItBackIfReadingFails() {
        HeavyWork heavy = new HeavyWork(vertx, 1, 0, Duration.ofSeconds(1));
        List<UniEmitter<? super String>> reading = new ArrayList<>();
        AtomicInteger inputsRead = new AtomicInteger();
        UniAssertSubscriber<Integer> first = heavy.run("the first job",
                        Uni.createFrom().<String>emitter(reading::add), String::length)
                .subscribe().withSubscriber(UniAssertSubscriber.create());
        assertEquals(1, reading.size(), "its input is being read");

        // While the first job's input is read, its place is taken: the next job reads nothing.
        heavy.run("the second job", Uni.createFrom().item(() -> {
            inputsRead.incrementAndGet();
            return "rows";
        }), String::length).subscribe().withSubscriber(UniAssertSubscriber.create())
                .assertFailedWith(HeavyWorkRefused.class);
        assertEquals(0, inputsRead.get(), "a refused job does not read its input");

        reading.get(0).fail(new IllegalStateException("the database went away"));
        first.assertFailedWith(IllegalStateException.class, "went away");
        assertEquals(0, heavy.admitted(), "the place is given back");

        UniAssertSubscriber<Integer> leaving = heavy.run("a job whose caller goes away",
                        Uni.createFrom().<String>emitter(reading::add), String::length)
                .subscribe().withSubscriber(UniAssertSubscriber.create());
        leaving.cancel();
        assertEquals(0, heavy.admitted(), "given back when the caller goes away while the input is read");

        assertEquals(4, heavy.run("a job with its input", Uni.createFrom().item("rows"), String::length)
                .await().atMost(LONG_ENOUGH));
    }

    @Test
    void aJobWhoseCallerGoesAwayKeepsItsPlaceUntilItHasRun() throws Exception {
        HeavyWork heavy = new HeavyWork(vertx, 1, 0, Duration.ofSeconds(1));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        UniAssertSubscriber<String> leaving = heavy.run("a long job", () -> {
            started.countDown();
            awaitUninterruptibly(release);
            return "done";
        }).subscribe().withSubscriber(UniAssertSubscriber.create());
        assertTrue(started.await(LONG_ENOUGH.toSeconds(), TimeUnit.SECONDS));
        leaving.cancel();
        assertEquals(1, heavy.admitted(), "the job still runs, so it still counts");
        heavy.run("another job", () -> "no").subscribe().withSubscriber(UniAssertSubscriber.create())
                .assertFailedWith(HeavyWorkRefused.class);

        release.countDown();
        Instant deadline = Instant.now().plus(LONG_ENOUGH);
        while (heavy.admitted() > 0 && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        assertEquals(0, heavy.admitted(), "given back when the job ended");
    }

    @Test
    void theResultComesBackOnTheCallersContext() throws Exception {
        HeavyWork heavy = new HeavyWork(vertx, 1, 0, Duration.ofSeconds(1));
        Context caller = vertx.getDelegate().getOrCreateContext();
        CompletableFuture<Context> deliveredOn = new CompletableFuture<>();
        CompletableFuture<Boolean> ranOnWorker = new CompletableFuture<>();
        caller.runOnContext(ignored -> heavy.run("a job", () -> Context.isOnWorkerThread())
                .subscribe().with(onWorker -> {
                    ranOnWorker.complete(onWorker);
                    deliveredOn.complete(io.vertx.core.Vertx.currentContext());
                }, deliveredOn::completeExceptionally));
        assertSame(caller, deliveredOn.get(LONG_ENOUGH.toSeconds(), TimeUnit.SECONDS));
        assertTrue(ranOnWorker.get(), "the job ran on a worker thread, not the event loop");
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
