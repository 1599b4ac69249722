package org.convene.platform.heavywork;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/** How much heavy work ({@link HeavyWork}) a service instance takes on at once. */
@ConfigMapping(prefix = "convene.heavy-work")
public interface HeavyWorkConfig {

    /** Jobs that run at the same time; one per processor when not set. */
    OptionalInt concurrency();

    /** Jobs that may wait for a free worker beyond those running; four per concurrent job when not set. */
    OptionalInt queue();

    /** How long a refused caller is asked to wait before trying again (the Retry-After header). */
    @WithDefault("2s")
    Duration retryAfter();
}
