package org.convene.limits;

import java.time.Duration;

/**
 * Whether one use was allowed, and if not, how long until the allowance comes back.
 *
 * @param retryAfter zero when allowed
 */
public record RateVerdict(boolean allowed, Duration retryAfter) {

    /** Whole seconds to wait, at least 1, as a {@code Retry-After} header wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
