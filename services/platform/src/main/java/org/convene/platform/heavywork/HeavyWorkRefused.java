package org.convene.platform.heavywork;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.convene.platform.api.Problem;
import org.convene.platform.api.ProblemException;

/**
 * {@link HeavyWork} has as many jobs running and waiting as it takes: a 503 problem with a
 * Retry-After header ({@link HeavyWorkRefusedMapper}), so that a client comes back later instead of
 * the service piling up work and memory.
 */
public class HeavyWorkRefused extends ProblemException {

    private final long retryAfterSeconds;

    public HeavyWorkRefused(String what, Duration retryAfter) {
        super(Problem.of(Response.Status.SERVICE_UNAVAILABLE, "The service has too much heavy work to start "
                + what + " now; try again in " + seconds(retryAfter) + " s"));
        this.retryAfterSeconds = seconds(retryAfter);
    }

    /** Whole seconds, at least one: the form of the Retry-After header. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The 503 answer: the problem details and the Retry-After header. */
    public Response toResponse() {
        return Response.fromResponse(problem().toResponse())
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .build();
    }

    private static long seconds(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
