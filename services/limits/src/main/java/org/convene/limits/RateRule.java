package org.convene.limits;

import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * A limit: at most {@code max} uses per {@code window} for each key (a person, an address). The
 * allowance comes back whole at the end of each window, so it is never more than {@code max}.
 *
 * @param name names the limit in the shared table, for example {@code engagement.vote}; two
 *             limits with different names never count against each other
 */
public record RateRule(String name, int max, Duration window) {

    public RateRule {
        if (name == null || name.isBlank() || max < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate rule needs a name, a max of 1 or more and a window: "
                    + name + ", " + max + ", " + window);
        }
    }

    BucketConfiguration bucket() {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(max).refillIntervally(max, window))
                .build();
    }
}
