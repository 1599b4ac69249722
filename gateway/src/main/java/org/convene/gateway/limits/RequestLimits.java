package org.convene.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.convene.gateway.api.Problems;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Limits how fast one person, and one network address, may call the API: a signed-in person by
 * their account and their address, anyone else by address alone (a tighter limit). Over the limit
 * the answer is 429 with Retry-After. Buckets are per gateway instance and forgotten when idle.
 */
@ApplicationScoped
public class RequestLimits {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(5)).maximumSize(200_000).build();
    private final int perUser;
    private final int perAddress;
    private final int perAnonymousAddress;
    private final SecurityIdentity identity;

    public RequestLimits(SecurityIdentity identity,
                         @ConfigProperty(name = "convene.limits.per-user-per-minute") int perUser,
                         @ConfigProperty(name = "convene.limits.per-address-per-minute") int perAddress,
                         @ConfigProperty(name = "convene.limits.per-anonymous-address-per-minute") int perAnonymousAddress) {
        this.identity = identity;
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.perAnonymousAddress = perAnonymousAddress;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext context, HttpServerRequest request) {
        if (!context.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        ConsumptionProbe probe = identity.isAnonymous()
                ? take("anonymous:" + address, perAnonymousAddress)
                : take("address:" + address, perAddress);
        if (probe.isConsumed() && !identity.isAnonymous()) {
            probe = take("user:" + identity.getPrincipal().getName(), perUser);
        }
        if (probe.isConsumed()) {
            return null;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return Response.fromResponse(Problems.response(429, "Too many requests; try again in " + seconds + " s"))
                .header("Retry-After", seconds).build();
    }

    private ConsumptionProbe take(String key, int perMinute) {
        return buckets.get(key, k -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                        .build())
                .tryConsumeAndReturnRemaining(1);
    }
}
