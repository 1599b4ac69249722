package org.convene.engagement.limits;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.convene.platform.api.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often one participant may write: statements, votes and feedback, each counted in fixed
 * windows. Counts are kept per service instance: with n instances behind a balancer the limit is
 * at most n times looser, which is enough to stop a script without a shared store.
 */
@ApplicationScoped
public class RateLimits {

    public enum Kind { STATEMENT, VOTE, FEEDBACK }

    private record Rule(int max, Duration window) {}

    private record Window(long start, int count) {}

    private final Map<Kind, Rule> rules;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    @Inject
    public RateLimits(@ConfigProperty(name = "convene.limits.statements-per-10-minutes", defaultValue = "10") int statements,
                      @ConfigProperty(name = "convene.limits.votes-per-minute", defaultValue = "120") int votes,
                      @ConfigProperty(name = "convene.limits.feedback-per-minute", defaultValue = "20") int feedback) {
        this(Map.of(Kind.STATEMENT, new Rule(statements, Duration.ofMinutes(10)),
                Kind.VOTE, new Rule(votes, Duration.ofMinutes(1)),
                Kind.FEEDBACK, new Rule(feedback, Duration.ofMinutes(1))), Clock.systemUTC());
    }

    RateLimits(Map<Kind, Rule> rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    static RateLimits of(int statements, int votes, int feedback, Duration window, Clock clock) {
        return new RateLimits(Map.of(Kind.STATEMENT, new Rule(statements, window), Kind.VOTE, new Rule(votes, window),
                Kind.FEEDBACK, new Rule(feedback, window)), clock);
    }

    /** Counts one write by this participant, or refuses it with 429 when over the limit. */
    public void check(Kind kind, String who) {
        Rule rule = rules.get(kind);
        long now = clock.millis();
        long length = rule.window().toMillis();
        Window after = windows.compute(kind + ":" + who, (key, w) -> w == null || now - w.start() >= length
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        if (after.count() > rule.max()) {
            long wait = Math.max(1, (after.start() + length - now + 999) / 1000);
            throw new ProblemException(Response.Status.TOO_MANY_REQUESTS, "Too many " + kind.name().toLowerCase()
                    + " writes: at most " + rule.max() + " per " + rule.window().toMinutes() + " min; try again in "
                    + wait + " s");
        }
    }

    /** Forgets windows that have ended, so that the map does not grow without bound. */
    @Scheduled(every = "1m")
    void forgetEnded() {
        long now = clock.millis();
        long longest = rules.values().stream().mapToLong(r -> r.window().toMillis()).max().orElse(0);
        windows.values().removeIf(w -> now - w.start() >= longest);
    }
}
