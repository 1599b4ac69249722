package org.convene.synthesis.opinions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Values that are costly to compute, each kept with the version of the data it was computed from
 * (a version that grows with every change of that data). A value of the current version is served
 * as it is; an older one is served at once while one recomputation runs; with none at all, callers
 * wait for the computation. Whatever the number of callers, one computation at most runs per key.
 *
 * <p>A computation started for version v must read data at least as new as v (read the version
 * first, then the data): its value is then kept as of version v, never newer than it is.
 * Memory is bounded: values are weighed, and those least likely to be asked for again go when the
 * total weight would pass the maximum (Caffeine's eviction).
 */
final class VersionedCache<K, V> {

    private record Entry<V>(long version, V value) {}

    /** A computation under way, and the version it was started for. */
    private static final class Run<V> {
        final long version;
        final CompletableFuture<V> done = new CompletableFuture<>();

        Run(long version) {
            this.version = version;
        }
    }

    private final Cache<K, Entry<V>> entries;
    private final ConcurrentHashMap<K, Run<V>> running = new ConcurrentHashMap<>();

    /** @param weight a value's weight, in the unit of {@code maximumWeight} (for example its points) */
    VersionedCache(long maximumWeight, ToIntFunction<V> weight) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maximumWeight)
                .weigher((K key, Entry<V> entry) -> weight.applyAsInt(entry.value()))
                .executor(Runnable::run) // evict on the writer's thread: no pool of its own for a few map entries
                .build();
    }

    /**
     * The value of {@code version} or newer when there is one; else the older value while one
     * computation runs; else the computation's value (joining one that is running).
     */
    Uni<V> get(K key, long version, Function<K, Uni<V>> compute) {
        Entry<V> cached = entries.getIfPresent(key);
        if (cached != null && cached.version() >= version) {
            return Uni.createFrom().item(cached.value());
        }
        Run<V> run = startOrJoin(key, version, compute);
        if (run == null) {
            return get(key, version, compute); // a computation finished meanwhile: its value is current
        }
        return cached != null ? Uni.createFrom().item(cached.value()) : awaited(run);
    }

    /** A value of {@code version} or newer, waiting for it: after a running older computation, a new one. */
    Uni<V> fresh(K key, long version, Function<K, Uni<V>> compute) {
        Entry<V> cached = entries.getIfPresent(key);
        if (cached != null && cached.version() >= version) {
            return Uni.createFrom().item(cached.value());
        }
        Run<V> run = startOrJoin(key, version, compute);
        if (run == null) {
            return fresh(key, version, compute);
        }
        if (run.version >= version) {
            return awaited(run);
        }
        return awaited(run).onItemOrFailure().transformToUni((ignored, failure) -> fresh(key, version, compute));
    }

    /** Values kept now. */
    long kept() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /**
     * The running computation for the key, or a new one for {@code version}; null when, by now, a
     * value of that version is kept (a computation ended between the caller's look and this one).
     */
    private Run<V> startOrJoin(K key, long version, Function<K, Uni<V>> compute) {
        @SuppressWarnings("unchecked")
        Run<V>[] started = new Run[1];
        Run<V> run = running.computeIfAbsent(key, k -> {
            Entry<V> cached = entries.getIfPresent(k);
            if (cached != null && cached.version() >= version) {
                return null;
            }
            started[0] = new Run<>(version);
            return started[0];
        });
        if (started[0] != null) {
            start(key, started[0], compute);
        }
        return run;
    }

    private void start(K key, Run<V> run, Function<K, Uni<V>> compute) {
        Uni<V> work;
        try {
            work = compute.apply(key);
        } catch (RuntimeException e) {
            finish(key, run, null, e);
            return;
        }
        work.subscribe().with(value -> finish(key, run, value, null), failure -> finish(key, run, null, failure));
    }

    /** Keeps the value before the run is let go, so that nobody starts another for a version now kept. */
    private void finish(K key, Run<V> run, V value, Throwable failure) {
        if (failure == null) {
            entries.asMap().merge(key, new Entry<>(run.version, value),
                    (kept, computed) -> computed.version() >= kept.version() ? computed : kept);
        }
        running.remove(key, run);
        if (failure == null) {
            run.done.complete(value);
        } else {
            run.done.completeExceptionally(failure);
        }
    }

    /** Each caller waits on a copy: one that goes away (and cancels) leaves the others their value. */
    private static <V> Uni<V> awaited(Run<V> run) {
        return Uni.createFrom().completionStage(run.done::copy);
    }
}
