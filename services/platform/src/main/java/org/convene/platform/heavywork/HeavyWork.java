package org.convene.platform.heavywork;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs work whose cost grows with the data (an opinion map, a report, an export, a redraw of
 * themes) off the event loop, on a Vert.x worker pool of its own: at most
 * {@code convene.heavy-work.concurrency} jobs at once (one per processor by default), and at most
 * {@code convene.heavy-work.queue} more waiting. A job beyond those is refused at once with
 * {@link HeavyWorkRefused}, a 503 problem with Retry-After, instead of waiting in a queue without
 * end while its caller's memory and time run out.
 *
 * <p>The result comes back on the caller's Vert.x context (a request's, or a background task's own
 * duplicated context), so a Hibernate Reactive session can be used again after it. A job must not
 * touch a reactive session itself: read what it needs first, hand it plain data.
 */
@ApplicationScoped
public class HeavyWork {

    private static final Logger LOG = Logger.getLogger(HeavyWork.class);
    private static final String POOL = "convene-heavy-work";
    /** Longer than any job should take (10,000 texts re-cluster in under 20 s): only then is a stack logged. */
    private static final Duration LONGEST_JOB = Duration.ofMinutes(5);

    private final WorkerExecutor workers;
    private final int limit;
    private final Duration retryAfter;
    /** Jobs running or waiting: taken when a job is admitted, given back when it has run. */
    private final AtomicInteger admitted = new AtomicInteger();

    @Inject
    public HeavyWork(Vertx vertx, HeavyWorkConfig config) {
        this(vertx, config.concurrency().orElse(Runtime.getRuntime().availableProcessors()),
                config.queue().orElse(4 * config.concurrency().orElse(Runtime.getRuntime().availableProcessors())),
                config.retryAfter());
    }

    public HeavyWork(Vertx vertx, int concurrency, int queue, Duration retryAfter) {
        if (concurrency < 1 || queue < 0) {
            throw new IllegalArgumentException("convene.heavy-work needs a concurrency of 1 or more and a queue of 0 or more");
        }
        this.workers = vertx.createSharedWorkerExecutor(POOL, concurrency, LONGEST_JOB.toMillis(), TimeUnit.MILLISECONDS);
        this.limit = concurrency + queue;
        this.retryAfter = retryAfter;
    }

    /**
     * The job's result, computed on the pool once a worker is free; a failure with
     * {@link HeavyWorkRefused} when as many jobs as allowed are running and waiting. Nothing is
     * admitted until the returned Uni is subscribed to; once admitted, the job runs to its end even
     * if its caller goes away, and only then gives its place back.
     *
     * @param what the job, as a person reads it ("exporting the votes of deliberation ..."), for the refusal
     */
    public <T> Uni<T> run(String what, Supplier<T> job) {
        return run(what, Uni.createFrom().voidItem(), ignored -> job.get());
    }

    /**
     * As {@link #run(String, Supplier)}, for a job whose input is read first (rows from the
     * database): the place is taken before the input is read, so that a refused job reads nothing
     * and no more inputs than places are held in memory at once. The input is read on the caller's
     * context, as it would be without this; the place is given back if reading it fails or the
     * caller goes away meanwhile.
     */
    public <I, T> Uni<T> run(String what, Uni<I> input, Function<? super I, ? extends T> job) {
        return Uni.createFrom().deferred(() -> {
            Place place = admit();
            if (place == null) {
                LOG.debugf("refused %s: %d jobs running or waiting", what, limit);
                return Uni.createFrom().failure(new HeavyWorkRefused(what, retryAfter));
            }
            return input
                    .onFailure().invoke(place::release)
                    .onCancellation().invoke(place::release) // only while reading: a job handed over runs to its end
                    // Unordered: jobs from one context (one event loop) run side by side, up to the pool's size.
                    .chain(in -> workers.<T>executeBlocking(() -> {
                        try {
                            return job.apply(in);
                        } finally {
                            place.release();
                        }
                    }, false));
        });
    }

    /** A place among the running and waiting jobs, or null when there is none. */
    private Place admit() {
        if (admitted.incrementAndGet() > limit) {
            admitted.decrementAndGet();
            return null;
        }
        return new Place();
    }

    /** One admitted job's place, given back once. */
    private final class Place {
        private final AtomicBoolean held = new AtomicBoolean(true);

        void release() {
            if (held.compareAndSet(true, false)) {
                admitted.decrementAndGet();
            }
        }
    }

    /** Jobs running or waiting now. */
    public int admitted() {
        return admitted.get();
    }

    @PreDestroy
    void close() {
        workers.closeAndForget();
    }
}
