package org.convene.engagement.deliberations;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.UUID;
import org.convene.platform.api.ProblemException;
import org.convene.platform.security.CurrentUser;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Lets a Pol.is import's body in only from a convener of the deliberation, and only up to
 * {@link #MAX_BYTES}: the request filter runs before the multipart body is read, so nobody else
 * gets a large upload buffered, let alone parsed.
 */
public class PolisImportGate {

    /** The most a Pol.is export's two files may weigh together (a 30,000-vote votes.csv is about 1.5 MB). */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    /** Marks the endpoint that this gate guards. */
    @NameBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    public @interface Guarded {}

    private final DeliberationAccess access;
    private final SecurityIdentity identity;
    private final CurrentUser user;

    public PolisImportGate(DeliberationAccess access, SecurityIdentity identity, CurrentUser user) {
        this.access = access;
        this.identity = identity;
        this.user = user;
    }

    @ServerRequestFilter
    @Guarded
    public Uni<Void> admit(ContainerRequestContext request) {
        UUID id = deliberationId(request.getUriInfo().getPathParameters().getFirst("id"));
        Caller caller = Caller.of(identity, user, request.getHeaderString(Caller.PARTICIPANT_HEADER));
        return Panache.withSession(() -> access.convener(id, caller))
                .invoke(() -> requireWithinCap(request.getHeaderString(HttpHeaders.CONTENT_LENGTH)))
                .replaceWithVoid();
    }

    /** Refuses a body over the cap; the resource checks again what it read when no length was sent. */
    static void requireWithinCap(String contentLength) {
        if (contentLength != null && parseLength(contentLength) > MAX_BYTES) {
            throw tooLarge();
        }
    }

    static void requireWithinCap(String comments, String votes) {
        long size = (comments == null ? 0 : comments.length()) + (votes == null ? 0 : votes.length());
        if (size > MAX_BYTES) {
            throw tooLarge();
        }
    }

    private static ProblemException tooLarge() {
        return new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "A Pol.is import may weigh at most " + MAX_BYTES / (1024 * 1024) + " MB");
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Content-Length is not a number");
        }
    }

    private static UUID deliberationId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.notFound("Deliberation " + value);
        }
    }
}
