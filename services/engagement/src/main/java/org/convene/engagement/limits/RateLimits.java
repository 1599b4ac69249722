package org.convene.engagement.limits;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import org.convene.platform.api.ProblemException;
import org.convene.limits.RateRule;
import org.convene.limits.SharedRateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often one participant may write: statements, votes and feedback. The counts are kept in the
 * service's database ({@link SharedRateLimiter}), so every instance of the service draws on one
 * allowance.
 */
@ApplicationScoped
public class RateLimits {

    public enum Kind { STATEMENT, VOTE, FEEDBACK }

    private final Map<Kind, RateRule> rules;
    private final SharedRateLimiter limiter;

    @Inject
    public RateLimits(@ConfigProperty(name = "convene.limits.statements-per-10-minutes", defaultValue = "10") int statements,
                      @ConfigProperty(name = "convene.limits.votes-per-minute", defaultValue = "120") int votes,
                      @ConfigProperty(name = "convene.limits.feedback-per-minute", defaultValue = "20") int feedback,
                      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
                      @ConfigProperty(name = "quarkus.datasource.username") String user,
                      @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this(Map.of(Kind.STATEMENT, rule(Kind.STATEMENT, statements, Duration.ofMinutes(10)),
                Kind.VOTE, rule(Kind.VOTE, votes, Duration.ofMinutes(1)),
                Kind.FEEDBACK, rule(Kind.FEEDBACK, feedback, Duration.ofMinutes(1))),
                SharedRateLimiter.connect(jdbcUrl, user, password));
    }

    RateLimits(Map<Kind, RateRule> rules, SharedRateLimiter limiter) {
        this.rules = rules;
        this.limiter = limiter;
    }

    static RateLimits of(int statements, int votes, int feedback, Duration window, SharedRateLimiter limiter) {
        return new RateLimits(Map.of(Kind.STATEMENT, rule(Kind.STATEMENT, statements, window),
                Kind.VOTE, rule(Kind.VOTE, votes, window), Kind.FEEDBACK, rule(Kind.FEEDBACK, feedback, window)), limiter);
    }

    private static RateRule rule(Kind kind, int max, Duration window) {
        return new RateRule("engagement." + kind.name().toLowerCase(), max, window);
    }

    /** Counts one write by this participant, or fails with 429 when over the limit. */
    public Uni<Void> check(Kind kind, String who) {
        RateRule rule = rules.get(kind);
        return limiter.take(rule, who).invoke(verdict -> {
            if (!verdict.allowed()) {
                throw new ProblemException(Response.Status.TOO_MANY_REQUESTS, "Too many " + kind.name().toLowerCase()
                        + " writes: at most " + rule.max() + " per " + rule.window().toMinutes() + " min; try again in "
                        + verdict.retryAfterSeconds() + " s");
            }
        }).replaceWithVoid();
    }

    /** Deletes the buckets that are full again, so that the table does not grow without bound. */
    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetEnded() {
        limiter.forgetExpired();
    }

    @PreDestroy
    void close() {
        limiter.close();
    }
}
