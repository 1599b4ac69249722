package org.convene.gateway.relay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * The instances of one service and which to call: each request takes the next one in turn (round
 * robin), skipping an instance that could not be connected to in the last few seconds; a second
 * instance, when there is one, is named for the caller to try if the first cannot be reached.
 */
public final class ServiceInstances {

    private final List<ServiceRoutes.Origin> origins;
    private final AtomicInteger next = new AtomicInteger();
    /** Per instance, the clock reading until which it is taken to be down (0: up). */
    private final AtomicLongArray downUntil;
    private final long downForNanos;
    private final LongSupplier nanoClock;

    ServiceInstances(List<ServiceRoutes.Origin> origins, Duration downFor, LongSupplier nanoClock) {
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("a service needs at least one instance");
        }
        this.origins = List.copyOf(origins);
        this.downUntil = new AtomicLongArray(origins.size());
        this.downForNanos = downFor.toNanos();
        this.nanoClock = nanoClock;
    }

    public List<ServiceRoutes.Origin> origins() {
        return origins;
    }

    /**
     * The instances to try for one request, in order: the next one in turn that is not marked
     * down (or simply the next one when all are), then at most one other (preferring one that is
     * up) to try when the first cannot be reached. One entry when there is one instance.
     */
    public List<ServiceRoutes.Origin> pick() {
        int count = origins.size();
        int start = Math.floorMod(next.getAndIncrement(), count);
        long now = nanoClock.getAsLong();
        int first = -1;
        for (int i = 0; i < count && first < 0; i++) {
            int candidate = (start + i) % count;
            if (up(candidate, now)) {
                first = candidate;
            }
        }
        if (first < 0) {
            first = start;
        }
        List<ServiceRoutes.Origin> order = new ArrayList<>(2);
        order.add(origins.get(first));
        if (count > 1) {
            int second = -1;
            for (int i = 1; i < count && second < 0; i++) {
                int candidate = (first + i) % count;
                if (up(candidate, now)) {
                    second = candidate;
                }
            }
            order.add(origins.get(second >= 0 ? second : (first + 1) % count));
        }
        return order;
    }

    /** The instance could not be connected to: leave it out for a while. */
    public void connectFailed(ServiceRoutes.Origin origin) {
        int index = origins.indexOf(origin);
        if (index >= 0) {
            downUntil.set(index, nanoClock.getAsLong() + downForNanos);
        }
    }

    /** The instance answered: it is up again. */
    public void answered(ServiceRoutes.Origin origin) {
        int index = origins.indexOf(origin);
        if (index >= 0 && downUntil.get(index) != 0) {
            downUntil.set(index, 0);
        }
    }

    /** Whether the instance is taken to be up now. */
    public boolean up(ServiceRoutes.Origin origin) {
        int index = origins.indexOf(origin);
        return index >= 0 && up(index, nanoClock.getAsLong());
    }

    private boolean up(int index, long now) {
        long until = downUntil.get(index);
        return until == 0 || now - until >= 0;
    }
}
