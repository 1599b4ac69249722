package org.convene.gateway.limits;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.convene.gateway.api.Problems;
import org.convene.limits.RateRule;
import org.convene.limits.RateVerdict;
import org.convene.limits.SharedRateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Limits how fast one person, and one network address, may call the API: a signed-in person by
 * their account and their address, anyone else by address alone (a tighter limit). Over the limit
 * the answer is 429 with Retry-After. The counts live in the gateway's database, so every gateway
 * instance draws on the same allowance.
 */
@ApplicationScoped
public class RequestLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final RateRule perUser;
    private final RateRule perAddress;
    private final RateRule perAnonymousAddress;
    private final SecurityIdentity identity;
    private final SharedRateLimiter limiter;

    public RequestLimits(SecurityIdentity identity,
                         @ConfigProperty(name = "convene.limits.per-user-per-minute") int perUser,
                         @ConfigProperty(name = "convene.limits.per-address-per-minute") int perAddress,
                         @ConfigProperty(name = "convene.limits.per-anonymous-address-per-minute") int perAnonymousAddress,
                         @ConfigProperty(name = "convene.limits.jdbc-url") String jdbcUrl,
                         @ConfigProperty(name = "convene.limits.user") String user,
                         @ConfigProperty(name = "convene.limits.password") String password) {
        this.identity = identity;
        this.perUser = new RateRule("gateway.user", perUser, MINUTE);
        this.perAddress = new RateRule("gateway.address", perAddress, MINUTE);
        this.perAnonymousAddress = new RateRule("gateway.anonymous-address", perAnonymousAddress, MINUTE);
        this.limiter = SharedRateLimiter.connect(jdbcUrl, user, password);
    }

    @ServerRequestFilter
    public Uni<Response> check(ContainerRequestContext context, HttpServerRequest request) {
        if (!context.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        if (identity.isAnonymous()) {
            return limiter.take(perAnonymousAddress, address).map(RequestLimits::answer);
        }
        String person = identity.getPrincipal().getName();
        return limiter.take(perAddress, address)
                .chain(verdict -> verdict.allowed() ? limiter.take(perUser, person) : Uni.createFrom().item(verdict))
                .map(RequestLimits::answer);
    }

    /** Null lets the request through. */
    private static Response answer(RateVerdict verdict) {
        if (verdict.allowed()) {
            return null;
        }
        long seconds = verdict.retryAfterSeconds();
        return Response.fromResponse(Problems.response(429, "Too many requests; try again in " + seconds + " s"))
                .header("Retry-After", seconds).build();
    }

    /** Buckets that are full again are the same as none: their rows go. */
    @Scheduled(every = "1m", delayed = "1m")
    void forgetFullBuckets() {
        limiter.forgetExpired();
    }

    @PreDestroy
    void close() {
        limiter.close();
    }
}
